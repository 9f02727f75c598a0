"""Lock and quick exit take every window of the planner off the screen, and nothing typed is
lost: each dialog the window can show is opened on a protected plan, typed into, and the plan
locked by the idle timer, by a sleep, or left with quick exit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from planner.core.plans import PlanFile
from planner.core.services import drafts
from planner.paths import AppPaths
from planner.ui.controller import WindowController
from planner.ui.main_window import MainWindow
from planner.ui.views.base import SectionView
from tests.conftest import PASSPHRASE

SECRET = "is at the Elm St shelter, room 12"

Opener = Callable[[MainWindow], object]


def section(window: MainWindow, name: str) -> SectionView:
    return window.show_section(name)


# Every dialog the window can show, opened the way a person opens it.
EDITORS: dict[str, Opener] = {
    "add child": lambda w: section(w, "children").children_panel.add.click(),  # type: ignore[attr-defined]
    "edit child": lambda w: section(w, "children").children_panel.edit.click(),  # type: ignore[attr-defined]
    "add adult": lambda w: section(w, "children").adults.add.click(),  # type: ignore[attr-defined]
    "add device": lambda w: section(w, "children").devices.add.click(),  # type: ignore[attr-defined]
    "add rule": lambda w: _own_rule(w),
    "add contact": lambda w: section(w, "contacts").add_button.click(),  # type: ignore[attr-defined]
    "log a conversation": lambda w: section(w, "conversations").add_button.click(),  # type: ignore[attr-defined]
    "write down a concern": lambda w: section(w, "concerns").add_button.click(),  # type: ignore[attr-defined]
    "add reminder": lambda w: section(w, "reminders").add_button.click(),  # type: ignore[attr-defined]
    "plan settings": lambda w: w.open_settings(),
}
OTHERS: dict[str, Opener] = {
    "add a setting": lambda w: _add_setting(w),
    "add apps": lambda w: section(w, "apps").add_button.click(),  # type: ignore[attr-defined]
    "change the passphrase": lambda w: w.change_passphrase_requested.emit(),
    "save a copy (file dialog)": lambda w: w.save_copy_requested.emit(),
    "open another plan (file dialog)": lambda w: w.open_other_requested.emit(),
    "export (file dialog)": lambda w: section(w, "export").pdf_button.click(),  # type: ignore[attr-defined]
    "delete child (question)": lambda w: section(w, "children").children_panel.delete.click(),  # type: ignore[attr-defined]
    "restore from a backup": lambda w: w.open_restore(),
    "what the planner protects": lambda w: w.open_help(),
    "about": lambda w: w.open_about(),
}


def _own_rule(window: MainWindow) -> None:
    rules = section(window, "children").rules  # type: ignore[attr-defined]
    rules.add.click()
    rules.editor.own_choice.setChecked(True)


def _add_setting(window: MainWindow) -> None:
    apps = section(window, "apps")
    apps.tabs.setCurrentWidget(apps.settings)  # type: ignore[attr-defined]
    apps.settings.add_button.click()  # type: ignore[attr-defined]


@pytest.fixture
def make_controller(qtbot, protected_plan_path, planner_home):  # type: ignore[no-untyped-def]
    made: list[WindowController] = []

    def make() -> WindowController:
        controller = WindowController(AppPaths(planner_home), protected_plan_path)
        made.append(controller)
        return controller

    yield make
    app = QApplication.instance()
    for controller in made:
        controller.idle.stop()  # its timer would lock the next test's window
        app.removeEventFilter(controller.idle)
        app.removeEventFilter(controller.shift)
        if controller.context is not None and controller.context.plan is not None:
            controller.context.plan.close()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def started(qtbot, controller: WindowController) -> WindowController:  # type: ignore[no-untyped-def]
    controller.start()
    unlock(qtbot, controller)
    return controller


def unlock(qtbot, controller: WindowController) -> None:  # type: ignore[no-untyped-def]
    screen = controller.unlock_screen
    assert screen is not None and screen.isVisible()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert controller.main_window is not None and controller.main_window.isVisible()


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def open_dialog(qtbot, controller: WindowController, opener: Opener) -> QWidget:  # type: ignore[no-untyped-def]
    window = controller.main_window
    assert window is not None
    before = set(visible_windows())
    opener(window)
    qtbot.waitUntil(lambda: bool(set(visible_windows()) - before), timeout=3000)
    (dialog,) = set(visible_windows()) - before
    return dialog


def text_fields(dialog: QWidget) -> list[QWidget]:
    fields: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue
        editable = isinstance(widget, QLineEdit) and not widget.isReadOnly()
        editable |= isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly()
        if editable and widget.isEnabled() and widget.isVisible():
            fields.append(widget)
    return fields


def type_secret(qtbot, dialog: QWidget) -> QWidget | None:  # type: ignore[no-untyped-def]
    """Type into the dialog's first text field, as a person would; None if it has none."""
    fields = text_fields(dialog)
    if not fields:
        return None
    field = fields[-1] if isinstance(fields[-1], QPlainTextEdit) else fields[0]
    field.setFocus()
    qtbot.keyClicks(field, SECRET)
    return field


def widgets_holding(text: str) -> list[QWidget]:
    holding = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit | QLabel):
            shown = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            shown = widget.toPlainText()
        else:
            continue
        if text in shown:
            holding.append(widget)
    return holding


