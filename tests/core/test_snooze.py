"""Snoozing for an hour, a day or a week hides a reminder until then, and no longer."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.services import reminders

DUE = dt.datetime(2025, 3, 7, 18, 0)
NOW = dt.datetime(2025, 3, 7, 18, 20, 45)


@pytest.mark.parametrize(
    ("choice", "until"),
    [
        ("hour", dt.datetime(2025, 3, 7, 19, 20)),
        ("day", dt.datetime(2025, 3, 8, 18, 20)),
        # Across the US clock change of 9 March: still 18:20 on the wall clock.
        ("week", dt.datetime(2025, 3, 14, 18, 20)),
    ],
)
def test_a_snoozed_reminder_is_hidden_until_its_snooze_ends(session, choice, until):
    data = reminders.ReminderInput("Check the friends list", "FREQ=WEEKLY", DUE)
    added = reminders.add_reminder(session, data)
    assert reminders.snooze_until(NOW, choice) == until
    reminders.snooze(session, added.id, reminders.snooze_until(NOW, choice))
    assert reminders.due_reminders(session, NOW) == []
    assert reminders.due_reminders(session, until - dt.timedelta(minutes=1)) == []
    assert [r.id for r in reminders.due_reminders(session, until)] == [added.id]


def test_an_unknown_snooze_choice_is_refused():
    with pytest.raises(ValidationError, match="'month' is not a way to snooze"):
        reminders.snooze_until(NOW, "month")
