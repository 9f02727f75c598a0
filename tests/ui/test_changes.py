"""The core says what a use case changed, cascades included, and the window follows at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.core.changes import Change, changes_of
from planner.core.services import conversations, reminders
from planner.ui.context import AppContext
from planner.ui.notify import ReminderBanner, ReminderNotifier, due_text
from planner.ui.ops import Ops
from planner.ui.views.conversations import ConversationsView

LEFT = Qt.MouseButton.LeftButton


def test_deleting_a_conversation_changes_its_reminders_too() -> None:
    assert changes_of(conversations.delete_conversation) == (
        Change.CONVERSATIONS | Change.REMINDERS
    )


def test_deleting_a_talk_with_a_due_reminder_updates_the_banner_at_once(
    qtbot: QtBot, ui_context: AppContext, ops: Ops
) -> None:
    def add_due_follow_up(session):
        talk = conversations.list_conversations(session)[0]
        yesterday = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=1)
        data = reminders.ReminderInput("Follow up", "", yesterday, conversation_id=talk.id)
        reminders.add_reminder(session, data)
        return talk

    talk = ops.run(add_due_follow_up, reminders.add_reminder)
    assert talk is not None
    notifier = ReminderNotifier(ui_context, ops)
    banner = ReminderBanner(ui_context)
    qtbot.addWidget(banner)
    banner.connect_to(notifier)
    banner.show()
    notifier.start()
    due_before = banner.count
    assert banner.isVisible() and due_before == 3  # the demo's two reviews and this one

    view = ConversationsView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).id == talk.id)
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(view.delete_button, LEFT)
    view.confirmation.done(QMessageBox.StandardButton.Yes.value)

    # No waiting for the one-minute check: the deletion itself said reminders changed.
    assert banner.count == due_before - 1
    assert banner.label.text() == due_text(banner.count) and banner.count == 2
    notifier.stop()


WRITES = ("add_", "update_", "delete_", "set_", "save_", "complete", "snooze", "accept", "decline")


def test_every_service_that_writes_says_what_it_changes() -> None:
    """A new writing service function without an entry in planner.core.changes would fail the
    first time a person used it: caught here instead."""
    import inspect

    from planner.core.changes import _changes_by_use_case
    from planner.core.services import (
        apps,
        children,
        concerns,
        contacts,
        conversations,
        reminders,
        rules,
        suggestions,
    )

    known = _changes_by_use_case()
    modules = (apps, children, concerns, contacts, conversations, reminders, rules, suggestions)
    writers = [
        function
        for module in modules
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__
        and name.startswith(WRITES)
        and next(iter(inspect.signature(function).parameters), "") == "session"
    ]
    assert len(writers) > 30
    assert [f.__qualname__ for f in writers if f not in known] == []
