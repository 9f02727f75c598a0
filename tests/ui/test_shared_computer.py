"""Safe on a shared computer: unlock first, auto-lock, quick exit, the clipboard."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.core.plans import PlanFile
from planner.core.services.plan import set_preference
from planner.paths import AppPaths
from planner.ui import clipboard
from planner.ui.controller import WindowController
from tests.conftest import PASSPHRASE


@pytest.fixture
def controller(qtbot, protected_plan_path, planner_home):
    made = WindowController(AppPaths(planner_home), protected_plan_path)
    yield made
    for widget in (made.main_window, made.unlock_screen):
        if widget is not None:
            widget.close()
            widget.deleteLater()
    if made.context is not None and made.context.plan is not None:
        made.context.plan.close()
    app = QApplication.instance()
    made.idle.stop()  # its timer would lock the next test's window
    app.removeEventFilter(made.idle)
    app.removeEventFilter(made.shift)


def unlock(qtbot, controller, passphrase: str = PASSPHRASE) -> None:
    screen = controller.unlock_screen
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def test_a_protected_plan_shows_only_the_unlock_screen_first(qtbot, controller):
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None and screen.isVisible()
    assert controller.main_window is None
    assert screen.windowTitle() == "Planner"
    # The field that takes the focus when this window is active (the system decides when).
    assert screen.focusWidget() is screen.passphrase


def test_the_unlock_screen_comes_before_the_database_layer(protected_plan_path, planner_home):
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from pathlib import Path\n"
        "from planner.paths import AppPaths\n"
        "from planner.ui.controller import WindowController\n"
        "c = WindowController(AppPaths(Path(sys.argv[2])), Path(sys.argv[1]))\n"
        "c.start()\n"
        "app.processEvents()\n"
        "assert c.unlock_screen.isVisible()\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'jinja2') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(protected_plan_path), str(planner_home)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == ""


def test_a_wrong_passphrase_says_so_and_lets_the_person_try_again(qtbot, controller):
    before = hashlib.sha256(controller.plan_path.read_bytes()).hexdigest()
    controller.start()
    unlock(qtbot, controller, "not it")
    assert "passphrase is wrong, or the file is damaged" in controller.unlock_screen.message.text()
    assert controller.main_window is None
    assert hashlib.sha256(controller.plan_path.read_bytes()).hexdigest() == before
    unlock(qtbot, controller)
    assert controller.main_window is not None and controller.main_window.isVisible()
    assert not controller.unlock_screen.isVisible()
    assert controller.main_window.windowTitle() == "Planner"


def test_auto_lock_after_idle_empties_the_views_and_asks_again(qtbot, controller):
    with PlanFile.open(controller.plan_path, PASSPHRASE) as plan, plan.unit_of_work() as session:
        set_preference(session, "idle_lock_minutes", "0.01")  # 0.6 seconds
    controller.idle._timer.setInterval(50)
    controller.start()
    unlock(qtbot, controller)
    contacts = controller.main_window.show_section("contacts")
    assert contacts.model.rowCount() > 0
    qtbot.waitUntil(lambda: controller.unlock_screen.isVisible(), timeout=5000)
    assert not controller.main_window.isVisible()
    assert contacts.model.rowCount() == 0
    assert controller.context.plan is None
    unlock(qtbot, controller)
    assert controller.main_window.isVisible()


def test_quick_exit_hides_every_window_at_once_and_ends(qtbot, controller):
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    window.open_help()
    with qtbot.waitSignal(controller.finished) as ended:
        qtbot.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)
        # Checked in the same event-loop turn as the click, before anything else runs.
        assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert ended.args == [0]
    assert controller.context.plan is None


def test_shift_three_times_is_a_quick_exit(qtbot, controller):
    controller.start()
    unlock(qtbot, controller)
    # Keys sent to the window, as the system delivers a real key press.
    window = controller.main_window.windowHandle()
    QTest.keyClick(window, Qt.Key.Key_Shift)
    QTest.keyClick(window, Qt.Key.Key_A)  # another key in between starts the count again
    QTest.keyClick(window, Qt.Key.Key_Shift)
    assert controller.main_window.isVisible()
    with qtbot.waitSignal(controller.finished):
        QTest.keyClick(window, Qt.Key.Key_Shift)
        QTest.keyClick(window, Qt.Key.Key_Shift)
    assert not controller.main_window.isVisible()


def test_ctrl_shift_q_is_a_quick_exit(qtbot, controller):
    controller.start()
    unlock(qtbot, controller)
    controller.main_window.activateWindow()
    with qtbot.waitSignal(controller.finished):
        controller.main_window.quick_exit_requested.emit()


def test_lock_clears_the_clipboard_only_when_it_holds_the_planners_text(qtbot, controller):
    controller.start()
    unlock(qtbot, controller)
    clipboard.copy_text("1-800-843-5678")
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""
    unlock(qtbot, controller)
    clipboard.copy_text("1-800-843-5678")
    QGuiApplication.clipboard().setText("the person's own text")
    controller.lock()
    assert QGuiApplication.clipboard().text() == "the person's own text"


def test_the_window_forgets_a_given_passphrase_once_the_plan_is_open(
    qtbot, protected_plan_path, planner_home
):
    # `--passphrase-stdin` hands the window the passphrase: it is dropped as soon as the plan
    # is open (the key lives in the open plan only), so nothing holds it after a lock.
    controller = WindowController(AppPaths(planner_home), protected_plan_path, PASSPHRASE)
    controller.start()
    assert controller.main_window is not None and controller.main_window.isVisible()
    assert controller._passphrase is None
    controller.lock()
    assert controller.unlock_screen is not None and controller.unlock_screen.isVisible()
    assert controller.context.plan is None
    for widget in (controller.main_window, controller.unlock_screen):
        widget.close()
    app = QApplication.instance()
    controller.idle.stop()  # its timer would lock the next test's window
    app.removeEventFilter(controller.idle)
    app.removeEventFilter(controller.shift)
