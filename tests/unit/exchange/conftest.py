"""Fixtures for the exchange tests: sample visits, and real full or read-only folders (as root)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from officedesk.domain.visits import Visit

NOW = datetime(2027, 1, 10, 12, 0)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def sample_visits() -> list[Visit]:
    return [
        Visit(
            channel="来访",
            received_at=datetime(2026, 12, 31, 9, 30),
            petitioner="=cmd|' /C calc'!A0",
            requests="要求支付拖欠工资",
            reg_no="XF-2026-0001",
            people_count=6,
            phone="13812345678",
            id_number="110101199003071234",
            address="城关镇幸福路1号",
            category="劳动社保",
            subcategory="欠薪",
            disposition="交办",
            handling_unit="人社局",
            accept_due=date(2027, 1, 15),
            due_date=date(2027, 3, 1),
        ),
        Visit(
            channel="来电",
            received_at=datetime(2027, 1, 4, 14, 5),
            petitioner="李四",
            requests="@SUM(1+1)*cmd|' /C calc'!A0",
            reg_no="XF-2027-0001",
            facts="-1+1",
            remarks="＝1+1",
        ),
    ]


def _need_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs or a read-only bind needs root")


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KB tmpfs: writes past it fail with ENOSPC, as on a full USB stick."""
    _need_root()
    folder = tmp_path / "stick"
    folder.mkdir()
    _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A read-only folder holding a previous export: a real read-only bind mount as root (EROFS;
    root ignores permission bits), a folder without write permission otherwise (EACCES)."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "台账.xlsx").write_bytes(b"previous export")
    if os.geteuid() != 0:
        source.chmod(0o500)
        try:
            yield source
        finally:
            source.chmod(0o700)
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    _mount("--bind", str(source), str(folder))
    try:
        _mount("-o", "remount,bind,ro", str(folder))
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
