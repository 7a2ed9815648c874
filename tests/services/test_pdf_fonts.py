"""Shared PDF typography: Unicode fonts found and embedded, user text escaped, CJK runs in the CJK font."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from magia_desk.services import pdf_fonts
from magia_desk.services.pdf_fonts import CJK, FontMissingError, para, register_fonts, styles


def test_fonts_are_truetype_files_reportlab_embeds() -> None:
    fonts = register_fonts()
    assert fonts.body_file.suffix == ".ttf"
    assert fonts.cjk_file.suffix in (".ttf", ".ttc")


def test_para_escapes_markup_and_switches_font_for_cjk() -> None:
    assert para("R&D <b>bold</b> > 3") == "R&amp;D &lt;b&gt;bold&lt;/b&gt; &gt; 3"
    assert para("Zhang Wei 张伟 — Müller") == f'Zhang Wei <font name="{CJK}">张伟</font> — Müller'
    assert para("Σοφία Дмитрий Łukasz") == "Σοφία Дмитрий Łukasz"  # the body font has these
    assert para("上海，中国 Ltd") == f'<font name="{CJK}">上海，中国</font> Ltd'
    assert para("张 伟") == f'<font name="{CJK}">张 伟</font>'  # a space between CJK stays in the run
    assert para("two\nlines\x07") == "two<br/>lines"
    assert para(None) == "" and para("x", bold=True) == "<b>x</b>"


def test_mixed_text_renders_to_pdf(tmp_path: Path) -> None:
    import subprocess

    target = tmp_path / "fonts.pdf"
    doc = SimpleDocTemplate(str(target), pagesize=A4)
    doc.build([Paragraph(para("Zhang Wei 张伟 — Müller, Σοφία, Дмитрий & <Co>"), styles().body)])
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "张伟" in text and "Müller" in text and "Дмитрий" in text and "& <Co>" in text
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "yes" in fonts  # embedded


def test_missing_cjk_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pdf_fonts, "_search_dirs", lambda: [tmp_path])
    with pytest.raises(FontMissingError, match="fonts-wqy-microhei"):
        pdf_fonts._load_cjk()
    with pytest.raises(FontMissingError, match="fonts-dejavu-core"):
        pdf_fonts._load_body()


def test_cff_fonts_are_refused_with_the_reason(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    noto = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    if not noto.exists():
        pytest.skip("no CFF CJK font on this machine")
    (tmp_path / "wqy-microhei.ttc").symlink_to(noto)  # a CFF font under a TrueType font's name
    monkeypatch.setattr(pdf_fonts, "_search_dirs", lambda: [tmp_path])
    with pytest.raises(FontMissingError, match="unusable"):
        pdf_fonts._load_cjk()
