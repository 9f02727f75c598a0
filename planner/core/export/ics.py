"""Active reminders as an iCalendar (.ics) file, for a phone or calendar app.

Times are floating local times (no time zone), like the reminders themselves: 18:00 stays 18:00
wherever and whenever the calendar shows it. Titles are neutral unless asked for, because a
calendar is often shared or shown on a lock screen; the neutral title is in the plan's language.
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
from planner.core.recurrence import first_at_or_after
from planner.core.services.reminders import list_reminders

NEUTRAL_TITLE = mark("Family plan reminder")
PRODUCT_ID = "-//Family Safety Planner//Reminders//EN"


def reminder_uid(reminder_id: int) -> str:
    """Stable across exports, so re-importing updates events instead of duplicating them.
    The .invalid domain (RFC 2606) can never resolve: no network, no real address."""
    return f"reminder-{reminder_id}@family-safety-planner.invalid"


def build_calendar(
    reminders: Sequence[ReminderDTO], *, detailed: bool = False, lang: str = ENGLISH
) -> Calendar:
    """One VEVENT per active reminder, with its RRULE and one display alarm at its time."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    stamp = dt.datetime.now(dt.UTC)
    for reminder in reminders:
        if reminder.active:
            calendar.add_component(_event(reminder, detailed, stamp, lang))
    return calendar


def write_ics(
    source: Session | Sequence[ReminderDTO], path: Path, *, detailed: bool = False
) -> int:
    """Write the active reminders of a plan (or the given ones) to `path`; how many were written.

    The file replaces `path` only once complete, so a failed export never leaves half a file.
    """
    reminders = list_reminders(source) if isinstance(source, Session) else list(source)
    lang = _plan_language(source) if isinstance(source, Session) else ENGLISH
    calendar = build_calendar(reminders, detailed=detailed, lang=lang)
    data = calendar.to_ical()

    def write(partial: Path) -> None:
        partial.write_bytes(data)

    replace_atomically(Path(path), write)
    return len(calendar.walk("VEVENT"))


def _plan_language(session: Session) -> str:
    from planner.core.services.plan import get_details

    return get_details(session).language


def _event(reminder: ReminderDTO, detailed: bool, stamp: dt.datetime, lang: str) -> Event:
    title = reminder.title if detailed else t(NEUTRAL_TITLE, lang)
    event = Event()
    event.add("uid", reminder_uid(reminder.id))
    event.add("dtstamp", stamp)
    # RFC 5545 wants DTSTART to be the first occurrence of the rule, not merely its anchor.
    first = first_at_or_after(reminder.rrule, reminder.starts_at, reminder.starts_at)
    event.add("dtstart", first or reminder.starts_at)
    if reminder.rrule:
        event.add("rrule", vRecur.from_ical(reminder.rrule))
    event.add("summary", title)
    event.add_component(_alarm(title))
    return event


def _alarm(title: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)  # RFC 5545 requires a DESCRIPTION on a display alarm
    alarm.add("trigger", dt.timedelta(0))
    return alarm
