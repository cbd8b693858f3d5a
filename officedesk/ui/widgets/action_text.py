"""Action texts carry a mnemonic ("&Export…", the Alt key in menus); tooltips and notices show them plain."""

from __future__ import annotations

import re

# A Chinese text carries its mnemonic as a bracketed letter after the words: "轮换排班(&F)…".
_BRACKETED_MNEMONIC = re.compile(r"[(（]&\w[)）]")


def plain(text: str) -> str:
    """`text` without its mnemonic marker and trailing ellipsis ("&&" stays a literal "&").

    "&Export…" → "Export", "轮换排班(&F)…" → "轮换排班".
    """
    text = _BRACKETED_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
