"""The planner's one date style, in the plan's language, for the window and the exports alike.

Two forms of a day: short ("4 Dec 2026" / "4 dic 2026") for lists and table columns, long
("4 December 2026" / "4 de diciembre de 2026") for sentences and headings. The month is always
a word, so nobody misreads the order of day and month (4/12 or 12/4). Times of day use the
24-hour clock ("18:00") in every language: it reads the same everywhere and is never ambiguous.
"""

from __future__ import annotations

import datetime as dt

from planner.core.i18n import long_date as _long_date
from planner.core.i18n import short_date as _short_date


def short_date(day: dt.date, lang: str) -> str:
    return _short_date(day, lang)


def long_date(day: dt.date, lang: str) -> str:
    return _long_date(day, lang)


def time_of_day(moment: dt.time | dt.datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def short_moment(moment: dt.datetime, lang: str) -> str:
    """4 Dec 2026, 18:00."""
    return f"{short_date(moment.date(), lang)}, {time_of_day(moment)}"


def long_moment(moment: dt.datetime, lang: str) -> str:
    """4 December 2026, 18:00."""
    return f"{long_date(moment.date(), lang)}, {time_of_day(moment)}"
