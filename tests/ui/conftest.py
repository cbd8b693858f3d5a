"""UI tests keep QSettings (window geometry, columns) in a temporary folder, never in the tester's profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Path:
    folder = tmp_path / "qsettings"
    folder.mkdir()
    # On Linux QSettings' native format is an INI file; both formats are pointed at the test folder.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder
