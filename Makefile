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

.PHONY: run test lint bench build clean debian-test-deps debian-run-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

debian-run-deps:
	@sh tools/debian-install.sh $(DEBIAN_RUN_PACKAGES)

debian-test-deps:
	@sh tools/debian-install.sh $(DEBIAN_TEST_PACKAGES)

run: $(STAMP) debian-run-deps
	env -u QT_QPA_PLATFORM $(BIN)/magia-desk --demo-on-first-run

test: $(STAMP) debian-test-deps
	$(BIN)/ruff check magia_desk tests benchmarks
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check magia_desk tests benchmarks
	$(BIN)/ruff format --check magia_desk tests benchmarks || true
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info
