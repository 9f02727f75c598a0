"""`export`: the plan as a PDF or HTML summary (for the family or one young person), or as a
JSON backup. Every export is a plain, unencrypted file, and the command says so.

The writing itself is planner.core.export.to_file, shared with the window: `--format` offers
the formats it knows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.common import add_plan_options, open_plan
from planner.cli.language import said
from planner.core.errors import FileSystemError, UsageError
from planner.core.export.to_file import FORMATS, READABLE
from planner.core.i18n import mark
from planner.paths import AppPaths

if TYPE_CHECKING:
    from planner.core.export.layouts import PdfLayouts
    from planner.core.export.to_file import ExportChoice, Exported
    from planner.core.plans import PlanFile


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help=said("export the plan as a PDF or HTML summary, or a JSON backup"),
        description=said(
            "Export the plan: a printable summary for the family or for one young "
            "person (PDF or HTML), or the whole plan as a JSON backup. Exported files are NOT "
            "encrypted."
        ),
    )
    add_plan_options(parser, in_subcommand=True)
    parser.add_argument("--format", required=True, choices=sorted(FORMATS))
    parser.add_argument(
        "--audience",
        choices=("family", "youth"),
        help=said("family (default): the whole plan for the adults; youth: one child's own plan"),
    )
    parser.add_argument(
        "--child", metavar=said("NAME"), help=said("the child's nickname (with youth)")
    )
    parser.add_argument(
        "--include-log",
        action="store_true",
        help=said("add the conversation log and the concerns (family only)"),
    )
    parser.add_argument(
        "--with-titles",
        action="store_true",
        help=said(
            "ics only: give each event its reminder's own title (anyone who sees the calendar, "
            "or a phone's lock screen, can read them); without it every title is neutral"
        ),
    )
    add_output_options(parser)
    parser.set_defaults(run=run)


def add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", metavar=said("FILE"), required=True, help=said("the file to write")
    )
    parser.add_argument("--force", action="store_true", help=said("replace FILE if it exists"))


def run(args: argparse.Namespace) -> int:
    _check_options(args)
    out = output_path(args)
    from planner.core.content_packs.store import content_in_use
    from planner.core.export.to_file import export_to_file

    # Only the readable plan names apps and settings: the catalog is read for it alone.
    content_dir = AppPaths.resolve(args.data_dir).content_dir
    catalog = content_in_use(content_dir).catalog if args.format in READABLE else None
    with open_plan(args) as plan:
        exported = export_to_file(plan, catalog, _choice(plan, args), out, _draw_pdf)
    print(said("Wrote {written} to {out}.", written=_said(exported), out=out))
    warn_unencrypted(out)
    return 0


def output_path(args: argparse.Namespace) -> Path:
    """--out, checked before the plan is opened: never replaced without --force."""
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise FileSystemError(mark("{out} is a folder: give the name of a file to write."), out=out)
    if out.exists() and not args.force:
        raise UsageError(
            mark(
                "There is already a file at {out}. "
                "Choose another name, or add --force to replace it."
            ),
            out=out,
        )
    if not out.parent.is_dir():
        raise FileSystemError(mark("The folder {folder} does not exist."), folder=out.parent)
    return out


def warn_unencrypted(out: Path) -> None:
    warning = said(
        "Warning: {out} is NOT encrypted, even if the plan has a passphrase. Anyone who can "
        "open the file can read it. Keep it somewhere safe, and delete it when it is no "
        "longer needed.",
        out=out,
    )
    print(warning, file=sys.stderr)


def _check_options(args: argparse.Namespace) -> None:
    if args.with_titles and args.format != "ics":
        raise UsageError(mark("--with-titles applies to --format ics only."))
    if args.format not in READABLE:
        if args.audience or args.child or args.include_log:
            raise UsageError(
                mark(
                    "--format {format} exports the whole plan: "
                    "--audience, --child and --include-log do not apply."
                ),
                format=args.format,
            )
        return
    if args.audience == "youth":
        if not args.child:
            raise UsageError(mark("--audience youth needs --child NAME (the child's nickname)."))
        if args.include_log:
            raise UsageError(
                mark("A young person's plan never includes the conversation log or the concerns.")
            )
    elif args.child:
        raise UsageError(mark("--child is for --audience youth."))


# -- what each export tells the person -------------------------------------------------------


def _said(exported: Exported) -> str:
    if exported.format == "pdf":
        if exported.pages == 1:
            return said("a PDF of 1 page")
        return said("a PDF of {pages} pages", pages=exported.pages)
    if exported.format == "html":
        return said("the plan as a web page")
    if exported.format == "json":
        return said("a backup of the whole plan")
    count = exported.reminders
    # Neutral titles unless asked: a calendar is often shared or shown on a lock screen.
    if exported.calendar_titles:
        if count == 1:
            return said("1 reminder as a calendar file (with its title)")
        return said("{count} reminders as a calendar file (with their titles)", count=count)
    if count == 1:
        return said("1 reminder as a calendar file (titles left out)")
    return said("{count} reminders as a calendar file (titles left out)", count=count)


def _draw_pdf(layouts: PdfLayouts, path: Path, paper: str, *, title: str, lang: str) -> int:
    from planner.render.pdf import write_fitted_pdf  # Qt is loaded only for a PDF

    return write_fitted_pdf(layouts, path, paper, title=title, lang=lang)


def _choice(plan: PlanFile, args: argparse.Namespace) -> ExportChoice:
    from planner.core.export.to_file import ExportChoice, child_named

    child_id = None
    if args.audience == "youth":
        with plan.unit_of_work() as session:
            child_id = child_named(session, args.child)
    return ExportChoice(
        args.format,
        child_id=child_id,
        include_log=bool(args.include_log),
        calendar_titles=bool(args.with_titles),
    )
