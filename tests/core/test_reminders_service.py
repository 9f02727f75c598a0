"""Reminders: due, snoozed, done or skipped, and what happens after the computer was off."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.recurrence import rule_for_preset
from planner.core.services import children, contacts, reminders
from tests.conftest import reopened

NOW = dt.datetime(2025, 3, 12, 19, 30)  # a Wednesday evening
EVENING = dt.datetime(2025, 3, 12, 18, 0)
HOUR = dt.timedelta(hours=1)
WEEK = dt.timedelta(weeks=1)


def add(session, title="Check friends lists", preset="weekly", starts_at=EVENING, **subject):
    rule = rule_for_preset(preset, starts_at)
    data = reminders.ReminderInput(title=title, rule=rule, starts_at=starts_at, **subject)
    return reminders.add_reminder(session, data)


def test_a_reminder_made_from_a_preset_is_kept(plan):
    with plan.unit_of_work() as session:
        added = add(session, preset="every-2-weeks", starts_at=EVENING + WEEK)
    with reopened(plan) as again, again.unit_of_work() as session:
        assert reminders.get_reminder(session, added.id) == added
    assert added.rrule == "FREQ=WEEKLY;INTERVAL=2"
    assert added.next_due == EVENING + WEEK
    assert added.active and added.snoozed_until is None


def test_seconds_are_dropped_from_the_start(session):
    added = add(session, starts_at=EVENING.replace(second=42, microsecond=7))
    assert added.starts_at == EVENING


def test_a_reminder_becomes_due_at_its_time(session):
    added = add(session)
    assert reminders.due_reminders(session, EVENING - HOUR) == []
    assert [r.id for r in reminders.due_reminders(session, EVENING)] == [added.id]
    assert reminders.due_count(session, NOW) == 1


def test_due_reminders_respects_snooze(session):
    added = add(session)
    snoozed = reminders.snooze(session, added.id, NOW + HOUR)
    assert snoozed.snoozed_until == NOW + HOUR
    assert reminders.due_reminders(session, NOW) == []
    assert reminders.due_count(session, NOW + 2 * HOUR) == 1


def test_a_reminder_missed_for_six_weeks_comes_back_once(plan):
    six_weeks_ago = EVENING - 6 * WEEK
    with plan.unit_of_work() as session:
        added = add(session, starts_at=six_weeks_ago)
    with reopened(plan) as again, again.unit_of_work() as session:
        due = reminders.due_reminders(session, NOW)
        assert [r.id for r in due] == [added.id]
        done = reminders.complete(session, added.id, NOW)
        assert done.next_due == EVENING + WEEK
        assert reminders.due_reminders(session, NOW) == []
        (record,) = reminders.completions(session, added.id)
    assert (record.due_at, record.outcome) == (six_weeks_ago, "done")


def test_completing_early_moves_past_the_current_occurrence(session):
    added = add(session, starts_at=EVENING + WEEK)
    done = reminders.complete(session, added.id, NOW)
    assert done.next_due == EVENING + 2 * WEEK


def test_completing_clears_a_snooze(session):
    added = add(session)
    reminders.snooze(session, added.id, NOW + HOUR)
    assert reminders.complete(session, added.id, NOW).snoozed_until is None


def test_skipping_is_recorded_as_skipped(session):
    added = add(session)
    reminders.complete(session, added.id, NOW, outcome="skipped")
    reminders.complete(session, added.id, NOW + WEEK, outcome="done")
    history = reminders.completions(session, added.id)
    assert [c.outcome for c in history] == ["done", "skipped"]
    assert [c.due_at for c in history] == [EVENING + WEEK, EVENING]
    with pytest.raises(ValidationError, match="'forgot' is not a way to finish a reminder."):
        reminders.complete(session, added.id, NOW, outcome="forgot")


def test_a_one_off_reminder_becomes_inactive_once_done(plan):
    with plan.unit_of_work() as session:
        once = add(session, title="Call the school", preset="once")
        assert once.rrule == ""
        done = reminders.complete(session, once.id, NOW)
    assert (done.active, done.next_due) == (False, None)
    with reopened(plan) as again, again.unit_of_work() as session:
        assert reminders.list_reminders(session) == []
        assert [r.id for r in reminders.list_reminders(session, include_inactive=True)] == [once.id]
        assert reminders.due_reminders(session, NOW + 52 * WEEK) == []


def test_list_reminders_is_soonest_first(session):
    later = add(session, title="later", starts_at=EVENING + 2 * WEEK)
    sooner = add(session, title="sooner", starts_at=EVENING + WEEK)
    assert [r.id for r in reminders.list_reminders(session)] == [sooner.id, later.id]


def test_a_reminder_about_two_things_is_refused(session):
    child = children.add_child(session, "Maya", 2012)
    contact = contacts.list_contacts(session)[0]
    with pytest.raises(ValidationError, match="about one thing at most"):
        add(session, child_id=child.id, contact_id=contact.id)
    assert reminders.list_reminders(session) == []


@pytest.mark.parametrize(
    ("subject", "message"),
    [
        ({"child_id": 999}, "That child no longer exists"),
        ({"app_use_id": 999}, "That app no longer exists"),
        ({"setting_agreement_id": 999}, "That setting no longer exists"),
        ({"contact_id": 999}, "That contact no longer exists"),
        ({"conversation_id": 999}, "That conversation no longer exists"),
        ({"concern_id": 999}, "That concern no longer exists"),
    ],
)
def test_a_subject_that_does_not_exist_is_refused(session, subject, message):
    with pytest.raises(ValidationError, match=message):
        add(session, **subject)


def test_a_reminder_about_a_contact_is_linked_to_it(session):
    contact = contacts.list_contacts(session)[0]
    assert add(session, contact_id=contact.id).contact_id == contact.id


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("every tuesday", "is not valid"),
        ("FREQ=SOMETIMES", "is not valid"),
        ("FREQ=WEEKLY;BYDAY=XX", "is not valid"),
        ("FREQ=WEEKLY;UNTIL=20000101T000000", "never happens"),
    ],
)
def test_invalid_rule_text_is_refused(session, rule, message):
    data = reminders.ReminderInput(title="x", rule=rule, starts_at=EVENING)
    with pytest.raises(ValidationError, match=message):
        reminders.add_reminder(session, data)


def test_an_empty_title_is_refused(session):
    with pytest.raises(ValidationError, match="Please enter what the reminder is for."):
        add(session, title="  ")


def test_set_active_pauses_and_resumes(session):
    added = add(session)
    assert not reminders.set_active(session, added.id, False, NOW).active
    assert reminders.due_reminders(session, NOW) == []
    assert reminders.list_reminders(session) == []
    assert reminders.set_active(session, added.id, True, NOW).active
    assert reminders.due_count(session, NOW) == 1


def test_reactivating_a_finished_one_off_in_the_future_makes_it_due_again(session):
    once = add(session, preset="once", starts_at=EVENING + WEEK)
    reminders.complete(session, once.id, NOW)
    back = reminders.set_active(session, once.id, True, NOW)
    assert (back.active, back.next_due) == (True, EVENING + WEEK)


def test_update_reminder_changes_title_rule_and_subject(plan):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", 2012)
        added = add(session, starts_at=EVENING + WEEK)
    with plan.unit_of_work() as session:
        data = reminders.ReminderInput(
            "Privacy check", "FREQ=MONTHLY", EVENING + WEEK, child_id=child.id
        )
        reminders.update_reminder(session, added.id, data)
    with reopened(plan) as again, again.unit_of_work() as session:
        got = reminders.get_reminder(session, added.id)
    assert (got.title, got.rrule, got.child_id) == ("Privacy check", "FREQ=MONTHLY", child.id)


def test_renaming_a_completed_reminder_does_not_make_it_due_again(session):
    added = add(session, starts_at=EVENING - 6 * WEEK)
    reminders.complete(session, added.id, NOW)
    data = reminders.ReminderInput("New title", added.rrule, added.starts_at)
    renamed = reminders.update_reminder(session, added.id, data)
    assert renamed.next_due == EVENING + WEEK
    assert reminders.due_reminders(session, NOW) == []


def test_delete_reminder_removes_it_and_its_history(session):
    added = add(session)
    reminders.complete(session, added.id, NOW)
    reminders.delete_reminder(session, added.id)
    assert reminders.list_reminders(session, include_inactive=True) == []
    assert reminders.completions(session, added.id) == []
    with pytest.raises(ValidationError, match="That reminder no longer exists"):
        reminders.get_reminder(session, added.id)


def test_deleting_a_contact_removes_its_reminders(session):
    own = contacts.add_contact(session, contacts.ContactInput(kind="school", name="Counselor"))
    add(session, contact_id=own.id)
    contacts.delete_contact(session, own.id)
    assert reminders.list_reminders(session, include_inactive=True) == []
