"""A check box whose words wrap: a QCheckBox keeps its text on one line, so a long one made a
section wider than a 1024x768 screen at a 150% font and pushed its controls off the edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _Words(QLabel):
    """The check box's words: clicking them ticks it, as clicking a check box's text does."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def wrapped_check_box(text: str, parent: QWidget) -> tuple[QCheckBox, QWidget]:
    """The check box (its accessible name is `text`) and the row to put in a layout."""
    row = QWidget(parent)
    box = QCheckBox(row)
    box.setAccessibleName(text)
    words = _Words(text, box, row)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box)  # level with the words, one line or two
    layout.addWidget(words, 1)
    return box, row
