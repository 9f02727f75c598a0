"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.errors import FileSystemError, PassphraseRequiredError, UsageError
from planner.core.i18n import mark
from planner.paths import AppPaths

if TYPE_CHECKING:
    from planner.core.plans import PlanFile


def add_plan_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    """--plan, --data-dir and --passphrase-stdin, accepted before or after the subcommand."""
    # In a subcommand, a missing option must not overwrite what was given before it.
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument("--plan", metavar="PATH", default=default, help="the plan file to use")
    parser.add_argument(
        "--data-dir",
        metavar="FOLDER",
        default=default,
        help="where the planner keeps its files (default: the system's data folder)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if in_subcommand else False,
        help="read the plan's passphrase from the first line of standard input",
    )


def plan_path(args: argparse.Namespace, *, make_default_folder: bool = False) -> Path:
    """--plan, or the default plan in the data folder (whose folder a new plan may create)."""
    if args.plan:
        return Path(args.plan).expanduser()
    default = AppPaths.resolve(args.data_dir).default_plan
    if make_default_folder:
        try:
            default.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise FileSystemError(
                mark("The planner cannot create its folder {folder}: {reason}."),
                folder=default.parent,
                reason=error.strerror,
            ) from error
    return default


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The first line of standard input, when --passphrase-stdin was given (never argv)."""
    if not args.passphrase_stdin:
        return None
    line = sys.stdin.readline()
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise UsageError("--passphrase-stdin was given, but standard input had no passphrase.")
    return passphrase


def open_plan(args: argparse.Namespace) -> PlanFile:
    """Open the plan named by the options; a protected plan needs --passphrase-stdin."""
    from planner.core.plans import PlanFile

    try:
        return PlanFile.open(plan_path(args), read_passphrase(args))
    except PassphraseRequiredError as error:
        raise PassphraseRequiredError(
            "This plan is protected with a passphrase (or the file is damaged). "
            "Give the passphrase on standard input with --passphrase-stdin."
        ) from error
