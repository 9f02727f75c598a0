"""File dialogs that leave no trace outside the planner's data folder.

The platform's own dialogs record what they open and save: GNOME's in
~/.local/share/recently-used.xbel (each family's plan and export, by name), and Qt's own dialog
keeps the folders visited in ~/.config/QtProject.conf. So the planner uses Qt's dialog only
(never the platform's), points Qt's settings at a folder inside the data folder, and empties
what the dialog saved there as soon as it is gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

QT_SETTINGS_FOLDER = "qt-settings"


def keep_qt_settings_in(data_dir: Path) -> None:
    """Qt's own settings (its file dialog's history) go inside the data folder, not ~/.config."""
    folder = data_dir / QT_SETTINGS_FOLDER
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


def private_file_dialog(
    parent: QWidget | None, caption: str, folder: str = "", name_filter: str = ""
) -> QFileDialog:
    """Qt's file dialog, never the platform's; it forgets its history when it is deleted."""
    dialog = QFileDialog(parent, caption, folder, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.finished.connect(lambda _result: _done(dialog))
    dialog.destroyed.connect(forget_history)
    return dialog


def _done(dialog: QFileDialog) -> None:
    dialog.setHistory([])
    dialog.deleteLater()  # it saves its settings as it is deleted: then they are emptied


def forget_history() -> None:
    """Empty what Qt's file dialog saved (it saves as it is deleted, history and folders)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


# For Qt's static functions (QFileDialog.getOpenFileName...): never the platform's dialog.
PRIVATE = QFileDialog.Option.DontUseNativeDialog
