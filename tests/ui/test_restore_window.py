"""Restoring one of the plan's own backups from the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.core.plans import PlanFile
from planner.core.safety_copies import backups_of
from planner.core.services import children
from planner.paths import AppPaths
from planner.ui.controller import WindowController
from tests.conftest import PASSPHRASE


def start(plan_path, planner_home):
    controller = WindowController(AppPaths(planner_home), plan_path)
    controller.start()
    return controller


def stop(controller) -> None:
    controller.quick_exit()
    app = QApplication.instance()
    controller.idle.stop()  # its timer would lock the next test's window
    app.removeEventFilter(controller.idle)
    app.removeEventFilter(controller.shift)


def add_child_after_backup(plan: PlanFile) -> None:
    plan.make_backup()
    with plan.unit_of_work() as session:
        children.add_child(session, "Added later", 2015)


def nicknames(plan: PlanFile) -> list[str]:
    with plan.unit_of_work() as session:
        return [c.nickname for c in children.list_children(session)]


def test_restoring_a_backup_of_a_plain_plan(qtbot, demo_plan_path, planner_home):
    controller = start(demo_plan_path, planner_home)
    try:
        add_child_after_backup(controller.context.plan)
        (backup,) = backups_of(demo_plan_path)
        with qtbot.waitSignal(controller.context.events.announce) as said:
            controller.restore_backup(backup)
        assert "back in place" in said.args[0]
        assert controller.main_window.isVisible()
        assert nicknames(controller.context.plan) == ["Maya", "Leo"]
        kept = [b for b in backups_of(demo_plan_path) if "before-restore" in b.name]
        assert len(kept) == 1  # the plan as it was, with the child added later, is kept
    finally:
        stop(controller)


def test_restoring_a_protected_plan_asks_for_the_passphrase(
    qtbot, protected_plan_path, planner_home
):
    controller = WindowController(AppPaths(planner_home), protected_plan_path, PASSPHRASE)
    controller.start()
    try:
        add_child_after_backup(controller.context.plan)
        (backup,) = backups_of(protected_plan_path)
        controller.restore_backup(backup)
        screen = controller.unlock_screen
        assert screen.isVisible() and "backup" in screen.message.text()
        qtbot.keyClicks(screen.passphrase, "wrong words here")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        assert "passphrase does not open it; nothing was changed" in screen.message.text()
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        assert controller.main_window.isVisible()
        assert nicknames(controller.context.plan) == ["Maya", "Leo"]
    finally:
        stop(controller)
