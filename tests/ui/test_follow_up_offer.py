"""A conversation's follow-up date offers a reminder that keeps what to follow up and with whom,
and adding it is the default answer (it loses nothing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from planner.core.services import children, conversations, reminders
from planner.ui.main_window import MainWindow


def test_the_follow_up_reminder_carries_its_text_and_child(qtbot, ui_context, ops, catalog):  # type: ignore[no-untyped-def]
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    leo = ops.read(lambda s: children.list_children(s)[1], None)
    talk = ops.run(
        lambda s: conversations.save_conversation(
            s,
            catalog,
            held_on=dt.date.today(),
            child_ids=[leo.id],
            said="Talked about a new friend online.",
            follow_up="Ask if the friend asked for photos",
            follow_up_on=dt.date.today() + dt.timedelta(days=3),
        ),
        set(),
    )
    window.offer_follow_up("conversation", talk.id)
    question = window.follow_up_question
    assert "Follow up with Leo: Ask if the friend asked for photos" in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Yes)
    question.button(QMessageBox.StandardButton.Yes).click()
    saved = [r for r in ops.read(reminders.list_reminders, []) if r.conversation_id == talk.id]
    assert [r.title for r in saved] == ["Follow up with Leo: Ask if the friend asked for photos"]
