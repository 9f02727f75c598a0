"""Window-level fixtures: a real plan, opened, wrapped in the context the window uses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core.plans import PlanFile
from planner.paths import AppPaths
from planner.ui.context import AppContext
from planner.ui.ops import Ops


@pytest.fixture
def ui_context(demo_plan_path: Path, planner_home: Path, catalog) -> Iterator[AppContext]:
    """The demo plan, open, as the window sees it."""
    context = AppContext(paths=AppPaths(planner_home), catalog=catalog)
    context.plan = PlanFile.open(demo_plan_path)
    yield context
    if context.plan is not None:
        context.plan.close()


@pytest.fixture
def ops(ui_context: AppContext) -> Ops:
    return Ops(ui_context)


def reopen(context: AppContext) -> PlanFile:
    """Close the window's plan and open the file again: what was saved is what is read."""
    assert context.plan is not None
    path = context.plan.path
    context.plan.close()
    context.plan = PlanFile.open(path)
    return context.plan
