"""The sections list down the window's left side: an icon and a word per section, rows spaced
for a finger or a shaky mouse, and only as wide as its longest word needs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from planner.ui import icons, style


class Navigation(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setStyleSheet(style.NAVIGATION_SHEET)
        self.setIconSize(icons.icon_size(icons.NAVIGATION))
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def add_section(self, section_id: str, title: str) -> None:
        item = QListWidgetItem(icons.section_icon(section_id, self), title, self)
        item.setData(Qt.ItemDataRole.UserRole, section_id)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        texts = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        # icon, the gap after it, the item's padding both sides, the list's padding both sides
        width = icons.NAVIGATION + style.XS + widest + 2 * style.S + 2 * style.XS + style.L
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 120), 0)
