"""Ctrl+Enter saves the editor being typed in, from any field of it (a long note included).

One filter for every dialog: it presses the dialog's Save (or OK) button when that button is
enabled, exactly as a click would, so each editor's own checks still run.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

ACCEPTING = (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok)


class SaveKey(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        button = save_button(QApplication.activeModalWidget() or QApplication.activeWindow())
        if button is None:
            return False
        button.click()
        return True


def save_button(window: QObject | None) -> QPushButton | None:
    """The enabled Save or OK button of a dialog, if it has one."""
    if not isinstance(window, QDialog):
        return None
    for box in window.findChildren(QDialogButtonBox):
        for kind in ACCEPTING:
            button = box.button(kind)
            if button is not None and button.isEnabled() and button.isVisible():
                return button
    return None


def install(app: QApplication) -> SaveKey:
    """Let Ctrl+Enter save editors from now on; call once, before any window."""
    save_key = SaveKey(app)
    app.installEventFilter(save_key)
    return save_key
