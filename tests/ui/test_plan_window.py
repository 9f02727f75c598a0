"""The first window: the plan's name and what it holds."""

from __future__ import annotations

from planner.core.plans import PlanFile
from planner.ui.plan_window import PlanWindow


def test_window_shows_the_plan_name_and_counts(qtbot, demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        window = PlanWindow(plan)
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle() == "Planner"  # never the family's name
        assert window.findChild(type(window.count_labels["children"]), "planName").text() == (
            "Alvarez-Kim household"
        )
        assert window.count_labels["children"].text() == "2"
        assert window.count_labels["concerns"].text() == "1"
