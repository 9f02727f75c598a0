"""A write-ahead log with a damaged frame in the middle: SQLite would apply the frames before
it and silently drop the later ones (then delete the log). `check` keeps a copy of the log and
says so, with exit code 3, instead of "Integrity: ok"."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from planner.core.wal import frames_beyond_damage
from tests.reliability.conftest import run_cli

WRITER = """
import os, sys
from pathlib import Path
from planner.core.plans import PlanFile
from planner.core.services import children

plan = PlanFile.open(Path(sys.argv[1]))
for number in range(10):
    with plan.unit_of_work() as session:
        children.add_child(session, f"Child {number}", 2014)
    if number == 6 and sys.argv[2:] == ["restart"]:
        # The log starts again from its beginning: older frames stay behind, with old salts.
        with plan.unit_of_work() as session:
            session.connection().exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
os._exit(0)  # as a crash: no close, so the changes stay in the log
"""
PAGE = 4096


def _plan_with_a_full_log(templates: dict[str, Path], folder: Path, *how: str) -> Path:
    plan = Path(shutil.copy2(templates["empty"], folder / "family.plan"))
    subprocess.run([sys.executable, "-c", WRITER, str(plan), *how], check=True, timeout=120)
    return plan


def _damage_frame(wal: Path, frame: int) -> None:
    with wal.open("r+b") as file:
        file.seek(32 + frame * (24 + PAGE) + 24 + 200)
        file.write(b"\xa5" * 64)


def test_an_intact_log_is_applied_and_check_says_ok(templates, tmp_path):
    plan = _plan_with_a_full_log(templates, tmp_path)
    assert frames_beyond_damage(plan.with_name("family.plan-wal")) == 0

    result = run_cli("check", "--plan", str(plan))

    assert result.returncode == 0, result.stderr
    assert "Integrity: ok" in result.stdout
    assert re.search(r"children\s+10\n", result.stdout), result.stdout


def test_a_log_that_started_again_is_intact(templates, tmp_path):
    # Frames of an earlier round of the log (other salts) are not changes SQLite drops.
    plan = _plan_with_a_full_log(templates, tmp_path, "restart")
    assert frames_beyond_damage(plan.with_name("family.plan-wal")) == 0

    result = run_cli("check", "--plan", str(plan))

    assert result.returncode == 0, result.stderr
    assert re.search(r"children\s+10\n", result.stdout), result.stdout


def test_a_damaged_log_is_kept_and_reported(templates, tmp_path):
    plan = _plan_with_a_full_log(templates, tmp_path)
    wal = plan.with_name("family.plan-wal")
    original = wal.read_bytes()
    _damage_frame(wal, 3)
    assert frames_beyond_damage(wal) > 0

    result = run_cli("check", "--plan", str(plan))

    assert result.returncode == 3, result.stdout + result.stderr
    assert "write-ahead log" in result.stderr
    assert "Traceback" not in result.stderr
    (kept,) = tmp_path.glob("family.plan-wal.*.damaged")
    assert str(kept) in result.stderr
    damaged = bytearray(original)
    damaged[32 + 3 * (24 + PAGE) + 24 + 200 : 32 + 3 * (24 + PAGE) + 24 + 264] = b"\xa5" * 64
    assert kept.read_bytes() == bytes(damaged)
