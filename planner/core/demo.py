"""A sample plan of a fictional family, for trying the planner and for tests.

The Alvarez-Kim household and everything in it are invented.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from planner.core.catalog import Catalog
from planner.core.recurrence import rule_for_preset
from planner.core.services import (
    apps,
    children,
    concerns,
    contacts,
    conversations,
    reminders,
    rules,
)
from planner.core.services.plan import NewPlan, start_plan

DEMO_PLAN = NewPlan(name="Alvarez-Kim household", country="US", language="en", mode="home")

# (nickname, age, apps) — ages relative to today so the sample never grows old.
DEMO_CHILDREN = (
    ("Maya", 14, ("instagram", "snapchat", "tiktok", "discord")),
    ("Leo", 10, ("roblox", "minecraft", "youtube")),
)

# How far along each recommended setting is, cycling through the states people really see.
_STATE_CYCLE = ("in_place", "agreed", "to_discuss", "in_place", "declined")


def build_demo(session: Session, catalog: Catalog, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    start_plan(session, DEMO_PLAN, catalog)
    kids = {}
    for nickname, age, app_ids in DEMO_CHILDREN:
        child = children.add_child(session, nickname, today.year - age)
        kids[nickname] = child.id
        _add_apps(session, catalog, child.id, app_ids, today)
    _add_people_and_devices(session, kids)
    _add_rules(session, catalog, kids, today)
    _add_conversations(session, catalog, kids, today)
    _add_concern(session, catalog, kids["Leo"], today)
    _add_contacts(session)
    _add_reminders(session, kids, today)


def _add_apps(
    session: Session, catalog: Catalog, child_id: int, app_ids: tuple[str, ...], today: dt.date
) -> None:
    for index, app_id in enumerate(app_ids):
        use = apps.add_app_use(
            session,
            catalog,
            child_id,
            catalog_app_id=app_id,
            purpose="Talking with school friends" if index == 0 else "Games and videos",
            agreed_on=today - dt.timedelta(days=60 + 7 * index),
        )
        for step, agreement in enumerate(apps.list_settings(session, use.id)):
            state = _STATE_CYCLE[(step + index) % len(_STATE_CYCLE)]
            checked = today - dt.timedelta(days=20 + 11 * step) if state == "in_place" else None
            apps.update_setting(session, agreement.id, state=state, last_checked=checked)


def _add_people_and_devices(session: Session, kids: dict[str, int]) -> None:
    children.add_adult(session, "Sofia Alvarez", "Mother", "caregiver", "555-0142")
    children.add_adult(session, "Daniel Kim", "Father", "caregiver")
    children.add_adult(session, "Aunt Rosa", "Aunt", "trusted_adult", "555-0199")
    children.add_device(session, kids["Maya"], "phone", "Maya's phone")
    children.add_device(session, kids["Maya"], "computer", "Family laptop")
    children.add_device(session, kids["Leo"], "tablet", "Leo's tablet")
    children.add_device(session, kids["Leo"], "console", "Living-room console")


def _add_rules(session: Session, catalog: Catalog, kids: dict[str, int], today: dt.date) -> None:
    for nickname, child_id in kids.items():
        age = next(age for name, age, _ in DEMO_CHILDREN if name == nickname)
        fitting = [i for i in catalog.guidance.agreement_items if i.ages[0] <= age <= i.ages[1]]
        for item in fitting[:3]:
            rules.add_rule(
                session,
                catalog,
                child_id,
                guidance_item_id=item.id,
                agreed_on=today - dt.timedelta(days=45),
            )


def _add_conversations(
    session: Session, catalog: Catalog, kids: dict[str, int], today: dt.date
) -> None:
    topics = [topic.id for topic in catalog.guidance.topics]
    conversations.save_conversation(
        session,
        catalog,
        held_on=today - dt.timedelta(days=40),
        child_ids=[kids["Maya"], kids["Leo"]],
        topics=topics[:2],
        said="We talked at dinner about who we chat with online and what a real friend is.",
        child_wants="Maya wants to keep her group chat; Leo wants to play with his cousins.",
        follow_up="Look at the friends lists together next weekend.",
        follow_up_on=today - dt.timedelta(days=33),
    )
    conversations.save_conversation(
        session,
        catalog,
        held_on=today - dt.timedelta(days=12),
        child_ids=[kids["Maya"]],
        topics=topics[2:3],
        said="Maya showed how Snap Map works and turned on Ghost Mode herself.",
        child_wants="To be asked before we look at her settings.",
    )
    conversations.save_conversation(
        session,
        catalog,
        held_on=today - dt.timedelta(days=3),
        child_ids=[kids["Leo"]],
        topics=topics[3:4],
        said="Leo told us about a player who offered free Robux if he added him on another app.",
        child_wants="To keep playing Roblox with friends he knows.",
        follow_up="Check his friends list together.",
    )


def _add_concern(session: Session, catalog: Catalog, child_id: int, today: dt.date) -> None:
    roblox = next(use for use in apps.list_app_uses(session, child_id) if use.catalog_app_id)
    signs = [sign.id for sign in catalog.guidance.signs][:2]
    concerns.save_concern(
        session,
        catalog,
        concerns.ConcernInput(
            occurred_on=today - dt.timedelta(days=4),
            child_id=child_id,
            app_use_id=roblox.id,
            other_username="xX_FreeRobux_Xx",
            what_happened=(
                "A player Leo did not know offered free Robux and asked him to move the chat "
                "to another app and keep it secret."
            ),
            warning_signs=tuple(signs),
            blocked=True,
            reported_to_platform=True,
            platform_report_number="(not given)",
            status="watching",
        ),
    )


def _add_contacts(session: Session) -> None:
    contacts.add_contact(
        session,
        contacts.ContactInput(kind="trusted_adult", name="Aunt Rosa", phone="555-0199"),
    )
    contacts.add_contact(
        session,
        contacts.ContactInput(
            kind="school",
            name="Westfield Middle School counselor",
            phone="555-0110",
            hours="School days, 8:00-15:30",
        ),
    )


def _add_reminders(session: Session, kids: dict[str, int], today: dt.date) -> None:
    evening = dt.datetime.combine(today, dt.time(18, 0))
    for nickname, child_id in kids.items():
        first_app = apps.list_app_uses(session, child_id)[0]
        start = evening - dt.timedelta(days=15)
        reminders.add_reminder(
            session,
            reminders.ReminderInput(
                title=f"Review friends and followers with {nickname}",
                rule=rule_for_preset("every-2-weeks", start),
                starts_at=start,
                app_use_id=first_app.id,
            ),
        )
        start = evening + dt.timedelta(days=30)
        reminders.add_reminder(
            session,
            reminders.ReminderInput(
                title=f"Re-check {nickname}'s privacy settings",
                rule=rule_for_preset("every-3-months", start),
                starts_at=start,
                child_id=child_id,
            ),
        )
    start = evening + dt.timedelta(days=90)
    reminders.add_reminder(
        session,
        reminders.ReminderInput(
            title="Review the family safety plan together",
            rule=rule_for_preset("every-6-months", start),
            starts_at=start,
        ),
    )
