"""Generate a big plan: what a shelter's or a large family's plan looks like after years.

12 children, 300 app uses, 3,000 setting agreements, 20,000 conversations, 2,000 concerns and
2,000 reminders, written with bulk inserts in one transaction (the services would take minutes).
--logs N multiplies the logs (conversations and concerns; 0.25 is a quarter of them): how an
export grows with them.
Usage: python benchmarks/bigplan.py PATH [--passphrase-stdin] [--logs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog, load_catalog
from planner.core.plans import PlanFile
from planner.core.services.plan import NewPlan, start_plan

CHILDREN = 12
APP_USES = 300
SETTINGS = 3_000
CONVERSATIONS = 20_000
CONCERNS = 2_000
REMINDERS = 2_000

WORDS = (
    *("friends", "online", "game", "chat", "stranger", "private", "message", "photo"),
    *("school", "weekend", "settings", "location", "map", "stream", "video", "report"),
    *("block", "trust", "secret", "gift", "money", "meet", "account"),
)


def _sentence(rng: random.Random, length: int = 18) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + "."


def populate(session: Session, catalog: Catalog, seed: int = 7, logs: float = 1) -> None:
    rng = random.Random(seed)
    today = dt.date.today()
    start_plan(session, NewPlan(name="Big plan", country="US"), catalog)
    children = [
        {
            "id": i + 1,
            "nickname": f"Child {i + 1}",
            "birth_year": today.year - 6 - i % 12,
            "notes": "",
        }
        for i in range(CHILDREN)
    ]
    session.execute(insert(m.Child), children)
    app_ids = sorted(catalog.apps)
    uses = []
    for index in range(APP_USES):
        child_id = index % CHILDREN + 1
        app_id = app_ids[(index // CHILDREN) % len(app_ids)]
        uses.append(
            {
                "id": index + 1,
                "child_id": child_id,
                "catalog_app_id": app_id,
                "custom_name": None,
                "handle": "",
                "purpose": "",
                "status": "active",
                "notes": "",
                "agreed_on": today,
            }
        )
    session.execute(insert(m.AppUse), uses)
    settings = [
        {
            "app_use_id": index % APP_USES + 1,
            "catalog_setting_id": None,
            "custom_title": f"Setting {index}",
            "state": rng.choice(m.SETTING_STATES),
            "last_checked": today - dt.timedelta(days=rng.randrange(400)),
            "notes": "",
        }
        for index in range(SETTINGS)
    ]
    session.execute(insert(m.SettingAgreement), settings)
    _logs(session, rng, today, logs)
    _reminders(session, rng, today)


def _logs(session: Session, rng: random.Random, today: dt.date, scale: float) -> None:
    conversations = [
        {
            "id": i + 1,
            "held_on": today - dt.timedelta(days=i // 8),
            "topics": "",
            "said": _sentence(rng),
            "child_wants": _sentence(rng, 8),
            "follow_up": "",
            "follow_up_on": None,
        }
        for i in range(round(CONVERSATIONS * scale))
    ]
    session.execute(insert(m.Conversation), conversations)
    links = [
        {"conversation_id": i + 1, "child_id": i % CHILDREN + 1}
        for i in range(round(CONVERSATIONS * scale))
    ]
    session.execute(insert(m.conversation_child), links)
    concerns = [
        {
            "occurred_on": today - dt.timedelta(days=i // 2),
            "child_id": i % CHILDREN + 1,
            "app_use_id": i % APP_USES + 1,
            "app_name": "",
            "other_username": f"user{i}",
            "other_profile": "",
            "what_happened": _sentence(rng),
            "warning_signs": "",
            "blocked": True,
            "reported_to_platform": False,
            "platform_report_number": "",
            "cybertipline_report_number": "",
            "police_report_number": "",
            "other_action": "",
            "follow_up_on": None,
            "status": rng.choice(m.CONCERN_STATUSES),
        }
        for i in range(round(CONCERNS * scale))
    ]
    session.execute(insert(m.Concern), concerns)


def _reminders(session: Session, rng: random.Random, today: dt.date) -> None:
    evening = dt.datetime.combine(today, dt.time(18, 0))
    reminders = []
    for index in range(REMINDERS):
        start = evening + dt.timedelta(days=rng.randrange(-60, 60))
        reminders.append(
            {
                "title": f"Reminder {index}",
                "rrule": "FREQ=WEEKLY;INTERVAL=2",
                "starts_at": start,
                "next_due": start,
                "snoozed_until": None,
                "active": True,
                "child_id": index % CHILDREN + 1,
            }
        )
    session.execute(insert(m.Reminder), reminders)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--logs", type=float, default=1, help="this many times the logs")
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else None
    catalog = load_catalog()

    def fill(session: Session) -> None:
        populate(session, catalog, logs=args.logs)

    PlanFile.create(args.path, fill, passphrase).close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
