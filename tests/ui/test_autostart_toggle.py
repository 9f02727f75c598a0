""" "Remind me even when the planner is closed", from the Reminders section."""

from __future__ import annotations

import os

from planner.core.services.plan import NewPlan, update_details
from planner.ui.views.reminders import RemindersView


def make_view(qtbot, ui_context, ops):
    view = RemindersView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()
    return view


def entry_path():
    from pathlib import Path

    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "family-safety-planner.desktop"


def test_ticking_it_writes_a_neutral_login_entry_and_unticking_removes_it(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert view.autostart.isVisible() and not view.autostart.isChecked()
    view.autostart.click()
    text = entry_path().read_text(encoding="utf-8")
    assert "--tray" in text and "Name=Planner reminders" in text
    assert ".plan" not in text and "Alvarez" not in text
    view.autostart.click()
    assert not entry_path().exists()


def test_it_is_not_offered_in_shelter_use(qtbot, ui_context, ops):
    with ui_context.plan.unit_of_work() as session:
        shelter = NewPlan(name="Family A", country="US", mode="shelter")
        update_details(session, shelter, ui_context.catalog)
    view = make_view(qtbot, ui_context, ops)
    assert not view.autostart.isVisible()
