"""The office's print font (Settings → Printing): one chosen face for every role, or the automatic choice."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from officedesk.domain.visits import VisitFilter
from officedesk.forms.fonts import AUTOMATIC, BUNDLED, BUNDLED_NAME, available_fonts, font_key, register_fonts
from officedesk.paths import bundled_font_path
from officedesk.services.desk import Desk


def test_available_fonts_lists_the_chinese_fonts_present_then_the_bundled_one(tmp_path: Path) -> None:
    assert available_fonts(tmp_path) == [(BUNDLED, "文泉驿微米黑 WenQuanYi Micro Hei")]
    (tmp_path / "simfang.ttf").symlink_to(bundled_font_path())
    (tmp_path / "simsun.ttc").symlink_to(bundled_font_path())
    keys = [key for key, _name in available_fonts(tmp_path)]
    assert keys == ["simsun.ttc#0", "simsun.ttc#1", "simfang.ttf#0", BUNDLED]


def test_a_chosen_font_prints_every_role(tmp_path: Path) -> None:
    (tmp_path / "simfang.ttf").symlink_to(bundled_font_path())
    (tmp_path / "simhei.ttf").symlink_to(bundled_font_path())
    chosen = register_fonts(tmp_path, font_key("simfang.ttf", 0))
    assert chosen.song == chosen.fang == chosen.hei == chosen.kai != BUNDLED_NAME
    assert chosen.used_files == (str(tmp_path / "simfang.ttf"),)
    automatic = register_fonts(tmp_path, AUTOMATIC)
    assert automatic.hei != automatic.song  # each role its own font again


def test_the_bundled_font_can_be_chosen_over_windows_fonts(tmp_path: Path) -> None:
    (tmp_path / "simsun.ttc").symlink_to(bundled_font_path())
    fonts = register_fonts(tmp_path, BUNDLED)
    assert (fonts.song, fonts.fang, fonts.hei, fonts.kai) == (BUNDLED_NAME,) * 4


@pytest.mark.parametrize("choice", ["simkai.ttf#0", "garbage", "simkai.ttf#x", "#0"])
def test_a_missing_or_malformed_choice_falls_back_to_automatic(tmp_path: Path, choice: str) -> None:
    assert register_fonts(tmp_path, choice) == register_fonts(tmp_path)


def _pdf_fonts(pdf: bytes) -> set[str]:
    from pypdf import PdfReader

    resources = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
    return {str(f.get_object()["/BaseFont"]) for f in resources["/Font"].values()}  # type: ignore[index]


def test_the_settings_choice_reaches_the_printed_forms(unit_desk: Desk, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    # The bundled collection stands in for simsun.ttc: its second face (Micro Hei Mono) plays 新宋体, so the PDF
    # shows which face printed.
    fonts_dir = tmp_path / "Windows" / "Fonts"
    fonts_dir.mkdir(parents=True)
    (fonts_dir / "simsun.ttc").symlink_to(bundled_font_path())
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    assert "simsun.ttc#1" in [key for key, _ in unit_desk.settings.print_font_choices()]
    saved = unit_desk.visits.save(unit_desk.visits.new_draft().replace(petitioner="张三", requests="要求答复")).visit
    assert saved.id is not None
    assert not any("Mono" in name for name in _pdf_fonts(unit_desk.output.visit_form_pdf(saved.id)))

    unit_desk.settings.save(unit_desk.settings.with_changes(print_font="simsun.ttc#1"))

    assert unit_desk.settings.print_fonts().used_files == (str(fonts_dir / "simsun.ttc"),)
    assert all("Mono" in name for name in _pdf_fonts(unit_desk.output.visit_form_pdf(saved.id)))
    buf = io.BytesIO()
    unit_desk.output.write_register_list(buf, VisitFilter())
    assert all("Mono" in name for name in _pdf_fonts(buf.getvalue()))
    from officedesk.domain.risks import RiskFilter
    from officedesk.services.demo_service import load_demo_risks

    load_demo_risks(unit_desk, risks=3)
    assert all("Mono" in name for name in _pdf_fonts(unit_desk.ledger_io.ledger_pdf(RiskFilter())))
