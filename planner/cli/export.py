"""`export`: the plan as a PDF or HTML summary (for the family or one young person), or as a
JSON backup. Every export is a plain, unencrypted file, and the command says so.

A new format is one more entry in WRITERS: `--format` offers whatever is there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.common import add_plan_options, open_plan
from planner.cli.language import said
from planner.core.errors import FileSystemError, UsageError
from planner.core.i18n import mark

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.core.export.html import ViewModel
    from planner.core.plans import PlanFile

# Writes the export of an open plan to a path (atomically) and returns what to tell the person.
Writer = Callable[["PlanFile", argparse.Namespace, Path], str]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the plan as a PDF or HTML summary, or a JSON backup",
        description="Export the plan: a printable summary for the family or for one young "
        "person (PDF or HTML), or the whole plan as a JSON backup. Exported files are NOT "
        "encrypted.",
    )
    add_plan_options(parser, in_subcommand=True)
    parser.add_argument("--format", required=True, choices=sorted(WRITERS))
    parser.add_argument(
        "--audience",
        choices=("family", "youth"),
        help="family (default): the whole plan for the adults; youth: one child's own plan",
    )
    parser.add_argument("--child", metavar="NAME", help="the child's nickname (with youth)")
    parser.add_argument(
        "--include-log",
        action="store_true",
        help="add the conversation log and the concerns (family only)",
    )
    add_output_options(parser)
    parser.set_defaults(run=run)


def add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace) -> int:
    _check_options(args)
    out = output_path(args)
    with open_plan(args) as plan:
        written = WRITERS[args.format](plan, args, out)
    print(said("Wrote {written} to {out}.", written=written, out=out))
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
    if args.format not in ("pdf", "html"):
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
            raise UsageError("--audience youth needs --child NAME (the child's nickname).")
        if args.include_log:
            raise UsageError(
                "A young person's plan never includes the conversation log or the concerns."
            )
    elif args.child:
        raise UsageError("--child is for --audience youth.")


# -- writers ---------------------------------------------------------------------------------


def _write_pdf(plan: PlanFile, args: argparse.Namespace, out: Path) -> str:
    from planner.core.export.html import render_html
    from planner.render.pdf import write_pdf

    view = _view_model(plan, args)
    html = render_html(view, for_pdf=True)
    pages = write_pdf(html, out, view.cover.paper, lang=view.cover.language)
    return said("a PDF of 1 page") if pages == 1 else said("a PDF of {pages} pages", pages=pages)


def _write_html(plan: PlanFile, args: argparse.Namespace, out: Path) -> str:
    from planner.core.export.files import write_text_atomically
    from planner.core.export.html import render_html

    write_text_atomically(out, render_html(_view_model(plan, args), for_pdf=False))
    return said("the plan as a web page")


def _write_json(plan: PlanFile, _args: argparse.Namespace, out: Path) -> str:
    from planner.core.backup import save_backup

    with plan.unit_of_work() as session:
        save_backup(session, out)
    return said("a backup of the whole plan")


def _write_ics(plan: PlanFile, _args: argparse.Namespace, out: Path) -> str:
    from planner.core.export.ics import write_ics

    # Neutral titles: a calendar is often shared or shown on a lock screen.
    with plan.unit_of_work() as session:
        count = write_ics(session, out)
    if count == 1:
        return said("1 reminder as a calendar file (titles left out)")
    return said("{count} reminders as a calendar file (titles left out)", count=count)


WRITERS: dict[str, Writer] = {
    "pdf": _write_pdf,
    "html": _write_html,
    "json": _write_json,
    "ics": _write_ics,
}


def _view_model(plan: PlanFile, args: argparse.Namespace) -> ViewModel:
    from planner.core.catalog import load_catalog
    from planner.core.export.summary import family_summary
    from planner.core.export.youth import youth_summary

    catalog = load_catalog()
    with plan.unit_of_work() as session:
        if args.audience == "youth":
            return youth_summary(session, catalog, _child_id(session, args.child))
        return family_summary(session, catalog, include_log=args.include_log)


def _child_id(session: Session, nickname: str) -> int:
    from planner.core.services.children import list_children

    kids = list_children(session)
    for kid in kids:
        if kid.nickname.casefold() == nickname.strip().casefold():
            return kid.id
    names = ", ".join(kid.nickname for kid in kids) or said("none yet")
    raise UsageError(
        mark("This plan has no child called {nickname}. Its children are: {names}."),
        nickname=repr(nickname),
        names=names,
    )
