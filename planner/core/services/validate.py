"""Input checks shared by the services; each failure is a sentence a person understands."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.core.errors import ValidationError
from planner.core.i18n import mark
from planner.core.models import Base

MAX_SHORT_TEXT = 200
# Notes may be long (a whole conversation), but not unbounded: 1 million characters.
MAX_LONG_TEXT = 1_000_000
OLDEST_CHILD_AGE = 25


# How much one plan may hold, for every way in (the window, the command line, restore): enough
# for a shelter's busiest family many times over, and small enough that every screen and export
# stays quick. Restore checks them before anything is written.
LIMITS: dict[str, int] = {
    "preferences": 50,
    "children": 50,
    "adults": 200,
    "devices": 500,
    "contacts": 500,
    "app_uses": 2_000,
    "setting_agreements": 50_000,
    "household_rules": 2_000,
    "conversations": 50_000,
    "concerns": 10_000,
    "reminders": 5_000,
    "completions": 200_000,
}
# How LIMITS' kinds are named in the message that refuses one more (an English source each).
LIMIT_WORDS: dict[str, str] = {
    "preferences": mark("preferences"),
    "children": mark("children"),
    "adults": mark("adults"),
    "devices": mark("devices"),
    "contacts": mark("contacts"),
    "app_uses": mark("app uses"),
    "setting_agreements": mark("setting agreements"),
    "household_rules": mark("household rules"),
    "conversations": mark("conversations"),
    "concerns": mark("concerns"),
    "reminders": mark("reminders"),
    "completions": mark("completions"),
}
IDLE_LOCK_PREFERENCE = "idle_lock_minutes"
IDLE_LOCK_MINUTES = (1, 240)
DECLINED_SUGGESTIONS_PREFERENCE = "declined_reminder_suggestions"


def clean_text(value: str) -> str:
    """Strip surrounding space and drop control characters other than line breaks and tabs
    (terminal escapes such as ESC[31m lose their ESC and become harmless text)."""
    kept = (ch for ch in value if ch in "\n\t" or ch.isprintable() or ord(ch) > 0x9F)
    return "".join(kept).strip()


def required_text(value: str, label: str, max_length: int = MAX_SHORT_TEXT) -> str:
    cleaned = clean_text(value)
    if not cleaned:
        raise ValidationError(mark("Please enter {label}."), label=label)
    return _limited(cleaned, label, max_length)


def optional_text(value: str | None, label: str, max_length: int = MAX_LONG_TEXT) -> str:
    return _limited(clean_text(value or ""), label, max_length)


def _limited(value: str, label: str, max_length: int) -> str:
    if len(value) > max_length:
        raise ValidationError(
            mark("{label} is too long: at most {max_length} characters."),
            label=label,
            max_length=f"{max_length:,}",
        )
    return value


def choice(value: str, allowed: Iterable[str], label: str) -> str:
    options = tuple(allowed)
    if value not in options:
        listed = ", ".join(options)
        raise ValidationError(
            mark("{value} is not a valid {label}. Choose one of: {listed}."),
            value=repr(value),
            label=label,
            listed=listed,
        )
    return value


def birth_year(year: int, today: dt.date | None = None) -> int:
    current = (today or dt.date.today()).year
    if not isinstance(year, int) or isinstance(year, bool):
        raise ValidationError("The birth year must be a year, such as 2014.")
    if year > current:
        raise ValidationError(mark("The birth year {year} is in the future."), year=year)
    if year < current - OLDEST_CHILD_AGE:
        raise ValidationError(
            mark(
                "The birth year {year} is too long ago for a child or young person "
                "(the planner accepts {oldest} or later)."
            ),
            year=year,
            oldest=current - OLDEST_CHILD_AGE,
        )
    return year


def not_future(day: dt.date | None, label: str, today: dt.date | None = None) -> dt.date | None:
    if day is not None and day > (today or dt.date.today()):
        raise ValidationError(mark("The {label} cannot be in the future."), label=label)
    return day


def ids_text(ids: Iterable[str]) -> str:
    """Store a set of short ids (topics, warning signs) as one comma-separated field."""
    return ",".join(dict.fromkeys(i.strip() for i in ids if i.strip()))


def ids_tuple(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(",") if part)


def ensure_room(session: Session, model: type[Base], label: str, adding: int = 1) -> None:
    """Refuse an addition past LIMITS[label]: the window and restore keep the same limits."""
    held = session.scalar(select(func.count()).select_from(model)) or 0
    room_for(label, held, adding)


def room_for(label: str, held: int, adding: int = 1) -> None:
    """Refuse to hold more than LIMITS[label] items of a kind."""
    if held + adding > LIMITS[label]:
        raise ValidationError(
            mark("A plan can hold at most {count} {label}."),
            count=f"{LIMITS[label]:,}",
            label=LIMIT_WORDS[label],
        )


def idle_lock_minutes(value: str) -> int:
    """The idle-lock delay as stored: a whole number of minutes the window offers."""
    low, high = IDLE_LOCK_MINUTES
    text = value.strip()
    if not text.isdigit() or not low <= int(text[:6]) <= high:
        raise ValidationError(
            mark(
                "The idle lock must be a whole number of minutes from {low} to {high} "
                "(not {value})."
            ),
            low=low,
            high=high,
            value=repr(value[:20]),
        )
    return int(text)


def preference_value(key: str, value: str) -> str:
    """Check one plan preference; unknown keys are refused, as every other unknown field."""
    if key == IDLE_LOCK_PREFERENCE:
        return str(idle_lock_minutes(value))
    if key == DECLINED_SUGGESTIONS_PREFERENCE:
        return _id_list(value, key)
    raise ValidationError(mark("The planner has no setting called {key}."), key=repr(key[:40]))


def _id_list(value: str, key: str) -> str:
    try:
        parsed = json.loads(value)
    except ValueError as error:  # JSONDecodeError, and numbers past Python's digit limit
        raise ValidationError(
            mark("The setting {key} must be a list of names."), key=key
        ) from error
    if not isinstance(parsed, list) or not all(isinstance(item, str) for item in parsed):
        raise ValidationError(mark("The setting {key} must be a list of names."), key=key)
    return value
