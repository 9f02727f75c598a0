"""Apps & settings as a person uses it: choose a child, read what an app allows, work through
the settings checklist, add, stop and delete apps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from planner.core.general_checklist import GENERAL_CHECKS
from planner.core.recurrence import rule_for_preset
from planner.core.services import apps, children, reminders
from planner.ui import words
from planner.ui.views.apps import AppsView
from tests.ui.conftest import reopen

LEFT = Qt.MouseButton.LeftButton


def make_view(qtbot, ui_context, ops):
    view = AppsView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def app_names(view) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def child_id(context, nickname: str) -> int:
    with context.plan.unit_of_work() as session:
        return next(c.id for c in children.list_children(session) if c.nickname == nickname)


def select_app(view, name: str) -> None:
    view.select_row(app_names(view).index(name))


def saved_uses(context, nickname: str):
    plan = reopen(context)
    with plan.unit_of_work() as session:
        kid = next(c for c in children.list_children(session) if c.nickname == nickname)
        uses = apps.list_app_uses(session, kid.id)
        return {
            u.catalog_app_id or u.custom_name: (u, apps.list_settings(session, u.id)) for u in uses
        }


def test_the_first_child_s_apps_are_shown_and_another_child_can_be_chosen(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert view.title() == "Apps & settings"
    assert view.child_combo.currentText() == "Maya"
    assert app_names(view) == ["Instagram", "Snapchat", "TikTok", "Discord"]
    combo = view.child_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Leo"
    assert app_names(view) == ["Roblox", "Minecraft", "YouTube"]


def test_select_child_opens_that_child_s_apps_even_before_the_view_is_shown(qtbot, ui_context, ops):
    view = AppsView(ui_context, ops)
    qtbot.addWidget(view)
    view.select_child(child_id(ui_context, "Leo"))
    view.show()
    assert view.child_combo.currentText() == "Leo"
    assert "Roblox" in app_names(view)


def test_what_an_app_allows_shows_seven_capabilities_and_when_it_was_checked(
    qtbot, ui_context, ops, catalog
):
    view = make_view(qtbot, ui_context, ops)
    select_app(view, "Snapchat")
    facts = view.facts
    assert facts.model.rowCount() == 7
    rows = {facts.model.index(r, 0).data(): facts.model.index(r, 1).data() for r in range(7)}
    assert rows["Location sharing"] == "Yes"
    assert rows["Live streaming"] == "No"
    assert rows["Gifts or in-app money"] == "Not known"
    assert "Ghost Mode" in facts.model.index(2, 2).data()
    assert facts.checked.checked.text().startswith("Checked on ")
    assert not facts.checked.stale.isVisible()
    assert "Family Center" in facts.tools.text()


def test_a_fact_older_than_a_year_is_flagged_in_words(qtbot, ui_context, ops, catalog):
    view = make_view(qtbot, ui_context, ops)
    checked = catalog.apps["instagram"].meta.checked
    view.today = lambda: checked + dt.timedelta(days=400)
    view.reload()
    select_app(view, "Instagram")
    flag = view.facts.checked.stale
    assert flag.isVisible()
    assert flag.text() == ("This fact was checked more than a year ago — it may be out of date.")


def test_block_and_report_steps_and_copying_the_report_address(qtbot, ui_context, ops, catalog):
    view = make_view(qtbot, ui_context, ops)
    select_app(view, "Snapchat")
    view.tabs.setCurrentIndex(2)
    panel = view.block_report
    assert panel.block_steps.text().startswith("1. Press and hold")
    assert "2. To report the whole account" in panel.report_steps.text()
    assert panel.address.text() == catalog.apps["snapchat"].report_url
    assert panel.address.isReadOnly()
    qtbot.mouseClick(panel.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == catalog.apps["snapchat"].report_url


def test_adding_apps_with_the_picker_proposes_their_settings_to_discuss(
    qtbot, ui_context, ops, catalog
):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.add_button, LEFT)
    picker = view.picker
    assert picker is not None and picker.isVisible()
    assert (
        "already added" in picker.picker.model.index(picker.picker.model.row_of("snapchat")).data()
    )
    qtbot.keyClicks(picker.picker.search, "fortn")
    qtbot.keyClick(picker.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.picker.list, Qt.Key.Key_Space)
    qtbot.keyClicks(picker.picker.custom, "Pet Chat World")
    qtbot.mouseClick(picker.add_button, LEFT)
    assert app_names(view)[-2:] == ["Fortnite", "Pet Chat World"]
    select_app(view, "Fortnite")
    settings = view.settings.model
    assert settings.rowCount() == len(catalog.apps["fortnite"].settings)
    assert {settings.index(r, 1).data() for r in range(settings.rowCount())} == {"To discuss"}
    saved = saved_uses(ui_context, "Maya")
    fortnite_settings = saved["fortnite"][1]
    assert [s.catalog_setting_id for s in fortnite_settings] == [
        s.id for s in catalog.apps["fortnite"].settings
    ]
    assert {s.state for s in fortnite_settings} == {"to_discuss"}
    # Unknown to the planner: the general checks, never an empty (safe-looking) list.
    assert [s.custom_title for s in saved["Pet Chat World"][1]] == list(GENERAL_CHECKS)


def test_an_app_added_by_name_says_the_planner_has_no_facts_about_it(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    ops.run(
        lambda s: apps.add_app_use(
            s, ui_context.catalog, child_id(ui_context, "Maya"), custom_name="Pet Chat World"
        ),
        apps.add_app_use,
    )
    select_app(view, "Pet Chat World")
    assert "added by name" in view.facts.summary.text()
    assert not view.facts.table.isVisible()
    view.tabs.setCurrentIndex(2)
    assert "added by name" in view.block_report.no_facts.text()
    assert not view.block_report.address_row.isVisible()


def test_working_through_the_settings_checklist_is_saved(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    select_app(view, "Instagram")
    view.tabs.setCurrentIndex(1)
    panel = view.settings
    panel.select_row(2)
    title = panel.model.index(2, 0).data()
    assert panel.model.index(2, 1).data() == "To discuss"
    panel.state.setFocus()
    qtbot.keyClick(panel.state, Qt.Key.Key_Down)  # "To discuss" -> "Agreed"
    assert panel.model.index(2, 1).data() == "Agreed"
    assert panel.selected() is not None and panel.model.index(2, 0).data() == title
    qtbot.keyClicks(panel.notes, "Agreed at dinner")
    qtbot.keyClick(panel.notes, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.checked_button, LEFT)
    today = dt.date.today()
    assert panel.model.index(2, 3).data() == "Agreed at dinner"
    saved = {s.id: s for s in saved_uses(ui_context, "Maya")["instagram"][1]}
    agreement = saved[panel.model.row_at(2).id]
    assert (agreement.state, agreement.notes, agreement.last_checked) == (
        "agreed",
        "Agreed at dinner",
        today,
    )


def test_marking_a_setting_in_place_stamps_today_as_last_checked(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    select_app(view, "Instagram")
    view.tabs.setCurrentIndex(1)
    panel = view.settings
    rows = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    row = next(r for r, agreement in enumerate(rows) if agreement.last_checked is None)
    panel.select_row(row)
    agreement_id = panel.model.row_at(row).id
    in_place = panel.state.findData("in_place")
    panel.state.setCurrentIndex(in_place)
    panel.state.activated.emit(in_place)  # as when the person picks it from the list
    today = dt.date.today()
    rows = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    shown = next(r for r, agreement in enumerate(rows) if agreement.id == agreement_id)
    assert panel.model.index(shown, 2).data() == words.date_text(today)
    saved = {s.id: s for s in saved_uses(ui_context, "Maya")["instagram"][1]}
    assert (saved[agreement_id].state, saved[agreement_id].last_checked) == ("in_place", today)


def test_removing_a_setting_then_adding_it_back_and_adding_an_own_one(
    qtbot, ui_context, ops, catalog
):
    view = make_view(qtbot, ui_context, ops)
    select_app(view, "Snapchat")
    panel = view.settings
    panel.select_row(1)
    title = panel.model.index(1, 0).data()
    qtbot.mouseClick(panel.remove_button, LEFT)
    assert title in panel.confirmation.text()
    panel.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert title not in [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = panel.add_dialog
    assert dialog is not None and dialog.recommended.count() == 1
    assert dialog.recommended.currentText() == title
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = panel.add_dialog
    assert not dialog.recommended_option.isEnabled()
    qtbot.keyClicks(dialog.own, "No chatting after 9 pm")
    qtbot.mouseClick(dialog.add_button, LEFT)
    titles = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert titles[-2:] == [title, "No chatting after 9 pm"]
    saved = saved_uses(ui_context, "Maya")["snapchat"][1]
    assert saved[-1].custom_title == "No chatting after 9 pm"
    assert saved[-1].state == "to_discuss"
    assert len(saved) == len(catalog.apps["snapchat"].settings) + 1


def test_stopping_and_restarting_an_app(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    select_app(view, "TikTok")
    assert view.status_button.text() == "Stop &using"
    qtbot.mouseClick(view.status_button, LEFT)
    assert view.model.index(app_names(view).index("TikTok"), 1).data() == "Stopped"
    assert view.status_button.text() == "Start using a&gain"
    assert saved_uses(ui_context, "Maya")["tiktok"][0].status == "stopped"
    view.reload()
    select_app(view, "TikTok")
    qtbot.mouseClick(view.status_button, LEFT)
    assert saved_uses(ui_context, "Maya")["tiktok"][0].status == "active"


def test_deleting_an_app_names_the_settings_lost_and_asks_first(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    select_app(view, "Discord")
    settings = view.settings.model.rowCount()
    use, setting = view.selected(), view.settings.model.row_at(0)
    start = dt.datetime.combine(dt.date.today(), dt.time(18))
    ops.run(
        lambda s: reminders.add_reminder(
            s,
            reminders.ReminderInput(
                "Look at the settings together",
                rule_for_preset("monthly", start),
                start,
                setting_agreement_id=setting.id,
            ),
        ),
        reminders.add_reminder,
    )
    assert use is not None and view.selected() == use
    qtbot.mouseClick(view.delete_button, LEFT)
    text = view.confirmation.text()
    assert text.startswith("Delete Discord from this child's apps? This also deletes its ")
    assert f"its {settings} settings and 1 reminder." in text
    view.confirmation.done(QMessageBox.StandardButton.No.value)
    assert "Discord" in app_names(view)
    qtbot.mouseClick(view.delete_button, LEFT)
    view.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert "Discord" not in app_names(view)
    assert "discord" not in saved_uses(ui_context, "Maya")


def test_locking_forgets_everything_shown(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    ui_context.events.locked.emit()
    assert view.child_combo.count() == 0
    assert view.model.rowCount() == 0
    assert view.settings.model.rowCount() == 0
    assert view.facts.model.rowCount() == 0
    assert view.block_report.address.text() == ""


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.settings.model)
    qtmodeltester.check(view.facts.model)
