"""What the Plan and Family plans menus do to the plan file itself: protect it with a
passphrase, change or remove the passphrase, save a copy to a USB stick, open another family's
plan, and remove a plan from this computer. Each swaps or closes the open plan, so it lives
beside the controller.

Hand-over to a family (shelter use): the copy on their USB stick is opened again and checked
before the planner says it is there, and "Remove from this computer" only ever acts on a plan
inside the planner's own data folder: a plan opened from a stick is the family's, never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.core import protection, rekey
from planner.core.dto import PlanDetails
from planner.core.errors import PlannerError
from planner.core.plans import PlanFile
from planner.paths import PLAN_SUFFIX
from planner.ui import events
from planner.ui.dialogs.confirm import confirm
from planner.ui.dialogs.passphrase import PassphraseDialog
from planner.ui.file_dialogs import private_file_dialog

if TYPE_CHECKING:
    from planner.ui.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


def _fill(text: str, *values: str) -> str:
    """%1, %2… filled in one pass: a folder whose name holds "%2" is never filled again."""
    return re.sub(r"%([1-9])", lambda found: values[int(found.group(1)) - 1], text)


def choose_plan_file(
    parent: QWidget | None, folder: Path, chosen: Callable[[Path], None]
) -> QFileDialog:
    """The file dialog for opening a plan. It always starts in the planner's own plans folder,
    never where the last person went: that folder could be another family's USB stick."""
    dialog = private_file_dialog(
        parent, _t("Open a plan"), str(folder), _t("Plans (*%1)").replace("%1", PLAN_SUFFIX)
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog


class PlanActions(QObject):
    """Runs the Plan menu's file actions for the window's open plan."""

    def __init__(
        self,
        context: AppContext,
        parent_widget: Callable[[], QWidget | None],
        open_plan: Callable[[Path], None],
        closed: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.context = context
        self._parent = parent_widget
        self._open_plan = open_plan  # the controller opens (or unlocks) another plan file
        self._closed = closed  # the controller moves on once the plan was removed (what was)
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
        plan = self.context.plan
        shelter = plan is not None and self._details(plan).mode == "shelter"
        warning = (
            _t(
                "This is a family's plan in a shelter or service. Without a passphrase, the "
                "next person at this computer can open and read it, and so can whoever finds "
                "a USB stick it is saved to. Its backups will not be protected either. Remove "
                "the passphrase all the same?"
            )
            if shelter
            else _t(
                "Without a passphrase, anyone who uses this computer can open and read this "
                "plan. Its backups will not be protected either. Remove the passphrase?"
            )
        )
        self.dialog = confirm(
            self._parent(),
            _t("Remove the passphrase"),
            warning,
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
        self.context.events.changed.emit(events.PLAN)
        protected = self.context.plan.encrypted
        self.context.events.announce.emit(
            _t("The plan is now protected with the new passphrase.")
            if protected
            else _t("The plan is no longer protected by a passphrase.")
        )

    # -- files ------------------------------------------------------------------------------

    def save_copy(self) -> None:
        # The home folder, not the last folder used: that could be another family's stick.
        dialog = private_file_dialog(
            self._parent(), _t("Save a copy of the plan to a folder"), QDir.homePath()
        )
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
            _t("It opens with the same passphrase as the plan.")
            if plan.encrypted
            else _t("It is NOT protected by a passphrase: anyone with the stick can read it.")
        )
        done = (
            _t("The plan was saved and checked: the copy was opened again and it matches.")
            + "\n\n"
            + _t("File: %1").replace("%1", copy.name)
            + "\n"
            + _t("Folder: %1").replace("%1", str(copy.parent))
            + "\n\n"
            + protected
        )
        self.context.events.announce.emit(
            _t("A copy of the plan was saved to %1.").replace("%1", str(copy))
        )
        self._show(QMessageBox.Icon.Information, done)
        return copy

    def open_other(self) -> None:
        self.dialog = choose_plan_file(
            self._parent(), self.context.paths.plans_dir, self._open_plan
        )

    def remove_plan(self) -> None:
        plan = self.context.plan
        if plan is None:
            return
        data_dir = self.context.paths.data_dir
        if not protection.is_in_data_folder(plan.path, data_dir):
            self._tell(
                _fill(
                    _t(
                        "This plan was opened from %1, not from the planner's own folder on "
                        "this computer (%2), so it is not removed: a plan on a USB stick or in "
                        "another folder belongs to whoever keeps it there. Nothing was deleted."
                    ),
                    str(plan.path.parent),
                    str(data_dir),
                )
            )
            return
        name = self._details(plan).name
        self.dialog = confirm(
            self._parent(),
            _t("Remove this plan from this computer"),
            _t("Remove the plan “%1” from this computer?").replace("%1", name)
            + "\n\n"
            + _t("File: %1").replace("%1", str(plan.path))
            + "\n\n"
            + _t(
                "This deletes the plan, its backups and its working files from this computer, "
                "overwriting them first. It cannot be undone: save a copy first if the family "
                "needs the plan. Copies on USB sticks are not touched. Some disks (most SSDs "
                "and USB sticks) may still keep old copies of the data where no program can "
                "reach them; only destroying the disk removes those."
            ),
            lambda: self._remove(plan.path),
            answers=(_t("&Remove the plan"), _t("&Keep it")),
        )
        self.dialog.setTextFormat(Qt.TextFormat.PlainText)  # the plan's name, as typed

    def _details(self, plan: PlanFile) -> PlanDetails:
        from planner.core.overview_read import read_details  # the plain read, no ORM

        with plan.reading() as connection:
            return read_details(connection)

    def _remove(self, path: Path) -> None:
        if self.context.plan is not None:
            self.context.events.locked.emit()
            self.context.plan.close()
            self.context.plan = None
        try:
            protection.remove_plan_from_data_folder(path, self.context.paths.data_dir)
        except PlannerError as error:
            self._closed(error.message)
            return
        self._closed(
            _fill(_t("%1 was removed from this computer (%2)."), path.name, str(path.parent))
        )

    def _tell(self, message: str) -> None:
        self.context.events.announce.emit(message)
        self._show(QMessageBox.Icon.Warning, message)

    def _show(self, icon: QMessageBox.Icon, message: str) -> None:
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(icon, _t("Planner"), message, ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths and the plan's name, as typed
        self.dialog = box
        box.open()
