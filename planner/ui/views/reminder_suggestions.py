"""The "Suggested reminders" part of the Reminders section: accept, edit or decline each one.

Which suggestions are still open (not planned, not declined) is decided in
planner.core.services.suggestions; this only shows them and passes the person's choice on.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.services import reminders, suggestions
from planner.core.services.suggestions import SuggestedReminder
from planner.ui import words
from planner.ui.dialogs.reminder_editor import ReminderEditor
from planner.ui.models.reminders import Subjects
from planner.ui.models.table import Column, DtoTableModel
from planner.ui.ops import Ops
from planner.ui.row_table import RowTable


class SuggestionsPanel(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.subjects = Subjects()
        self.editor: ReminderEditor | None = None
        self.model: DtoTableModel[SuggestedReminder] = DtoTableModel(self._columns(), self)
        self.table = RowTable(self.model, self)
        self.table.setObjectName("suggestionsTable")
        self.table.setAccessibleName(self.tr("Suggested reminders"))
        # Rows follow the column widths: wrapped titles stay whole at 1024 pixels wide.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.accept_button = QPushButton(self.tr("Acce&pt"), self)
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button = QPushButton(self.tr("Ed&it first…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.decline_button = QPushButton(self.tr("De&cline"), self)
        self.decline_button.setAccessibleDescription(
            self.tr("The planner will not suggest this reminder again.")
        )
        self.decline_button.clicked.connect(self.decline_selected)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.decline_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()

    def _columns(self) -> list[Column[SuggestedReminder]]:
        return [
            Column(self.tr("Suggestion"), lambda s: s.title),
            Column(self.tr("About"), lambda s: self.subjects.about(s)),
            Column(self.tr("Repeats"), lambda s: words.repeat_text(s.rule, s.starts_at)),
            Column(self.tr("First time"), lambda s: words.datetime_text(s.starts_at)),
        ]

    def show_rows(self, rows: list[SuggestedReminder], subjects: Subjects) -> None:
        """Show what the Reminders section read (suggestions.pending) in the same action."""
        self.subjects = subjects
        self.model.set_rows(rows)
        self.note.setText(
            self.tr("Reminders that often help. Nothing is added until you accept one.")
            if rows
            else self.tr("No suggestions right now.")
        )
        self._enable()

    def clear(self) -> None:
        self.subjects = Subjects()
        self.model.clear()

    def selected(self) -> SuggestedReminder | None:
        return self.table.selected()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.accept_button, self.edit_button, self.decline_button):
            button.setEnabled(chosen)

    def accept_selected(self) -> None:
        suggestion = self.selected()
        if suggestion is not None:
            self.ops.run(
                lambda s: suggestions.accept(s, suggestion),
                suggestions.accept,
                self.tr("Reminder added."),
            )

    def edit_selected(self) -> None:
        suggestion = self.selected()
        if suggestion is None:
            return
        self.editor = ReminderEditor(
            self.subjects.choices(), suggestion, self, self.subjects.kept(suggestion)
        )
        self.editor.save_with(self.ops, lambda: self._save_edited(suggestion))
        self.editor.open()

    def _save_edited(self, suggestion: SuggestedReminder) -> None:
        assert self.editor is not None
        data = self.editor.value()
        edited = dataclasses.replace(
            suggestion,
            title=data.title,
            preset=self.editor.preset(),
            rule=data.rule,
            starts_at=data.starts_at,
            app_use_id=data.app_use_id,
            conversation_id=data.conversation_id,
            concern_id=data.concern_id,
        )

        def save(session):  # type: ignore[no-untyped-def]
            # The editor may point it at a child, which a suggestion cannot carry.
            if data.child_id is not None:
                reminders.add_reminder(session, data)
            else:
                suggestions.accept(session, edited)
            # An edited title no longer matches the suggestion: it must not come back.
            suggestions.decline(session, suggestion)

        self.ops.run(
            save,
            (reminders.add_reminder, suggestions.accept, suggestions.decline),
            self.tr("Reminder added."),
        )

    def decline_selected(self) -> None:
        suggestion = self.selected()
        if suggestion is not None:
            self.ops.run(
                lambda s: suggestions.decline(s, suggestion),
                suggestions.decline,
                self.tr("Suggestion declined: it will not be suggested again."),
            )
