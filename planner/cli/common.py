"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli.language import said
from planner.core.errors import PassphraseRequiredError
from planner.options import plan_path, read_passphrase

if TYPE_CHECKING:
    from planner.core.plans import PlanFile

__all__ = ["add_plan_options", "open_plan", "plan_path", "read_passphrase"]


def add_plan_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    """--plan, --data-dir and --passphrase-stdin, accepted before or after the subcommand."""
    # In a subcommand, a missing option must not overwrite what was given before it.
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument(
        "--plan", metavar=said("PATH"), default=default, help=said("the plan file to use")
    )
    parser.add_argument(
        "--data-dir",
        metavar=said("FOLDER"),
        default=default,
        help=said("where the planner keeps its files (default: the system's data folder)"),
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS if in_subcommand else False,
        help=said("read the plan's passphrase from the first line of standard input"),
    )


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