def idle_lock(controller: WindowController) -> None:
    controller.idle.set_minutes(0)  # no use at all counts as long enough
    controller.idle.check()


def sleep_lock(controller: WindowController) -> None:
    controller.idle._last_wall -= 3600  # the wall clock moved on an hour: the computer slept
    controller.idle.check()


def take_draft_back(qtbot, controller: WindowController) -> None:  # type: ignore[no-untyped-def]
    question = controller.drafts.question
    assert question is not None and question.isVisible()
    (take,) = [b for b in question.buttons() if b.text() == "&Take it back"]
    take.click()


@pytest.mark.parametrize("lock", [idle_lock, sleep_lock], ids=["idle lock", "sleep lock"])
def test_a_lock_leaves_only_the_unlock_screen_and_the_draft_comes_back(
    qtbot, make_controller, lock
):
    controller = started(qtbot, make_controller())
    for name, opener in {**EDITORS, **OTHERS}.items():
        dialog = open_dialog(qtbot, controller, opener)
        field = type_secret(qtbot, dialog)
        lock(controller)
        assert visible_windows() == [controller.unlock_screen], name
        assert widgets_holding(SECRET) == [], name
        unlock(qtbot, controller)
        if name not in EDITORS:
            assert controller.drafts.question is None, name
            continue
        assert field is not None, name
        assert controller.drafts.question is not None, name
        take_draft_back(qtbot, controller)
        assert dialog.isVisible(), name
        assert SECRET in (field.text() if isinstance(field, QLineEdit) else field.toPlainText())
        dialog.done(QDialog.DialogCode.Rejected)  # the draft has served: it is forgotten
    controller.lock()
    unlock(qtbot, controller)
    assert controller.drafts.question is None  # nothing left over to offer


def test_quick_exit_hides_every_window_and_keeps_the_draft_in_the_plan(qtbot, make_controller):
    for name, opener in {**EDITORS, **OTHERS}.items():
        controller = started(qtbot, make_controller())
        dialog = open_dialog(qtbot, controller, opener)
        type_secret(qtbot, dialog)
        with qtbot.waitSignal(controller.finished):
            controller.main_window.quick_exit_button.click()
            assert visible_windows() == [], name  # in the same event-loop turn
        assert widgets_holding(SECRET) == [], name
        with PlanFile.open(controller.plan_path, PASSPHRASE) as plan, plan.unit_of_work() as s:
            kept = [text for d in drafts.list_drafts(s) for _label, text in d.typed_text()]
            for draft in drafts.list_drafts(s):
                drafts.discard_draft(s, draft.id)
        assert any(SECRET in text for text in kept) == (name in EDITORS), name
        controller.main_window.deleteLater()


def test_after_quick_exit_the_draft_is_offered_at_the_next_unlock(qtbot, make_controller):
    controller = started(qtbot, make_controller())
    type_secret(qtbot, open_dialog(qtbot, controller, EDITORS["log a conversation"]))
    controller.quick_exit()
    again = started(qtbot, make_controller())
    take_draft_back(qtbot, again)
    viewer = again.drafts.viewer
    assert viewer is not None and viewer.isVisible()
    (shown,) = viewer.findChildren(QPlainTextEdit)
    assert SECRET in shown.toPlainText()
    (delete,) = [b for b in viewer.findChildren(QPushButton) if b.text() == "&Delete it"]
    delete.click()
    again.lock()
    unlock(qtbot, again)
    assert again.drafts.question is None  # deleted: not offered again


@pytest.mark.parametrize("where", [*EDITORS, *OTHERS, "unlock screen"])
def test_ctrl_shift_q_leaves_from_every_window(qtbot, make_controller, where):
    controller = make_controller()
    controller.start()
    if where == "unlock screen":
        focused: QWidget = controller.unlock_screen
    else:
        unlock(qtbot, controller)
        focused = open_dialog(qtbot, controller, {**EDITORS, **OTHERS}[where])
    qtbot.waitExposed(focused)
    with qtbot.waitSignal(controller.finished):
        # Sent to the window, as the system delivers a real key press.
        QTest.keyClick(
            focused.windowHandle(),
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert visible_windows() == []


def test_escape_in_an_editor_with_typed_text_asks_and_keeps_it(qtbot, make_controller):
    controller = started(qtbot, make_controller())
    dialog = open_dialog(qtbot, controller, EDITORS["add contact"])
    field = type_secret(qtbot, dialog)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    question = dialog._leaving
    assert question is not None and question.isVisible()
    assert sorted(b.text() for b in question.buttons()) == [
        "&Discard changes",
        "&Keep editing",
        "&Save",
    ]
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape again: keep editing
    assert dialog.isVisible() and SECRET in field.toPlainText()
    dialog.reject()
    (discard,) = [b for b in dialog._leaving.buttons() if b.text() == "&Discard changes"]
    discard.click()
    assert not dialog.isVisible()


def test_escape_in_an_untouched_editor_just_closes_it(qtbot, make_controller):
    controller = started(qtbot, make_controller())
    dialog = open_dialog(qtbot, controller, EDITORS["add child"])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not any(isinstance(w, QMessageBox) for w in visible_windows())
