"""Reminders as a person uses them: see what is due, mark it done, skip, snooze, add, edit,
delete, and take up the planner's suggestions. "Now" is always an explicit moment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from planner.core.services import reminders, suggestions
from planner.ui.notify import ReminderBanner, ReminderNotifier
from planner.ui.views.reminders import RemindersView
from tests.ui.conftest import reopen

# The demo's friends-list reviews started 15 days ago at 18:00, every 2 weeks: both are overdue
# at noon today; the privacy re-checks and the plan review come later.
NOW = dt.datetime.combine(dt.date.today(), dt.time(12, 0))
LEFT = Qt.MouseButton.LeftButton


def make_view(qtbot, ui_context, ops, now=NOW):
    view = RemindersView(ui_context, ops)
    view.clock = lambda: now
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def make_banner(qtbot, ui_context, ops, clock):
    notifier = ReminderNotifier(ui_context, ops, clock=clock)
    banner = ReminderBanner(ui_context)
    qtbot.addWidget(banner)
    banner.connect_to(notifier)
    banner.show()
    notifier.start()
    return notifier, banner


def cell(view, row: int, column: int) -> str:
    return view.model.index(row, column).data()


def titles(view) -> list[str]:
    return [cell(view, row, 1) for row in range(view.model.rowCount())]


def test_opening_a_plan_with_overdue_reminders_shows_the_banner(qtbot, ui_context, ops):
    notifier, banner = make_banner(qtbot, ui_context, ops, lambda: NOW)
    assert notifier.due == 2
    assert banner.isVisible()
    assert banner.label.text() == "2 reminders are due"
    with qtbot.waitSignal(banner.show_requested):
        qtbot.mouseClick(banner.button, LEFT)
    view = make_view(qtbot, ui_context, ops)
    assert [cell(view, row, 4) for row in (0, 1)] == ["Overdue", "Overdue"]
    assert cell(view, 0, 2) == "Every 2 weeks"
    assert cell(view, 2, 4) == "Upcoming"
    assert cell(view, view.model.rowCount() - 1, 3) == "Household"


def test_marking_done_moves_it_on_and_records_the_completion(qtbot, ui_context, ops):
    notifier, banner = make_banner(qtbot, ui_context, ops, lambda: NOW)
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    reminder = view.selected()
    assert reminder is not None and reminder.next_due is not None
    qtbot.mouseClick(view.done_button, LEFT)
    # Two weeks after the one done that is still in the past: 13 days from today.
    expected = reminder.next_due + dt.timedelta(weeks=2)
    while expected <= NOW:
        expected += dt.timedelta(weeks=2)
    row = [r.id for r in view.model.rows()].index(reminder.id)
    assert view.model.row_at(row).next_due == expected
    assert cell(view, row, 4) == "Upcoming"
    assert banner.label.text() == "1 reminder is due"
    view.select_row(row)
    assert view.history_model.rowCount() == 1
    assert view.history_model.index(0, 2).data() == "Done"
    with reopen(ui_context).unit_of_work() as session:
        done = reminders.completions(session, reminder.id)
        saved = reminders.get_reminder(session, reminder.id)
    assert [(c.outcome, c.due_at) for c in done] == [("done", reminder.next_due)]
    assert saved.next_due == expected


def test_skipping_records_a_skip(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    reminder = view.selected()
    qtbot.mouseClick(view.skip_button, LEFT)
    view.select_row([r.id for r in view.model.rows()].index(reminder.id))
    assert view.history_model.index(0, 2).data() == "Skipped"
    with reopen(ui_context).unit_of_work() as session:
        assert [c.outcome for c in reminders.completions(session, reminder.id)] == ["skipped"]


def test_snoozing_hides_a_reminder_until_its_time(qtbot, ui_context, ops):
    clock = {"now": NOW}
    notifier, banner = make_banner(qtbot, ui_context, ops, lambda: clock["now"])
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    reminder = view.selected()
    view.snooze_actions["hour"].trigger()
    row = [r.id for r in view.model.rows()].index(reminder.id)
    assert cell(view, row, 4).startswith("Snoozed until ")
    assert banner.label.text() == "1 reminder is due"
    clock["now"] = NOW + dt.timedelta(minutes=59)
    assert notifier.check() == 1
    clock["now"] = NOW + dt.timedelta(minutes=60)
    assert notifier.check() == 2
    assert banner.label.text() == "2 reminders are due"
    with reopen(ui_context).unit_of_work() as session:
        assert reminders.get_reminder(session, reminder.id).snoozed_until == NOW + dt.timedelta(
            hours=1
        )


def test_adding_a_reminder_through_the_editor(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.add_button, LEFT)
    editor = view.editor
    assert editor is not None and editor.isVisible()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # nothing to remember yet
    qtbot.keyClicks(editor.title, "Charge the tablets outside the bedroom")
    editor.about.setCurrentIndex(editor.about.findText("Leo"))
    editor.repeat.setCurrentIndex(editor.repeat.findData("custom"))
    qtbot.keyClicks(editor.rule, "FREQ=HOURLY")
    assert not save.isEnabled()
    assert "at most once a day" in editor.in_words.text()
    editor.rule.clear()
    qtbot.keyClicks(editor.rule, "freq=weekly;byday=sa")
    assert save.isEnabled()
    assert editor.in_words.text() == "Every week on Saturday"
    editor.starts.setDateTime(QDateTime(QDate(2031, 3, 1), QTime(10, 30)))
    qtbot.mouseClick(save, LEFT)
    assert "Charge the tablets outside the bedroom" in titles(view)
    with reopen(ui_context).unit_of_work() as session:
        saved = next(r for r in reminders.list_reminders(session) if r.title.startswith("Charge"))
    assert saved.rrule == "FREQ=WEEKLY;BYDAY=SA"
    assert saved.starts_at == dt.datetime(2031, 3, 1, 10, 30)
    assert saved.child_id is not None and saved.app_use_id is None


def test_editing_keeps_what_it_is_about_and_its_repeat(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    reminder = view.selected()
    about = cell(view, 0, 3)
    qtbot.mouseClick(view.edit_button, LEFT)
    editor = view.editor
    assert editor.about.currentText().strip().endswith(about.split(" (")[0])
    assert editor.repeat.currentData() == "every-2-weeks"
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Friends check")
    editor.accept()
    assert "Friends check" in titles(view)
    with reopen(ui_context).unit_of_work() as session:
        saved = reminders.get_reminder(session, reminder.id)
    assert (saved.title, saved.app_use_id, saved.rrule) == (
        "Friends check",
        reminder.app_use_id,
        reminder.rrule,
    )


def test_deleting_asks_first_and_names_the_reminder(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    title = cell(view, 0, 1)
    qtbot.mouseClick(view.delete_button, LEFT)
    assert title in view.confirmation.text()
    view.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert title not in titles(view)


def test_a_one_off_reminder_finishes_and_shows_only_with_finished_ones(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    start = NOW - dt.timedelta(hours=1)
    data = reminders.ReminderInput(title="Call the school", rule="", starts_at=start)
    ops.run(lambda s: reminders.add_reminder(s, data), reminders.add_reminder)
    view.select_row(titles(view).index("Call the school"))
    assert view.selected().next_due == start
    qtbot.mouseClick(view.done_button, LEFT)
    assert "Call the school" not in titles(view)
    view.show_finished.setChecked(True)
    row = titles(view).index("Call the school")
    assert cell(view, row, 4) == "Finished"
    view.select_row(row)
    assert not view.done_button.isEnabled()


def test_accepting_and_declining_suggestions(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    panel = view.suggestions
    offered = panel.model.rows()
    assert offered, "the demo's apps without reminders bring suggestions"
    assert view.tabs.tabText(1) == f"S&uggested reminders ({len(offered)})"
    first, second = offered[0], offered[1]
    panel.select_row(0)
    qtbot.mouseClick(panel.accept_button, LEFT)
    assert first.title in titles(view)
    assert first not in panel.model.rows()
    panel.select_row(panel.model.rows().index(second))
    qtbot.mouseClick(panel.decline_button, LEFT)
    assert second not in panel.model.rows()
    with reopen(ui_context).unit_of_work() as session:
        still_offered = suggestions.pending(session, ui_context.catalog, NOW.date())
    assert first not in still_offered and second not in still_offered


def test_editing_a_suggestion_before_accepting_it(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    panel = view.suggestions
    suggestion = panel.model.row_at(0)
    panel.select_row(0)
    qtbot.mouseClick(panel.edit_button, LEFT)
    editor = panel.editor
    assert editor.title.text() == suggestion.title
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Friends list, our way")
    editor.repeat.setCurrentIndex(editor.repeat.findData("monthly"))
    editor.accept()
    assert "Friends list, our way" in titles(view)
    assert suggestion not in panel.model.rows()
    with reopen(ui_context).unit_of_work() as session:
        saved = next(r for r in reminders.list_reminders(session) if r.title.endswith("our way"))
    assert saved.rrule == "FREQ=MONTHLY" and saved.app_use_id == suggestion.app_use_id


def test_locking_forgets_everything_shown(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    ui_context.events.locked.emit()
    assert view.model.rowCount() == 0
    assert view.history_model.rowCount() == 0
    assert view.suggestions.model.rowCount() == 0


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    qtbot.mouseClick(view.done_button, LEFT)
    view.select_row(0)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.history_model)
    qtmodeltester.check(view.suggestions.model)
