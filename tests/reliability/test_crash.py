"""Committed actions survive a crash: a writer process is killed (SIGKILL) at random moments.

The writer (crash_writer.py) makes real writes through the services, each its own unit of work,
and logs each one after its COMMIT. After every kill the plan is reopened as the app would open
it, `PRAGMA integrity_check` must pass, and every logged write must be there. The quick run kills
each kind of plan 6 times; `make test-long` kills each 50 times. The figures of the last run go
to $FSP_RELIABILITY_FIGURES (default /tmp/fsp-reliability) for docs/reliability.md.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from planner.core.errors import PlannerError
from planner.core.plans import PlanFile
from planner.core.services import apps, children, concerns, conversations, reminders
from tests.conftest import PASSPHRASE
from tests.reliability.crash_writer import Entry, prepare

REPO = Path(__file__).resolve().parents[2]
FIGURES = Path(os.environ.get("FSP_RELIABILITY_FIGURES", "/tmp/fsp-reliability"))
KINDS = {"plain": ("demo_plan_path", None), "protected": ("protected_plan_path", PASSPHRASE)}
QUICK_KILLS = 6
LONG_KILLS = 50
# The kill comes this long (seconds, drawn from a seeded generator) after the writer is ready.
LONGEST_DELAY = 0.3

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to crash the writer"
)


def run_writer_until_killed(
    plan: Path, passphrase: str | None, log: Path, first: int, delay: float
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_writer", str(plan), str(log), str(first)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        text=True,
    )
    assert writer.stdin and writer.stdout and writer.stderr
    with writer, writer.stdin, writer.stdout, writer.stderr:
        writer.stdin.write(f"{passphrase or ''}\n")
        writer.stdin.flush()
        if writer.stdout.readline() != "ready\n":
            writer.wait()
            pytest.fail(f"the writer did not start: {writer.stderr.read()}")
        time.sleep(delay)  # a random moment, not a timed assertion
        writer.kill()
        writer.wait()
        errors = writer.stderr.read()
    assert writer.returncode == -signal.SIGKILL, errors  # it was writing, not failing


def read_log(log: Path) -> list[Entry]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines()]


def lost_writes(session: Session, entries: list[Entry]) -> list[Entry]:
    """Logged writes the plan does not hold (an update may be newer than its last log line)."""
    lost = [entry for entry in entries if not _holds(session, entry)]
    updates = [e for e in entries if e["kind"] == "setting_update"]
    if updates:
        notes = apps.list_settings(session)
        current = next(s.notes for s in notes if s.id == updates[-1]["id"])
        if current < updates[-1]["value"]:
            lost.append(updates[-1])
    completed = Counter(e["id"] for e in entries if e["kind"] == "completion")
    for reminder_id, logged in completed.items():
        held = len(reminders.completions(session, reminder_id))
        lost += [{"kind": "completion", "id": reminder_id}] * max(0, logged - held)
    return lost


def _holds(session: Session, entry: Entry) -> bool:
    kind, row_id, value = entry["kind"], entry["id"], entry["value"]
    try:
        if kind == "child":
            return children.get_child(session, row_id).notes == value
        if kind == "device":
            return any(d.id == row_id and d.notes == value for d in children.list_devices(session))
        if kind == "app_use":
            return apps.get_app_use(session, row_id).purpose == value
        if kind == "setting":
            return any(
                s.id == row_id and s.custom_title == value for s in apps.list_settings(session)
            )
        if kind == "conversation":
            return conversations.get_conversation(session, row_id).said == value
        if kind == "concern":
            return concerns.get_concern(session, row_id).what_happened == value
    except PlannerError:
        return False
    return True  # updates and completions are checked as a whole by lost_writes


def crash_many_times(kind: str, kills: int, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    fixture, passphrase = KINDS[kind]
    plan_path: Path = request.getfixturevalue(fixture)
    with PlanFile.open(plan_path, passphrase) as plan, plan.unit_of_work() as session:
        prepare(session)
    log = tmp_path / "committed.log"
    rng = random.Random(f"{kind}-{kills}")
    figures: dict[str, Any] = {"plan": kind, "kills": 0, "integrity_failures": 0, "lost_writes": 0}
    for round_number in range(kills):
        delay = rng.uniform(0.0, LONGEST_DELAY)
        run_writer_until_killed(plan_path, passphrase, log, round_number * 1_000_000, delay)
        figures["kills"] += 1
        entries = read_log(log)
        with PlanFile.open(plan_path, passphrase) as plan:  # opening runs quick_check too
            figures["integrity_failures"] += bool(plan.integrity_problems())
            with plan.unit_of_work() as session:
                figures["lost_writes"] += len(lost_writes(session, entries))
    figures["writes_committed"] = len(read_log(log))
    figures["date"] = dt.date.today().isoformat()
    FIGURES.mkdir(parents=True, exist_ok=True)
    (FIGURES / f"crash-{kind}-{kills}.json").write_text(json.dumps(figures, indent=2) + "\n")

    assert figures["integrity_failures"] == 0, figures
    assert figures["lost_writes"] == 0, figures
    assert figures["writes_committed"] >= kills, figures  # the kills did land amid writing


@pytest.mark.parametrize("kind", KINDS)
def test_committed_writes_survive_a_few_kills(kind, request, tmp_path):
    crash_many_times(kind, QUICK_KILLS, request, tmp_path)


@pytest.mark.long
@pytest.mark.parametrize("kind", KINDS)
def test_committed_writes_survive_many_kills(kind, request, tmp_path):
    crash_many_times(kind, LONG_KILLS, request, tmp_path)
