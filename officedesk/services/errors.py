"""The failures the UI and the command line show to the clerk as one sentence (re-exported for ui/)."""

from __future__ import annotations

from officedesk.exchange.errors import ExchangeError
from officedesk.services.duty_errors import DutyRefused
from officedesk.services.visit_service import ValidationFailed
from officedesk.storage.errors import RecordNotFound, StorageBug, StorageUnavailable

# What a person can act on: a message, no traceback. StorageBug is not here: it is ours to fix.
USER_ERRORS: tuple[type[Exception], ...] = (
    StorageUnavailable,
    ExchangeError,
    ValidationFailed,
    RecordNotFound,
    DutyRefused,
)

__all__ = [
    "USER_ERRORS",
    "DutyRefused",
    "ExchangeError",
    "RecordNotFound",
    "StorageBug",
    "StorageUnavailable",
    "ValidationFailed",
]
