"""Reminders: due, overdue, done, snoozed or skipped, with their history, and where each stands."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.dto import CompletionDTO, ReminderDTO
from planner.core.errors import ValidationError
from planner.core.i18n import mark
from planner.core.recurrence import first_at_or_after, next_after, validate_rule
from planner.core.services.common import get_or_fail
from planner.core.services.validate import ensure_room, required_text

SUBJECTS = (
    "child_id",
    "app_use_id",
    "setting_agreement_id",
    "contact_id",
    "conversation_id",
    "concern_id",
)


# The snooze buttons: naive local times, so "a day" is the same clock time tomorrow even
# across a daylight-saving change.
SNOOZE_CHOICES: dict[str, dt.timedelta] = {
    "hour": dt.timedelta(hours=1),
    "day": dt.timedelta(days=1),
    "week": dt.timedelta(weeks=1),
}


class ReminderState(enum.StrEnum):
    """Where a reminder stands at a given moment: the window and the command line both say this."""

    OVERDUE = "overdue"  # its time came on an earlier day
    DUE = "due"  # its time came today
    SNOOZED = "snoozed"  # its time came, but a snooze holds it back
    UPCOMING = "upcoming"
    TURNED_OFF = "turned off"
    FINISHED = "finished"  # a rule with no occurrence left


def reminder_state(reminder: ReminderDTO, now: dt.datetime) -> ReminderState:
    due = reminder.next_due
    if due is None:
        return ReminderState.FINISHED
    if not reminder.active:
        return ReminderState.TURNED_OFF
    if reminder.snoozed_until is not None and reminder.snoozed_until > now:
        return ReminderState.SNOOZED
    if due > now:
        return ReminderState.UPCOMING
    return ReminderState.OVERDUE if due.date() < now.date() else ReminderState.DUE


@dataclass(frozen=True, slots=True)
class ReminderInput:
    title: str
    rule: str
    starts_at: dt.datetime
    child_id: int | None = None
    app_use_id: int | None = None
    setting_agreement_id: int | None = None
    contact_id: int | None = None
    conversation_id: int | None = None
    concern_id: int | None = None


def list_reminders(session: Session, include_inactive: bool = False) -> list[ReminderDTO]:
    statement = select(m.Reminder).order_by(m.Reminder.next_due.is_(None), m.Reminder.next_due)
    if not include_inactive:
        statement = statement.where(m.Reminder.active.is_(True))
    return [_reminder(row) for row in session.scalars(statement)]


def due_reminders(session: Session, now: dt.datetime) -> list[ReminderDTO]:
    """Active reminders whose time has come and that are not snoozed past now."""
    statement = (
        select(m.Reminder)
        .where(m.Reminder.active.is_(True), m.Reminder.next_due <= now)
        .where(or_(m.Reminder.snoozed_until.is_(None), m.Reminder.snoozed_until <= now))
        .order_by(m.Reminder.next_due)
    )
    return [_reminder(row) for row in session.scalars(statement)]


def get_reminder(session: Session, reminder_id: int) -> ReminderDTO:
    return _reminder(get_or_fail(session, m.Reminder, reminder_id, "that reminder"))


def add_reminder(session: Session, data: ReminderInput) -> ReminderDTO:
    ensure_room(session, m.Reminder, "reminders")
    row = m.Reminder(active=True)
    _fill(session, row, data)
    row.next_due = first_at_or_after(row.rrule, row.starts_at, row.starts_at)
    session.add(row)
    session.flush()
    return _reminder(row)


def update_reminder(session: Session, reminder_id: int, data: ReminderInput) -> ReminderDTO:
    """Edit a reminder; its place in the schedule stays unless its timing changed."""
    row = get_or_fail(session, m.Reminder, reminder_id, "that reminder")
    timing = (row.rrule, row.starts_at)
    _fill(session, row, data)
    if (row.rrule, row.starts_at) != timing:
        row.snoozed_until = None
        row.next_due = _next_after_last_completion(session, row)
    session.flush()
    return _reminder(row)


def _next_after_last_completion(session: Session, row: m.Reminder) -> dt.datetime | None:
    """With a new rule: the first occurrence after the last one completed (never again
    one that was already done), or the first one of all if none was completed yet."""
    last_due = session.scalar(
        select(m.ReminderCompletion.due_at)
        .where(m.ReminderCompletion.reminder_id == row.id)
        .order_by(m.ReminderCompletion.due_at.desc())
        .limit(1)
    )
    if last_due is None:
        return first_at_or_after(row.rrule, row.starts_at, row.starts_at)
    return next_after(row.rrule, row.starts_at, last_due)


def complete(
    session: Session, reminder_id: int, now: dt.datetime, outcome: str = "done"
) -> ReminderDTO:
    """Record the completion (or skip) and move to the first occurrence after now."""
    if outcome not in m.COMPLETION_OUTCOMES:
        raise ValidationError("{outcome} is not a way to finish a reminder.", outcome=repr(outcome))
    row = get_or_fail(session, m.Reminder, reminder_id, "that reminder")
    session.add(m.ReminderCompletion(reminder_id=row.id, due_at=row.next_due, outcome=outcome))
    row.next_due = next_after(row.rrule, row.starts_at, max(now, row.next_due or now))
    row.snoozed_until = None
    if row.next_due is None:
        row.active = False
    session.flush()
    return _reminder(row)


def snooze_until(now: dt.datetime, choice: str) -> dt.datetime:
    """When a snooze picked from SNOOZE_CHOICES ends, on the wall clock, to the minute."""
    if choice not in SNOOZE_CHOICES:
        raise ValidationError("{choice} is not a way to snooze a reminder.", choice=repr(choice))
    return now.replace(second=0, microsecond=0) + SNOOZE_CHOICES[choice]


def snooze(session: Session, reminder_id: int, until: dt.datetime) -> ReminderDTO:
    row = get_or_fail(session, m.Reminder, reminder_id, "that reminder")
    row.snoozed_until = until
    session.flush()
    return _reminder(row)


def set_active(session: Session, reminder_id: int, active: bool, now: dt.datetime) -> ReminderDTO:
    row = get_or_fail(session, m.Reminder, reminder_id, "that reminder")
    row.active = active
    if active and row.next_due is None:
        row.next_due = first_at_or_after(row.rrule, row.starts_at, now)
    session.flush()
    return _reminder(row)


def delete_reminder(session: Session, reminder_id: int) -> None:
    session.delete(get_or_fail(session, m.Reminder, reminder_id, "that reminder"))
    session.flush()


def completions(session: Session, reminder_id: int) -> list[CompletionDTO]:
    statement = (
        select(m.ReminderCompletion)
        .where(m.ReminderCompletion.reminder_id == reminder_id)
        .order_by(m.ReminderCompletion.done_at.desc())
    )
    return [
        CompletionDTO(
            id=row.id,
            reminder_id=row.reminder_id,
            due_at=row.due_at,
            done_at=row.done_at,
            outcome=row.outcome,
        )
        for row in session.scalars(statement)
    ]


def due_count(session: Session, now: dt.datetime) -> int:
    return len(due_reminders(session, now))


def _fill(session: Session, row: m.Reminder, data: ReminderInput) -> None:
    subjects = {name: getattr(data, name) for name in SUBJECTS if getattr(data, name) is not None}
    if len(subjects) > 1:
        raise ValidationError("A reminder can be about one thing at most.")
    for name, value in subjects.items():
        model, label = _SUBJECT_MODELS[name]
        get_or_fail(session, model, value, label)
    row.title = required_text(data.title, "what the reminder is for")
    row.rrule = validate_rule(data.rule, data.starts_at)
    row.starts_at = data.starts_at.replace(tzinfo=None, second=0, microsecond=0)
    for name in SUBJECTS:
        setattr(row, name, subjects.get(name))


# What a reminder can be about, and what the refusal calls it when it is gone.
_SUBJECT_MODELS: dict[str, tuple[type[m.Base], str]] = {
    "child_id": (m.Child, mark("that child")),
    "app_use_id": (m.AppUse, mark("that app")),
    "setting_agreement_id": (m.SettingAgreement, mark("that setting")),
    "contact_id": (m.Contact, mark("that contact")),
    "conversation_id": (m.Conversation, mark("that conversation")),
    "concern_id": (m.Concern, mark("that concern")),
}


def _reminder(row: m.Reminder) -> ReminderDTO:
    return ReminderDTO(
        id=row.id,
        title=row.title,
        rrule=row.rrule,
        starts_at=row.starts_at,
        next_due=row.next_due,
        snoozed_until=row.snoozed_until,
        active=row.active,
        child_id=row.child_id,
        app_use_id=row.app_use_id,
        setting_agreement_id=row.setting_agreement_id,
        contact_id=row.contact_id,
        conversation_id=row.conversation_id,
        concern_id=row.concern_id,
    )
