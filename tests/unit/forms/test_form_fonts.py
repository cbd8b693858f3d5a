"""Font choice for printed forms: the office PC's Windows fonts when present, else the bundled font."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from officedesk.forms.fonts import BUNDLED_NAME, register_fonts, windows_fonts_dir
from officedesk.paths import bundled_font_path


def test_without_windows_fonts_every_role_uses_the_bundled_font(tmp_path: Path) -> None:
    fonts = register_fonts(tmp_path)

    assert (fonts.song, fonts.fang, fonts.hei, fonts.kai) == (BUNDLED_NAME,) * 4
    assert fonts.used_files == (str(bundled_font_path()),)
    # Registered as an embeddable TrueType font, never the CID font STSong-Light (PLATFORM.md).
    assert isinstance(pdfmetrics.getFont(fonts.song), TTFont)


def test_registering_twice_gives_the_same_fonts(tmp_path: Path) -> None:
    first = register_fonts(tmp_path)
    registered = set(pdfmetrics.getRegisteredFontNames())

    assert register_fonts(tmp_path) == first
    assert set(pdfmetrics.getRegisteredFontNames()) == registered


def test_a_windows_font_present_is_preferred_for_its_role(tmp_path: Path) -> None:
    # Any TrueType collection stands in for simhei.ttf: the choice goes by file name.
    (tmp_path / "simhei.ttf").symlink_to(bundled_font_path())

    fonts = register_fonts(tmp_path)

    assert fonts.hei != BUNDLED_NAME
    assert isinstance(pdfmetrics.getFont(fonts.hei), TTFont)
    assert (fonts.song, fonts.fang, fonts.kai) == (BUNDLED_NAME,) * 3
    assert fonts.used_files == (str(bundled_font_path()), str(tmp_path / "simhei.ttf"))


def test_an_unreadable_windows_font_falls_back_to_the_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "simsun.ttc").write_bytes(b"OTTO" + b"\0" * 64)  # not a TrueType file

    fonts = register_fonts(tmp_path)

    assert fonts.song == BUNDLED_NAME
    assert fonts.used_files == (str(bundled_font_path()),)


def test_the_windows_folder_follows_windir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WINDIR", str(tmp_path))
    (tmp_path / "Fonts").mkdir()
    (tmp_path / "Fonts" / "simfang.ttf").symlink_to(bundled_font_path())

    fonts = register_fonts()

    assert windows_fonts_dir() == tmp_path / "Fonts"
    assert fonts.fang != BUNDLED_NAME
    assert str(tmp_path / "Fonts" / "simfang.ttf") in fonts.used_files
