"""Composition root: command-line sub-commands run headless (cli.py); otherwise open the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from officedesk import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if cli.wants_cli(args):
        return cli.main(args)
    from officedesk.ui.application import run_gui  # Qt only when a window is wanted

    return run_gui(cli.gui_db_path(args), args)
