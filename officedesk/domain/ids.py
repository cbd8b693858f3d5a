"""Typed ids, so a VisitId cannot be passed where another id is expected (like Anki's NoteId)."""

from typing import NewType

VisitId = NewType("VisitId", int)
NoteId = NewType("NoteId", int)
RiskId = NewType("RiskId", int)
