"""`reminders` as a person or a script runs it: a real subprocess on a real plan file.

The demo plan was made today: both friends reviews started 15 days ago and are overdue, the
privacy checks and the plan review are still to come.
"""

from __future__ import annotations

import datetime as dt
import json

from icalendar import Calendar

from tests.cli.test_cli import assert_plain_failure, run
from tests.conftest import PASSPHRASE


def test_text_lists_every_active_reminder_soonest_first(demo_plan_path):
    result = run("reminders", "--plan", str(demo_plan_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    overdue = [line for line in lines if "  overdue  " in line]
    assert len(overdue) == 2
    assert all(
        "Every 2 weeks" in line and "Review friends and followers" in line for line in overdue
    )
    assert lines[-1].endswith("Review the family safety plan together")
    assert "Every 6 months" in lines[-1]
    dates = [dt.datetime.strptime(line[:16], "%Y-%m-%d %H:%M") for line in lines]
    assert dates == sorted(dates)
    assert {date.time() for date in dates} == {dt.time(18, 0)}


def test_due_as_json_lists_only_what_is_due(demo_plan_path):
    result = run("reminders", "--plan", str(demo_plan_path), "--due", "--format", "json")
    assert result.returncode == 0, result.stderr
    due = json.loads(result.stdout)
    assert [item["title"] for item in due] == [
        "Review friends and followers with Maya",
        "Review friends and followers with Leo",
    ]
    for item in due:
        assert (item["overdue"], item["snoozed"], item["active"]) == (True, False, True)
        assert (item["rrule"], item["repeat"]) == ("FREQ=WEEKLY;INTERVAL=2", "Every 2 weeks")
        assert dt.datetime.fromisoformat(item["next_due"]) <= dt.datetime.now()


def test_a_protected_plan_reads_its_passphrase_from_stdin(protected_plan_path):
    options = ("--plan", str(protected_plan_path), "--due", "--passphrase-stdin")
    result = run("reminders", *options, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
    missing = run("reminders", "--plan", str(protected_plan_path))
    assert_plain_failure(missing, 3, "--passphrase-stdin")


def test_a_plan_without_reminders_says_so(empty_plan_path):
    listed = run("reminders", "--plan", str(empty_plan_path))
    assert (listed.returncode, listed.stdout) == (0, "There are no active reminders.\n")
    due = run("reminders", "--plan", str(empty_plan_path), "--due")
    assert (due.returncode, due.stdout) == (0, "No reminders are due.\n")
    as_json = run("reminders", "--plan", str(empty_plan_path), "--format", "json")
    assert json.loads(as_json.stdout) == []


def test_a_missing_plan_and_a_bad_format_are_plain_errors(tmp_path):
    assert_plain_failure(run("reminders", "--plan", str(tmp_path / "none.plan")), 6, "no plan")
    bad = run("reminders", "--plan", str(tmp_path / "none.plan"), "--format", "xml")
    assert bad.returncode == 2
    assert "invalid choice: 'xml'" in bad.stderr


def test_export_ics_writes_every_active_reminder_without_names(protected_plan_path, tmp_path):
    out = tmp_path / "reminders.ics"
    options = ("--plan", str(protected_plan_path), "--format", "ics", "--out", str(out))
    result = run("export", *options, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "Wrote 5 reminders as a calendar file" in result.stdout
    assert "NOT encrypted" in result.stderr
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == 5 and all("RRULE" in event for event in events)
    text = out.read_text(encoding="utf-8")
    assert not [name for name in ("Maya", "Leo", "Alvarez") if name in text]


def test_export_ics_with_titles_names_them_only_when_asked(demo_plan_path, tmp_path):
    out = tmp_path / "titled.ics"
    options = ("--plan", str(demo_plan_path), "--format", "ics", "--out", str(out))
    result = run("export", *options, "--with-titles")
    assert result.returncode == 0, result.stderr
    assert "as a calendar file (with their titles)" in result.stdout
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    titles = {str(event["SUMMARY"]) for event in events}
    assert "Family plan reminder" not in titles
    wrong = run("export", *options, "--force", "--with-titles", "--format", "pdf")
    assert wrong.returncode == 2 and "--with-titles applies to --format ics only" in wrong.stderr
