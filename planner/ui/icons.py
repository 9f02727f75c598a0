"""The window's icons: Lucide's SVGs (ISC licence, resources/icons/lucide/), drawn in a colour
of the current palette at run time, so that they read on light, dark and high-contrast themes.

The SVGs draw with `currentColor`; it is replaced by the palette colour before Qt renders them.
Rules (docs/design-system.md): an icon always sits beside words or carries an accessible name,
never meaning alone; one stroke weight; 16 px in lists and buttons, 20 px in the navigation.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

from planner.resources import resource_path

SMALL = 16
NAVIGATION = 20
LARGE = 48

# Which picture stands for each section of the window.
SECTION_ICONS = {
    "overview": "house",
    "children": "users",
    "apps": "smartphone",
    "conversations": "message-circle",
    "concerns": "shield-alert",
    "contacts": "phone",
    "reminders": "bell",
    "guidance": "lightbulb",
    "export": "printer",
}


@cache
def _svg(name: str) -> str:
    return resource_path("icons", "lucide", f"{name}.svg").read_text(encoding="utf-8")


@cache
def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    data = QByteArray(_svg(name).replace("currentColor", colour).encode("utf-8"))
    renderer = QSvgRenderer(data)
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pixmap(
    name: str,
    size: int = SMALL,
    widget: QWidget | None = None,
    role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
    colour: QColor | None = None,
) -> QPixmap:
    """The icon `name` at `size` logical pixels, in a palette role's colour (or `colour`)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    chosen = colour if colour is not None else palette.color(role)
    ratio = widget.devicePixelRatioF() if widget is not None else 1.0
    return _pixmap(name, chosen.name(), size, max(ratio, 1.0))


def icon(name: str, widget: QWidget | None = None, size: int = SMALL) -> QIcon:
    """An icon for buttons, menus and list rows: text colour, and the selected-text colour
    when its row is selected, so it stays visible on the highlight."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    result = QIcon()
    for mode, role in (
        (QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
        (QIcon.Mode.Active, QPalette.ColorRole.WindowText),
        (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
    ):
        result.addPixmap(pixmap(name, size, widget, colour=palette.color(role)), mode)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    result.addPixmap(pixmap(name, size, widget, colour=disabled), QIcon.Mode.Disabled)
    return result


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # At the next turn of the event loop, once Qt has given every widget its new palette
        # (this filter sees the event before the widget does). When `apply` sets a palette of
        # its own (a tone), the one more change it causes draws the same again, and Qt sends
        # no change for a palette set to what it already is: it ends there.
        if event.type() in _PALETTE_CHANGES:
            QTimer.singleShot(0, self, self._apply)
        return False


# Top-level windows hear of the application's new palette; the widgets inside them, of their
# own palette changing because of it.
_PALETTE_CHANGES = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)


def follow_palette(widget: QWidget, apply: Callable[[], None]) -> None:
    """Draw with `apply` now, and again when the system switches between light and dark:
    icons are drawn in palette colours once, so they would keep the old theme's colour."""
    apply()
    _PaletteFollower(widget, apply)


def icon_size(size: int = SMALL) -> QSize:
    return QSize(size, size)


def section_icon(section_id: str, widget: QWidget | None = None) -> QIcon:
    return icon(SECTION_ICONS.get(section_id, "info"), widget, NAVIGATION)
