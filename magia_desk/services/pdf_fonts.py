"""Typography shared by every PDF MAGIA Desk makes (mission briefing, periodic report).

reportlab's built-in fonts know Latin-1 only, so names such as "Łukasz", "Σοφία", "Дмитрий" or "张伟" need
embedded TrueType fonts: a Unicode family for Latin, Greek and Cyrillic (DejaVu Sans) and a CJK font.
reportlab embeds TrueType outlines only (not CFF/OpenType-PS such as Noto CJK), hence WenQuanYi Micro Hei
(Debian fonts-wqy-microhei) or another TrueType CJK font.

Fonts are looked up in resources/fonts/ first (a packaged build ships them there), then in system folders.
`para(text)` turns plain user text into Paragraph markup: escaped (a company called "<b> & Co" prints as
typed) and with runs of characters the body font lacks switched to the CJK font.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from magia_desk.domain.errors import MagiaError
from magia_desk.settings import resources_dir

RESOURCE_FONTS = resources_dir() / "fonts"
# MAGIA_DESK_FONTS_DIR lets a packager or a test point at other fonts without touching the code.
_ENV_DIR = "MAGIA_DESK_FONTS_DIR"

_SYSTEM_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/truetype/arphic"),
    Path("/usr/share/fonts/truetype/droid"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype"),
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
]

# Body families in order of preference: (regular, bold, italic, bold italic) file names.
_BODY_FAMILIES = [
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
     "LiberationSans-BoldItalic.ttf"),
    ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
    ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"),
]
# CJK fonts with TrueType outlines: (file name, index of the face inside a .ttc collection).
_CJK_FONTS = [
    ("wqy-microhei.ttc", 0),  # Debian fonts-wqy-microhei
    ("wqy-zenhei.ttc", 0),  # Debian fonts-wqy-zenhei
    ("uming.ttc", 0),  # Debian fonts-arphic-uming
    ("DroidSansFallbackFull.ttf", 0),  # Debian fonts-droid-fallback
    ("msyh.ttc", 0),  # Windows: Microsoft YaHei
    ("simsun.ttc", 0),  # Windows: SimSun
    ("Arial Unicode.ttf", 0),  # macOS
]
CJK_PACKAGE_HINT = "fonts-wqy-microhei"

BODY = "MagiaSans"
BODY_BOLD = "MagiaSans-Bold"
BODY_ITALIC = "MagiaSans-Italic"
BODY_BOLD_ITALIC = "MagiaSans-BoldItalic"
CJK = "MagiaCJK"


class FontMissingError(MagiaError):
    """No usable font for a script the PDF must print; the message says which package to install."""


def _search_dirs() -> list[Path]:
    dirs = [RESOURCE_FONTS]
    if os.environ.get(_ENV_DIR):
        dirs.insert(0, Path(os.environ[_ENV_DIR]))
    if sys.platform.startswith("linux"):
        dirs.append(Path.home() / ".local/share/fonts")
    return dirs + _SYSTEM_DIRS


def _find(name: str) -> Path | None:
    for folder in _search_dirs():
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class FontSet:
    body: str
    bold: str
    italic: str
    bold_italic: str
    cjk: str
    body_file: Path
    cjk_file: Path


def _load_body() -> tuple[list[TTFont], Path]:
    for family in _BODY_FAMILIES:
        paths = [_find(name) for name in family]
        if paths[0] is None:
            continue
        # A missing bold or italic face falls back to the regular one rather than to a Latin-1 font.
        regular = paths[0]
        faces = []
        for alias, path in zip((BODY, BODY_BOLD, BODY_ITALIC, BODY_BOLD_ITALIC), paths, strict=True):
            try:
                faces.append(TTFont(alias, str(path or regular)))
            except TTFError:
                faces.append(TTFont(alias, str(regular)))
        return faces, regular
    raise FontMissingError(
        "No Unicode font for PDFs: install DejaVu Sans (Debian package fonts-dejavu-core) "
        f"or put DejaVuSans.ttf and DejaVuSans-Bold.ttf in {RESOURCE_FONTS}"
    )


def _load_cjk() -> tuple[TTFont, Path]:
    refused: list[str] = []
    for name, index in _CJK_FONTS:
        path = _find(name)
        if path is None:
            continue
        try:
            return TTFont(CJK, str(path), subfontIndex=index), path
        except TTFError as exc:  # e.g. CFF outlines, which reportlab cannot embed
            refused.append(f"{path}: {exc}")
    detail = f" (unusable: {'; '.join(refused)})" if refused else ""
    raise FontMissingError(
        "No Chinese/Japanese/Korean font with TrueType outlines for PDFs: install the Debian package "
        f"{CJK_PACKAGE_HINT} (or put wqy-microhei.ttc in {RESOURCE_FONTS}){detail}"
    )


@lru_cache(maxsize=1)
def register_fonts() -> FontSet:
    """Register the fonts with reportlab once per process; FontMissingError when one cannot be found."""
    faces, body_file = _load_body()
    cjk_font, cjk_file = _load_cjk()
    for face in [*faces, cjk_font]:
        pdfmetrics.registerFont(face)
    # <b> and <i> inside a paragraph pick the family's faces; the CJK font has one face for all.
    pdfmetrics.registerFontFamily(BODY, normal=BODY, bold=BODY_BOLD, italic=BODY_ITALIC, boldItalic=BODY_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return FontSet(BODY, BODY_BOLD, BODY_ITALIC, BODY_BOLD_ITALIC, CJK, body_file, cjk_file)


@lru_cache(maxsize=1)
def _body_chars() -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(BODY).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)


@lru_cache(maxsize=1)
def _cjk_chars() -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(CJK).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)


def _needs_cjk(ch: str) -> bool:
    code = ord(ch)
    return code not in _body_chars() and code in _cjk_chars()


def _clean(text: str) -> str:
    # Control characters are not allowed in XML and would break the paragraph parser.
    return "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32)


def para(text: object, *, bold: bool = False, italic: bool = False) -> str:
    """Plain text as safe Paragraph markup: escaped, CJK runs in the CJK font, new lines as <br/>.

    'Zhang Wei 张伟 — Müller <b>&' becomes 'Zhang Wei <font name="MagiaCJK">张伟</font> — Müller &lt;b&gt;&amp;'.
    """
    value = _clean("" if text is None else str(text))
    out: list[str] = []
    run: list[str] = []
    in_cjk = False

    def flush() -> None:
        if run:
            chunk = escape("".join(run))
            out.append(f'<font name="{CJK}">{chunk}</font>' if in_cjk else chunk)
            run.clear()

    pending: list[str] = []  # spaces wait until the next character says which font they belong to
    for ch in value:
        if ch.isspace():
            pending.append(ch)
            continue
        wants_cjk = _needs_cjk(ch)
        if wants_cjk != in_cjk:
            # Spaces between two runs go to the body font (its space is the one the line is set with).
            if in_cjk:
                flush()
                run.extend(pending)
            else:
                run.extend(pending)
                flush()
            in_cjk = wants_cjk
        else:
            run.extend(pending)
        pending.clear()
        run.append(ch)
    if in_cjk and pending:
        flush()
        in_cjk = False
    run.extend(pending)
    flush()
    markup = "".join(out).replace("\n", "<br/>")
    if bold:
        markup = f"<b>{markup}</b>"
    if italic:
        markup = f"<i>{markup}</i>"
    return markup


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle


ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A6470")
RULE = colors.HexColor("#C9D3DD")
SHADE = colors.HexColor("#EEF3F8")


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles every PDF uses: one family, one accent colour, a clear size scale."""
    fonts = register_fonts()

    def style(name: str, size: float, *, font: str | None = None, leading: float | None = None,
              color: colors.Color = colors.black, before: float = 0, after: float = 0) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font or fonts.body, fontSize=size, leading=leading or size * 1.3,
                              textColor=color, spaceBefore=before, spaceAfter=after)

    return Styles(
        title=style("magia-title", 24, font=fonts.bold, leading=29, color=ACCENT, after=6),
        subtitle=style("magia-subtitle", 13, leading=17, color=MUTED, after=14),
        h1=style("magia-h1", 15, font=fonts.bold, leading=19, color=ACCENT, before=4, after=6),
        h2=style("magia-h2", 12, font=fonts.bold, leading=15, color=ACCENT, before=10, after=4),
        h3=style("magia-h3", 10, font=fonts.bold, leading=13, before=6, after=2),
        body=style("magia-body", 9.5, leading=13, after=3),
        small=style("magia-small", 8, leading=10.5),
        muted=style("magia-muted", 8.5, leading=11, color=MUTED),
        cell=style("magia-cell", 8.5, leading=11),
        cell_bold=style("magia-cell-bold", 8.5, font=fonts.bold, leading=11),
        label=style("magia-label", 8, font=fonts.bold, leading=11, color=MUTED),
    )


def table_font_commands() -> list[tuple[object, ...]]:
    """TableStyle commands every table needs: without them reportlab sets Helvetica (not embedded, Latin-1
    only) in each cell, even cells holding Paragraphs, and the PDF carries a font it cannot rely on."""
    return [("FONTNAME", (0, 0), (-1, -1), register_fonts().body), ("FONTSIZE", (0, 0), (-1, -1), 8.5)]


class NumberedCanvas(Canvas):
    """A canvas for 'Page X of Y': pages are kept and drawn at save time, once the count is known.

    Subclasses draw their footer in `_footer(total)`. Every page starts in our embedded body font: without
    it reportlab would start each page in Helvetica, a non-embedded Latin-1 font, used or not.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts().body
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        raise NotImplementedError
