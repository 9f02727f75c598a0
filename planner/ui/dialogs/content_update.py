"""Help -> Update safety information from a file: choose the file (a USB stick), see every
change it would make (changed numbers and addresses first, marked), then apply it or not.

The checks are the core's (planner/core/content_packs): a pack that fails any of them never gets
as far as this dialog; the person is told why in plain words and nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.core.changes import EVERYTHING
from planner.core.content_packs.store import PendingImport
from planner.core.errors import PackError
from planner.core.i18n import long_date
from planner.ui.context import AppContext
from planner.ui.file_dialogs import private_file_dialog
from planner.ui.ops import Ops

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ContentUpdateDialog(QDialog):
    """Shows a verified pack's changes; accepted means "apply it"."""

    def __init__(self, pending: PendingImport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update safety information"))
        layout = QVBoxLayout(self)
        signed = (
            self.tr("It is signed with a TEST key, not by the planner's makers: apply it only "
                    "to try the planner, never on a computer that families use.")
            if pending.test_key
            else self.tr("It was made and signed by the planner's makers.")
        )  # fmt: skip
        summary = QLabel(
            self.tr("This update is version %1, checked on %2. %3 Read what it changes before "
                    "you apply it.")
            .replace("%1", pending.pack.version.text)
            .replace("%2", long_date(pending.pack.checked, lang))
            .replace("%3", signed),
            self,
        )  # fmt: skip
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.changes = QListWidget(self)
        self.changes.setAccessibleName(self.tr("What the update changes"))
        self.changes.setWordWrap(True)
        self._fill(pending)
        layout.addWidget(self.changes, 1)
        note = QLabel(
            self.tr("Lines marked with a warning change a phone number or an address people use "
                    "to get help: check them before you print a new plan."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("&Apply the update"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _fill(self, pending: PendingImport) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bold = QFont(self.font())
        bold.setBold(True)
        for line in pending.changes:
            item = QListWidgetItem(line.text)  # plain text: a list item never reads markup
            if line.important:
                item.setIcon(warning)
                item.setFont(bold)
                item.setToolTip(self.tr("A changed phone number or address"))
            self.changes.addItem(item)
        if not pending.changes:
            self.changes.addItem(self.tr("Nothing that people see: only its version and date."))


class ContentUpdateFlow(QObject):
    """The steps from the Help menu to the new content in use, each one a plain message."""

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = ops
        self.window = parent
        self.dialog: QDialog | None = None

    def start(self) -> None:
        chooser = private_file_dialog(  # no recent-files entry, no folder remembered
            self.window,
            self.tr("Choose the safety information update (a .fspack file)"),
            str(Path.home()),
            self.tr("Safety information updates (*.fspack)"),
        )
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(lambda name: self.check(Path(name)))
        self.dialog = chooser
        chooser.open()

    def check(self, path: Path) -> None:
        from planner.core.content_packs.store import prepare_import

        lang = self.context.language
        try:
            pending = prepare_import(path, self.context.paths.content_dir, lang)
        except PackError as error:
            self._tell(QMessageBox.Icon.Warning, error.in_language(lang))
            return
        review = ContentUpdateDialog(pending, lang, self.window)
        review.accepted.connect(lambda: self.apply(pending))
        self.dialog = review
        review.open()

    def apply(self, pending: PendingImport) -> None:
        from planner.core.content_packs.store import apply_import, content_in_use
        from planner.core.services.contacts import sync_builtin_contacts
        from planner.core.services.plan import get_details

        store = self.context.paths.content_dir
        try:
            apply_import(pending, store)
        except PackError as error:
            self._tell(QMessageBox.Icon.Warning, error.in_language(self.context.language))
            return
        content = content_in_use(store)
        self.context.catalog, self.context.content = content.catalog, content

        def follow(session: Session) -> None:  # the plan's built-in contacts follow the update
            sync_builtin_contacts(session, content.catalog, get_details(session).country)

        done = self.tr("The planner now uses safety information %1.").replace(
            "%1", content.version.text
        )
        if self.ops.run(follow, sync_builtin_contacts, done) is not None:
            # Not a change to the plan but to what every view reads beside it: the catalog.
            self.context.events.changed.emit(EVERYTHING)

    def _tell(self, icon: QMessageBox.Icon, message: str) -> None:
        box = QMessageBox(icon, self.tr("Update safety information"), message,
                          QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.dialog = box
        box.open()
