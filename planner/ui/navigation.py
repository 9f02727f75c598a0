"""The sections list down the window's left side: an icon and a word per section, rows spaced
for a finger or a shaky mouse, and only as wide as its longest word needs.

On a narrow window (a 1024x768 screen at a 150% font is 683 pixels wide) the list keeps only
its icons, so that the section itself has the room; each row's name stays its tooltip and
what a screen reader says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.ui import icons, style

# Narrower than this many average characters, the window's navigation shows icons only.
COMPACT_BELOW_CHARS = 125
# The splitter's share for the section beside the list: all the room the list leaves.
SECTION_SHARE = 1 << 20


class Navigation(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watched: QWidget | None = None  # before anything: Qt may filter events at once
        self.compact = False
        self.setObjectName("navigation")
        self.setStyleSheet(style.NAVIGATION_SHEET)
        self.setIconSize(icons.icon_size(icons.NAVIGATION))
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(_IconsWhenCompact(self))
        icons.follow_palette(self, self._draw_icons)

    def add_section(self, section_id: str, title: str) -> None:
        item = QListWidgetItem(icons.section_icon(section_id, self), title, self)
        item.setData(Qt.ItemDataRole.UserRole, section_id)
        item.setToolTip(title)
        self._fix_width()

    def _draw_icons(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setIcon(icons.section_icon(str(item.data(Qt.ItemDataRole.UserRole)), self))

    def full_width(self) -> int:
        metrics = self.fontMetrics()
        texts = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        # icon, the gap after it, the item's padding both sides, the list's padding both sides
        return icons.NAVIGATION + style.XS + widest + 2 * style.S + 2 * style.XS + style.L

    def compact_width(self) -> int:
        return icons.NAVIGATION + 2 * style.S + 2 * style.XS + style.XS

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._fix_width()
            self.doItemsLayout()

    def _fix_width(self) -> None:
        width = self.compact_width() if self.compact else self.full_width()
        self.setFixedWidth(width)
        splitter = self.parentWidget()
        if isinstance(splitter, QSplitter) and splitter.count() > 1:
            # The splitter keeps the widths it gave; the section takes what the list gave up.
            splitter.setSizes([width, SECTION_SHARE])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:
            window.installEventFilter(self)
            self._watched = window
        self._follow(window.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._follow(self.window().width())
        return super().eventFilter(watched, event)

    def _follow(self, window_width: int) -> None:
        self.set_compact(window_width < COMPACT_BELOW_CHARS * self.fontMetrics().averageCharWidth())


class _IconsWhenCompact(QStyledItemDelegate):
    """Draws a row's icon and name, or only its icon, centred, in the compact list."""

    def __init__(self, navigation: Navigation) -> None:
        super().__init__(navigation)
        self.navigation = navigation

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.navigation.compact:
            option.text = ""
            option.displayAlignment = Qt.AlignmentFlag.AlignCenter
            option.decorationAlignment = Qt.AlignmentFlag.AlignCenter

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if self.navigation.compact:
            size.setWidth(icons.NAVIGATION + 2 * style.S)
        return size
