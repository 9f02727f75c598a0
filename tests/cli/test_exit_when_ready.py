"""FAMILY_SAFETY_PLANNER_EXIT_WHEN_READY=1: the window comes up, then the program ends by itself.

Benchmarks time start-up with it, and it is a smoke test of the window: these tests check that
the program really reaches its first screen and leaves the plan as it found it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from planner.core.plans import PlanFile


def start_window(
    plan: Path, home: Path, *extra: str, stdin: str = "", ready: str = "1"
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FAMILY_SAFETY_PLANNER_EXIT_WHEN_READY": ready,
    }
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(home), "--plan", str(plan), *extra],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_plain_plan_opens_its_window_and_the_program_ends_cleanly(demo_plan_path, tmp_path):
    result = start_window(demo_plan_path, tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    # The plan was closed properly: it opens again, with the demo family still in it.
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        from planner.core.services.children import list_children

        assert [child.nickname for child in list_children(session)]


def test_a_protected_plan_stops_at_the_unlock_screen_untouched(protected_plan_path, tmp_path):
    before = digest(protected_plan_path)
    result = start_window(protected_plan_path, tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert digest(protected_plan_path) == before


def test_a_protected_plan_given_its_passphrase_opens_the_window(protected_plan_path, tmp_path):
    from tests.conftest import PASSPHRASE

    result = start_window(
        protected_plan_path, tmp_path / "home", "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with PlanFile.open(protected_plan_path, PASSPHRASE):
        pass  # closed cleanly, and still opens with its passphrase


def test_opening_the_window_on_a_plan_and_closing_it_changes_nothing_in_the_file(
    demo_plan_path, tmp_path
):
    """Merely looking at a plan must not rewrite it: a copy, a sync tool or the person's own
    "was this changed?" check would otherwise see a change nobody made."""
    os.utime(demo_plan_path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = (digest(demo_plan_path), demo_plan_path.stat().st_mtime_ns)
    # "settled": what runs after the first screen (the check, the contacts' sync) runs too.
    result = start_window(demo_plan_path, tmp_path / "home", ready="settled")
    assert result.returncode == 0, result.stderr
    assert (digest(demo_plan_path), demo_plan_path.stat().st_mtime_ns) == before


FIRST_SCREEN_MODULES = """
import sys
from planner.app import main
code = main(sys.argv[1:])
print(sorted({name.split(".")[0] for name in sys.modules} & {"sqlalchemy", "alembic", "jinja2"}))
sys.exit(code)
"""


def test_the_filled_overview_is_shown_before_the_orm_is_loaded(demo_plan_path, tmp_path):
    """The first screen reads with plain SQL: SQLAlchemy comes after it (or at the first edit)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FAMILY_SAFETY_PLANNER_EXIT_WHEN_READY": "1",
    }
    args = ["--data-dir", str(tmp_path / "home"), "--plan", str(demo_plan_path)]
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_MODULES, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
    settled = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_MODULES, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**env, "FAMILY_SAFETY_PLANNER_EXIT_WHEN_READY": "settled"},
    )
    assert settled.returncode == 0, settled.stderr
    assert settled.stdout == "['sqlalchemy']\n"  # loaded once the overview is on screen
