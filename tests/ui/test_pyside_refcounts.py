"""PySide6 must not lose references to Python's shared objects when it calls a slot.

PySide6 6.12.0 on CPython 3.11 took one reference off `True` for every emit of a `Signal(bool)`
and one off `None` for every `QCheckBox.toggled` into a Python slot. A long session used the
counts up and the app aborted (`Fatal Python error: bool_dealloc`). pyproject.toml excludes
that release; these checks stop any other release that does the same.

From Python 3.12 on these objects are immortal: they are never freed whatever their count says,
and PySide6's stable-ABI code still moves the count (seen with 6.11.3 on 3.13: 19 off `True` in
20 emits, harmless there). So the checks run on 3.11, the oldest Python the planner supports,
and `.ci/run` runs the whole suite on a newer Python as well.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

EMITS = 20

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True and None are immortal from Python 3.12 on"
)


class _Sender(QObject):
    flag = Signal(bool)


def _ignore(_value: object) -> None:
    """A slot that keeps nothing: a count that falls is PySide6's doing."""


def _lost(count_before: int, count_after: int) -> int:
    """References lost; a count that grows by one or two is a cache filled on the way."""
    return max(0, count_before - count_after)


def test_bool_signal_keeps_true_alive(qapp: QApplication) -> None:
    sender = _Sender()
    sender.flag.connect(_ignore)
    sender.flag.emit(True)  # the first call sets up what later ones reuse
    before = sys.getrefcount(True)
    for _ in range(EMITS):
        sender.flag.emit(True)
    assert _lost(before, sys.getrefcount(True)) == 0


def test_checkbox_toggled_keeps_none_alive(qtbot: QtBot) -> None:
    box = QCheckBox()
    qtbot.addWidget(box)
    box.toggled.connect(_ignore)
    box.toggle()
    before = sys.getrefcount(None)
    for _ in range(EMITS):
        box.toggle()
    assert _lost(before, sys.getrefcount(None)) == 0
