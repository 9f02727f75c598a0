"""The sections, one shown at a time, asking only for the room the shown one needs.

A plain QStackedWidget asks for the largest minimum of all its pages, so one wide section
would make every section scroll sideways on a small screen; here only the shown page counts.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget


class SectionStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def heightForWidth(self, width: int) -> int:
        # The scroll area asks this at the viewport's width; Qt's stacked layout would answer
        # for the tallest page, so every section would scroll as far as that one. A page that
        # scrolls its own contents (the Overview's cards) keeps Qt's answer: its cards measure
        # their height for a width only roughly, and a shorter page squeezed them.
        page = self.currentWidget()
        if page is None or page.findChild(QScrollArea) is not None:
            return super().heightForWidth(width)
        return page.heightForWidth(width) if page.hasHeightForWidth() else -1

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
