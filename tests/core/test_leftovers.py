"""What a killed planner leaves beside plans is removed by the next open: the plan's own
hidden files, a killed create of another plan (its lock free), and `.part` files an hour old;
never a file that is still being written."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from planner.core.filelock import PlanLock
from planner.core.plans import PlanFile


def test_the_next_open_removes_what_a_kill_left(templates, tmp_path):
    plan = Path(shutil.copy2(templates["demo"], tmp_path / "family.plan"))
    left = [
        tmp_path / ".family.plan.creating-journal",
        tmp_path / ".family.plan.closing-wal",
        tmp_path / ".other.plan.creating",
        tmp_path / ".other.plan.creating-journal",
        tmp_path / ".family-backup.json.k3j2.part",
    ]
    for path in left:
        path.write_bytes(b"Maya is at the Elm St shelter")
    hour_ago = time.time() - 3700
    os.utime(left[-1], (hour_ago, hour_ago))

    PlanFile.open(plan).close()

    assert [path for path in left if path.exists()] == []


def test_files_still_being_written_are_left_alone(templates, tmp_path):
    plan = Path(shutil.copy2(templates["demo"], tmp_path / "family.plan"))
    being_created = tmp_path / ".other.plan.creating"
    being_written = tmp_path / ".family-backup.json.k3j2.part"
    for path in (being_created, being_written):
        path.write_bytes(b"in progress")
    creating = PlanLock(tmp_path / "other.plan")
    creating.acquire()  # another window is creating other.plan
    try:
        PlanFile.open(plan).close()
    finally:
        creating.release()

    assert being_created.exists() and being_written.exists()
