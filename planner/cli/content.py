"""`content`: which safety information the planner uses, and updating it from a file.

`content status` says the version in use and when it was checked; `content import FILE` checks
a signed pack from a USB stick, shows every change (changed phone numbers and addresses first)
and applies it once the person says yes (or with --yes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.language import said
from planner.paths import AppPaths

if TYPE_CHECKING:
    from planner.core.content_packs.store import ContentInUse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "content",
        help=said("show the safety information in use, or update it from a signed file"),
        description=said(
            "Show which safety information (apps, contacts, guidance) the planner "
            "uses, or update it from a signed file made by the planner's makers, for a computer "
            "that never goes online."
        ),
    )
    actions = parser.add_subparsers(dest="content_action", metavar=said("ACTION"), required=True)
    status = actions.add_parser("status", help=said("the version in use and when it was checked"))
    status.set_defaults(run=run_status)
    update = actions.add_parser("import", help=said("update from a signed file (a USB stick)"))
    update.add_argument("file", metavar=said("FILE"), help=said("the update file (.fspack)"))
    update.add_argument("--yes", action="store_true", help=said("apply without asking"))
    update.set_defaults(run=run_import)


def run_status(args: argparse.Namespace) -> int:
    from planner.core.content_packs.store import content_in_use

    print(describe(content_in_use(AppPaths.resolve(args.data_dir).content_dir), dt.date.today()))
    return 0


def describe(content: ContentInUse, today: dt.date) -> str:
    from planner.core.content_packs.store import BUILT_IN

    where = "built into this planner" if content.source == BUILT_IN else "imported from a file"
    lines = [
        f"Safety information {content.version.text} ({where}), checked on "
        f"{content.checked.isoformat()}: {len(content.catalog.apps)} apps, "
        f"{len(content.catalog.countries)} countries."
    ]
    if content.test_key:
        lines.append("It is signed with a TEST key, not the planner's makers' key.")
    for version in content.refused:
        lines.append(
            f"The imported update {version} is not used: its file was changed or damaged after "
            "it was imported. Import the update file again."
        )
    if content.is_stale(today):
        lines.append(
            "It is more than a year old: apps change their settings often. Ask the planner's "
            "makers or your organisation for a newer update file."
        )
    return "\n".join(lines)


def run_import(args: argparse.Namespace) -> int:
    from planner.core.content_packs.store import apply_import, prepare_import

    store = AppPaths.resolve(args.data_dir).content_dir
    pending = prepare_import(Path(args.file).expanduser(), store, "en")
    print(
        f"This update is version {pending.pack.version.text}, checked on "
        f"{pending.pack.checked.isoformat()}."
    )
    if pending.test_key:
        print(
            "It is signed with a TEST key, not by the planner's makers: apply it only to try "
            "the planner, never on a computer that families use."
        )
    print("It changes:")
    for line in pending.changes or ():
        print(f"  {'!! ' if line.important else '   '}{line.text}")
    if not pending.changes:
        print("     nothing that people see (only its version and date)")
    if not args.yes and not _confirmed():
        print("Nothing was changed.")
        return 0
    apply_import(pending, store)
    print(f"The planner now uses safety information {pending.pack.version.text}.")
    return 0


def _confirmed() -> bool:
    print("Apply this update? [y/N] ", end="", flush=True)
    line = sys.stdin.readline()
    if not line.endswith("\n"):
        print()  # no answer (end of input): the next words start on their own line
    return line.strip().lower() in ("y", "yes", "s", "si", "sí")
