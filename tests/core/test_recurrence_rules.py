"""Repeat rules as people meet them: clock changes, month ends, 29 February, a computer left off,
and the words the planner uses to describe a rule."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from planner.core import recurrence
from planner.core.errors import ValidationError
from planner.core.plans import PlanFile
from planner.core.recurrence import (
    PRESETS,
    describe_rule,
    first_at_or_after,
    next_after,
    preset_for,
    rule_for_preset,
    validate_rule,
)
from planner.core.services import reminders

NEW_YORK = ZoneInfo("America/New_York")


def upcoming(rule: str, start: dt.datetime, count: int) -> list[dt.datetime]:
    found = [first_at_or_after(rule, start, start)]
    while len(found) < count and found[-1] is not None:
        found.append(next_after(rule, start, found[-1]))
    return [moment for moment in found if moment is not None]


@pytest.mark.parametrize(
    ("start", "offsets"),
    [
        # 2024: clocks went forward on 10 March and back on 3 November in the US.
        (dt.datetime(2024, 3, 3, 18, 0), ["-05:00", "-04:00", "-04:00"]),
        (dt.datetime(2024, 10, 27, 18, 0), ["-04:00", "-05:00", "-05:00"]),
    ],
    ids=["march", "november"],
)
def test_weekly_stays_at_six_pm_on_the_wall_clock_across_us_clock_changes(start, offsets):
    got = upcoming(rule_for_preset("weekly", start), start, 3)
    assert [moment.time() for moment in got] == [dt.time(18, 0)] * 3
    assert [moment - start for moment in got] == [dt.timedelta(weeks=n) for n in range(3)]
    # The same wall-clock time is a different UTC time on each side of the change.
    as_local = [moment.replace(tzinfo=NEW_YORK).isoformat()[-6:] for moment in got]
    assert as_local == offsets


def test_monthly_on_the_31st_takes_the_last_day_of_shorter_months():
    start = dt.datetime(2025, 1, 31, 18, 0)
    rule = rule_for_preset("monthly", start)
    got = [moment.date().isoformat() for moment in upcoming(rule, start, 13)]
    assert got == [
        "2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30",
        "2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31", "2025-11-30", "2025-12-31",
        "2026-01-31",
    ]  # fmt: skip
    assert describe_rule(rule, start) == "Every month on the 31st (or the last day)"


def test_yearly_on_29_february_takes_28_february_in_other_years():
    start = dt.datetime(2024, 2, 29, 18, 0)
    rule = rule_for_preset("yearly", start)
    got = [moment.date().isoformat() for moment in upcoming(rule, start, 6)]
    assert got == [
        "2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29", "2029-02-28",
    ]  # fmt: skip
    assert describe_rule(rule, start) == "Every year on 29 February (28 February in other years)"


@pytest.mark.parametrize(
    ("preset", "start", "words"),
    [
        ("once", dt.datetime(2025, 3, 3, 18), "Once"),
        ("weekly", dt.datetime(2025, 3, 3, 18), "Every week"),
        ("every-2-weeks", dt.datetime(2025, 3, 3, 18), "Every 2 weeks"),
        ("monthly", dt.datetime(2025, 3, 1, 18), "Every month on the 1st"),
        ("monthly", dt.datetime(2025, 3, 12, 18), "Every month on the 12th"),
        ("monthly", dt.datetime(2025, 3, 22, 18), "Every month on the 22nd"),
        ("every-3-months", dt.datetime(2025, 3, 23, 18), "Every 3 months on the 23rd"),
        (
            "every-6-months",
            dt.datetime(2025, 8, 30, 18),
            "Every 6 months on the 30th (or the last day)",
        ),
        ("yearly", dt.datetime(2025, 3, 3, 18), "Every year on 3 March"),
    ],
)
def test_each_preset_is_described_in_plain_english(preset, start, words):
    rule = rule_for_preset(preset, start)
    assert describe_rule(rule, start) == words
    assert preset_for(rule, start) == preset


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=WEEKLY;BYDAY=MO,TH", "Every week on Monday and Thursday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR", "Every 2 weeks on Monday, Wednesday and Friday"),
        ("FREQ=DAILY;COUNT=5", "Every day, 5 times"),
        (
            "FREQ=MONTHLY;UNTIL=20251231",
            "Every month on the 31st (months without that day are skipped), until 31 December 2025",
        ),
        ("FREQ=MONTHLY;BYDAY=2MO", "A custom repeat (FREQ=MONTHLY;BYDAY=2MO)"),
    ],
)
def test_custom_rules_are_described_or_shown_as_written(rule, words):
    start = dt.datetime(2025, 1, 31, 18, 0)
    assert describe_rule(validate_rule(rule, start), start) == words
    assert preset_for(rule, start) is None


def test_every_preset_round_trips_through_preset_for_on_awkward_days():
    for start in (
        dt.datetime(2024, 2, 29, 9),
        dt.datetime(2025, 1, 31, 9),
        dt.datetime(2025, 4, 30, 9),
    ):
        for preset in PRESETS:
            assert preset_for(rule_for_preset(preset, start), start) == preset


@pytest.mark.parametrize(
    ("rule", "why"),
    [
        ("DTSTART:20200101T100000\nRRULE:FREQ=WEEKLY", "write one rule"),
        ("FREQ=HOURLY", "at most once a day"),
        ("FREQ=MINUTELY;INTERVAL=5", "at most once a day"),
        ("FREQ=WEEKLY;UNTIL=20260101T000000Z", "without a final Z"),
    ],
)
def test_rules_the_planner_could_not_keep_faithfully_are_refused(rule, why):
    with pytest.raises(ValidationError, match=why):
        validate_rule(rule, dt.datetime(2025, 3, 3, 18, 0))


def test_a_lowercase_rule_is_stored_in_capitals():
    assert validate_rule("rrule:freq=weekly;interval=2", dt.datetime(2025, 3, 3)) == (
        "FREQ=WEEKLY;INTERVAL=2"
    )


def test_a_computer_off_for_six_weeks_brings_each_reminder_back_once(demo_plan_path):
    """The demo's reminders were made relative to today; the computer comes back 6 weeks later."""
    back = dt.datetime.combine(dt.date.today() + dt.timedelta(weeks=6), dt.time(19, 30))
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        every = reminders.list_reminders(session)
        due = reminders.due_reminders(session, back)
        assert len(due) == len({reminder.id for reminder in due})
        expected = {r.id for r in every if r.next_due is not None and r.next_due <= back}
        assert {reminder.id for reminder in due} == expected
        assert len(expected) == 4  # two friends reviews and two privacy checks
        for reminder in due:
            done = reminders.complete(session, reminder.id, back)
            assert done.next_due is not None and done.next_due > back
            assert done.next_due == next_after(done.rrule, done.starts_at, back)
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        assert reminders.due_reminders(session, back) == []
        for reminder in due:
            history = reminders.completions(session, reminder.id)
            assert [entry.due_at for entry in history] == [reminder.next_due]


