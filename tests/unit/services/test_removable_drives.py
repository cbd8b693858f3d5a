"""USB sticks are found where Debian's udisks mounts them (a real tmpfs mount stands in for the stick)."""

from __future__ import annotations

import getpass
import os
import subprocess
from pathlib import Path

import pytest

from officedesk.services.removable_drives import removable_targets


@pytest.mark.root
@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a stand-in stick needs root")
def test_a_mounted_stick_is_listed() -> None:
    base = Path("/media") / getpass.getuser()
    stick = base / "OFFICEDESK-TEST"
    stick.mkdir(parents=True, exist_ok=True)
    assert stick not in removable_targets()  # an empty folder is not a stick
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)], check=True)
    try:
        assert stick in removable_targets()
    finally:
        subprocess.run(["umount", str(stick)], check=False)
        stick.rmdir()
    assert stick not in removable_targets()
