"""The whole window as a new family meets it: the welcome flow, then every section in turn,
each used once as a person would, and what was done read back from the plan file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from planner.core.plans import PlanFile
from planner.core.services import contacts, conversations, reminders
from planner.paths import AppPaths
from planner.ui.controller import WindowController
from tests.ui.test_conversations_view import click_save, tick
from tests.ui.test_first_run import add_children, walk_to_children
from tests.ui.test_first_run import tick as tick_app

LEFT = Qt.MouseButton.LeftButton
PASSPHRASE = "purple kettle quiet morning"


def finish_welcome(qtbot, wizard) -> None:
    walk_to_children(qtbot, wizard, PASSPHRASE)
    add_children(qtbot, wizard)
    tick_app(qtbot, wizard.apps_page.pickers[0][1], "snap")
    with qtbot.waitSignal(wizard.plan_created, timeout=20000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)


def test_first_run_then_every_section(qtbot, planner_home):
    paths = AppPaths(planner_home)
    controller = WindowController(paths, paths.default_plan)
    try:
        controller.start()
        wizard = controller.first_run
        assert wizard is not None and wizard.isVisible()
        finish_welcome(qtbot, wizard)
        window = controller.main_window
        assert window is not None and window.isVisible()
        assert window.windowTitle() == "Planner"
        assert "protected with a passphrase" in window.protection_label.text()
        use_every_section(qtbot, window)
    finally:
        controller.quick_exit()
        app = QApplication.instance()
        controller.idle.stop()  # its timer would lock the next test's window
        app.removeEventFilter(controller.idle)
        app.removeEventFilter(controller.shift)
    # A shelter's plan has a neutral file name of its own, beside where the default plan goes.
    assert controller.plan_path.parent == paths.plans_dir
    with PlanFile.open(controller.plan_path, PASSPHRASE) as plan, plan.unit_of_work() as s:
        assert [c.name for c in contacts.list_contacts(s) if c.kind == "caseworker"] == [
            "Ms. Okafor"
        ]
        (talk,) = conversations.list_conversations(s)
        assert talk.said == "We looked at Snapchat together."
        assert reminders.list_reminders(s)  # the accepted suggestion


def use_every_section(qtbot, window) -> None:
    overview = window.show_section("overview")
    assert overview.isVisible()
    children_view = window.show_section("children")
    assert children_view.isVisible()
    apps_view = window.show_section("apps")
    assert apps_view.isVisible()
    log_a_conversation(qtbot, window)
    window.show_section("concerns")
    add_a_contact(qtbot, window)
    accept_a_reminder_suggestion(qtbot, window)
    guidance = window.show_section("guidance")
    assert guidance.isVisible()
    export = window.show_section("export")
    assert "Sam" in export.preview.toPlainText()


def log_a_conversation(qtbot, window) -> None:
    view = window.show_section("conversations")
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    tick(qtbot, editor.children_list, 0)
    qtbot.keyClicks(editor.said, "We looked at Snapchat together.")
    click_save(qtbot, editor)
    assert view.model.rowCount() == 1


def add_a_contact(qtbot, window) -> None:
    view = window.show_section("contacts")
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    editor.kind.setCurrentIndex(editor.kind.findData("caseworker"))
    qtbot.keyClicks(editor.name, "Ms. Okafor")
    editor.accept()


def accept_a_reminder_suggestion(qtbot, window) -> None:
    view = window.show_section("reminders")
    panel = view.suggestions
    assert panel.model.rowCount() > 0
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.accept_button, LEFT)
    assert view.model.rowCount() == 1
