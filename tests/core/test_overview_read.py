"""The window's first screen is read with plain SQL (planner.core.overview_read): it must show
what the ORM services say, on the demo plan and on the big plan of the benchmarks."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core import overview_read
from planner.core.plans import PlanFile
from planner.core.services import reminders
from planner.core.services.overview import plan_overview
from planner.core.services.plan import get_details, get_preference, set_preference

BIG_PLAN_BUILDER = Path(__file__).parents[2] / "benchmarks" / "bigplan.py"
TODAY = dt.datetime.now().replace(microsecond=0)
# Before anything is due, today, and once every reminder is due (ties in the due times too).
MOMENTS = (TODAY - dt.timedelta(days=3650), TODAY, TODAY + dt.timedelta(days=3650))


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.plan"
    subprocess.run([sys.executable, str(BIG_PLAN_BUILDER), str(path)], check=True)
    return path


@pytest.fixture(params=["demo", "big"])
def opened(request, demo_plan_path, big_plan) -> Iterator[PlanFile]:  # type: ignore[no-untyped-def]
    path = demo_plan_path if request.param == "demo" else big_plan
    with PlanFile.open(path) as plan:
        yield plan


@pytest.mark.parametrize("now", MOMENTS, ids=["past", "today", "future"])
def test_the_overview_read_with_sql_is_the_services_overview(opened, catalog, now):
    with opened.unit_of_work() as session:
        expected = plan_overview(session, catalog, now)
    with opened.reading() as connection:
        assert overview_read.read_overview(connection, catalog, now) == expected
    assert expected.children  # there is something to compare


@pytest.mark.parametrize("now", MOMENTS, ids=["past", "today", "future"])
def test_the_due_count_is_the_services_count(opened, now):
    with opened.unit_of_work() as session:
        expected = reminders.due_count(session, now)
    with opened.reading() as connection:
        assert overview_read.due_count(connection, now) == expected


def test_the_plans_details_and_preferences_are_the_services_ones(opened):
    with opened.unit_of_work() as session:
        set_preference(session, "idle_lock_minutes", "7")
    with opened.unit_of_work() as session:
        expected = get_details(session), get_preference(session, "idle_lock_minutes", "15")
    with opened.reading() as connection:
        assert overview_read.read_details(connection) == expected[0]
        assert overview_read.read_preference(connection, "idle_lock_minutes", "15") == "7"
        assert overview_read.read_preference(connection, "not set", "x") == "x"
    assert expected[1] == "7"
