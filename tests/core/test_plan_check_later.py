"""The window opens a plan with its integrity check left until just after the first screen:
a damaged plan is still found before anything is written to it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from planner.core.errors import DamagedPlanError
from planner.core.overview_read import read_details
from planner.core.plans import PlanFile
from planner.core.services.children import add_child, list_children


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """Overwrite a page in the middle: the first pages (the schema, the plan's row) still read."""
    page = 4096
    with path.open("r+b") as file:
        file.seek(path.stat().st_size // page // 2 * page)
        file.write(b"\xa5" * page)


def test_a_damaged_plan_is_found_before_the_first_write(demo_plan_path):
    damage(demo_plan_path)
    before = digest(demo_plan_path)
    with PlanFile.open(demo_plan_path, check_later=True) as plan:
        with plan.reading() as connection:
            assert read_details(connection).name  # the first screen can be read...
        # ...but nothing is written.
        with pytest.raises(DamagedPlanError, match="damaged"), plan.unit_of_work() as session:
            add_child(session, "Sam", 2015)
    assert digest(demo_plan_path) == before


def test_the_check_after_the_first_screen_finds_the_damage(demo_plan_path):
    damage(demo_plan_path)
    with PlanFile.open(demo_plan_path, check_later=True) as plan:
        with pytest.raises(DamagedPlanError, match="damaged"):
            plan.verify()
        with pytest.raises(DamagedPlanError):
            plan.make_backup()


def test_an_intact_plan_opened_this_way_reads_and_writes_as_usual(demo_plan_path):
    with PlanFile.open(demo_plan_path, check_later=True) as plan:
        plan.verify()
        with plan.unit_of_work() as session:
            add_child(session, "Sam", 2015)
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        assert "Sam" in [child.nickname for child in list_children(session)]


def test_opened_the_usual_way_a_damaged_plan_is_refused_at_once(demo_plan_path):
    damage(demo_plan_path)
    with pytest.raises(DamagedPlanError):
        PlanFile.open(demo_plan_path)
