"""The process that test_crash.py kills: real writes through the services, one unit of work each.

Run as `python -m tests.reliability.crash_writer PLAN LOG FIRST_SEQUENCE` with the plan's
passphrase (or an empty line) on standard input. It opens the plan, prints "ready", then writes
until it is killed. After each COMMIT it appends one JSON line to LOG naming what was committed,
and flushes it to disk (fsync) before the next write begins: every line in the log is a promise
that the plan must keep after a crash. A write committed but not yet logged may be in the plan
too; the checks allow for that.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from planner.core.catalog import Catalog, load_catalog
from planner.core.plans import PlanFile
from planner.core.services import apps, children, concerns, conversations, reminders
from planner.core.services.validate import LIMITS

# One committed write: what kind, which row, and the unique value it wrote.
Entry = dict[str, Any]
Write = Callable[[Session, Catalog, dict[str, int], str], list[Entry]]
TODAY = dt.date(2026, 1, 15)


def prepare(session: Session) -> dict[str, int]:
    """The rows the writes refer to, made once before the first crash."""
    child = children.add_child(session, "Base child", 2014)
    use = apps.add_app_use(session, load_catalog(), child.id, custom_name="Base app")
    setting = apps.add_setting(session, load_catalog(), use.id, custom_title="Base setting")
    reminder = reminders.add_reminder(
        session,
        reminders.ReminderInput(
            title="Daily check", rule="FREQ=DAILY", starts_at=dt.datetime(2026, 1, 1, 9, 0)
        ),
    )
    return {"child": child.id, "setting": setting.id, "reminder": reminder.id}


def _add_child(
    session: Session, _catalog: Catalog, base: dict[str, int], value: str
) -> list[Entry]:
    # A plan holds at most LIMITS["children"]; a long run then adds devices (a limit of 500).
    if len(children.list_children(session)) >= LIMITS["children"]:
        device = children.add_device(session, base["child"], "tablet", notes=value)
        return [{"kind": "device", "id": device.id, "value": value}]
    child = children.add_child(session, f"Child {value}", 2015, notes=value)
    return [{"kind": "child", "id": child.id, "value": value}]


def _add_app(session: Session, catalog: Catalog, base: dict[str, int], value: str) -> list[Entry]:
    use = apps.add_app_use(
        session, catalog, base["child"], custom_name=f"App {value}", purpose=value
    )
    made = [{"kind": "app_use", "id": use.id, "value": value}]
    for n in range(2):
        setting = apps.add_setting(session, catalog, use.id, custom_title=f"{value} setting {n}")
        made.append({"kind": "setting", "id": setting.id, "value": setting.custom_title})
    return made


def _save_conversation(
    session: Session, catalog: Catalog, base: dict[str, int], value: str
) -> list[Entry]:
    talk = conversations.save_conversation(
        session, catalog, held_on=TODAY, child_ids=[base["child"]], said=value
    )
    return [{"kind": "conversation", "id": talk.id, "value": value}]


def _save_concern(
    session: Session, catalog: Catalog, base: dict[str, int], value: str
) -> list[Entry]:
    data = concerns.ConcernInput(occurred_on=TODAY, child_id=base["child"], what_happened=value)
    concern = concerns.save_concern(session, catalog, data)
    return [{"kind": "concern", "id": concern.id, "value": value}]


def _update_setting(
    session: Session, _catalog: Catalog, base: dict[str, int], value: str
) -> list[Entry]:
    apps.update_setting(session, base["setting"], state="agreed", last_checked=TODAY, notes=value)
    return [{"kind": "setting_update", "id": base["setting"], "value": value}]


def _complete_reminder(
    session: Session, _catalog: Catalog, base: dict[str, int], value: str
) -> list[Entry]:
    reminders.complete(session, base["reminder"], dt.datetime(2026, 1, 15, 10, 0))
    return [{"kind": "completion", "id": base["reminder"], "value": value}]


WRITES: tuple[Write, ...] = (
    _add_child,
    _add_app,
    _save_conversation,
    _save_concern,
    _update_setting,
    _complete_reminder,
)


def values(first: int) -> Iterator[str]:
    """Unique, increasing values: "000123" sorts after "000122", so updates can be ordered."""
    for number in itertools.count(first):
        yield f"{number:09d}"


def main(argv: list[str]) -> None:
    plan_path, log_path, first = Path(argv[0]), Path(argv[1]), int(argv[2])
    passphrase = sys.stdin.readline().rstrip("\n") or None
    catalog = load_catalog()
    plan = PlanFile.open(plan_path, passphrase)
    with plan.unit_of_work() as session:
        base = _base_rows(session)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    print("ready", flush=True)
    for write, value in zip(itertools.cycle(WRITES), values(first), strict=False):
        with plan.unit_of_work() as session:
            entries = write(session, catalog, base, value)
        # The unit of work has committed: only now is the write promised.
        os.write(log, "".join(json.dumps(entry) + "\n" for entry in entries).encode())
        os.fsync(log)


def _base_rows(session: Session) -> dict[str, int]:
    child = next(c for c in children.list_children(session) if c.nickname == "Base child")
    setting = next(s for s in apps.list_settings(session) if s.custom_title == "Base setting")
    reminder = reminders.list_reminders(session)[0]
    return {"child": child.id, "setting": setting.id, "reminder": reminder.id}


if __name__ == "__main__":
    main(sys.argv[1:])
