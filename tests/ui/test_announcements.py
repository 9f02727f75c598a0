"""What screen readers are told without the focus moving: saved changes, errors, due reminders
and locking. Each message is handed to Qt as an accessibility announcement; the announcer's
signal says which words went out and whether they interrupt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.core.services import children, reminders
from planner.paths import AppPaths
from planner.ui.announce import announcer
from planner.ui.controller import WindowController
from planner.ui.main_window import MainWindow
from planner.ui.notify import ReminderBanner, ReminderNotifier
from tests.conftest import PASSPHRASE


@pytest.fixture
def spoken() -> Iterator[list[tuple[str, bool]]]:
    heard: list[tuple[str, bool]] = []

    def listen(message: str, urgent: bool) -> None:
        heard.append((message, urgent))

    announcer.announced.connect(listen)
    yield heard
    announcer.announced.disconnect(listen)


@pytest.fixture
def window(qtbot, ui_context) -> MainWindow:
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_a_saved_change_is_shown_and_spoken_politely(qtbot, window, spoken):
    window.open_settings()
    window.dialog.accept()
    assert window.statusBar().currentMessage() == "Settings saved."
    assert spoken == [("Settings saved.", False)]


def test_an_error_is_shown_and_spoken_at_once(qtbot, window, spoken):
    added = window.ops.run(lambda s: children.add_child(s, "   ", 2014), children.add_child)
    assert added is None
    box = window.ops.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert spoken == [(box.text(), True)]
    assert "nickname" in box.text()
    box.close()


def test_due_reminders_are_spoken_once_in_neutral_words(qtbot, ui_context, ops, spoken):
    now = dt.datetime.combine(dt.date.today(), dt.time(12, 0))
    notifier = ReminderNotifier(ui_context, ops, clock=lambda: now)
    banner = ReminderBanner(ui_context)
    qtbot.addWidget(banner)
    banner.connect_to(notifier)
    banner.show()
    notifier.start()
    notifier.check()  # the same count again: nothing new to say
    assert spoken == [("2 reminders are due", False)]
    names = ops.read(lambda s: [c.nickname for c in children.list_children(s)], [])
    titles = ops.read(lambda s: [r.title for r in reminders.list_reminders(s)], [])
    assert names and titles
    assert not any(word in spoken[0][0] for word in names + titles)


@pytest.fixture
def controller(qtbot, protected_plan_path, planner_home):
    made = WindowController(AppPaths(planner_home), protected_plan_path)
    yield made
    made.quick_exit()
    QApplication.instance().removeEventFilter(made.shift)


def test_locking_and_a_wrong_passphrase_are_spoken(qtbot, controller, spoken):
    controller.start()
    screen = controller.unlock_screen
    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert spoken and spoken[-1] == (screen.message.text(), True)
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert controller.main_window is not None and controller.main_window.isVisible()
    spoken.clear()
    controller.lock()
    assert controller.unlock_screen.isVisible()
    assert spoken == [("The plan is locked.", False)]
