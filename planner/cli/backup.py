"""`backup` and `restore`: the whole plan as a JSON file, and a new plan made from one.

A backup is a plain, unencrypted file (the command says so). Restoring checks the whole file
before anything is created, and never writes over an existing plan.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.common import add_plan_options, open_plan, plan_path, read_passphrase
from planner.cli.export import add_output_options, output_path, warn_unencrypted
from planner.cli.language import NOT_PROTECTED, PROTECTED, said


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=said("write the whole plan to a JSON file"),
        description=said("Write the whole plan to a JSON backup file. The file is NOT encrypted."),
    )
    add_plan_options(backup, in_subcommand=True)
    add_output_options(backup)
    backup.set_defaults(run=run_backup)
    restore = subparsers.add_parser(
        "restore",
        help=said("make a new plan from a JSON backup"),
        description=said(
            "Check a JSON backup and make a new plan file from it (--plan NEWPATH). "
            "With --passphrase-stdin, the new plan is protected with that passphrase."
        ),
    )
    add_plan_options(restore, in_subcommand=True)
    restore.add_argument("--from", dest="source", metavar=said("FILE"), required=True)
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from planner.core.json_backup import save_backup

    out = output_path(args)
    with open_plan(args) as plan, plan.unit_of_work() as session:
        save_backup(session, out)
    print(said("Wrote a backup of the whole plan to {out}.", out=out))
    warn_unencrypted(out)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from planner.core.json_backup import read_backup, restore_backup

    document = read_backup(Path(args.source).expanduser())  # refuses a bad file before anything
    path = plan_path(args, make_default_folder=True)
    passphrase = read_passphrase(args)
    restore_backup(document, path, passphrase)
    protection = said(PROTECTED) if passphrase else said(NOT_PROTECTED)
    print(
        said(
            "Restored the backup into a new plan at {path} ({protection}).",
            path=path,
            protection=protection,
        ),
        file=sys.stdout,
    )
    return 0
