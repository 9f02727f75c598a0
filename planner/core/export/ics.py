"""Active reminders as an iCalendar (.ics) file, for a phone or calendar app.

Times are floating local times (no time zone), like the reminders themselves: 18:00 stays 18:00
wherever and whenever the calendar shows it. Titles are neutral unless asked for, because a
calendar is often shared or shown on a lock screen; the neutral title is in the plan's language.

Rules are written in forms that every calendar expands alike. The planner's own month-end rule
(`BYMONTHDAY=28,29,30;BYSETPOS=-1`, "the 30th, or the last day of a shorter month") is valid
RFC 5545, but Thunderbird's engine (ical.js) expands it into several alarms a month. So a month-
end or 29 February reminder is exported as rules without BYSETPOS: `BYMONTHDAY=-1` where "the
last day" is meant, and otherwise one event for the months that have the day and one for
February's last day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vRecur
from sqlalchemy.orm import Session

from planner.core.dto import ReminderDTO
from planner.core.export.files import replace_atomically
from planner.core.i18n import ENGLISH, mark, t
from planner.core.recurrence import first_at_or_after, preset_for
from planner.core.services.reminders import list_reminders

NEUTRAL_TITLE = mark("Family plan reminder")
PRODUCT_ID = "-//Family Safety Planner//Reminders//EN"
_MONTHS_PER_STEP = {"monthly": 1, "every-3-months": 3, "every-6-months": 6}
FEBRUARY = 2


def reminder_uid(reminder_id: int, part: str = "") -> str:
    """Stable across exports, so re-importing updates events instead of duplicating them.
    The .invalid domain (RFC 2606) can never resolve: no network, no real address.
    `part` names the second event of a reminder exported as two (see portable_rules)."""
    suffix = f"-{part}" if part else ""
    return f"reminder-{reminder_id}{suffix}@family-safety-planner.invalid"


def build_calendar(
    reminders: Sequence[ReminderDTO], *, detailed: bool = False, lang: str = ENGLISH
) -> Calendar:
    """The VEVENTs of each active reminder, with their RRULEs and a display alarm at the time.

    `lang` is the plan's language, for the neutral title.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    stamp = dt.datetime.now(dt.UTC)
    for reminder in reminders:
        if reminder.active:
            title = reminder.title if detailed else t(NEUTRAL_TITLE, lang)
            for event in _events(reminder, title, stamp):
                calendar.add_component(event)
    return calendar


def write_ics(
    source: Session | Sequence[ReminderDTO],
    path: Path,
    *,
    detailed: bool = False,
    lang: str | None = None,
) -> int:
    """Write the active reminders of a plan (or the given ones) to `path`; how many were written.

    The file replaces `path` only once complete, so a failed export never leaves half a file.
    """
    reminders = list_reminders(source) if isinstance(source, Session) else list(source)
    if lang is None:  # the plan's own language, or English for reminders given as they are
        lang = _plan_language(source) if isinstance(source, Session) else ENGLISH
    calendar = build_calendar(reminders, detailed=detailed, lang=lang)
    data = calendar.to_ical()

    def write(partial: Path) -> None:
        partial.write_bytes(data)

    replace_atomically(Path(path), write)
    return sum(1 for reminder in reminders if reminder.active)


def portable_rules(rule: str, start: dt.datetime) -> list[tuple[str, str]]:
    """(part, rule) pairs that expand, in every calendar engine, to the dates of `rule`.

    Most rules are exported as they are (part ""). A preset on the 29th-31st of a month, or on
    29 February, becomes rules without BYSETPOS (see the module's notes).
    """
    preset = preset_for(rule, start) if rule else None
    if preset == "yearly" and (start.month, start.day) == (FEBRUARY, 29):
        return [("", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1")]
    if preset not in _MONTHS_PER_STEP or start.day <= 28:
        return [("", _until_as_date_time(rule))]
    step = _MONTHS_PER_STEP[preset]
    if start.day == 31:  # the 31st, or the last day of a shorter month: always the last day
        interval = f";INTERVAL={step}" if step > 1 else ""
        return [("", f"FREQ=MONTHLY{interval};BYMONTHDAY=-1")]
    # The 29th or 30th: every month but February has it; February falls on its last day.
    months = sorted({(start.month - 1 + step * n) % 12 + 1 for n in range(12)})
    others = ",".join(str(month) for month in months if month != FEBRUARY)
    rules = [("", f"FREQ=YEARLY;BYMONTH={others};BYMONTHDAY={start.day}")]
    if FEBRUARY in months:
        rules.append(("february", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"))
    return rules


def _until_as_date_time(rule: str) -> str:
    """RFC 5545 (3.3.10): UNTIL has DTSTART's value type. Reminders start at a local date-time,
    so an end given as a date means the end of that day."""
    parts = [part for part in rule.split(";") if part]
    for index, part in enumerate(parts):
        name, _, value = part.partition("=")
        if name.strip().upper() == "UNTIL" and "T" not in value:
            parts[index] = f"UNTIL={value.strip()}T235959"
    return ";".join(parts)


def _events(reminder: ReminderDTO, title: str, stamp: dt.datetime) -> list[Event]:
    if not reminder.rrule:
        return [_event(reminder_uid(reminder.id), reminder.starts_at, "", title, stamp)]
    return [
        # RFC 5545 wants DTSTART to be the first occurrence of the rule, not merely its anchor.
        _event(
            reminder_uid(reminder.id, part),
            first_at_or_after(rule, reminder.starts_at, reminder.starts_at) or reminder.starts_at,
            rule,
            title,
            stamp,
        )
        for part, rule in portable_rules(reminder.rrule, reminder.starts_at)
    ]


def _plan_language(session: Session) -> str:
    from planner.core.services.plan import get_details

    return get_details(session).language


def _event(uid: str, start: dt.datetime, rule: str, title: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    if rule:
        event.add("rrule", vRecur.from_ical(rule))
    event.add("summary", title)
    event.add_component(_alarm(title))
    return event


def _alarm(title: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)  # RFC 5545 requires a DESCRIPTION on a display alarm
    alarm.add("trigger", dt.timedelta(0))
    return alarm
