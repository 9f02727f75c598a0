"""Repeat rules on local wall-clock times: DST, month ends, 29 February, custom RRULEs."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.recurrence import (
    ONCE,
    PRESETS,
    first_at_or_after,
    next_after,
    rule_for_preset,
    validate_rule,
)


def occurrences(rule: str, start: dt.datetime, count: int) -> list[dt.datetime]:
    found: list[dt.datetime] = []
    nxt = first_at_or_after(rule, start, start)
    while nxt is not None and len(found) < count:
        found.append(nxt)
        nxt = next_after(rule, start, nxt)
    return found


@pytest.mark.parametrize(
    "start",
    [dt.datetime(2025, 2, 26, 18, 0), dt.datetime(2025, 10, 22, 18, 0)],
    ids=["march-dst-start", "november-dst-end"],
)
def test_weekly_keeps_six_pm_across_us_daylight_saving_changes(start):
    # US clocks changed on 9 March and 2 November 2025.
    rule = rule_for_preset("weekly", start)
    got = occurrences(rule, start, 4)
    assert [d.time() for d in got] == [dt.time(18, 0)] * 4
    assert [(b - a).days for a, b in zip(got, got[1:], strict=False)] == [7, 7, 7]


def test_monthly_on_the_31st_lands_on_the_last_day_of_shorter_months():
    start = dt.datetime(2025, 1, 31, 18, 0)
    rule = rule_for_preset("monthly", start)
    got = [d.date() for d in occurrences(rule, start, 5)]
    assert got == [
        dt.date(2025, 1, 31),
        dt.date(2025, 2, 28),
        dt.date(2025, 3, 31),
        dt.date(2025, 4, 30),
        dt.date(2025, 5, 31),
    ]


def test_monthly_on_the_31st_uses_29_february_in_a_leap_year():
    start = dt.datetime(2028, 1, 31, 9, 0)
    got = occurrences(rule_for_preset("monthly", start), start, 2)
    assert got[1] == dt.datetime(2028, 2, 29, 9, 0)


def test_monthly_on_the_30th_stays_on_the_30th_where_it_can():
    start = dt.datetime(2025, 1, 30, 18, 0)
    got = [d.date() for d in occurrences(rule_for_preset("monthly", start), start, 3)]
    assert got == [dt.date(2025, 1, 30), dt.date(2025, 2, 28), dt.date(2025, 3, 30)]


def test_every_three_months_from_a_month_end():
    start = dt.datetime(2025, 8, 31, 18, 0)
    got = [d.date() for d in occurrences(rule_for_preset("every-3-months", start), start, 3)]
    assert got == [dt.date(2025, 8, 31), dt.date(2025, 11, 30), dt.date(2026, 2, 28)]


def test_yearly_on_29_february_falls_on_28_february_in_other_years():
    start = dt.datetime(2024, 2, 29, 18, 0)
    got = [d.date() for d in occurrences(rule_for_preset("yearly", start), start, 5)]
    assert got == [
        dt.date(2024, 2, 29),
        dt.date(2025, 2, 28),
        dt.date(2026, 2, 28),
        dt.date(2027, 2, 28),
        dt.date(2028, 2, 29),
    ]


def test_presets_and_unknown_preset():
    start = dt.datetime(2025, 3, 3, 18, 0)
    assert rule_for_preset(ONCE, start) == ""
    assert rule_for_preset("every-2-weeks", start) == "FREQ=WEEKLY;INTERVAL=2"
    for preset in PRESETS:
        validate_rule(rule_for_preset(preset, start), start)
    with pytest.raises(ValidationError, match="'daily' is not a known repeat choice."):
        rule_for_preset("daily", start)


def test_first_at_or_after_includes_the_moment_and_next_after_does_not():
    start = dt.datetime(2025, 3, 3, 18, 0)
    rule = "FREQ=WEEKLY"
    assert first_at_or_after(rule, start, start) == start
    assert next_after(rule, start, start) == start + dt.timedelta(weeks=1)
    between = start + dt.timedelta(days=3)
    assert first_at_or_after(rule, start, between) == start + dt.timedelta(weeks=1)
    assert next_after(rule, start, between) == start + dt.timedelta(weeks=1)
    before = start - dt.timedelta(days=30)
    assert first_at_or_after(rule, start, before) == start


def test_a_one_off_happens_only_at_its_start():
    start = dt.datetime(2025, 3, 3, 18, 0)
    assert first_at_or_after("", start, start - dt.timedelta(hours=1)) == start
    assert first_at_or_after("", start, start) == start
    assert first_at_or_after("", start, start + dt.timedelta(minutes=1)) is None
    assert next_after("", start, start - dt.timedelta(days=1)) is None


def test_a_rule_that_has_ended_has_no_next_occurrence():
    start = dt.datetime(2025, 3, 3, 18, 0)
    rule = validate_rule("FREQ=DAILY;COUNT=2", start)
    assert next_after(rule, start, start) == start + dt.timedelta(days=1)
    assert next_after(rule, start, start + dt.timedelta(days=1)) is None


def test_a_custom_rrule_is_accepted():
    start = dt.datetime(2025, 3, 3, 18, 0)  # a Monday
    rule = validate_rule("FREQ=WEEKLY;BYDAY=MO,TH", start)
    got = occurrences(rule, start, 4)
    assert [d.strftime("%a %d") for d in got] == ["Mon 03", "Thu 06", "Mon 10", "Thu 13"]


@pytest.mark.parametrize("text", ["RRULE:FREQ=MONTHLY", "  RRULE: FREQ=MONTHLY  ", "FREQ=MONTHLY"])
def test_an_rrule_prefix_and_spaces_are_accepted(text):
    assert validate_rule(text, dt.datetime(2025, 3, 3, 18, 0)) == "FREQ=MONTHLY"


@pytest.mark.parametrize("text", ["", "   ", "RRULE:"])
def test_an_empty_rule_means_once(text):
    assert validate_rule(text, dt.datetime(2025, 3, 3, 18, 0)) == ""


@pytest.mark.parametrize(
    "text",
    ["every week", "FREQ=HOURLY;INTERVAL=zero", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY\nFREQ=DAILY"],
)
def test_an_invalid_rule_is_refused_with_a_sentence(text):
    with pytest.raises(ValidationError, match="The repeat rule .* is not valid"):
        validate_rule(text, dt.datetime(2025, 3, 3, 18, 0))


def test_a_rule_that_never_happens_is_refused():
    with pytest.raises(ValidationError, match="never happens"):
        validate_rule("FREQ=DAILY;UNTIL=20240101T000000", dt.datetime(2025, 3, 3, 18, 0))
