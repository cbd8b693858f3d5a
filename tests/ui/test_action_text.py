"""Tooltips and notices show an action's text without its mnemonic, in English and in Chinese."""

from __future__ import annotations

import pytest

from officedesk.ui.widgets.action_text import plain


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("&Export…", "Export"),
        ("Mar&k sent…", "Mark sent"),
        ("轮换排班(&F)…", "轮换排班"),
        ("调班（&S）…", "调班"),
        ("无事报平安——零报告(&Z)", "无事报平安——零报告"),
        ("Save && close", "Save & close"),
        ("备份(B)", "备份(B)"),  # brackets without a marker are the text's own
    ],
)
def test_plain_drops_the_mnemonic(text: str, shown: str) -> None:
    assert plain(text) == shown