def test_renaming_keeps_progress_and_a_later_start_moves_the_next_date(session):
    start = dt.datetime(2025, 1, 6, 18, 0)
    now = dt.datetime(2025, 3, 12, 19, 0)
    data = reminders.ReminderInput("Check the friends list", "FREQ=WEEKLY", start)
    added = reminders.add_reminder(session, data)
    done = reminders.complete(session, added.id, now)
    renamed = reminders.update_reminder(
        session, added.id, reminders.ReminderInput("Friends list", "FREQ=WEEKLY", start)
    )
    assert renamed.next_due == done.next_due
    later = start + dt.timedelta(weeks=20)
    moved = reminders.update_reminder(
        session, added.id, reminders.ReminderInput("Friends list", "FREQ=WEEKLY", later)
    )
    assert moved.next_due == later


@pytest.mark.parametrize(
    "rule",
    ["FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=-31"],
)
def test_a_day_no_chosen_month_has_is_refused_at_once(rule):
    # Without the planner's own check dateutil searches to the year 9999 (seconds per key).
    with pytest.raises(ValidationError, match="never happens"):
        validate_rule(rule, dt.datetime(2026, 11, 29, 18, 0))


@pytest.mark.parametrize("interval", ["0", "-1", "x", "99999999999"])
def test_an_interval_that_never_moves_on_or_is_absurd_is_refused(interval):
    # INTERVAL=0 once made dateutil look for the next time forever (found by fuzzing).
    with pytest.raises(ValidationError, match="INTERVAL must be a whole number"):
        validate_rule(f"FREQ=DAILY;INTERVAL={interval}", dt.datetime(2026, 11, 29, 18, 0))


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;INTERVAL=0",  # never moves on
        "FREQ=DAILY;BYYEARDAY=366;BYMONTH=1",  # dateutil searched to 9999: 5 to 8 s
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",  # no month has a sixth Monday
        "FREQ=MONTHLY;BYDAY=1TH,MO",  # dateutil finds no day for this mix
        "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31",  # from 1 June: every June, which has 30 days
        "FREQ=DAILY;INTERVAL=7;BYDAY=TU",  # from a Monday: always Mondays
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    ],
)
def test_a_stored_rule_that_would_stall_the_search_is_refused_before_searching(rule):
    # A rule saved by an older version, or written into the file: "Done" and every export
    # search with it; they get a message instead of a frozen window.
    start = dt.datetime(2026, 6, 1, 18, 0)
    for search in (recurrence.first_at_or_after, recurrence.next_after):
        with pytest.raises(ValidationError, match="The repeat rule"):
            search(rule, start, dt.datetime(2026, 12, 4))


def test_a_daily_rule_from_long_ago_finds_today_without_walking_every_day():
    start = dt.datetime(1990, 3, 7, 8, 30)
    found = recurrence.first_at_or_after("FREQ=DAILY;INTERVAL=3", start, dt.datetime(2026, 12, 4))
    assert found is not None and (found - start).days % 3 == 0
    assert dt.datetime(2026, 12, 4) <= found < dt.datetime(2026, 12, 7, 8, 30)
