"""The tray icon of a planner started at log-in (`--tray`): it waits there until opened.

It is neutral on purpose: "Planner", Open and Quit, and nothing about the plan, so a person
looking over the shoulder learns nothing from the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


class LoginTray(QObject):
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
        self.icon.setToolTip(_t("Planner"))
        self.menu = QMenu()
        self.menu.addAction(_t("Open the planner"), self.open_requested.emit)
        self.menu.addAction(_t("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda _reason: self.open_requested.emit())
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()
