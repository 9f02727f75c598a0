"""Input checks shared by the services; each failure is a sentence a person understands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.core.errors import ValidationError
from planner.core.i18n import mark

MAX_SHORT_TEXT = 200
# Notes may be long (a whole conversation), but not unbounded: 1 million characters.
MAX_LONG_TEXT = 1_000_000
OLDEST_CHILD_AGE = 25


def _clean(value: str) -> str:
    """Strip surrounding space and drop control characters other than line breaks and tabs."""
    kept = (ch for ch in value if ch in "\n\t" or ch.isprintable() or ord(ch) > 0x9F)
    return "".join(kept).strip()


def required_text(value: str, label: str, max_length: int = MAX_SHORT_TEXT) -> str:
    cleaned = _clean(value)
    if not cleaned:
        raise ValidationError(mark("Please enter {label}."), label=label)
    return _limited(cleaned, label, max_length)


def optional_text(value: str | None, label: str, max_length: int = MAX_LONG_TEXT) -> str:
    return _limited(_clean(value or ""), label, max_length)


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
