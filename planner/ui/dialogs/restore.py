"""Restore from a backup: the plan's own backups (newest first, with when and how big), or a
JSON backup file made into a new plan.

Putting one of the plan's backups in its place needs the plan closed and reopened, which is the
controller's work: this dialog only says which backup was chosen (`backup_chosen`). A JSON
backup always becomes a NEW plan file, so nothing is replaced by it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.core.safety_copies import backup_time, backups_of
from planner.ui import words
from planner.ui.dialogs.confirm import confirm
from planner.ui.file_dialogs import PRIVATE, forget_history


class RestoreDialog(QDialog):
    # The person chose one of the plan's backups to put in the plan's place (after confirming).
    backup_chosen = Signal(Path)

    def __init__(self, plan_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_path = plan_path
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(
            self.tr(
                "The planner keeps the last five copies of this plan beside it. Restoring one "
                "replaces the plan with it; the plan as it is now is kept as a copy first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(self.tr("Backups of this plan, newest first"))
        intro.setBuddy(self.backups)
        for backup in reversed(backups_of(plan_path)):
            item = QListWidgetItem(self.describe(backup), self.backups)
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
        self.backups.setCurrentRow(0)
        self.empty_note = QLabel(self.tr("This plan has no backups yet."), self)
        self.empty_note.setVisible(self.backups.count() == 0)
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"), self)
        self.restore_button.setEnabled(self.backups.count() > 0)
        self.restore_button.clicked.connect(self.ask_to_restore)
        self.from_file_button = QPushButton(self.tr("Make a new plan from a backup &file…"), self)
        self.from_file_button.clicked.connect(self.choose_backup_file)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.backups, self.empty_note, self.restore_button):
            layout.addWidget(widget)
        layout.addWidget(self.from_file_button)
        layout.addWidget(close)
        self.resize(520, 360)

    def describe(self, backup: Path) -> str:
        made = words.datetime_text(backup_time(backup))
        size = QLocale().formattedDataSize(backup.stat().st_size)
        return (
            self.tr("%1 — %2 — %3")
            .replace("%1", made)
            .replace("%2", self.reason(backup.name))
            .replace("%3", size)
        )

    def reason(self, name: str) -> str:
        if "before-upgrade" in name:
            return self.tr("before an upgrade")
        if "before-restore" in name:
            return self.tr("before a restore")
        if "manual" in name:
            return self.tr("saved on request")
        return self.tr("after a passphrase change")

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return None if item is None else Path(item.data(Qt.ItemDataRole.UserRole))

    def ask_to_restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        self.confirmation = confirm(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The plan will be replaced by the backup from %1. Changes made since then will "
                "be in the copy of the plan kept first, not in the plan."
            ).replace("%1", words.datetime_text(backup_time(backup))),
            lambda: self._restore(backup),
        )

    def _restore(self, backup: Path) -> None:
        self.backup_chosen.emit(backup)
        self.accept()

    def choose_backup_file(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            "",
            self.tr("Planner backups (*.json)"),
            "",
            PRIVATE,
        )
        forget_history()
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Name the new plan"), "", self.tr("Plans (*.plan)"), "", PRIVATE
        )
        forget_history()
        if target:
            self.restore_file(Path(source), Path(target))

    def restore_file(self, source: Path, target: Path) -> bool:
        """Check the backup file and make a new plan from it; say how it went."""
        from planner.core.json_backup import read_backup, restore_backup

        try:
            restore_backup(read_backup(source), target, None)
        except PlannerError as error:
            self._tell(QMessageBox.Icon.Warning, error.message)
            return False
        self._tell(
            QMessageBox.Icon.Information,
            self.tr(
                "The backup is now a new plan at %1. It has no passphrase: open it and protect "
                "it if others use this computer."
            ).replace("%1", str(target)),
        )
        return True

    def _tell(self, icon: QMessageBox.Icon, message: str) -> None:
        box = QMessageBox(icon, self.tr("Planner"), message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file's words, never drawn as markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box
