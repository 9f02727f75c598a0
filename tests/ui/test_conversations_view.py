"""The conversation log as a person uses it: log a talk, edit it, find it, delete it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from planner.core.services import children, conversations
from planner.ui.dialogs.log_fields import age_band
from planner.ui.views.conversations import ConversationsView
from tests.ui.conftest import reopen

LEFT = Qt.MouseButton.LeftButton


def make_view(qtbot, ui_context, ops):
    view = ConversationsView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def column(view, col: int) -> list[str]:
    return [view.model.index(r, col).data() for r in range(view.model.rowCount())]


def tick(qtbot, check_list, row: int) -> None:
    """Move to a row of a checkable list with the arrow keys and tick it with Space."""
    check_list.setFocus()
    qtbot.keyClick(check_list, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(check_list, Qt.Key.Key_Down)
    qtbot.keyClick(check_list, Qt.Key.Key_Space)


def click_save(qtbot, editor) -> None:
    buttons = editor.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)


def click_row(qtbot, view, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=rect.center())


def child_ids(ui_context) -> dict[str, int]:
    with ui_context.plan.unit_of_work() as session:
        return {c.nickname: c.id for c in children.list_children(session)}


def test_the_demo_log_is_listed_newest_first(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert view.model.rowCount() == 3
    assert column(view, 1) == ["Leo", "Maya", "Maya, Leo"]
    assert "Robux" in column(view, 3)[0]
    assert view.result_count.text() == "3 conversations"
    topics = ui_context.catalog.guidance.topics
    assert column(view, 2)[2] == f"{topics[0].title.en}, {topics[1].title.en}"


def test_logging_a_conversation_by_keyboard_and_mouse(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    assert editor is not None and editor.isVisible()
    tick(qtbot, editor.children_list, 0)  # Maya, 14
    tick(qtbot, editor.topics, 6)  # pressure and threats
    topic = ui_context.catalog.guidance.topics[6]
    shown = [editor.suggestions.item(r).text() for r in range(editor.suggestions.count())]
    assert shown[0] == "For Maya (ages 14-17):"
    assert shown[1:] == ["• " + q.en for q in topic.questions["14-17"]]
    qtbot.keyClicks(editor.said, "We talked about what to do if someone threatens her.")
    qtbot.keyClicks(editor.child_wants, "To come to us without getting into trouble.")
    qtbot.keyClicks(editor.follow_up, "Put the hotline number in her phone")
    qtbot.mouseClick(editor.follow_up_on.enabled, LEFT)
    with qtbot.waitSignal(view.follow_up_saved) as saved:
        click_save(qtbot, editor)
    assert not editor.isVisible()
    assert view.model.rowCount() == 4
    assert view.selected() is not None and view.selected().id == saved.args[0]
    assert column(view, 1)[0] == "Maya"
    assert column(view, 3)[0].startswith("We talked about what to do")
    assert "Put the hotline number" in view.details.toPlainText()
    with reopen(ui_context).unit_of_work() as session:
        kept = conversations.get_conversation(session, saved.args[0])
    assert kept.held_on == dt.date.today()
    assert kept.topics == (topic.id,)
    assert kept.child_wants == "To come to us without getting into trouble."
    assert kept.follow_up_on == dt.date.today() + dt.timedelta(days=7)


def test_suggestions_follow_each_chosen_childs_age(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    assert "Choose a child" in editor.suggestions.item(0).text()
    tick(qtbot, editor.children_list, 0)
    tick(qtbot, editor.children_list, 1)
    tick(qtbot, editor.topics, 0)
    shown = [editor.suggestions.item(r).text() for r in range(editor.suggestions.count())]
    assert "For Maya (ages 14-17):" in shown
    assert "For Leo (ages 8-10):" in shown


@pytest.mark.parametrize(
    ("age", "band"), [(5, "8-10"), (10, "8-10"), (11, "11-13"), (13, "11-13"), (17, "14-17")]
)
def test_age_bands_take_the_nearest_for_younger_and_older_children(age, band):
    assert age_band(age) == band
    assert age_band(19) == "14-17"


def test_saving_without_a_child_keeps_the_dialog_and_what_was_typed(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    qtbot.keyClicks(editor.said, "Notes I do not want to lose")
    click_save(qtbot, editor)
    assert editor.isVisible()
    assert editor.error.isVisible() and "child" in editor.error.text()
    assert editor.said.toPlainText() == "Notes I do not want to lose"
    assert view.model.rowCount() == 3


def test_editing_the_chosen_conversation(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    click_row(qtbot, view, 1)
    chosen = view.selected()
    assert chosen is not None and "Snap Map" in view.details.toPlainText()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.editor
    assert editor is not None and editor.said.toPlainText() == chosen.said
    assert editor.children_list.checked() == list(chosen.child_ids)
    editor.said.selectAll()
    qtbot.keyClicks(editor.said, "Maya turned on Ghost Mode and showed her brother.")
    click_save(qtbot, editor)
    assert view.selected().id == chosen.id
    assert column(view, 3)[1] == "Maya turned on Ghost Mode and showed her brother."
    with reopen(ui_context).unit_of_work() as session:
        kept = conversations.get_conversation(session, chosen.id)
    assert kept.said == "Maya turned on Ghost Mode and showed her brother."
    assert kept.held_on == chosen.held_on and kept.topics == chosen.topics


def test_deleting_asks_first_naming_the_date_and_children(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    click_row(qtbot, view, 2)
    chosen = view.selected()
    qtbot.mouseClick(view.delete_button, LEFT)
    assert "Maya, Leo" in view.confirmation.text()
    view.confirmation.done(QMessageBox.StandardButton.No.value)
    assert view.model.rowCount() == 3
    qtbot.mouseClick(view.delete_button, LEFT)
    view.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert view.model.rowCount() == 2
    with reopen(ui_context).unit_of_work() as session:
        assert chosen.id not in [c.id for c in conversations.list_conversations(session)]


def test_search_as_you_type_waits_for_a_pause(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.keyClicks(view.search, "robu")
    assert view.model.rowCount() == 3  # not yet: the search waits until typing pauses
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "Robux" in column(view, 3)[0]
    assert view.result_count.text() == "1 conversation"
    view.search.clear()
    qtbot.keyClicks(view.search, "zebra giraffe")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.result_count.text() == "Nothing found"
    assert "Nothing matches" in view.details.toPlainText()


def test_a_new_conversation_is_found_by_search(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    tick(qtbot, editor.children_list, 1)
    qtbot.keyClicks(editor.said, "Leo asked about the quokka emoji trend")
    click_save(qtbot, editor)
    qtbot.keyClicks(view.search, "quokka")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert column(view, 1) == ["Leo"]


def test_the_child_filter_shows_one_childs_talks(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.child_filter.setFocus()
    qtbot.keyClick(view.child_filter, Qt.Key.Key_Down)
    assert view.child_filter.currentText() == "Maya"
    assert column(view, 1) == ["Maya", "Maya, Leo"]


def test_a_long_log_is_loaded_a_page_at_a_time(qtbot, qtmodeltester, ui_context, ops):
    maya = child_ids(ui_context)["Maya"]
    start = dt.date.today() - dt.timedelta(days=700)
    with ui_context.plan.unit_of_work() as session:
        for day in range(600):
            conversations.save_conversation(
                session,
                ui_context.catalog,
                held_on=start + dt.timedelta(days=day),
                child_ids=[maya],
                said=f"Talk number {day}",
            )
    view = make_view(qtbot, ui_context, ops)
    assert view.model.total == 603
    assert view.model.rowCount() == view.model.PAGE
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out: the first page overflows the view
    bar.setValue(bar.maximum())  # scrolling to the end asks the model for more
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 * view.model.PAGE)
    qtbot.keyClicks(view.search, "number")
    qtbot.waitUntil(lambda: view.model.total == 600)
    assert view.model.rowCount() == view.model.PAGE  # a new search starts with one page again
    # Checked last: Qt's tester fetches more inside its own reset check, which it then flags.
    qtmodeltester.check(view.model)


def test_locking_forgets_everything_shown(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    click_row(qtbot, view, 0)
    ui_context.events.locked.emit()
    assert view.model.rowCount() == 0
    assert view.child_filter.count() == 0
    assert view.details.toPlainText() == ""
    assert view.child_names == {} and view.known_children == []


def test_the_model_passes_the_model_tester(qtmodeltester, ui_context, ops, qtbot):
    view = make_view(qtbot, ui_context, ops)
    qtmodeltester.check(view.model)
