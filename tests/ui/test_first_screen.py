"""The window shows a plan before checking it through: the check follows at once, and a
damaged plan is still closed with a plain message before anything is written to it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from planner.paths import AppPaths
from planner.ui.controller import WindowController


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """Overwrite a page in the middle: the first pages (the schema, the plan's row) still read."""
    page = 4096
    with path.open("r+b") as file:
        file.seek(path.stat().st_size // page // 2 * page)
        file.write(b"\xa5" * page)


@pytest.fixture
def start(planner_home) -> Iterator[object]:  # type: ignore[no-untyped-def]
    made: list[WindowController] = []

    def start_on(plan: Path) -> WindowController:
        controller = WindowController(AppPaths(planner_home), plan)
        made.append(controller)
        controller.start()
        return controller

    yield start_on
    for controller in made:
        controller.quick_exit()
        QApplication.instance().removeEventFilter(controller.shift)


def test_the_overview_is_filled_then_the_plan_is_checked(qtbot, start, demo_plan_path):
    controller = start(demo_plan_path)
    window = controller.main_window
    assert window is not None and window.isVisible()
    overview = window.sections["overview"]
    assert overview.cards  # type: ignore[attr-defined]
    plan = controller.context.plan
    qtbot.waitUntil(lambda: plan._checked)  # the check ran once the window was up
    assert window.isVisible()


def test_a_damaged_plan_is_closed_with_a_message_and_left_as_it_was(qtbot, start, demo_plan_path):
    damage(demo_plan_path)
    before = digest(demo_plan_path)
    controller = start(demo_plan_path)
    with qtbot.waitSignal(controller.finished, timeout=10_000, raising=False) as ended:
        qtbot.waitUntil(lambda: getattr(controller, "error_box", None) is not None)
        box = controller.error_box
        assert "damaged" in box.text()
        assert not controller.main_window.isVisible()
        assert controller.context.plan is None
        box.accept()
    assert ended.args == [3]
    assert digest(demo_plan_path) == before
