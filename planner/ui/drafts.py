"""Half-written entries across a lock: kept inside the plan, offered back after unlocking.

When the plan locks (idle, sleep, the Lock button) or the person leaves with quick exit, every
editor that was on screen with changes is read into a draft in the plan itself (encrypted with
it), then emptied and hidden. Nothing is written anywhere else. After the next unlock the
draft is offered back: into the same editor when it is still there (a lock), or shown as text
when the planner was closed since (quick exit).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.ui.dialogs.editor import EditorDialog, empty_inputs, fill, snapshot

if TYPE_CHECKING:
    from planner.core.plans import PlanFile
    from planner.core.services.drafts import DraftDTO


class DraftKeeper(QObject):
    def __init__(self, open_plan: Callable[[], PlanFile | None], parent: QObject) -> None:
        super().__init__(parent)
        self._open_plan = open_plan
        # Editors hidden by a lock, by the id of the draft that holds their text.
        self._parked: dict[int, EditorDialog] = {}
        self._later: set[int] = set()
        self.question: QMessageBox | None = None
        self.viewer: QDialog | None = None

    def keep(self, plan: PlanFile, editors: list[EditorDialog]) -> None:
        """Keep each changed editor's fields as a draft (one transaction), then empty it.
        Editors without changes are simply closed. The lock goes on even if writing fails."""
        from planner.core.services import drafts

        self.question = self.viewer = None  # taken down with every other window
        changed = [e for e in editors if e.has_changes() or e.draft_id is not None]
        for editor in editors:
            if editor not in changed:
                editor.done(QDialog.DialogCode.Rejected)
                editor.deleteLater()
        try:
            with plan.unit_of_work() as session:
                for editor in changed:
                    if editor.draft_id is not None:
                        drafts.discard_draft(session, editor.draft_id)
                        self._parked.pop(editor.draft_id, None)
                    fields = [drafts.DraftField(*field) for field in snapshot(editor)]
                    kept = drafts.keep_draft(
                        session, type(editor).__name__, editor.windowTitle(), fields
                    )
                    self._park(editor, kept.id)
        except PlannerError:
            pass  # locking matters more than the draft: the plan must leave the screen
        for editor in changed:
            empty_inputs(editor)

    def _park(self, editor: EditorDialog, draft_id: int) -> None:
        if editor.draft_id is None:
            editor.finished.connect(lambda _result: self._editor_done(editor))
        editor.draft_id = draft_id
        self._parked[draft_id] = editor

    def _editor_done(self, editor: EditorDialog) -> None:
        """The taken-back editor was saved or left: its draft has served."""
        draft_id, editor.draft_id = editor.draft_id, None
        if draft_id is None:
            return
        self._parked.pop(draft_id, None)
        self._discard(draft_id)

    def forget(self) -> None:
        """Another plan opens, or the planner ends: the hidden editors go (their drafts stay in
        their plan, offered as text when it is next opened)."""
        for editor in self._parked.values():
            editor.draft_id = None
            editor.deleteLater()
        self._parked.clear()
        self._later.clear()

    # -- offering back ----------------------------------------------------------------

    def offer(self, parent: QWidget) -> None:
        """After unlocking: ask about the first draft not put off till later."""
        from planner.core.overview_read import has_drafts

        plan = self._open_plan()
        if plan is None or not plan.is_open:
            return  # locked or closed meanwhile: offered after the next unlock
        try:
            with plan.reading() as connection:
                if not has_drafts(connection):  # the usual case, read without the ORM
                    return
            from planner.core.services import drafts

            with plan.unit_of_work() as session:
                waiting = [d for d in drafts.list_drafts(session) if d.id not in self._later]
        except PlannerError:
            return  # the plan itself says what is wrong when it is next used
        if waiting:
            self._ask(waiting[0], parent)

    def _ask(self, draft: DraftDTO, parent: QWidget) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Planner"),
            self.tr(
                "“%1” was not saved when the plan was locked or closed. What was written is "
                "kept inside the plan. Take it back?"
            ).replace("%1", draft.title),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the person's words
        take = box.addButton(self.tr("&Take it back"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(self.tr("&Delete it"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(take)
        box.setEscapeButton(later)

        def chosen(_result: int) -> None:
            self.question = None
            clicked = box.clickedButton()
            if clicked is take:
                self._take_back(draft, parent)
                return
            if clicked is delete:
                self._delete(draft.id)
            else:
                self._later.add(draft.id)
            self.offer(parent)

        box.finished.connect(chosen)
        self.question = box
        box.open()

    def _take_back(self, draft: DraftDTO, parent: QWidget) -> None:
        editor = self._parked.get(draft.id)
        if editor is None:
            self._show_text(draft, parent)
            return
        fill(editor, [(f.key, f.label, f.value) for f in draft.fields])
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def _show_text(self, draft: DraftDTO, parent: QWidget) -> None:
        """The editor is gone (the planner was closed since): show what was written."""
        viewer = QDialog(parent)
        viewer.setWindowTitle(draft.title)
        intro = QLabel(self.tr("What was written, to copy into the section it belongs to:"), viewer)
        intro.setWordWrap(True)
        text = QPlainTextEdit(viewer)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("What was written"))
        written = (f"{label}:\n{value}" for label, value in draft.typed_text())
        text.setPlainText("\n\n".join(written))
        buttons = QDialogButtonBox(viewer)
        role = QDialogButtonBox.ButtonRole
        delete = buttons.addButton(self.tr("&Delete it"), role.DestructiveRole)
        keep = buttons.addButton(self.tr("&Keep it for later"), role.RejectRole)
        keep.setDefault(True)  # Enter never deletes what someone wrote
        delete.clicked.connect(lambda: self._delete(draft.id))
        delete.clicked.connect(viewer.accept)
        keep.clicked.connect(lambda: self._later.add(draft.id))
        keep.clicked.connect(viewer.reject)
        layout = QVBoxLayout(viewer)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        viewer.resize(520, 380)
        viewer.finished.connect(lambda _result: self._viewer_closed(parent))
        self.viewer = viewer
        viewer.open()

    def _viewer_closed(self, parent: QWidget) -> None:
        self.viewer = None
        self.offer(parent)

    def _delete(self, draft_id: int) -> None:
        editor = self._parked.pop(draft_id, None)
        if editor is not None:
            editor.draft_id = None
            editor.deleteLater()
        self._discard(draft_id)

    def _discard(self, draft_id: int) -> None:
        from planner.core.services import drafts

        plan = self._open_plan()
        if plan is None or not plan.is_open:
            return
        try:
            with plan.unit_of_work() as session:
                drafts.discard_draft(session, draft_id)
        except PlannerError:
            pass  # still offered next time, which is the safe side
