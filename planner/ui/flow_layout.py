"""A layout that places its items in a row and wraps them onto the next line when the row is
full, like words: a toolbar that never pushes a control off a narrow screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; the `set_stretch` widget takes its line's spare room.
    With `to_the_right`, a line without it keeps its items right (where a toolbar's buttons are).
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, to_the_right: bool = False
    ) -> None:
        super().__init__(parent)
        self._to_the_right = to_the_right
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch: QWidget | None = None

    def set_stretch(self, widget: QWidget) -> None:
        self._stretch = widget

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (or only measure); returns the height they need."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append(item)
            x += width + self._spacing
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            if move:
                self._place_line(line, QPoint(area.x(), y), area.width(), height)
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()

    def _place_line(self, line: list[QLayoutItem], start: QPoint, width: int, height: int) -> None:
        widths = [min(item.sizeHint().width(), width) for item in line]
        spare = max(0, width - sum(widths) - self._spacing * (len(line) - 1))
        stretching = [i for i, item in enumerate(line) if item.widget() is self._stretch]
        if stretching:
            widths[stretching[0]] += spare
        x = start.x() + (spare if self._to_the_right and not stretching else 0)
        for item, item_width in zip(line, widths, strict=True):
            item_height = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
            top = start.y() + (height - item_height) // 2
            item.setGeometry(QRect(x, top, item_width, item_height))
            x += item_width + self._spacing
