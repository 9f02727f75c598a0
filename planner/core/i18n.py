"""The fixed words of exports and rule descriptions, in the plan's language (no Qt, no OS locale).

English is the source and the key: `t(source, "es")` looks the English sentence up in
`resources/translations/core_<lang>.toml` and falls back to the English when a language or a
sentence is missing, so an export is never blank. Sentences with gaps use named fields that the
caller fills with `str.format` ("Made on {day}"), so that a translation can move them.

`mark()` flags an English source kept in a table and translated later; a test checks that every
literal source given to `t` or `mark` has a translation and that no translation is left unused.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache

from planner.resources import resource_path

ENGLISH = "en"


def mark(text: str) -> str:
    """An English source to translate where it is shown (gettext's N_)."""
    return text


MONTHS = (
    mark("January"),
    mark("February"),
    mark("March"),
    mark("April"),
    mark("May"),
    mark("June"),
    mark("July"),
    mark("August"),
    mark("September"),
    mark("October"),
    mark("November"),
    mark("December"),
)


def t(text: str, lang: str) -> str:
    """`text` in `lang` ("es", "es_MX", "es-MX"), or as written when there is no translation."""
    return translations(_base(lang)).get(text, text)


@cache
def translations(lang: str) -> dict[str, str]:
    """English source -> translation for `lang`; empty for English or an unknown language."""
    if lang == ENGLISH:
        return {}
    path = resource_path("translations", f"core_{lang}.toml")
    if not path.is_file():
        return {}
    with path.open("rb") as file:
        table = tomllib.load(file)
    return {str(source): str(text) for source, text in table.items()}


def month_name(month: int, lang: str) -> str:
    return t(MONTHS[month - 1], lang)


def long_date(day: dt.date, lang: str) -> str:
    """29 November 2026 / 29 de noviembre de 2026: the month in words, so no reader mistakes the
    order of day and month."""
    return t("{day} {month} {year}", lang).format(
        day=day.day, month=month_name(day.month, lang), year=day.year
    )


def short_date(day: dt.date, lang: str) -> str:
    """29 Nov 2026 / 29 nov 2026, for narrow table columns."""
    return f"{day.day} {month_name(day.month, lang)[:3]} {day.year}"


def _base(lang: str) -> str:
    # Qt locale names look like "es_MX": the language is the part before the region.
    return lang.replace("-", "_").split("_")[0].lower()
