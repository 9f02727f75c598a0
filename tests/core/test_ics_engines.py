"""Each repeat preset, exported to .ics, expands in a second, independent engine to the dates
the planner itself gives, for two years: a calendar app reminds on the same days.

vobject (its own reading of the file's events and rules, expanded with python-dateutil) stands in
for the calendar apps; the forms it reads are also the ones that Thunderbird's ical.js expands
correctly (no BYSETPOS, see planner/core/export/ics.py), which make test-long checks with ical.js.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vobject

from planner.core.dto import ReminderDTO
from planner.core.export.ics import build_calendar
from planner.core.recurrence import PRESETS, next_after, rule_for_preset

STARTS = [
    dt.datetime(2027, 1, 31, 18, 0),  # month ends: a 31st, then 30ths and 29ths
    dt.datetime(2027, 1, 30, 9, 30),
    dt.datetime(2027, 1, 29, 7, 0),
    dt.datetime(2027, 8, 30, 20, 0),  # every 3 months from August reaches February
    dt.datetime(2027, 11, 29, 8, 0),
    dt.datetime(2028, 2, 29, 12, 0),  # leap day
    dt.datetime(2027, 3, 14, 6, 45),  # an ordinary day, across the March DST change
]
TWO_YEARS = dt.timedelta(days=731)


def reminder(rule: str, start: dt.datetime) -> ReminderDTO:
    return ReminderDTO(
        id=7,
        title="Review the friends list",
        rrule=rule,
        starts_at=start,
        next_due=start,
        snoozed_until=None,
        active=True,
        child_id=None,
        app_use_id=None,
        setting_agreement_id=None,
        contact_id=None,
        conversation_id=None,
        concern_id=None,
    )


def planner_dates(rule: str, start: dt.datetime) -> list[dt.datetime]:
    found = [start]
    while (following := next_after(rule, start, found[-1])) and following < start + TWO_YEARS:
        found.append(following)
    return found


def calendar_dates(rule: str, start: dt.datetime) -> list[dt.datetime]:
    text = build_calendar([reminder(rule, start)]).to_ical().decode()
    calendar = vobject.readOne(text)
    found: list[dt.datetime] = []
    for event in calendar.vevent_list:
        found += event.getrruleset(addRDate=True).between(start, start + TWO_YEARS, inc=True)
    return sorted(day for day in found if day < start + TWO_YEARS)


@pytest.mark.parametrize("start", STARTS, ids=lambda start: start.strftime("%Y-%m-%d"))
@pytest.mark.parametrize("preset", [name for name in PRESETS if PRESETS[name]])
def test_a_calendar_app_reminds_on_the_planner_days(preset: str, start: dt.datetime) -> None:
    rule = rule_for_preset(preset, start)
    expected = planner_dates(rule, start)
    assert calendar_dates(rule, start) == expected
    assert len(expected) >= 2


@pytest.mark.parametrize("preset", [name for name in PRESETS if PRESETS[name]])
def test_no_exported_rule_needs_bysetpos(preset: str) -> None:
    """ical.js (Thunderbird) turns BYMONTHDAY lists with BYSETPOS into several alarms."""
    for start in STARTS:
        text = build_calendar([reminder(rule_for_preset(preset, start), start)]).to_ical()
        assert b"BYSETPOS" not in text


def test_an_end_date_is_written_as_a_local_date_time_like_the_start() -> None:
    """RFC 5545 3.3.10: UNTIL must have DTSTART's value type."""
    start = dt.datetime(2027, 1, 4, 18, 0)
    text = build_calendar([reminder("FREQ=WEEKLY;UNTIL=20270201", start)]).to_ical().decode()
    assert "UNTIL=20270201T235959" in text
    assert calendar_dates("FREQ=WEEKLY;UNTIL=20270201", start)[-1] == dt.datetime(2027, 2, 1, 18)


@pytest.mark.long
@pytest.mark.parametrize("preset", [name for name in PRESETS if PRESETS[name]])
def test_thunderbird_reminds_on_the_planner_days(preset: str, tmp_path: Path) -> None:
    """ical.js itself (make test-long): `npm install ical.js@2` in a folder named by ICALJS_DIR."""
    folder = os.environ.get("ICALJS_DIR")
    node = shutil.which("node")
    if not folder or node is None or not (Path(folder) / "node_modules" / "ical.js").is_dir():
        pytest.skip("needs node and ical.js: npm install ical.js@2 in $ICALJS_DIR")
    script = Path(__file__).with_name("ical_js_expand.mjs")
    shutil.copy(script, Path(folder) / script.name)
    for start in STARTS:
        rule = rule_for_preset(preset, start)
        target = tmp_path / "reminders.ics"
        target.write_bytes(build_calendar([reminder(rule, start)]).to_ical())
        end = (start + TWO_YEARS).strftime("%Y-%m-%dT%H:%M:%S")
        found = subprocess.run(
            [node, script.name, str(target), end], cwd=folder, capture_output=True, text=True,
            check=True, timeout=60,
        )  # fmt: skip
        expected = [day.strftime("%Y-%m-%dT%H:%M:%S") for day in planner_dates(rule, start)]
        assert json.loads(found.stdout) == expected, (preset, start)
