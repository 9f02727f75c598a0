"""The Plan menu's file actions, as a person uses them from the window."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.core.errors import WrongPassphraseError
from planner.core.plans import PlanFile
from planner.core.services import children
from planner.paths import AppPaths
from planner.ui.controller import WindowController

NAMES = (b"Maya", b"Alvarez", b"Aunt Rosa")
NEW = "lantern orchard violet"


def start(qtbot, plan_path, planner_home):
    made = WindowController(AppPaths(planner_home), plan_path)
    made.start()
    assert made.main_window is not None and made.main_window.isVisible()
    return made


def finish(made) -> None:  # type: ignore[no-untyped-def]
    if made.main_window is not None:
        made.main_window.close()
    if made.context is not None and made.context.plan is not None:
        made.context.plan.close()
    app = QApplication.instance()
    made.idle.stop()  # its timer would lock the next test's window
    app.removeEventFilter(made.idle)
    app.removeEventFilter(made.shift)


@pytest.fixture
def controller(qtbot, demo_plan_path, planner_home):
    made = start(qtbot, demo_plan_path, planner_home)
    yield made
    finish(made)


@pytest.fixture
def controller_in_data_folder(qtbot, demo_plan_path, planner_home):
    """The demo plan where the planner keeps its own plans."""
    inside = AppPaths(planner_home).plans_dir / "plan-TEST.plan"
    inside.parent.mkdir(parents=True)
    shutil.copy2(demo_plan_path, inside)
    made = start(qtbot, inside, planner_home)
    yield made
    finish(made)


def choose_passphrase(qtbot, controller, passphrase: str) -> None:
    dialog = controller.plan_actions.dialog
    qtbot.keyClicks(dialog.first, passphrase)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # not until it is typed twice
    qtbot.keyClicks(dialog.second, passphrase)
    assert save.isEnabled()
    dialog.accept()


def plan_bytes(path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_protecting_from_the_window_encrypts_everything(qtbot, controller):
    window = controller.main_window
    assert window.protect_button.isVisible()
    window.protect_requested.emit()
    choose_passphrase(qtbot, controller, NEW)
    plan = controller.context.plan
    assert plan.encrypted
    assert not window.protect_button.isVisible()
    assert "protected with a passphrase" in window.protection_label.text()
    assert not any(name in plan_bytes(plan.path) for name in NAMES)
    path = plan.path
    plan.close()
    controller.context.plan = None
    with PlanFile.open(path, NEW) as reopened, reopened.unit_of_work() as session:
        assert [c.nickname for c in children.list_children(session)] == ["Maya", "Leo"]


def test_a_weak_passphrase_is_explained_and_not_accepted(qtbot, controller):
    controller.main_window.protect_requested.emit()
    dialog = controller.plan_actions.dialog
    qtbot.keyClicks(dialog.first, "password")
    qtbot.keyClicks(dialog.second, "password")
    assert "too easy to guess" in dialog.problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_changing_then_removing_the_passphrase(qtbot, controller):
    window = controller.main_window
    window.protect_requested.emit()
    choose_passphrase(qtbot, controller, NEW)
    window.change_passphrase_requested.emit()
    choose_passphrase(qtbot, controller, "copper window meadow")
    path = controller.context.plan.path
    controller.context.plan.close()
    with pytest.raises(WrongPassphraseError):
        PlanFile.open(path, NEW)
    controller.context.plan = PlanFile.open(path, "copper window meadow")
    window.remove_passphrase_requested.emit()
    question = controller.plan_actions.dialog
    assert "anyone who uses this computer" in question.text()
    question.done(QMessageBox.StandardButton.Yes.value)
    assert not controller.context.plan.encrypted
    assert b"Maya" in plan_bytes(path)


def test_saving_a_copy_to_another_folder(qtbot, controller, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    copy = controller.plan_actions.save_copy_to(stick)
    assert copy == stick / controller.context.plan.path.name
    with PlanFile.open(copy) as opened, opened.unit_of_work() as session:
        assert len(children.list_children(session)) == 2


def test_removing_the_plan_from_the_computer(qtbot, controller_in_data_folder):
    controller = controller_in_data_folder
    path = controller.context.plan.path
    controller.context.plan.make_backup()
    controller.main_window.remove_plan_requested.emit()
    question = controller.plan_actions.dialog
    assert "cannot be undone" in question.text() and "SSD" in question.text()
    assert "“Alvarez-Kim household”" in question.text() and str(path) in question.text()
    with qtbot.waitSignal(controller.finished):
        question.done(QMessageBox.StandardButton.Yes.value)
    assert list(path.parent.glob(path.name + "*")) == []


def test_a_plan_from_outside_the_data_folder_is_never_removed(qtbot, controller):
    path = controller.context.plan.path
    before = sorted(path.parent.iterdir())
    controller.main_window.remove_plan_requested.emit()
    refusal = controller.plan_actions.dialog
    assert "it is not removed" in refusal.text() and str(path.parent) in refusal.text()
    refusal.accept()
    assert sorted(path.parent.iterdir()) == before
    assert controller.context.plan.is_open


def test_opening_another_plan_closes_this_one(qtbot, controller, protected_plan_path):
    first = controller.context.plan
    controller.open_plan_file(protected_plan_path)
    assert not first.is_open
    assert controller.unlock_screen is not None and controller.unlock_screen.isVisible()
    assert not controller.main_window.isVisible()
