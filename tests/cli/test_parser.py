"""The argument parser loads a subcommand's module only when the command line names it."""

from __future__ import annotations

import subprocess
import sys

LOADED = (
    "import sys; from planner.cli.parser import build_parser; "
    "argv = sys.argv[1:]; build_parser(argv).parse_args(argv); "
    "print(sorted(m for m in sys.modules if m.startswith('planner.cli.')))"
)


def loaded_modules(*argv: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", LOADED, *argv], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_opening_the_window_loads_no_subcommand():
    # language.py gives the help its words; planner.app imports it before parsing anyway.
    expected = ["planner.cli.common", "planner.cli.language", "planner.cli.parser"]
    assert loaded_modules("--plan", "x.plan") == f"{expected}\n"


def test_a_subcommand_loads_its_own_module():
    assert "planner.cli.check" in loaded_modules("check", "--plan", "x.plan")
    restore = loaded_modules("restore", "--from", "in.json", "--plan", "x.plan")
    assert "planner.cli.backup" in restore
