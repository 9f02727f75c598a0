"""Every dialog fits the screen it opens on: a 1024x768 shelter screen, or a 150% font that
makes it 683x512. A dialog larger than the screen scrolls inside (its buttons stay in view
below) instead of running off the edge, where Save or Cancel could not be reached.

One filter for all dialogs, applied as each is shown, so that no editor has to remember it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from planner.ui.screen_fit import FRAME_ALLOWANCE

# Dialogs Qt lays out itself (and keeps small) are left as they are.
LEFT_ALONE = (QMessageBox, QFileDialog, QWizard)


class DialogFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not isinstance(watched, LEFT_ALONE)
        ):
            fit_to_screen(watched)
        return False


def room_on_screen(widget: QWidget) -> QSize:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - FRAME_ALLOWANCE


def fit_to_screen(dialog: QDialog) -> None:
    room = room_on_screen(dialog)
    if not _fits(dialog.size(), room):
        dialog.resize(dialog.size().boundedTo(room))
    # Its layout would not let it be that small: its contents scroll instead.
    needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if not (_fits(dialog.size(), room) and _fits(needed, room)):
        if dialog.findChild(QScrollArea, "dialogFit") is None:
            _scroll_contents(dialog)
        dialog.setMinimumSize(QSize(0, 0))
        dialog.resize(dialog.sizeHint().boundedTo(room))
    _keep_inside(dialog)


def _fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def _scroll_contents(dialog: QDialog) -> None:
    """Move the dialog's layout into a scroll area; the button row stays outside, in view."""
    layout = dialog.layout()
    if layout is None:
        return
    buttons = dialog.findChildren(QDialogButtonBox)
    content = QWidget()
    content.setLayout(layout)  # Qt takes the layout, and its widgets, from the dialog
    scroll = QScrollArea(dialog)
    scroll.setObjectName("dialogFit")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    if buttons:
        layout.removeWidget(buttons[-1])
        buttons[-1].setParent(dialog)
        outer.addWidget(buttons[-1])
        buttons[-1].show()  # a widget given a new parent is hidden until shown again
    scroll.show()


def _keep_inside(dialog: QDialog) -> None:
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    x = min(max(dialog.x(), area.x()), area.right() - dialog.width())
    y = min(max(dialog.y(), area.y()), area.bottom() - dialog.height() - FRAME_ALLOWANCE.height())
    dialog.move(QPoint(max(x, area.x()), max(y, area.y())))


def install(app: QApplication) -> DialogFit:
    """Fit every dialog to its screen from now on; call once, before any window."""
    fit = DialogFit(app)
    app.installEventFilter(fit)
    return fit
