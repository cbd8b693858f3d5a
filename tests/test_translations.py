"""Every string of the interface is translated (the UI speaks Simplified Chinese by default)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "officedesk_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_message_is_translated() -> None:
    unfinished = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            if message.get("numerus") == "yes" and translation is not None and translation.findtext("numerusform"):
                continue
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_the_ts_file_holds_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [str(lupdate), "-extensions", "py", str(ROOT / "officedesk"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = set(_messages(fresh))
    assert in_code - set(_messages(TS)) == set()  # run `make lupdate` and translate the new strings
    assert len(in_code) > 50
