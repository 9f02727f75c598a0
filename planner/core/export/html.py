"""View model -> HTML with the Jinja2 templates in resources/templates/.

The same templates serve the HTML export (one self-contained file: CSS inside, no scripts, nothing
fetched) and the PDF (for_pdf=True: the HTML 4 / CSS 2.1 subset Qt's QTextDocument reads).
Autoescaping is on for everything: a nickname or a note can never become markup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from planner.core.export.layouts import PdfLayouts
from planner.core.export.summary import FAMILY_TITLE, FamilySummary
from planner.core.export.words import dial_string
from planner.core.export.youth import YOUTH_TITLE, Advice, YouthSummary
from planner.core.i18n import ENGLISH, long_date, short_date, t
from planner.resources import resource_path

if TYPE_CHECKING:  # Jinja2 costs start-up time: it is imported when the first export renders.
    from jinja2 import Environment
    from jinja2.runtime import Context
    from markupsafe import Markup

ViewModel = FamilySummary | YouthSummary
# The size of the printed plans' small print (app texts, steps, tips, busy tables). A young
# person's plan goes on two sheets, and its small print is the largest that still fits there:
# a 10-year-old reads 8 pt badly.
SMALL_PRINT_PT = 8.0
YOUTH_PAGES = 2
YOUTH_SMALL_PRINT_PT = (10.0, 9.0, SMALL_PRINT_PT)


def pdf_layouts(view_model: ViewModel) -> PdfLayouts:
    if isinstance(view_model, YouthSummary):
        versions = tuple(
            render_html(view_model, for_pdf=True, small_print_pt=size)
            for size in YOUTH_SMALL_PRINT_PT
        )
        return PdfLayouts(versions, YOUTH_PAGES)
    return PdfLayouts((render_html(view_model, for_pdf=True),))


def document_title(view_model: ViewModel) -> str:
    """The title in a browser's tab and a PDF's metadata, where others may see it: never a name."""
    title = FAMILY_TITLE if isinstance(view_model, FamilySummary) else YOUTH_TITLE
    return t(title, view_model.cover.language)


def render_html(
    view_model: ViewModel, for_pdf: bool, small_print_pt: float = SMALL_PRINT_PT
) -> str:
    template = "family.html.j2" if isinstance(view_model, FamilySummary) else "youth.html.j2"
    lang = view_model.cover.language
    return (
        _environment()
        .get_template(template)
        .render(
            doc=view_model,
            for_pdf=for_pdf,
            small_print_pt=small_print_pt,
            doc_title=document_title(view_model),
            lang=lang,  # read by the date filters
            t=partial(t, lang=lang),  # the templates' fixed words, as t(English source)
        )
    )


@cache
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context

    environment = Environment(
        loader=FileSystemLoader(resource_path("templates")),
        autoescape=True,
        undefined=StrictUndefined,  # a misspelt field fails a test instead of printing nothing
        trim_blocks=True,
        lstrip_blocks=True,
    )
    for name, words in (("day", day_words), ("day_short", short_day_words), ("when", moment_words)):
        environment.filters[name] = pass_context(_in_document_language(words))
    environment.filters["css_page_counter"] = css_page_counter
    environment.filters["dial"] = dial_string
    environment.filters["two_columns"] = two_columns
    return environment


def css_page_counter(words: str) -> Markup:
    """The footer words as a CSS `content` value: "Page " counter(page) " of " counter(pages)."""
    from markupsafe import Markup

    pieces = []
    for piece in re.split(r"(\{pages?\})", words):
        if piece in ("{page}", "{pages}"):
            pieces.append(f"counter({piece[1:-1]})")
        elif piece:
            # A CSS string: quotes and backslashes escaped, "<" written as a CSS escape.
            escaped = piece.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
            pieces.append(f'"{escaped}"')
    return Markup(" ".join(pieces))


def two_columns(advice: Sequence[Advice]) -> tuple[Sequence[Advice], Sequence[Advice]]:
    """The advice in order, cut where the two columns come closest to the same length: printed
    side by side, the page is as long as the longer column."""
    sizes = [len(item.title) + len(item.text) for item in advice]
    total = sum(sizes)
    cut = min(range(len(advice) + 1), key=lambda at: abs(2 * sum(sizes[:at]) - total))
    return advice[:cut], advice[cut:]


def _in_document_language(words: Callable[[Any, str], str]) -> Callable[[Context, Any], str]:
    def filter_(context: Context, value: Any) -> str:
        return words(value, context["lang"])

    return filter_


def day_words(day: dt.date | None, lang: str = ENGLISH) -> str:
    """29 November 2026: day, month in words, year, so no reader mistakes the order."""
    return long_date(day, lang) if day else ""


def short_day_words(day: dt.date | None, lang: str = ENGLISH) -> str:
    """29 Nov 2026, for narrow table columns."""
    return short_date(day, lang) if day else ""


def moment_words(moment: dt.datetime | None, lang: str = ENGLISH) -> str:
    if moment is None:
        return "-"
    return f"{day_words(moment.date(), lang)}, {moment:%H:%M}"
