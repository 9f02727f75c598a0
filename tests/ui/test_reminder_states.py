"""Where a reminder stands: one core answer, said alike by the command line and the window.

Each reminder is made with the real services on a real plan, then read back; the table gives
what the core, the `reminders` command (text and JSON) and the Reminders section call it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from planner.cli.reminders import _as_json, _as_text
from planner.core.dto import ReminderDTO
from planner.core.services import reminders
from planner.core.services.reminders import ReminderInput, ReminderState
from planner.ui.models.reminders import reminder_state as window_state

NOW = dt.datetime(2026, 12, 4, 15, 30)
TODAY_9 = NOW.replace(hour=9, minute=0)
YESTERDAY_9 = TODAY_9 - dt.timedelta(days=1)


def _make(session: Session, starts_at: dt.datetime, rule: str = "FREQ=WEEKLY") -> ReminderDTO:
    return reminders.add_reminder(session, ReminderInput("Check the friends list", rule, starts_at))


def due_now(session: Session) -> ReminderDTO:
    return _make(session, TODAY_9)


def overdue(session: Session) -> ReminderDTO:
    return _make(session, YESTERDAY_9)


def snoozed(session: Session) -> ReminderDTO:
    made = _make(session, YESTERDAY_9)
    return reminders.snooze(session, made.id, reminders.snooze_until(NOW, "hour"))


def turned_off(session: Session) -> ReminderDTO:
    made = _make(session, YESTERDAY_9)
    return reminders.set_active(session, made.id, False, NOW)


def done(session: Session) -> ReminderDTO:
    made = _make(session, YESTERDAY_9, rule="")  # once: nothing is left after it is done
    return reminders.complete(session, made.id, NOW)


@pytest.mark.parametrize(
    ("make", "state", "command_line", "window"),
    [
        (due_now, ReminderState.DUE, "due", "Due"),
        (overdue, ReminderState.OVERDUE, "overdue", "Overdue"),
        (snoozed, ReminderState.SNOOZED, "snoozed", "Snoozed until "),
        (turned_off, ReminderState.TURNED_OFF, "turned off", "Turned off"),
        (done, ReminderState.FINISHED, "finished", "Finished"),
    ],
)
def test_the_command_line_and_the_window_say_the_same_state(
    session: Session,
    make: Callable[[Session], ReminderDTO],
    state: ReminderState,
    command_line: str,
    window: str,
) -> None:
    reminder = reminders.get_reminder(session, make(session).id)
    assert reminders.reminder_state(reminder, NOW) is state
    as_json = _as_json(reminder, NOW)
    assert as_json["state"] == command_line
    assert as_json["overdue"] is (state is ReminderState.OVERDUE)
    assert as_json["snoozed"] is (state is ReminderState.SNOOZED)
    assert f"  {command_line}  " in _as_text([reminder], NOW)[0]
    assert window_state(reminder, NOW).startswith(window)
