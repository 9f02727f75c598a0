"""The .ics export, read back with icalendar as a calendar app would read it."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from planner.core.errors import FileSystemError
from planner.core.export.ics import NEUTRAL_TITLE, reminder_uid, write_ics
from planner.core.plans import PlanFile
from planner.core.recurrence import next_after
from planner.core.services import reminders

DEMO_NAMES = ("Maya", "Leo", "Alvarez", "Kim", "Rosa", "Sofia", "Daniel")


def read_back(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def active_reminders(plan_path):
    with PlanFile.open(plan_path) as plan, plan.unit_of_work() as session:
        return reminders.list_reminders(session)


def test_every_active_reminder_is_an_event_with_its_rule(demo_plan_path, tmp_path):
    target = tmp_path / "reminders.ics"
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        assert write_ics(session, target) == 5
    events = read_back(target)
    expected = active_reminders(demo_plan_path)
    assert set(events) == {reminder_uid(reminder.id) for reminder in expected}
    for reminder in expected:
        event = events[reminder_uid(reminder.id)]
        start = event.decoded("DTSTART")
        assert start == reminder.starts_at and start.tzinfo is None  # floating local time
        rule = event["RRULE"].to_ical().decode()
        # A calendar app computes the same next dates as the planner.
        calendar_next = rrulestr(rule, dtstart=start).after(start)
        assert calendar_next == next_after(reminder.rrule, reminder.starts_at, start)
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm.decoded("TRIGGER") == dt.timedelta(0)


def test_neutral_titles_leave_out_every_name(demo_plan_path, tmp_path):
    target = tmp_path / "reminders.ics"
    write_ics(active_reminders(demo_plan_path), target)
    text = target.read_text(encoding="utf-8")
    assert not [name for name in DEMO_NAMES if name in text]
    for event in read_back(target).values():
        assert str(event["SUMMARY"]) == NEUTRAL_TITLE


def test_the_neutral_title_is_in_the_plans_language(demo_plan_path, tmp_path, catalog):
    from planner.core.services.plan import NewPlan, get_details, update_details

    target = tmp_path / "reminders.ics"
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        details = get_details(session)
        spanish = NewPlan(name=details.name, country=details.country, language="es")
        update_details(session, spanish, catalog)
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        write_ics(session, target)
    titles = {str(event["SUMMARY"]) for event in read_back(target).values()}
    assert titles == {"Recordatorio del plan familiar"}


def test_detailed_titles_are_the_reminders_own(demo_plan_path, tmp_path):
    target = tmp_path / "reminders.ics"
    found = active_reminders(demo_plan_path)
    write_ics(found, target, detailed=True)
    events = read_back(target)
    assert {str(events[reminder_uid(r.id)]["SUMMARY"]) for r in found} == {r.title for r in found}


def test_uids_stay_the_same_from_one_export_to_the_next(demo_plan_path, tmp_path):
    found = active_reminders(demo_plan_path)
    write_ics(found, tmp_path / "a.ics")
    write_ics(found, tmp_path / "b.ics")
    assert set(read_back(tmp_path / "a.ics")) == set(read_back(tmp_path / "b.ics"))
    assert reminder_uid(7) == "reminder-7@family-safety-planner.invalid"


def test_paused_and_finished_reminders_are_left_out(session, tmp_path):
    evening = dt.datetime(2025, 3, 12, 18, 0)
    once = reminders.add_reminder(session, reminders.ReminderInput("Call the school", "", evening))
    weekly = reminders.add_reminder(
        session, reminders.ReminderInput("Friends list", "FREQ=WEEKLY", evening)
    )
    paused = reminders.add_reminder(
        session, reminders.ReminderInput("Paused", "FREQ=WEEKLY", evening)
    )
    reminders.set_active(session, paused.id, False, evening)
    target = tmp_path / "reminders.ics"
    every = reminders.list_reminders(session, include_inactive=True)
    assert write_ics(every, target) == 2
    events = read_back(target)
    assert set(events) == {reminder_uid(once.id), reminder_uid(weekly.id)}
    assert "RRULE" not in events[reminder_uid(once.id)]


def test_an_export_replaces_an_old_file_and_leaves_no_partial_file(demo_plan_path, tmp_path):
    target = tmp_path / "reminders.ics"
    target.write_text("old", encoding="utf-8")
    write_ics(active_reminders(demo_plan_path), target)
    assert len(read_back(target)) == 5
    assert sorted(path.name for path in tmp_path.iterdir()) == ["demo.plan", "reminders.ics"]
    with pytest.raises(FileSystemError, match="does not exist"):
        write_ics([], tmp_path / "missing" / "reminders.ics")
