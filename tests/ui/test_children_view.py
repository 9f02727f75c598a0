"""The Children section as a parent uses it: children, their devices and rules, the adults."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from planner.core.services import children, conversations, rules
from planner.ui.views.children import ChildrenView
from tests.ui.conftest import reopen

TODAY = dt.date.today()
LEFT = Qt.MouseButton.LeftButton


def make_view(qtbot, ui_context, ops):
    view = ChildrenView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    return view


def column(panel, number: int = 0) -> list[str]:
    return [panel.model.index(r, number).data() for r in range(panel.model.rowCount())]


def choose(panel, text: str) -> None:
    panel.select_row(column(panel).index(text))


def saved(context):
    with reopen(context).unit_of_work() as session:
        return (
            children.list_children(session),
            children.list_adults(session),
            children.list_devices(session),
            rules.list_rules(session),
        )


def test_the_first_child_is_chosen_and_their_devices_and_rules_shown(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert column(view.children_panel) == ["Maya", "Leo"]
    assert column(view.children_panel, 1)[0] == f"14 (born {TODAY.year - 14})"
    assert view.devices.title() == "Maya's devices"
    assert column(view.devices, 1) == ["Maya's phone", "Family laptop"]
    assert view.rules.model.rowCount() == 3
    choose(view.children_panel, "Leo")
    assert column(view.devices) == ["Tablet", "Game console"]
    assert view.rules.title() == "Leo's household rules"


def test_adding_a_child_by_typing(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.children_panel.add, LEFT)
    editor = view.children_panel.editor
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert editor.isVisible() and not save.isEnabled()  # a nickname is needed first
    qtbot.keyClicks(editor.nickname, "Ana")
    editor.birth_year.selectAll()
    qtbot.keyClicks(editor.birth_year, str(TODAY.year - 9))
    assert editor.age.text() == "Age this year: 9"
    qtbot.keyClicks(editor.notes, "Loves drawing")
    qtbot.mouseClick(save, LEFT)
    assert view.children_panel.selected().nickname == "Ana"
    assert view.devices.title() == "Ana's devices" and view.devices.model.rowCount() == 0
    kids = saved(ui_context)[0]
    assert [(c.nickname, c.birth_year, c.notes) for c in kids if c.nickname == "Ana"] == [
        ("Ana", TODAY.year - 9, "Loves drawing")
    ]


def test_editing_a_child_with_the_keyboard(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    choose(view.children_panel, "Leo")
    view.children_panel.table.setFocus()
    qtbot.keyClick(view.children_panel.table, Qt.Key.Key_Return)
    editor = view.children_panel.editor
    assert editor.nickname.text() == "Leo"
    editor.nickname.selectAll()
    qtbot.keyClicks(editor.nickname, "Leonardo")
    qtbot.keyClick(editor.nickname, Qt.Key.Key_Return)  # Save is the default button
    assert "Leonardo" in column(view.children_panel)
    assert view.children_panel.selected().nickname == "Leonardo"
    assert "Leonardo" in [c.nickname for c in saved(ui_context)[0]]


def test_deleting_a_child_names_everything_that_goes_with_them(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    choose(view.children_panel, "Leo")
    qtbot.mouseClick(view.children_panel.delete, LEFT)
    text = view.children_panel.confirmation.text()
    assert "Delete Leo from this plan?" in text
    for line in (
        "Apps: 3",
        "Devices: 2",
        "Household rules: 3",
        "Conversations only about Leo: 1",
        "Concerns: 1",
        "Reminders: 2",
    ):
        assert line in text
    assert "Conversations shared with other children stay." in text
    view.children_panel.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert column(view.children_panel) == ["Maya"]
    kids, _adults, devices, _rules = saved(ui_context)
    assert [c.nickname for c in kids] == ["Maya"]
    assert len(devices) == 2
    with ui_context.plan.unit_of_work() as session:
        assert conversations.count_conversations(session) == 2  # the shared one stays


def test_saying_no_keeps_the_child(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.children_panel.delete, LEFT)
    view.children_panel.confirmation.done(QMessageBox.StandardButton.No.value)
    assert column(view.children_panel) == ["Maya", "Leo"]


def test_devices_are_added_edited_and_deleted(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    choose(view.children_panel, "Leo")
    qtbot.mouseClick(view.devices.add, LEFT)
    editor = view.devices.editor
    editor.kind.setCurrentIndex(editor.kind.findText("Smartwatch"))
    qtbot.keyClicks(editor.name, "Leo's watch")
    editor.accept()
    assert column(view.devices, 1)[-1] == "Leo's watch"
    assert view.devices.selected().name == "Leo's watch"
    qtbot.mouseClick(view.devices.edit, LEFT)
    view.devices.editor.notes.setPlainText("Calls only")
    view.devices.editor.accept()
    assert column(view.devices, 2)[-1] == "Calls only"
    view.devices.table.setFocus()
    qtbot.keyClick(view.devices.table, Qt.Key.Key_Delete)
    assert "Leo's watch" in view.devices.confirmation.text()
    view.devices.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert column(view.devices) == ["Tablet", "Game console"]
    assert [d.kind for d in saved(ui_context)[2]] == ["phone", "computer", "tablet", "console"]


def test_a_suggested_rule_fits_the_age_and_can_be_marked_agreed(
    qtbot, qtmodeltester, ui_context, ops
):
    view = make_view(qtbot, ui_context, ops)
    choose(view.children_panel, "Leo")  # 10: the rules for 8-13 are offered, not 14-17
    qtbot.mouseClick(view.rules.add, LEFT)
    editor = view.rules.editor
    qtmodeltester.check(editor.suggestions)
    offered = [item.id for item in editor.suggestions.rows()]
    assert "devices-charge-outside-bedrooms" in offered
    assert "meeting-only-with-adult-older" not in offered
    assert not set(offered) & {r.guidance_item_id for r in view.rules.model.rows()}
    chosen = offered.index("devices-charge-outside-bedrooms")
    editor.suggestion.setCurrentIndex(editor.suggestions.index(chosen, 0))
    editor.accept()
    added = view.rules.selected()
    assert added.guidance_item_id == "devices-charge-outside-bedrooms"
    assert view.rules.model.index(view.rules.model.rowCount() - 1, 1).data() == "Not yet"
    qtbot.mouseClick(view.rules.mark, LEFT)
    week_ago = TODAY - dt.timedelta(days=7)
    view.rules.date_dialog.day.setDate(QDate(week_ago.year, week_ago.month, week_ago.day))
    view.rules.date_dialog.accept()
    rule = next(r for r in saved(ui_context)[3] if r.id == added.id)
    assert rule.agreed_on == week_ago


def test_an_own_rule_is_saved_in_the_familys_words_and_deleted(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.rules.add, LEFT)
    editor = view.rules.editor
    indicator = QPoint(8, editor.own_choice.height() // 2)  # the round button, by its words
    qtbot.mouseClick(editor.own_choice, LEFT, pos=indicator)
    qtbot.keyClicks(editor.own_text, "No phones at the dinner table")
    editor.agreed.setChecked(True)
    editor.accept()
    assert view.rules.model.index(3, 0).data() == "No phones at the dinner table"
    qtbot.mouseClick(view.rules.delete, LEFT)
    assert "No phones at the dinner table" in view.rules.confirmation.text()
    view.rules.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert view.rules.model.rowCount() == 3
    assert all(r.custom_text is None for r in saved(ui_context)[3])


def test_adults_are_added_edited_and_deleted(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.adults.add, LEFT)
    editor = view.adults.editor
    qtbot.keyClicks(editor.name, "Coach Dana")
    qtbot.keyClicks(editor.relationship, "Football coach")
    editor.role.setCurrentIndex(editor.role.findData("trusted_adult"))
    qtbot.keyClicks(editor.phone, "555-0177")
    editor.accept()
    assert view.adults.selected().name == "Coach Dana"
    assert column(view.adults, 2)[column(view.adults).index("Coach Dana")] == "Trusted adult"
    qtbot.mouseClick(view.adults.edit, LEFT)
    view.adults.editor.phone.clear()
    qtbot.keyClicks(view.adults.editor.phone, "555-0178")
    view.adults.editor.accept()
    choose(view.adults, "Daniel Kim")
    qtbot.mouseClick(view.adults.delete, LEFT)
    assert "Daniel Kim" in view.adults.confirmation.text()
    view.adults.confirmation.done(QMessageBox.StandardButton.Yes.value)
    adults = saved(ui_context)[1]
    assert {(a.name, a.role, a.phone) for a in adults} >= {
        ("Coach Dana", "trusted_adult", "555-0178")
    }
    assert "Daniel Kim" not in [a.name for a in adults]


def test_locking_forgets_everything_shown(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    ui_context.events.locked.emit()
    for panel in (view.children_panel, view.devices, view.rules, view.adults):
        assert panel.model.rowCount() == 0
    assert view.devices.title() == "Devices (choose a child first)"
    assert not view.devices.isEnabled()


def test_every_model_passes_the_model_tester(qtmodeltester, qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    for panel in (view.children_panel, view.devices, view.rules, view.adults):
        assert panel.model.rowCount() > 0
        qtmodeltester.check(panel.model)
