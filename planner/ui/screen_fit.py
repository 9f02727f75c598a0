"""The main window's first size, taken from the screen it opens on.

A shelter's old 1024x768 screen, or a 150% font (which makes the screen's logical size
683x512), must still show the whole window: Lock and Quick exit most of all. The window opens
at its preferred size where that fits, and fills the available area where it does not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
# Room kept for the window manager's title bar and frame round the window.
FRAME_ALLOWANCE = QSize(16, 48)


def place_on_screen(window: QWidget) -> None:
    """Size and centre `window` on its screen; on a small screen it opens maximized."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    room = available.size() - FRAME_ALLOWANCE
    fits = room.width() >= PREFERRED.width() and room.height() >= PREFERRED.height()
    size = PREFERRED if fits else PREFERRED.boundedTo(room)
    window.resize(size)
    spare = available.size() - size - FRAME_ALLOWANCE
    window.move(
        available.x() + max(0, spare.width() // 2), available.y() + max(0, spare.height() // 2)
    )
    if not fits:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
