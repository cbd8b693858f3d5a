"""Action texts carry a mnemonic ("&Export…", the Alt key in menus); tooltips and notices show them plain."""

from __future__ import annotations


def plain(text: str) -> str:
    """`text` without its mnemonic marker and trailing ellipsis ("&&" stays a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
