"""Composition root: command-line sub-commands run headless (cli.py); otherwise open the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from officedesk import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if cli.wants_self_test(args):
        return self_test()
    if cli.wants_cli(args):
        return cli.main(args)
    from officedesk.ui.application import run_gui  # Qt only when a window is wanted

    return run_gui(cli.gui_db_path(args), args)


def self_test() -> int:
    """`officedesk --self-test`: the services' checks (services/self_test.py), then the window's.

    The window checks live in ui/ (only ui/ and app.py import Qt) and run offscreen unless QT_QPA_PLATFORM
    says otherwise, so the self-test never puts a window on the clerk's screen and runs in CI.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from officedesk.services.self_test import ExtraCheck, SelfTest, SelfTestFailure
        from officedesk.services.self_test import self_test as run_self_test
    except ImportError as e:  # a bundle missing a module of its own: still the report's shape, not a traceback
        print(f"FAILED import: {type(e).__name__}: {e}\nFAILED", flush=True)
        return 1

    extra: list[tuple[str, ExtraCheck]]
    try:
        from officedesk.ui.self_test_window import WindowSelfTest

        extra = WindowSelfTest().checks()
    except ImportError as e:  # a bundle missing a Qt library: still one line, and FAILED
        reason = f"Qt cannot be loaded: {e}"

        def qt_missing(_test: SelfTest) -> str:
            raise SelfTestFailure(reason)

        extra = [("qt", qt_missing)]
    report = None
    if sys.stdout is None:  # the windowed Windows program has no console: leave the report in the data folder
        from officedesk.paths import user_data_dir

        report = user_data_dir() / "self-test.txt"
    return run_self_test(extra, report=report)
