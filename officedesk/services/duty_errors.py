"""The duty service's refusal, in a module of its own so every duty module can raise it."""

from __future__ import annotations


class DutyRefused(Exception):
    """A change the duty rules do not allow (e.g. editing a published past day without a swap).

    `str(e)` is a Chinese sentence the UI and the command line show as it is.
    """
