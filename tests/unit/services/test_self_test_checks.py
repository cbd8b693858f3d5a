"""The services half of the self-test, in process: its PDF and file checks, and how failures are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from officedesk.services.self_test import SelfTest, SelfTestFailure, check_pdf, read_back, run_checks, self_test


def test_the_services_checks_pass_without_qt() -> None:
    lines: list[str] = []
    assert self_test(out=lines.append) == 0
    assert lines[-1] == "OK"
    assert [line.split()[1].rstrip(":") for line in lines[:-1]] == [name for name, _ in SelfTest(Path()).checks()]


def test_a_report_file_gets_the_same_lines(tmp_path: Path) -> None:
    lines: list[str] = []
    self_test(out=lines.append, report=tmp_path / "self-test.txt")
    assert (tmp_path / "self-test.txt").read_text(encoding="utf-8").splitlines() == lines


def test_any_exception_is_one_failed_line_and_the_others_still_run() -> None:
    def broken() -> str:
        raise ValueError("no\nsuch  value")

    def refused() -> str:
        raise SelfTestFailure("bundled font missing: x.ttc")

    lines: list[str] = []
    results = run_checks([("a", broken), ("b", refused), ("c", lambda: "fine")], lines.append)
    assert [r.ok for r in results] == [False, False, True]
    assert lines[:2] == ["FAILED a: ValueError: no such value", "FAILED b: bundled font missing: x.ttc"]
    assert lines[2].startswith("OK  c: fine (") and lines[2].endswith(" ms)")


def test_an_extra_check_that_fails_fails_the_whole() -> None:
    def window(_test: SelfTest) -> str:
        raise SelfTestFailure("page 3 is not shown")

    lines: list[str] = []
    assert self_test([("window", window)], out=lines.append) == 1
    assert lines[-2:] == ["FAILED window: page 3 is not shown", "FAILED"]


def test_checks_after_a_database_failure_say_they_did_not_run(tmp_path: Path) -> None:
    test = SelfTest(tmp_path)
    with pytest.raises(SelfTestFailure, match="not run"):
        test.check_visit()


def test_pdf_check_counts_pages_and_refuses_damaged_files(tmp_path: Path) -> None:
    test = SelfTest(tmp_path)
    try:
        test.check_database()
        test.check_visit()
        test.check_register_pdf()
        data = test.files["register-pdf"].read_bytes()
    finally:
        test.close()
    assert check_pdf(data) == 1
    with pytest.raises(SelfTestFailure, match="incomplete"):
        check_pdf(data[: len(data) // 2])  # cut short, as a full USB stick leaves it
    with pytest.raises(SelfTestFailure, match="not a PDF"):
        check_pdf(b"PK\x03\x04" + data)
    with pytest.raises(SelfTestFailure, match="not embedded"):
        check_pdf(data.replace(b"/FontFile2", b"/FontFileX"))


def test_read_back_finds_csv_and_xlsx_cells(tmp_path: Path) -> None:
    test = SelfTest(tmp_path)
    try:
        test.check_database()
        test.check_visit()
        test.check_register_export("xlsx")
        test.check_register_export("csv")
    finally:
        test.close()
    for fmt in ("xlsx", "csv"):
        cells = {cell for row in read_back(tmp_path / f"register.{fmt}") for cell in row}
        assert test.visit_no in cells
