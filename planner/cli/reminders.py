"""`reminders`: list a plan's reminders (or only the due ones), for people or for scripts.

A shelter's script can run `reminders --due --format json` at log-in and show what is due.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from planner.cli.common import add_plan_options, open_plan
from planner.cli.language import said, speaking
from planner.core.i18n import mark

if TYPE_CHECKING:
    from planner.core.dto import ReminderDTO

# The core's reminder states (planner.core.services.reminders.ReminderState) the list shows.
STATE_WORDS = (mark("overdue"), mark("due"), mark("snoozed"), mark("turned off"), mark("finished"))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "reminders",
        help=said("list a plan's reminders, soonest first"),
        description=said(
            "List the active reminders of a plan, soonest first: when each is next "
            "due, whether it is overdue, how it repeats and what it is for."
        ),
    )
    add_plan_options(parser, in_subcommand=True)
    parser.add_argument("--due", action="store_true", help=said("only the reminders due now"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.core.services import reminders

    now = dt.datetime.now()  # reminder times are local wall-clock times
    with open_plan(args) as plan, plan.unit_of_work() as session:
        found = (
            reminders.due_reminders(session, now) if args.due else reminders.list_reminders(session)
        )
    if args.format == "json":
        print(json.dumps([_as_json(item, now) for item in found], ensure_ascii=False, indent=2))
    elif found:
        print("\n".join(_as_text(found, now)))
    else:
        print(said("No reminders are due.") if args.due else said("There are no active reminders."))
    return 0


def _state(reminder: ReminderDTO, now: dt.datetime) -> str:
    """The core's state; nothing for one still to come, so that what needs doing stands out."""
    from planner.core.services.reminders import ReminderState, reminder_state

    state = reminder_state(reminder, now)
    return "" if state is ReminderState.UPCOMING else state.value


def _as_text(found: list[ReminderDTO], now: dt.datetime) -> list[str]:
    """One line each: next due, state, repeat, title; columns lined up for reading."""
    from planner.core.recurrence import describe_rule

    repeats = [describe_rule(item.rrule, item.starts_at, speaking()) for item in found]
    states = [said(state) if (state := _state(item, now)) else "" for item in found]
    width = max(len(repeat) for repeat in repeats)
    state_width = max(len(state) for state in states)
    return [
        f"{_due_text(item):<16}  {state:<{state_width}}  {repeat:<{width}}  {item.title}"
        for item, state, repeat in zip(found, states, repeats, strict=True)
    ]


def _due_text(reminder: ReminderDTO) -> str:
    return f"{reminder.next_due:%Y-%m-%d %H:%M}" if reminder.next_due else "-"


def _as_json(reminder: ReminderDTO, now: dt.datetime) -> dict[str, Any]:
    from planner.core.recurrence import describe_rule

    fields = {
        name: value.isoformat(timespec="minutes") if isinstance(value, dt.datetime) else value
        for name, value in dataclasses.asdict(reminder).items()
    }
    from planner.core.services.reminders import ReminderState, reminder_state

    state = reminder_state(reminder, now)
    return {
        **fields,
        "repeat": describe_rule(reminder.rrule, reminder.starts_at),
        "state": state.value,
        "overdue": state is ReminderState.OVERDUE,
        "snoozed": state is ReminderState.SNOOZED,
    }
