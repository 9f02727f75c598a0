"""What the command line asked for about the plan: which file, and a passphrase on stdin.

Shared by the window's launch code and the subcommands (planner.cli), so neither imports the
other.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.core.errors import FileSystemError, UsageError
from planner.core.i18n import mark
from planner.paths import AppPaths


def plan_path(args: argparse.Namespace, *, make_default_folder: bool = False) -> Path:
    """--plan, or the default plan in the data folder (whose folder a new plan may create)."""
    if args.plan:
        return Path(args.plan).expanduser()
    paths = AppPaths.resolve(args.data_dir)
    default = paths.default_plan
    if make_default_folder:
        try:
            paths.make_folder(default.parent)
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
