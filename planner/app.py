"""The one place that wires the parts: arguments -> paths -> plan -> window or subcommand."""

from __future__ import annotations

import argparse
import os
import sys

from planner.cli.language import said, speak, system_language
from planner.cli.parser import build_parser
from planner.core.errors import PlannerError
from planner.core.i18n import mark
from planner.errorlog import log_bug
from planner.paths import AppPaths

NO_DISPLAY_MESSAGE = mark(
    """There is no screen to show the planner's window on (no display was found).
From a terminal you can still use:
  family-safety-planner demo --plan PATH     create a sample plan
  family-safety-planner check --plan PATH    check a plan and count what it holds
  family-safety-planner catalog              list the apps the planner knows
  family-safety-planner reminders --plan PATH  list the reminders and what is due
  family-safety-planner export --plan PATH --format pdf --out FILE
                                             print the plan to a PDF file
Run `family-safety-planner --help` for everything."""
)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    speak(system_language())
    args = build_parser(argv).parse_args(argv)
    try:
        AppPaths.resolve(getattr(args, "data_dir", None)).make_private()
        if args.command is None:
            return _run_window(args)
        return int(args.run(args))
    except PlannerError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): what it wanted, it got. Silence the rest.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug: say so plainly, keep the details in the log
        return _report_bug(args, error)


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _run_window(args: argparse.Namespace) -> int:
    if not has_display():
        print(said(NO_DISPLAY_MESSAGE), file=sys.stderr)
        return 2
    _preload_first_screen(args)
    from planner.ui.launch import run_window

    return run_window(args)


def _preload_first_screen(args: argparse.Namespace) -> None:
    """Import what the plan's first screen reads with before Qt, when the plan opens at once.

    Once PySide6 is imported, it reads the source of every module imported after it (to look for
    its `__feature__` switches): loading these first is quicker and keeps that text out of memory.
    They are light on purpose: the overview is read with plain SQL, and SQLAlchemy is loaded
    only after the first screen is shown. A plan that asks for its passphrase first shows the
    unlock screen without any of it.
    """
    from planner.core import crypto
    from planner.options import plan_path

    try:
        header = crypto.read_header(plan_path(args))
    except OSError:
        return  # no plan yet (the welcome flow), or one the window will explain
    if crypto.header_is_plain(header) or args.passphrase_stdin:
        import planner.core.catalog  # noqa: F401
        import planner.core.overview_read  # noqa: F401
        import planner.core.plans  # noqa: F401


def _report_bug(args: argparse.Namespace, error: Exception) -> int:
    log_file = log_bug(AppPaths.resolve(getattr(args, "data_dir", None)).log_file, error)
    where = f" Technical details were written to {log_file}." if log_file else ""
    print(
        f"Something went wrong inside the planner: this is a bug, not something you did.{where}",
        file=sys.stderr,
    )
    return 1
