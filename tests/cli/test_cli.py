"""The command line as a person (or a shelter's script) uses it: a real subprocess."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.plans import PlanFile
from tests.read_only import read_only

DEMO_NAMES = (b"Maya", b"Leo", b"Alvarez", b"Rosa", b"FreeRobux")


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_plain_failure(result, code: int, words: str) -> None:
    assert result.returncode == code, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_demo_then_check_prints_the_counts(tmp_path):
    plan = tmp_path / "demo.plan"
    created = run("demo", "--plan", str(plan))
    assert created.returncode == 0, created.stderr
    checked = run("check", "--plan", str(plan))
    assert checked.returncode == 0, checked.stderr
    assert "Integrity: ok" in checked.stdout
    assert "  children            2" in checked.stdout
    assert "  concerns            1" in checked.stdout


def test_a_protected_demo_leaks_no_names_and_refuses_a_wrong_passphrase(tmp_path):
    plan = tmp_path / "safe.plan"
    created = run("demo", "--plan", str(plan), "--passphrase-stdin", stdin="s3cret pass\n")
    assert created.returncode == 0, created.stderr
    checked = run("check", "--plan", str(plan), "--passphrase-stdin", stdin="s3cret pass\n")
    assert checked.returncode == 0, checked.stderr
    assert "protected with a passphrase" in checked.stdout
    with PlanFile.open(plan, "s3cret pass") as opened:
        opened.make_backup()
    for file in tmp_path.iterdir():
        data = file.read_bytes()
        assert not any(name in data for name in DEMO_NAMES), file.name

    before = digest(plan)
    wrong = run("check", "--plan", str(plan), "--passphrase-stdin", stdin="wrong\n")
    assert_plain_failure(wrong, 3, "The passphrase is wrong, or the file is damaged.")
    missing = run("check", "--plan", str(plan))
    assert_plain_failure(missing, 3, "--passphrase-stdin")
    assert digest(plan) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty or cut short"),
        (os.urandom(8192), "protected with a passphrase (or the file is damaged)"),
    ],
    ids=["empty", "random-bytes"],
)
def test_files_that_are_not_plans_exit_3_untouched(tmp_path, content, words):
    plan = tmp_path / "bad.plan"
    plan.write_bytes(content)
    assert_plain_failure(run("check", "--plan", str(plan)), 3, words)
    assert plan.read_bytes() == content


def test_a_truncated_plan_exits_3_untouched(demo_plan_path):
    demo_plan_path.write_bytes(demo_plan_path.read_bytes()[:50_000])
    before = digest(demo_plan_path)
    assert_plain_failure(run("check", "--plan", str(demo_plan_path)), 3, "damaged")
    assert digest(demo_plan_path) == before


def test_a_plan_from_a_newer_version_exits_4(demo_plan_path):
    connection = sqlite3.connect(demo_plan_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = digest(demo_plan_path)
    assert_plain_failure(run("check", "--plan", str(demo_plan_path)), 4, "newer version")
    assert digest(demo_plan_path) == before


def test_a_plan_open_in_another_process_exits_5(demo_plan_path):
    with PlanFile.open(demo_plan_path):
        result = run("check", "--plan", str(demo_plan_path))
    assert_plain_failure(result, 5, "open in another window or program")


def test_file_system_problems_exit_6(tmp_path):
    assert_plain_failure(run("check", "--plan", str(tmp_path / "none.plan")), 6, "no plan")
    missing_folder = tmp_path / "a" / "b.plan"
    assert_plain_failure(run("check", "--plan", str(missing_folder)), 6, "does not exist")
    assert_plain_failure(run("check", "--plan", str(tmp_path)), 6, "is a folder")
    assert_plain_failure(run("demo", "--plan", str(tmp_path / "x" / "y.plan")), 6, "does not exist")


def test_a_read_only_folder_exits_6(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        assert_plain_failure(run("demo", "--plan", str(folder / "p.plan")), 6, "read-only")


def test_usage_errors_exit_2(tmp_path):
    result = run("no-such-command")
    assert result.returncode == 2
    empty = run("check", "--plan", str(tmp_path / "p.plan"), "--passphrase-stdin", stdin="")
    assert_plain_failure(empty, 2, "had no passphrase")


def test_the_default_plan_lives_in_the_data_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "FAMILY_SAFETY_PLANNER_HOME": str(home)}
    assert run("demo", env=env).returncode == 0
    assert (home / "plans" / "family.plan").is_file()
    other = tmp_path / "other"
    other.mkdir()
    assert run("demo", "--data-dir", str(other), env=env).returncode == 0
    assert (other / "plans" / "family.plan").is_file()


def test_without_a_display_the_window_explains_the_alternatives(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["FAMILY_SAFETY_PLANNER_HOME"] = str(tmp_path)
    result = run(env=env)
    assert result.returncode == 2
    assert "There is no screen to show the planner's window on" in result.stderr
    assert "family-safety-planner demo --plan PATH" in result.stderr
    assert "qt.qpa" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_help_documents_the_exit_codes():
    result = run("--help")
    assert result.returncode == 0
    for line in ("3  wrong passphrase", "4  the plan was made by a newer", "5  the plan is open"):
        assert line in result.stdout
