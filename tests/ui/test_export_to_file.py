"""The window and the command line export through one core function: the same plan, the same
choice, the same file."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from planner.ui.context import AppContext
from planner.ui.ops import Ops
from planner.ui.views.export import ExportView
from tests.cli.test_cli import run


def test_the_window_and_the_command_line_write_the_same_youth_plan(
    qtbot: QtBot, ui_context: AppContext, ops: Ops, tmp_path: Path
) -> None:
    assert ui_context.plan is not None
    plan_path = ui_context.plan.path
    view = ExportView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()
    view.audience.setCurrentIndex(view.audience.findText("Maya (young person's plan)"))
    from_window = tmp_path / "window.html"
    assert view.save("html", from_window)
    assert view.result.text().endswith("This file is not encrypted.")
    ui_context.plan.close()
    ui_context.plan = None

    from_cli = tmp_path / "cli.html"
    result = run(
        "export", "--plan", str(plan_path), "--format", "html",
        "--audience", "youth", "--child", "maya", "--out", str(from_cli),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Maya" in from_window.read_text(encoding="utf-8")
    assert from_window.read_bytes() == from_cli.read_bytes()


def test_the_calendar_has_neutral_titles_unless_the_person_asks_for_the_real_ones(
    qtbot: QtBot, ui_context: AppContext, ops: Ops, tmp_path: Path
) -> None:
    from icalendar import Calendar

    view = ExportView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()

    def titles(path: Path) -> set[str]:
        events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        return {str(event["SUMMARY"]) for event in events}

    assert not view.calendar_titles.isChecked()
    assert view.save("ics", tmp_path / "neutral.ics")
    assert titles(tmp_path / "neutral.ics") == {"Family plan reminder"}
    view.calendar_titles.setChecked(True)
    assert view.save("ics", tmp_path / "titled.ics")
    assert "Family plan reminder" not in titles(tmp_path / "titled.ics")
