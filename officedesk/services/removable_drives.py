"""Where a USB stick is mounted, so export dialogs can offer it first (no Qt: QStorageInfo cannot tell)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

_DRIVE_REMOVABLE = 2  # GetDriveTypeW


def removable_targets() -> list[Path]:
    """Mounted removable drives, most likely first; empty when none is plugged in."""
    if sys.platform == "win32":
        return _windows_drives()
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    found: list[Path] = []
    # udisks mounts sticks under /media/<user> (Debian) or /run/media/<user> (Fedora); some setups use /media.
    for base in (Path("/media") / user, Path("/run/media") / user, Path("/media"), Path("/mnt")):
        if not base.is_dir():
            continue
        try:
            children = sorted(base.iterdir())
        except OSError:
            continue
        found.extend(p for p in children if p.is_dir() and os.path.ismount(p) and p not in found)
    return found


def _windows_drives() -> list[Path]:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    drives = []
    for i in range(26):
        if mask & (1 << i):
            root = f"{chr(65 + i)}:\\"
            if kernel.GetDriveTypeW(root) == _DRIVE_REMOVABLE:
                drives.append(Path(root))
    return drives
