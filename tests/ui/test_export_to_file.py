"""The window and the command line export through one core function: the same plan, the same
choice, the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
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


@pytest.fixture
def export_view(qtbot: QtBot, ui_context: AppContext, ops: Ops) -> ExportView:
    view = ExportView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()
    return view


def pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF stands in for paper: what reaches it can be read back."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # the plan's (US) paper
    return printer


def test_a_printed_copy_is_the_exported_pdf_page_for_page(
    export_view: ExportView, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    export_view.audience.setCurrentIndex(export_view.audience.findText("Leo (young person's plan)"))
    assert export_view.save("pdf", tmp_path / "saved.pdf")
    export_view.print_to(pdf_printer(tmp_path / "printed.pdf"))

    assert export_view.result.text().startswith("Sent to the printer.")
    saved, printed = (PdfReader(tmp_path / name) for name in ("saved.pdf", "printed.pdf"))
    assert len(printed.pages) == len(saved.pages) == 2
    for mine, theirs in zip(printed.pages, saved.pages, strict=True):
        assert mine.extract_text() == theirs.extract_text()  # breaks, print size and footers


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the printer's refusal
def test_a_printer_that_cannot_start_is_said_in_the_view(
    export_view: ExportView, tmp_path: Path
) -> None:
    export_view.print_to(pdf_printer(tmp_path / "no-such-folder" / "printed.pdf"))

    assert export_view.result.text().startswith("The printer could not be started.")
