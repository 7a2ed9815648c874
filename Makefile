# The two commands: `make run` and `make test` (see README). Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

# Debian packages the tests drive for real (LibreOffice, poppler, qpdf, Xvfb) and the libraries Qt loads.
DEBIAN_TEST_PACKAGES := libreoffice-calc-nogui poppler-utils qpdf xvfb xauth fonts-noto-cjk fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji postgresql openssl \
	libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xinerama0 \
	libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 \
	libxcb-sync1
DEBIAN_RUN_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xinerama0 \
	libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 fonts-noto-cjk fonts-dejavu-core fonts-wqy-microhei fonts-noto-color-emoji

.PHONY: run test lint bench build translations clean debian-test-deps debian-run-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,build]'
	touch $(STAMP)

debian-run-deps:
	@sh tools/debian-install.sh $(DEBIAN_RUN_PACKAGES)

debian-test-deps:
	@sh tools/debian-install.sh $(DEBIAN_TEST_PACKAGES)

# Qt Linguist sources (resources/translations/*.ts) compiled to .qm; the .qm files are not committed.
translations: $(STAMP)
	$(BIN)/python tools/i18n.py compile

run: $(STAMP) debian-run-deps translations
	env -u QT_QPA_PLATFORM $(BIN)/magia-desk --demo-on-first-run

# The suite, then the one-folder app built and started as a user would get it (tests/packaging).
test: $(STAMP) debian-test-deps translations
	$(BIN)/ruff check magia_desk tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/pytest
	$(MAKE) build
	MAGIA_DESK_BUILT_APP=$(CURDIR)/dist/magia-desk/magia-desk $(BIN)/pytest tests/packaging

# PyInstaller one-folder app in dist/magia-desk/ (build.spec), with translations, icons and migrations inside.
build: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

lint: $(STAMP)
	$(BIN)/ruff check magia_desk tests benchmarks
	$(BIN)/ruff format --check magia_desk tests benchmarks || true
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info
