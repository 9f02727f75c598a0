"""A bug inside a slot: the person is told, the plan does not stay open, the log has the type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.paths import AppPaths
from planner.ui import main_window
from planner.ui.controller import WindowController
from planner.ui.excepthook import BugReporter
from tests.conftest import PASSPHRASE

SECRET = "Mia's new friend from the game"  # what an exception message could quote


class BrokenWindow(main_window.MainWindow):
    def __init__(self, *args: object) -> None:
        raise RuntimeError(SECRET)


@pytest.fixture
def controller(protected_plan_path: Path, planner_home: Path) -> Iterator[WindowController]:
    made = WindowController(AppPaths(planner_home), protected_plan_path)
    yield made
    if made.unlock_screen is not None:
        made.unlock_screen.close()
    if made.context is not None and made.context.plan is not None:
        made.context.plan.close()
    app = QApplication.instance()
    assert app is not None
    made.idle.stop()  # its timer would lock the next test's window
    app.removeEventFilter(made.idle)
    app.removeEventFilter(made.shift)


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_opening_the_window_closes_the_plan_and_says_so(
    qtbot: QtBot,
    controller: WindowController,
    planner_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(main_window, "MainWindow", BrokenWindow)
    log_file = AppPaths(planner_home).log_file
    reporter = BugReporter(log_file, controller.recover_after_bug)
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None
    reporter.install()
    try:
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    finally:
        reporter.uninstall()

    box = reporter.last_message
    assert box is not None and box.isVisible()
    assert "bug, not something you did" in box.text()
    assert str(log_file) in box.text()
    assert controller.context is not None and controller.context.plan is None
    assert screen.isVisible() and screen.passphrase.text() == ""
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert SECRET not in logged
    box.close()
