"""paths.py: resources beside the package from source, under sys._MEIPASS in the bundle, or where the env says."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from officedesk import paths

ROOT = Path(__file__).resolve().parents[2]


def test_from_source_resources_are_the_project_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.bundled_font_path().is_file()
    assert paths.bundled_font_licence_path().is_file()


def test_in_the_bundle_resources_are_under_meipass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resource_path("i18n", "officedesk_zh_CN.qm") == tmp_path / "_internal" / "resources" / "i18n" / (
        "officedesk_zh_CN.qm"
    )
    assert paths.bundled_font_path() == tmp_path / "_internal" / "resources" / "fonts" / "wqy-microhei.ttc"


def test_meipass_alone_is_not_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == ROOT / "resources"


def test_the_environment_can_point_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv(paths.RESOURCES_ENV, str(tmp_path / "other"))
    assert paths.bundled_font_path() == tmp_path / "other" / "fonts" / "wqy-microhei.ttc"
