"""View model -> HTML with the Jinja2 templates in resources/templates/.

The same templates serve the HTML export (one self-contained file: CSS inside, no scripts, nothing
fetched) and the PDF (for_pdf=True: the HTML 4 / CSS 2.1 subset Qt's QTextDocument reads).
Autoescaping is on for everything: a nickname or a note can never become markup.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

from planner.core.export.summary import FAMILY_TITLE, FamilySummary
from planner.core.export.youth import YouthSummary
from planner.resources import resource_path

if TYPE_CHECKING:  # Jinja2 costs start-up time: it is imported when the first export renders.
    from jinja2 import Environment

ViewModel = FamilySummary | YouthSummary
# Shown in a browser's tab and title bar, where others may see it: never a name.
DOCUMENT_TITLE = FAMILY_TITLE
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def render_html(view_model: ViewModel, for_pdf: bool) -> str:
    template = "family.html.j2" if isinstance(view_model, FamilySummary) else "youth.html.j2"
    return (
        _environment()
        .get_template(template)
        .render(doc=view_model, for_pdf=for_pdf, doc_title=DOCUMENT_TITLE)
    )


@cache
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    environment = Environment(
        loader=FileSystemLoader(resource_path("templates")),
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt field fails a test instead of printing nothing
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["day"] = day_words
    environment.filters["day_short"] = short_day_words
    environment.filters["when"] = moment_words
    return environment


def day_words(day: dt.date | None) -> str:
    """29 November 2026: day, month in words, year, so no reader mistakes the order."""
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_day_words(day: dt.date | None) -> str:
    """29 Nov 2026, for narrow table columns."""
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}" if day else ""


def moment_words(moment: dt.datetime | None) -> str:
    if moment is None:
        return "-"
    return f"{day_words(moment.date())}, {moment:%H:%M}"
