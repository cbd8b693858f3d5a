"""build.spec, executed with stand-ins for PyInstaller's build steps: what it bundles and what it trims,
for the Windows build (which this Linux machine cannot run) as much as for the Linux one."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"

WINDOWS_ENTRIES = {
    r"PySide6\plugins\platforms\qwindows.dll": True,
    r"PySide6\plugins\platforms\qoffscreen.dll": True,  # --self-test runs offscreen
    r"PySide6\plugins\platforms\qminimal.dll": False,
    r"PySide6\plugins\platforms\qdirect2d.dll": False,
    r"PySide6\plugins\styles\qmodernwindowsstyle.dll": True,  # a folder the spec does not know: kept
    r"PySide6\plugins\imageformats\qico.dll": True,
    r"PySide6\plugins\imageformats\qjpeg.dll": False,
    r"PySide6\plugins\tls\qschannelbackend.dll": False,
    r"PySide6\plugins\generic\qtuiotouchplugin.dll": False,
    r"PySide6\translations\qtbase_zh_CN.qm": True,
    r"PySide6\translations\qtbase_de.qm": False,
    r"PySide6\translations\qt_help_zh_CN.qm": False,
    r"PySide6\opengl32sw.dll": False,
    r"PySide6\Qt6Core.dll": True,
    r"python311.dll": True,
}
LINUX_ENTRIES = {
    "PySide6/Qt/plugins/platforms/libqxcb.so": True,
    "PySide6/Qt/plugins/platforms/libqoffscreen.so": True,
    "PySide6/Qt/plugins/platforms/libqeglfs.so": False,
    "PySide6/Qt/plugins/platforms/libqwayland.so": False,
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so": False,
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so": True,
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so": True,
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so": True,
    "PySide6/Qt/translations/qtbase_zh_CN.qm": True,
    "PySide6/Qt/translations/qtbase_ja.qm": False,
    "PySide6/Qt/lib/libQt6Core.so.6": True,
}


class Step:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps its arguments."""

    made: list[Step]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        Step.made.append(self)


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str, entries: dict[str, bool],
             console: str | None = None) -> dict[str, Any]:  # fmt: skip
    from PyInstaller.utils.hooks import qt as qt_hooks

    # The spec wraps PyInstaller's Qt plugin collection and puts the project on sys.path: undone afterwards.
    monkeypatch.setattr(qt_hooks.QtLibraryInfo, "collect_plugins", qt_hooks.QtLibraryInfo.collect_plugins)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    if console is None:
        monkeypatch.delenv("OFFICEDESK_CONSOLE", raising=False)
    else:
        monkeypatch.setenv("OFFICEDESK_CONSOLE", console)
    Step.made = []

    def analysis(*args: Any, **kwargs: Any) -> Step:
        step = Step(*args, **kwargs)
        step.binaries = [(dest, "/src", "BINARY") for dest in entries]  # type: ignore[attr-defined]
        step.datas = [*kwargs["datas"], *((d, "/src", "DATA") for d in entries if d.endswith(".qm"))]  # type: ignore[attr-defined]
        step.pure, step.scripts = [], []  # type: ignore[attr-defined]
        return step

    steps: dict[str, Callable[..., Step]] = {"Analysis": analysis, "PYZ": Step, "EXE": Step, "COLLECT": Step,
                                             "BUNDLE": Step}  # fmt: skip
    namespace: dict[str, Any] = {"SPECPATH": str(ROOT), "workpath": str(tmp_path / "build"), **steps}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def _exe(namespace: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = namespace["exe"].kwargs
    return kwargs


@pytest.mark.parametrize(("platform", "entries"), [("win32", WINDOWS_ENTRIES), ("linux", LINUX_ENTRIES)])
def test_qt_plugins_and_translations_are_trimmed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str,
                                                 entries: dict[str, bool]) -> None:  # fmt: skip
    spec = run_spec(monkeypatch, tmp_path, platform, entries)
    kept = {dest for dest, _src, _kind in spec["a"].binaries} | {d[0] for d in spec["a"].datas}
    assert {dest: dest in kept for dest in entries} == entries


def test_resources_go_in_with_licences_and_built_translations_only(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:  # fmt: skip
    spec = run_spec(monkeypatch, tmp_path, "linux", {})
    datas = {(Path(src).name, dest.replace("\\", "/")) for src, dest in spec["a"].kwargs["datas"]}
    assert {("wqy-microhei.ttc", "resources/fonts"), ("wqy-microhei.LICENSE.txt", "resources/fonts"),
            ("officedesk_zh_CN.qm", "resources/i18n"), ("officedesk.ico", "resources/icons"),
            ("officedesk.png", "resources/icons"), ("officedesk.svg", "resources/icons")} <= datas  # fmt: skip
    assert not [name for name, _dest in datas if name.endswith((".ts", ".py"))]
    assert {"tkinter", "openpyxl", "pypdf", "xlwt", "PySide6.QtNetwork", "PySide6.QtQml"} <= set(
        spec["a"].kwargs["excludes"]
    )


def test_windows_build_is_windowed_with_icon_and_version(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from officedesk import APP_NAME, __version__

    exe = _exe(run_spec(monkeypatch, tmp_path, "win32", {}))
    assert (exe["name"], exe["console"], exe["strip"]) == (APP_NAME, False, False)
    assert Path(exe["icon"]).name == "officedesk.ico" and Path(exe["icon"]).is_file()
    version_text = Path(exe["version"]).read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{__version__}')" in version_text
    assert "办公桌 OfficeDesk" in version_text
    try:  # PyInstaller reads it back with its own parser where it can (pefile is installed on Windows only)
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
    except ImportError:
        return
    assert __version__ in str(load_version_info_from_text_file(exe["version"]))


def test_console_variant_and_linux_strip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    exe = _exe(run_spec(monkeypatch, tmp_path, "linux", {}, console="1"))
    assert (exe["console"], exe["strip"], exe["icon"]) == (True, True, None)
    assert _exe(run_spec(monkeypatch, tmp_path, "linux", {}, console="0"))["console"] is False


def test_spec_has_no_posix_only_paths_or_shell_calls() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for needle in ("/usr/", "/tmp", "~/", "os.system", "subprocess", "shell=True", "/work/"):
        assert needle not in text, needle
