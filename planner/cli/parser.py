"""The program's argument parser: the window by default, subcommands for scripting."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from planner.cli.common import add_plan_options
from planner.cli.language import said
from planner.core.i18n import mark

# Each subcommand's module registers its own parser. Only the ones a command line names are
# imported: opening the window (no command) imports none of them, which keeps the unlock
# screen quick. The others are listed by name, so that a mistyped command is still answered
# with the list of commands.
COMMANDS = ("demo", "check", "catalog", "content", "reminders", "export", "backup")
# `backup` registers both of these.
PARSERS_OF = {"backup": ("backup", "restore")}
HELP_FLAGS = ("-h", "--help")

EPILOG = mark("""exit codes:
  0  done
  1  a bug in the planner (the message says where the technical log is)
  2  the command was not written correctly, or what it was given (such as a backup file)
     cannot be used, or no screen to show the window on
  3  wrong passphrase, or the file is damaged or not a plan
  4  the plan was made by a newer version of the planner
  5  the plan is open in another window or program
  6  a file system problem: missing file or folder, read-only folder, full disk
""")


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for this command line (`argv` without the program's name)."""
    parser = argparse.ArgumentParser(
        prog="family-safety-planner",
        description=said(
            "An offline safety plan for your family. With no command, opens the window."
        ),
        epilog=said(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_plan_options(parser, in_subcommand=False)
    parser.add_argument(
        "--tray",
        action="store_true",
        help=said(
            "start quietly in the system tray, to show reminders (used when starting at login)"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=said("COMMAND"))
    wanted = set(argv)
    everything = any(flag in wanted for flag in HELP_FLAGS)
    for command in COMMANDS:
        names = PARSERS_OF.get(command, (command,))
        if everything or wanted.intersection(names):
            importlib.import_module(f"planner.cli.{command}").register(subparsers)
        else:
            for name in names:
                subparsers.add_parser(name)
    return parser
