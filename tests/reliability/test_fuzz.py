"""Generated input (hypothesis): nothing but a PlannerError may come out, and nothing half-made
may be left behind.

Backups: a real demo backup with random values put in its fields, and with random damage
(keys deleted, wrong types, huge numbers, odd text), go through parse_backup and, when accepted,
restore_backup into a new plan. Services: generated names, years, contact fields, conversation
text and reminder rules go through the services on a real plan, each in its own unit of work.
The quick run is derandomized (the same cases every time, so CI is stable); the long run draws
new ones.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.errors import PlannerError
from planner.core.json_backup import backup_document, backup_json, parse_backup, restore_backup
from planner.core.plans import PlanFile
from planner.core.services import children, contacts, conversations, reminders

QUICK = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
LONG = settings(QUICK, max_examples=1000, derandomize=False)
# Restoring builds a whole plan (every migration), so accepted backups are tried fewer times.
QUICK_RESTORES = settings(QUICK, max_examples=40)
LONG_RESTORES = settings(LONG, max_examples=300)

ODD_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60
) | st.sampled_from(["", " ", "\x00", "\u202e", "👧🏽" * 50, "x" * 1_000_001, "<b>&amp;</b>"])
HUGE = st.sampled_from([2**63, -(2**63) - 1, 10**30, 2**31, -1, 0])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | HUGE | st.floats(allow_nan=False) | ODD_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD_TEXT, inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def demo_document(templates: dict[str, Path]) -> dict[str, Any]:
    with PlanFile.open(templates["demo"]) as plan, plan.unit_of_work() as session:
        return backup_document(session)


def places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key and list position in a document, as paths from the top."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += places(item, (*path, index))
    return found


def damage(document: dict[str, Any], path: tuple[Any, ...], kind: str, new: Any) -> None:
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if kind == "delete":
        del parent[last]
    elif kind == "replace":
        parent[last] = copy.deepcopy(new)  # never the same list twice: that would be a cycle
    else:  # "wrap": the right value inside the wrong type
        parent[last] = [parent[last]]


def try_restore(document: dict[str, Any], folder: Path) -> None:
    """Through the real JSON text: a refusal must be a PlannerError and leave no file."""
    target = folder / "restored.plan"
    try:
        restore_backup(parse_backup(backup_json(document)), target, None)
    except PlannerError:
        assert list(folder.iterdir()) == []
        return
    with PlanFile.open(target) as plan:
        assert plan.integrity_problems() == []
    shutil.rmtree(folder)
    folder.mkdir()


@pytest.mark.parametrize("run", [QUICK, pytest.param(LONG, marks=pytest.mark.long)])
def test_damaged_backups_are_refused_plainly(run, demo_document, tmp_path):
    @run
    @given(data=st.data(), kind=st.sampled_from(["delete", "replace", "wrap"]), new=JSON_VALUES)
    def check(data: st.DataObject, kind: str, new: Any) -> None:
        document = copy.deepcopy(demo_document)
        for _ in range(data.draw(st.integers(1, 3), label="damages")):
            spots = places(document)
            if not spots:
                break
            damage(document, data.draw(st.sampled_from(spots), label="where"), kind, new)
        try_restore(document, tmp_path / "out")

    (tmp_path / "out").mkdir()
    check()


@pytest.mark.parametrize(
    "run", [QUICK_RESTORES, pytest.param(LONG_RESTORES, marks=pytest.mark.long)]
)
def test_backups_with_random_values_restore_or_are_refused(run, demo_document, tmp_path):
    """The structure stays right; only the values of fields (texts, numbers, dates) change."""
    leaves = [
        p for p in places(demo_document) if not isinstance(_at(demo_document, p), dict | list)
    ]

    @run
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        document = copy.deepcopy(demo_document)
        for path in data.draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=5)):
            old = _at(document, path)
            new = data.draw(_like(old), label=str(path))
            damage(document, path, "replace", new)
        try_restore(document, tmp_path / "out")

    (tmp_path / "out").mkdir()
    check()


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _like(old: Any) -> st.SearchStrategy[Any]:
    """A value of the same JSON type, or now and then null."""
    if isinstance(old, bool):
        return st.booleans() | st.none()
    if isinstance(old, int):
        return st.integers() | HUGE | st.none()
    if isinstance(old, str):
        moments = st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31))
        return ODD_TEXT | moments.map(lambda d: d.isoformat()) | st.dates().map(str) | st.none()
    return JSON_VALUES


# -- services -------------------------------------------------------------------------------


def _attempt(plan: PlanFile, action: Any) -> None:
    try:
        with plan.unit_of_work() as session:
            action(session)
    except PlannerError:
        pass


@pytest.mark.parametrize("run", [QUICK, pytest.param(LONG, marks=pytest.mark.long)])
def test_generated_children_and_contacts_are_saved_or_refused(run, empty_plan_path, catalog):
    plan = PlanFile.open(empty_plan_path)

    @run
    @given(
        name=ODD_TEXT,
        year=st.integers() | HUGE,
        notes=ODD_TEXT,
        contact=st.builds(contacts.ContactInput, kind=ODD_TEXT | st.just("trusted_adult"),
                          name=ODD_TEXT, phone=ODD_TEXT, web=ODD_TEXT, notes=ODD_TEXT),
        said=ODD_TEXT,
    )  # fmt: skip
    def check(name: str, year: int, notes: str, contact: Any, said: str) -> None:
        _attempt(plan, lambda s: children.add_child(s, name, year, notes=notes))
        _attempt(plan, lambda s: contacts.add_contact(s, contact))
        _attempt(
            plan,
            lambda s: conversations.save_conversation(
                s, catalog, held_on=dt.date(2026, 1, 2),
                child_ids=[c.id for c in children.list_children(s)][:1], said=said,
            ),
        )  # fmt: skip

    with plan:
        check()
        assert plan.integrity_problems() == []


RULE_PARTS = st.sampled_from(
    ["FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY", "FREQ=HOURLY", "FREQ=SECONDLY",
     "INTERVAL=0", "INTERVAL=2", "INTERVAL=99999999999", "COUNT=0", "COUNT=3", "BYDAY=MO,FR",
     "BYDAY=9XX", "BYMONTHDAY=31", "BYMONTHDAY=-1", "BYSETPOS=400", "UNTIL=19990101T000000",
     "UNTIL=20300101T000000Z", "UNTIL=garbage", "WKST=SU", "RRULE:FREQ=DAILY", ""]
)  # fmt: skip


@pytest.mark.parametrize("run", [QUICK, pytest.param(LONG, marks=pytest.mark.long)])
def test_generated_reminder_rules_are_saved_or_refused(run, empty_plan_path):
    plan = PlanFile.open(empty_plan_path)

    @run
    @given(
        parts=st.lists(RULE_PARTS, max_size=4),
        noise=ODD_TEXT,
        title=ODD_TEXT,
        start=st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(9999, 1, 1)),
    )
    def check(parts: list[str], noise: str, title: str, start: dt.datetime) -> None:
        for rule in (";".join(parts), noise):
            data = reminders.ReminderInput(title=title or "Check", rule=rule, starts_at=start)
            _attempt(plan, lambda s, data=data: reminders.add_reminder(s, data))

    with plan:
        check()
        assert plan.integrity_problems() == []


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**30])
def test_a_number_too_large_for_the_database_is_refused_in_every_field(
    number, demo_document, tmp_path
):
    """Found by this file's fuzzing: a huge birth year once got through to the database."""
    numbers = [p for p in places(demo_document) if type(_at(demo_document, p)) is int]
    assert len(numbers) > 50
    (tmp_path / "out").mkdir()
    for path in numbers:
        document = copy.deepcopy(demo_document)
        damage(document, path, "replace", number)
        try_restore(document, tmp_path / "out")
