"""Reminders: what comes back and when, marked done, skipped or snoozed, with its history,
and the reminders the planner suggests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from planner.core.dto import CompletionDTO, ReminderDTO
from planner.core.services import reminders, suggestions
from planner.core.services.plan import get_details
from planner.core.services.suggestions import SuggestedReminder
from planner.ui import events, words
from planner.ui.context import AppContext
from planner.ui.dialogs.confirm import confirm
from planner.ui.dialogs.reminder_editor import ReminderEditor
from planner.ui.flow_layout import FlowLayout
from planner.ui.models.reminders import (
    Subjects,
    local_time,
    outcome_text,
    read_subjects,
    reminder_state,
)
from planner.ui.models.table import Column, DtoTableModel
from planner.ui.ops import Ops
from planner.ui.row_table import RowTable
from planner.ui.views.base import SectionView
from planner.ui.views.reminder_autostart import AutostartToggle
from planner.ui.views.reminder_suggestions import SuggestionsPanel

# What one read of the section brings: reminders, open suggestions, and the names they use.
Listing = tuple[list[ReminderDTO], list[SuggestedReminder], Subjects]


class RemindersView(SectionView):
    watches = events.REMINDERS | events.CHILDREN | events.APPS | events.PLAN

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        # The time the view calls "now"; tests set it to fixed moments instead of waiting.
        self.clock: Callable[[], dt.datetime] = dt.datetime.now
        self._now = self.clock()
        self.subjects = Subjects()
        self.editor: ReminderEditor | None = None
        layout = self.column_layout()
        intro = QLabel(
            self.tr(
                "Reminders come back on the day you chose. Mark one done when you have done it, "
                "skip it this time, or snooze it for later."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.autostart = AutostartToggle(context.paths, self)
        layout.addWidget(self.autostart)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_lower())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._enable()

    def title(self) -> str:
        return self.tr("Reminders")

    # -- building -----------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.model: DtoTableModel[ReminderDTO] = DtoTableModel(self._columns(), self)
        self.table = RowTable(self.model, box, stretch=1)
        self.table.setObjectName("remindersTable")
        self.table.setAccessibleName(self.tr("Reminders"))
        # Rows follow the column widths: wrapped titles stay whole at 1024 pixels wide.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        column.addWidget(self.table, 1)
        column.addLayout(self._buttons())
        return box

    def _columns(self) -> list[Column[ReminderDTO]]:
        return [
            Column(self.tr("Next time"), lambda r: words.datetime_text(r.next_due)),
            Column(self.tr("Reminder"), lambda r: r.title),
            Column(self.tr("Repeats"), lambda r: words.repeat_text(r.rrule, r.starts_at)),
            Column(self.tr("About"), lambda r: self.subjects.about(r)),
            Column(self.tr("State"), lambda r: reminder_state(r, self._now)),
        ]

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()  # wraps on a narrow window
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setAccessibleDescription(self.tr("Marks the reminder as done this time."))
        self.done_button.clicked.connect(lambda: self.finish_selected("done"))
        self.skip_button = QPushButton(self.tr("S&kip this time"), self)
        self.skip_button.clicked.connect(lambda: self.finish_selected("skipped"))
        self.snooze_button = QPushButton(self.tr("S&nooze"), self)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_actions: dict[str, QAction] = {}
        for choice, label in (
            ("hour", self.tr("For an &hour")),
            ("day", self.tr("For a &day")),
            ("week", self.tr("For a &week")),
        ):
            action = self.snooze_menu.addAction(label)
            action.triggered.connect(lambda _=False, c=choice: self.snooze_selected(c))
            self.snooze_actions[choice] = action
        self.snooze_button.setMenu(self.snooze_menu)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button = QPushButton(self.tr("&Add reminder…"), self)
        self.add_button.clicked.connect(self.add_reminder)
        self.delete_button = QPushButton(self.tr("Dele&te…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_finished = QCheckBox(self.tr("Show &finished"), self)
        self.show_finished.setAccessibleDescription(
            self.tr("Also lists reminders that have ended or were turned off.")
        )
        self.show_finished.toggled.connect(self.reload)
        for widget in (
            self.done_button,
            self.skip_button,
            self.snooze_button,
            self.edit_button,
            self.add_button,
            self.delete_button,
        ):
            row.addWidget(widget)
        row.addWidget(self.show_finished)
        return row

    def _build_lower(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("remindersLower")
        self.history_box = QWidget(self.tabs)
        self.history_model: DtoTableModel[CompletionDTO] = DtoTableModel(
            [
                Column(self.tr("Was due"), lambda c: words.datetime_text(c.due_at)),
                Column(self.tr("Finished"), lambda c: words.datetime_text(local_time(c.done_at))),
                Column(self.tr("How"), outcome_text),
            ],
            self,
        )
        self.history = QTableView(self.history_box)
        self.history.setObjectName("historyTable")
        self.history.setAccessibleName(self.tr("History of the chosen reminder"))
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_note = QLabel(self.history_box)
        self.history_note.setWordWrap(True)
        column = QVBoxLayout(self.history_box)
        column.addWidget(self.history_note)
        column.addWidget(self.history, 1)
        self.suggestions = SuggestionsPanel(self.ops, self.tabs)
        self.tabs.addTab(self.history_box, self.tr("&History"))
        self.tabs.addTab(self.suggestions, self.tr("S&uggested reminders"))
        return self.tabs

    # -- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._now = self.clock()
        include_finished = self.show_finished.isChecked()
        catalog, language, today = self.context.catalog, self.context.language, self._now.date()

        def read(session: Session) -> Listing:
            rows = reminders.list_reminders(session, include_finished)
            offered = suggestions.pending(session, catalog, today)
            return rows, offered, read_subjects(session, catalog, language, [*rows, *offered])

        details = self.ops.read(get_details, None)
        self.autostart.refresh(shelter=details is not None and details.mode == "shelter")
        chosen = self.selected()
        nothing: Listing = ([], [], Subjects())
        rows, offered, self.subjects = self.ops.read(read, nothing)
        self.model.set_rows(rows)
        ids = [row.id for row in rows]
        if chosen is not None and chosen.id in ids:
            self.select_row(ids.index(chosen.id))
        self.suggestions.show_rows(offered, self.subjects)
        self.tabs.setTabText(
            1, self.tr("S&uggested reminders (%1)").replace("%1", str(len(offered)))
        )
        self._on_selection()

    def showEvent(self, event: QShowEvent) -> None:
        # Due, Overdue and "Snoozed until" depend on the time: read again each time shown.
        self._stale = True
        super().showEvent(event)

    def clear(self) -> None:
        self.model.clear()
        self.history_model.clear()
        self.history_note.clear()
        self.subjects = Subjects()
        self.suggestions.clear()
        self.tabs.setTabText(1, self.tr("S&uggested reminders"))

    def selected(self) -> ReminderDTO | None:
        return self.table.selected()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def _on_selection(self) -> None:
        self._enable()
        reminder = self.selected()
        if reminder is None:
            self.history_model.clear()
            self.history_note.setText(self.tr("Choose a reminder to see when it was done."))
            return
        none: list[CompletionDTO] = []
        done = self.ops.read(lambda s: reminders.completions(s, reminder.id), none)
        self.history_model.set_rows(done)
        self.history_note.setText(
            self.tr("Not done or skipped yet.")
            if not done
            else self.tr("“%1”, most recent first:").replace("%1", reminder.title)
        )

    def _enable(self) -> None:
        reminder = self.selected()
        active = reminder is not None and reminder.active and reminder.next_due is not None
        for button in (self.done_button, self.skip_button, self.snooze_button):
            button.setEnabled(active)
        self.edit_button.setEnabled(reminder is not None)
        self.delete_button.setEnabled(reminder is not None)

    # -- actions ------------------------------------------------------------------------

    def finish_selected(self, outcome: str) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        now = self.clock()
        result = self.ops.run(
            lambda s: reminders.complete(s, reminder.id, now, outcome), reminders.complete
        )
        if result is None:
            return
        if result.next_due is None:
            message = self.tr("Finished: this reminder does not come back.")
        else:
            message = self.tr("Next time: %1.").replace("%1", words.datetime_text(result.next_due))
        done = self.tr("Marked as done.") if outcome == "done" else self.tr("Skipped this time.")
        self.context.events.announce.emit(f"{done} {message}")

    def snooze_selected(self, choice: str) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        until = reminders.snooze_until(self.clock(), choice)
        self.ops.run(
            lambda s: reminders.snooze(s, reminder.id, until),
            reminders.snooze,
            self.tr("Snoozed until %1.").replace("%1", words.datetime_text(until)),
        )

    def add_reminder(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            self._open_editor(reminder)

    def _open_editor(self, reminder: ReminderDTO | None) -> None:
        kept = self.subjects.kept(reminder) if reminder is not None else None
        self.editor = ReminderEditor(self.subjects.choices(), reminder, self, kept)
        self.editor.save_with(self.ops, lambda: self._save(reminder))
        self.editor.open()

    def _save(self, reminder: ReminderDTO | None) -> None:
        editor = self.editor
        assert editor is not None
        # value() checks the rule again; inside the action so a refusal is shown like any other.
        if reminder is None:
            self.ops.run(
                lambda s: reminders.add_reminder(s, editor.value()),
                reminders.add_reminder,
                self.tr("Reminder added."),
            )
        else:
            self.ops.run(
                lambda s: reminders.update_reminder(s, reminder.id, editor.value()),
                reminders.update_reminder,
                self.tr("Reminder saved."),
            )

    def delete_selected(self) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        self.confirmation = confirm(
            self,
            self.tr("Delete reminder"),
            self.tr(
                "Delete the reminder “%1” and its history of when it was done? "
                "This cannot be undone."
            ).replace("%1", reminder.title),
            lambda: self.ops.run(
                lambda s: reminders.delete_reminder(s, reminder.id),
                reminders.delete_reminder,
                self.tr("Reminder deleted."),
            ),
        )
