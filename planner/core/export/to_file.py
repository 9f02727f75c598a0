"""One way to export a plan to a file, for the command line and the window alike.

The PDF is drawn by Qt (planner/render/pdf.py), which the core may not import: the caller hands
in the function that draws it. Every other format is written here. Each file is written whole or
not at all, and none is encrypted: the callers say so to the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from planner.core.errors import UsageError
from planner.core.i18n import mark

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.core.catalog import Catalog
    from planner.core.export.html import ViewModel
    from planner.core.export.layouts import PdfLayouts
    from planner.core.plans import PlanFile

# The plan for reading (pdf, html), a JSON backup of everything, the reminders as a calendar.
FORMATS = ("pdf", "html", "json", "ics")
READABLE = ("pdf", "html")


class PdfRenderer(Protocol):
    """Draws the version of `layouts` that fits as a PDF at `path` on `paper` ("letter" or
    "a4") with a neutral `title` in its metadata; returns the page count."""

    def __call__(
        self, layouts: PdfLayouts, path: Path, paper: str, *, title: str, lang: str
    ) -> int: ...


@dataclass(frozen=True, slots=True)
class ExportChoice:
    format: str
    child_id: int | None = None  # None: the family's plan; a child: that young person's own
    include_log: bool = False  # the conversation log and the concerns (the family's plan only)
    calendar_titles: bool = False  # the reminders' own titles in a calendar (else neutral ones)


@dataclass(frozen=True, slots=True)
class Exported:
    format: str
    pages: int = 0  # of a PDF
    reminders: int = 0  # in a calendar file
    calendar_titles: bool = False


def check_choice(choice: ExportChoice) -> None:
    if choice.format not in FORMATS:
        raise UsageError(
            mark("{format} is not a way to export a plan."), format=repr(choice.format)
        )
    if choice.format not in READABLE and (choice.child_id is not None or choice.include_log):
        raise UsageError(
            mark(
                "--format {format} exports the whole plan: "
                "--audience, --child and --include-log do not apply."
            ),
            format=choice.format,
        )
    if choice.child_id is not None and choice.include_log:
        raise UsageError(
            mark("A young person's plan never includes the conversation log or the concerns.")
        )


def view_model(session: Session, catalog: Catalog, choice: ExportChoice) -> ViewModel:
    """What the readable plan shows: the family's, or one young person's own."""
    from planner.core.export.summary import family_summary
    from planner.core.export.youth import youth_summary

    if choice.child_id is not None:
        return youth_summary(session, catalog, choice.child_id)
    return family_summary(session, catalog, include_log=choice.include_log)


def export_to_file(
    plan: PlanFile,
    catalog: Catalog | None,
    choice: ExportChoice,
    out: Path,
    render_pdf: PdfRenderer | None = None,
) -> Exported:
    """Write the export `choice` asks for to `out`. The readable plan (pdf, html) needs the
    catalog, and a PDF the function that draws it."""
    check_choice(choice)
    if choice.format in READABLE:
        if catalog is None:
            raise ValueError("The readable plan needs the catalog to name apps and settings.")
        return _write_readable(plan, catalog, choice, out, render_pdf)
    with plan.unit_of_work() as session:
        if choice.format == "json":
            from planner.core.json_backup import save_backup

            save_backup(session, out)
            return Exported(choice.format)
        from planner.core.export.ics import write_ics
        from planner.core.services.plan import get_details

        lang = get_details(session).language  # for the neutral title
        written = write_ics(session, out, detailed=choice.calendar_titles, lang=lang)
        return Exported(choice.format, reminders=written, calendar_titles=choice.calendar_titles)


def _write_readable(
    plan: PlanFile,
    catalog: Catalog,
    choice: ExportChoice,
    out: Path,
    render_pdf: PdfRenderer | None,
) -> Exported:
    from planner.core.export.files import write_text_atomically
    from planner.core.export.html import document_title, pdf_layouts, render_html

    with plan.unit_of_work() as session:
        view = view_model(session, catalog, choice)
    # Drawn after the unit of work: the plan is not held open while pages are laid out.
    if choice.format == "html":
        write_text_atomically(out, render_html(view, for_pdf=False))
        return Exported(choice.format)
    if render_pdf is None:
        raise ValueError("A PDF export needs the function that draws the PDF.")
    title, lang = document_title(view), view.cover.language
    pages = render_pdf(pdf_layouts(view), out, view.cover.paper, title=title, lang=lang)
    return Exported(choice.format, pages=pages)


def child_named(session: Session, nickname: str) -> int:
    """The id of the child with this nickname (any case), for choosing a young person's plan."""
    from planner.core.services.children import list_children

    kids = list_children(session)
    for kid in kids:
        if kid.nickname.casefold() == nickname.strip().casefold():
            return kid.id
    if not kids:
        raise UsageError(
            mark("This plan has no child called {nickname}. It has no children yet."),
            nickname=repr(nickname),
        )
    raise UsageError(
        mark("This plan has no child called {nickname}. Its children are: {names}."),
        nickname=repr(nickname),
        names=", ".join(kid.nickname for kid in kids),
    )
