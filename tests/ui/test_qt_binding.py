"""The Qt binding must not leak away references to None/True/False.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every Qt call returning void (and to
True/False on bool returns): after a few thousand clicks the interpreter aborted with "Fatal Python
error: none_dealloc". pyproject.toml keeps Python 3.11 on PySide6 < 6.12; this test fails on a binding
that has the bug (on Python 3.12+ the three objects are immortal and their counts never move).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot


def test_void_and_bool_calls_keep_the_singletons_referenced(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    holder = QWidget()
    qtbot.addWidget(holder)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        label.setText("值班")  # returns void
        holder.isVisible()  # returns bool
        holder.isEnabled()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # Other code may create or drop a few references meanwhile; the bug removes thousands.
    assert all(abs(a - b) < 100 for a, b in zip(before, after, strict=True)), (before, after)
