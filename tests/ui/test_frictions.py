"""The small frictions a new user met, each as they would notice it again if it came back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QPushButton

from planner.core.plans import PlanFile
from planner.ui.context import AppContext
from planner.ui.main_window import MainWindow
from planner.ui.views.contacts import ContactsView
from planner.ui.views.export import ExportView
from planner.ui.views.reminders import RemindersView
from tests.conftest import PASSPHRASE


def test_a_first_time_already_past_is_said_before_saving(qtbot, ui_context, ops):
    view = RemindersView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()
    view.add_reminder()
    editor = view.editor
    qtbot.keyClicks(editor.title, "Look at the friends list together")

    editor.starts.setDateTime(QDateTime.currentDateTime().addDays(-2))
    assert "This first time has passed: the reminder will be due at once." in (
        editor.in_words.text()
    )
    editor.starts.setDateTime(QDateTime.currentDateTime().addDays(2))
    assert "has passed" not in editor.in_words.text()


def test_lock_is_offered_only_for_a_plan_that_can_lock(qtbot, ui_context, planner_home, catalog):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    # A plan without a passphrase cannot lock: no greyed button, Protect is offered instead.
    assert not window.lock_button.isVisible()
    assert window.protect_button.isVisible()


def test_lock_shows_on_a_protected_plan(qtbot, protected_plan_path, planner_home, catalog):
    from planner.paths import AppPaths

    context = AppContext(paths=AppPaths(planner_home), catalog=catalog)
    context.plan = PlanFile.open(protected_plan_path, PASSPHRASE)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.lock_button.isVisible() and window.lock_button.isEnabled()
    assert not window.protect_button.isVisible()
    context.plan.close()


def test_copy_buttons_wait_for_a_contact_with_something_to_copy(qtbot, ui_context, ops):
    view = ContactsView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()
    view.table.clearSelection()
    assert not view.copy_phone_button.isEnabled()
    assert not view.copy_web_button.isEnabled()

    view.select_row(0)  # the emergency number: a phone, no web page
    assert view.copy_phone_button.isEnabled()
    assert not view.copy_web_button.isEnabled()


def test_each_export_proposes_a_file_name_of_its_own(qtbot, ui_context, ops):
    view = ExportView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()
    today = dt.date.today().isoformat()
    proposed = {kind: view.suggested_name(kind) for kind in ("pdf", "html", "json", "ics")}
    view.audience.setCurrentIndex(view.audience.findText("Maya (young person's plan)"))
    youth = view.suggested_name("pdf")

    assert proposed == {
        "pdf": f"family-plan-{today}.pdf",
        "html": f"family-plan-{today}.html",
        "json": f"plan-backup-{today}.json",
        "ics": f"reminders-{today}.ics",
    }
    # No child's name in a file name: file lists and "recent files" are seen by others.
    assert youth == f"my-plan-{today}.pdf"


def test_the_buttons_of_the_main_window_have_words(qtbot, ui_context):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    shown = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert shown and all(b.text().strip() or b.accessibleName() for b in shown)


def test_the_export_section_fits_a_narrow_window(qtbot, ui_context, ops):
    # Its long check boxes wrap: a 1024x768 screen at a 150% font leaves about 560 pixels.
    view = ExportView(ui_context, ops)
    qtbot.addWidget(view)
    view.show()
    assert view.minimumSizeHint().width() <= 560
    view.include_log.click()
    assert view.include_log.isChecked()


def test_the_follow_up_question_answers_say_what_they_do(qtbot, ui_context, ops, catalog):
    from PySide6.QtWidgets import QMessageBox

    from planner.core.services import children, conversations

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    leo = ops.read(lambda s: children.list_children(s)[1], None)
    talk = ops.run(
        lambda s: conversations.save_conversation(
            s,
            catalog,
            held_on=dt.date.today(),
            child_ids=[leo.id],
            said="Talked about a new friend online.",
            follow_up="Ask about the new friend",
            follow_up_on=dt.date.today() + dt.timedelta(days=2),
        ),
        conversations.save_conversation,
    )
    window.offer_follow_up("conversation", talk.id)
    question = window.follow_up_question
    words = [
        question.button(b).text()
        for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
    ]
    assert words == ["&Add the reminder", "&Not now"]
    question.done(QMessageBox.StandardButton.No.value)
