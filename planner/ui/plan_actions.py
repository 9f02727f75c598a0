"""What the Plan menu does to the plan file itself: protect it with a passphrase, change or
remove the passphrase, save a copy to a USB stick, open another family's plan, and remove a
plan from this computer. Each swaps or closes the open plan, so it lives beside the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.core import protection, rekey
from planner.core.errors import PlannerError
from planner.core.plans import PlanFile
from planner.paths import PLAN_SUFFIX
from planner.ui import events
from planner.ui.dialogs.confirm import confirm
from planner.ui.dialogs.passphrase import PassphraseDialog

if TYPE_CHECKING:
    from planner.ui.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


class PlanActions(QObject):
    """Runs the Plan menu's file actions for the window's open plan."""

    def __init__(
        self,
        context: AppContext,
        parent_widget: Callable[[], QWidget | None],
        open_plan: Callable[[Path], None],
        closed: Callable[[], None],
    ) -> None:
        super().__init__()
        self.context = context
        self._parent = parent_widget
        self._open_plan = open_plan  # the controller opens (or unlocks) another plan file
        self._closed = closed  # the controller ends the window once the plan was removed
        self.dialog: QWidget | None = None

    # -- passphrase -----------------------------------------------------------------------

    def protect(self) -> None:
        self._ask_new_passphrase(_t("Protect the plan with a passphrase"), rekey.protect)

    def change_passphrase(self) -> None:
        self._ask_new_passphrase(_t("Change the passphrase"), rekey.change_passphrase)

    def _ask_new_passphrase(self, title: str, swap: Callable[[PlanFile, str], PlanFile]) -> None:
        dialog = PassphraseDialog(title, self._parent())
        dialog.accepted.connect(lambda: self._swap(lambda plan: swap(plan, dialog.passphrase())))
        self.dialog = dialog
        dialog.open()

    def remove_passphrase(self) -> None:
        self.dialog = confirm(
            self._parent(),
            _t("Remove the passphrase"),
            _t(
                "Without a passphrase, anyone who uses this computer can open and read this "
                "plan. Its backups will not be protected either. Remove the passphrase?"
            ),
            lambda: self._swap(rekey.remove_passphrase),
        )

    def _swap(self, change: Callable[[PlanFile], PlanFile]) -> None:
        plan = self.context.plan
        if plan is None:
            return
        try:
            self.context.plan = change(plan)
        except PlannerError as error:
            self._tell(error.message)
            return
        self.context.events.changed.emit(frozenset({events.PLAN}))
        protected = self.context.plan.encrypted
        self.context.events.announce.emit(
            _t("The plan is now protected with the new passphrase.")
            if protected
            else _t("The plan is no longer protected by a passphrase.")
        )

    # -- files ------------------------------------------------------------------------------

    def save_copy(self) -> None:
        dialog = QFileDialog(self._parent(), _t("Save a copy of the plan to a folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.save_copy_to(Path(folder)))
        self.dialog = dialog
        dialog.open()

    def save_copy_to(self, folder: Path) -> Path | None:
        plan = self.context.plan
        if plan is None:
            return None
        try:
            copy = protection.save_copy_to(plan, folder)
        except PlannerError as error:
            self._tell(error.message)
            return None
        protected = (
            _t("It is protected with the same passphrase.")
            if plan.encrypted
            else _t("It is NOT protected by a passphrase.")
        )
        self.context.events.announce.emit(
            _t("A copy of the plan was saved to %1.").replace("%1", str(copy)) + " " + protected
        )
        return copy

    def open_other(self) -> None:
        folder = str(self.context.plan.path.parent) if self.context.plan else ""
        dialog = QFileDialog(
            self._parent(), _t("Open a plan"), folder, _t("Plans (*%1)").replace("%1", PLAN_SUFFIX)
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self._open_plan(Path(name)))
        self.dialog = dialog
        dialog.open()

    def remove_plan(self) -> None:
        plan = self.context.plan
        if plan is None:
            return
        self.dialog = confirm(
            self._parent(),
            _t("Remove this plan from this computer"),
            _t(
                "This deletes the plan, its backups and its working files from this computer, "
                "overwriting them first. It cannot be undone: save a copy first if the family "
                "needs the plan. Some disks (most SSDs and USB sticks) may still keep old "
                "copies of the data where no program can reach them; only destroying the disk "
                "removes those. Remove the plan now?"
            ),
            lambda: self._remove(plan.path),
        )

    def _remove(self, path: Path) -> None:
        if self.context.plan is not None:
            self.context.events.locked.emit()
            self.context.plan.close()
            self.context.plan = None
        try:
            protection.remove_plan_from_computer(path)
        except PlannerError as error:
            self._tell(error.message)
        self._closed()

    def _tell(self, message: str) -> None:
        self.context.events.announce.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _t("Planner"),
            message,
            QMessageBox.StandardButton.Ok,
            self._parent(),
        )
        self.dialog = box
        box.open()
