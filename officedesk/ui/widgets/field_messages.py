"""Messages shown under the field they are about: the clerk fixes a field where it is, not from a list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtWidgets import QLabel, QWidget

ERROR = "error"
WARNING = "warning"
# Red stops the save; amber only asks the clerk to look (visit_validation: warnings never block).
_COLOURS = {ERROR: "#c62828", WARNING: "#a15c00"}


class Issue(Protocol):
    """What a message needs: domain FieldIssue has these (field, severity, message)."""

    @property
    def field(self) -> str: ...

    @property
    def severity(self) -> str: ...

    @property
    def message(self) -> str: ...


def error_label(parent: QWidget | None = None) -> QLabel:
    """The line under a form that says why it was refused: red, word-wrapped, hidden until it has something to say."""
    label = QLabel(parent)
    label.setStyleSheet(f"color: {_COLOURS[ERROR]};")
    label.setWordWrap(True)
    label.hide()
    return label


def message_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("fieldMessage")
    return label


class FieldMessages:
    """Maps field names to their widgets and message labels, and shows a list of issues on them.

    Issues for fields that have no label of their own go to the `fallback` label, so nothing said by
    the validation is ever dropped.
    """

    def __init__(self, fallback: QLabel) -> None:
        self._fallback = fallback
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._widgets[field] = widget
        self._labels[field] = label

    def widget(self, field: str) -> QWidget | None:
        return self._widgets.get(field)

    def label(self, field: str) -> QLabel:
        return self._labels.get(field, self._fallback)

    def show(self, issues: Iterable[Issue]) -> None:
        """Replace every message with these issues (an empty list clears them all)."""
        texts: dict[int, list[str]] = {}
        worst: dict[int, str] = {}
        for issue in issues:
            key = id(self.label(issue.field))
            if issue.message not in texts.setdefault(key, []):
                texts[key].append(issue.message)
            if worst.get(key) != ERROR:
                worst[key] = issue.severity
        every = {id(label): label for label in [*self._labels.values(), self._fallback]}
        for key, label in every.items():
            severity = worst.get(key, "")
            label.setText("\n".join(texts.get(key, [])))
            label.setStyleSheet(f"color: {_COLOURS.get(severity, _COLOURS[ERROR])};" if severity else "")
            label.setProperty("severity", severity)
            label.setVisible(bool(severity))

    @staticmethod
    def first_error(issues: Iterable[Issue], order: Iterable[str]) -> str | None:
        """The first field, in form order, that has an error; then any error field at all."""
        wrong = [i.field for i in issues if i.severity == ERROR]
        for name in order:
            if name in wrong:
                return name
        return wrong[0] if wrong else None
