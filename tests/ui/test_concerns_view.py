"""The concern log as a person uses it: write down what happened, what was done, find it again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox

from planner.core.services import apps, concerns
from planner.ui.views.concerns import ConcernsView
from tests.ui.conftest import reopen
from tests.ui.test_conversations_view import LEFT, click_row, click_save, column, tick


def make_view(qtbot, ui_context, ops):
    view = ConcernsView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def click_box(qtbot, box) -> None:
    """Click a check box on its box, where a person aims (the widget may be wider)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def open_new(qtbot, view):
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    assert editor is not None and editor.isVisible()
    return editor


def test_the_demo_concern_is_listed(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert view.model.rowCount() == 1
    assert [view.model.index(0, c).data() for c in range(1, 5)] == [
        "Leo",
        "Roblox",
        "xX_FreeRobux_Xx",
        "Watching",
    ]
    click_row(qtbot, view, 0)
    details = view.details.toPlainText()
    assert "Blocked them." in details
    assert ui_context.catalog.guidance.signs[0].title.en in details


def test_writing_down_a_concern_with_signs_and_report_numbers(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    editor = open_new(qtbot, view)
    editor.child.setFocus()
    qtbot.keyClick(editor.child, Qt.Key.Key_Down)
    assert editor.child.currentText() == "Leo"
    qtbot.keyClicks(editor.app.lineEdit(), "Kik")
    qtbot.keyClicks(editor.other_username, "coach_mike_09")
    qtbot.keyClicks(editor.other_profile, "https://example.org/u/coach_mike_09")
    qtbot.keyClicks(editor.what_happened, "Said he was a scout and asked for photos in a swimsuit.")
    signs = ui_context.catalog.guidance.signs
    tick(qtbot, editor.signs, 3)  # job or modelling offers
    tick(qtbot, editor.signs, 6)  # asking for pictures
    assert editor.sign_text.text() == signs[6].text.en
    assert not editor.platform_number.isEnabled()
    click_box(qtbot, editor.blocked)
    click_box(qtbot, editor.reported)
    assert editor.platform_number.isEnabled()
    qtbot.keyClicks(editor.platform_number, "KIK-4471")
    qtbot.keyClicks(editor.cybertipline_number, "CT-20250114")
    qtbot.keyClicks(editor.police_number, "PD 25-0042")
    qtbot.keyClicks(editor.other_action, "Told his school counselor")
    click_box(qtbot, editor.follow_up_on.enabled)
    with qtbot.waitSignal(view.follow_up_saved) as saved:
        click_save(qtbot, editor)
    assert view.model.rowCount() == 2
    assert view.selected().id == saved.args[0]
    assert column(view, 2)[0] == "Kik" and column(view, 3)[0] == "coach_mike_09"
    assert "CT-20250114" in view.details.toPlainText()

    with reopen(ui_context).unit_of_work() as session:
        kept = concerns.get_concern(session, saved.args[0])
    assert kept.warning_signs == (signs[3].id, signs[6].id)
    assert (kept.app_use_id, kept.app_name) == (None, "Kik")
    assert kept.other_profile == "https://example.org/u/coach_mike_09"
    assert kept.blocked and kept.reported_to_platform
    assert (
        kept.platform_report_number,
        kept.cybertipline_report_number,
        kept.police_report_number,
    ) == ("KIK-4471", "CT-20250114", "PD 25-0042")
    assert kept.other_action == "Told his school counselor"
    assert kept.status == "open" and kept.occurred_on == dt.date.today()
    assert kept.follow_up_on == dt.date.today() + dt.timedelta(days=7)

    fresh = make_view(qtbot, ui_context, ops)  # read back through the editor after reopening
    fresh.select_id(kept.id)
    fresh.edit_selected()
    again = fresh.editor
    assert again.signs.checked() == [signs[3].id, signs[6].id]
    assert again.app.currentText() == "Kik"
    assert again.reported.isChecked() and again.platform_number.text() == "KIK-4471"
    assert again.police_number.text() == "PD 25-0042"
    assert again.follow_up_on.value() == kept.follow_up_on


def test_choosing_one_of_the_childs_apps_links_it(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    editor = open_new(qtbot, view)
    assert editor.child.currentText() == "Maya"
    offered = [editor.app.itemText(i) for i in range(editor.app.count())]
    assert offered == ["", "Instagram", "Snapchat", "TikTok", "Discord"]
    editor.app.setFocus()
    qtbot.keyClick(editor.app, Qt.Key.Key_Down)
    qtbot.keyClick(editor.app, Qt.Key.Key_Down)
    assert editor.app.currentText() == "Snapchat"
    qtbot.keyClicks(editor.what_happened, "Someone asked for her Snap Map location.")
    click_save(qtbot, editor)
    assert column(view, 2)[0] == "Snapchat"
    with reopen(ui_context).unit_of_work() as session:
        newest = concerns.list_concerns(session, limit=1)[0]
        use = apps.get_app_use(session, newest.app_use_id)
    assert use.catalog_app_id == "snapchat" and newest.app_name == ""


def test_the_images_note_and_what_to_do_now_are_always_in_view(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    editor = open_new(qtbot, view)
    note = editor.findChild(QLabel, "imagesNote")
    assert note.isVisible()
    assert "never stored here" in note.text()
    assert "crime" in note.text()
    steps = editor.findChild(QGroupBox, "whatToDoNow")
    assert steps.isVisible() and steps.title() == "What to do now"
    shown = [label.text() for label in steps.findChildren(QLabel, "stepTitle")]
    # The plan is a US one: its steps, with the US services (911 and 988, the CyberTipline).
    us_steps = ui_context.catalog.guidance.worry_steps_for("US")
    titles = [step.title.en for step in us_steps]
    assert shown == [f"{n}. {title}" for n, title in enumerate(titles, start=1)]
    assert "7. Report to the CyberTipline (1-800-843-5678)" in shown
    assert "2. Keep your child safe right now (911; crisis line: 988)" in shown
    # Each step's words in full (the number to call among them), not hidden in a tooltip.
    texts = [label.text() for label in steps.findChildren(QLabel, "stepText")]
    assert texts == [step.text.en for step in us_steps]


def test_editing_changes_the_status(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    click_row(qtbot, view, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.editor
    assert editor.app.currentText() == "Roblox"
    assert editor.blocked.isChecked()
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)
    assert editor.status.currentText() == "Closed"
    with qtbot.assertNotEmitted(view.follow_up_saved):
        click_save(qtbot, editor)
    assert column(view, 4) == ["Closed"]
    with reopen(ui_context).unit_of_work() as session:
        kept = concerns.list_concerns(session)
    assert [(c.status, c.other_username, c.blocked) for c in kept] == [
        ("closed", "xX_FreeRobux_Xx", True)
    ]


def test_search_finds_a_username_as_you_type(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.keyClicks(view.search, "freerobux")
    qtbot.waitUntil(lambda: view.result_count.text() == "1 concern")
    qtbot.keyClicks(view.search, " snow")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.result_count.text() == "Nothing found"


def test_deleting_asks_first(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    click_row(qtbot, view, 0)
    qtbot.mouseClick(view.delete_button, LEFT)
    assert "Leo" in view.confirmation.text()
    view.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert view.model.rowCount() == 0
    assert "No concerns written down" in view.details.toPlainText()
    with reopen(ui_context).unit_of_work() as session:
        assert concerns.count_concerns(session) == 0


def test_locking_closes_the_editor_and_forgets_everything(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    editor = open_new(qtbot, view)
    ui_context.events.locked.emit()
    assert not editor.isVisible() and view.editor is None
    assert view.model.rowCount() == 0 and view.app_uses == []
    assert view.child_filter.count() == 0


def test_the_model_passes_the_model_tester(qtmodeltester, ui_context, ops, qtbot):
    view = make_view(qtbot, ui_context, ops)
    qtmodeltester.check(view.model)
