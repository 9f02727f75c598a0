"""The overview: for each child, what they use and how far the plan is, in a fixed few queries.

A big plan (a dozen children, hundreds of apps) must open as fast as a small one, so nothing
here runs one query per child or per app.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.dto import AppUseDTO, ChildDTO, ReminderDTO
from planner.core.services import apps, children, concerns, conversations, reminders

# The capabilities that open a child to a stranger; shown on the overview when an app has them.
RISK_KEYS = (
    "private_messages",
    "contact_from_strangers",
    "location_sharing",
    "live_streaming",
    "disappearing_messages",
)
RISKY_VALUES = ("yes", "limited")
# A setting in place that nobody looked at for longer than this may have been changed back
# (by an app update or by the child), so the household line counts it as overdue.
CHECK_AFTER_DAYS = 90


@dataclass(frozen=True, slots=True)
class Risk:
    key: str  # one of RISK_KEYS
    value: str  # "yes" or "limited"


@dataclass(frozen=True, slots=True)
class AppSummary:
    app_use_id: int
    name: str
    risks: tuple[Risk, ...]  # in the order of RISK_KEYS
    # False for the family's own app: the planner does not know what it allows (never "safe").
    known: bool = True


@dataclass(frozen=True, slots=True)
class SettingCounts:
    agreed: int = 0
    in_place: int = 0
    to_discuss: int = 0


@dataclass(frozen=True, slots=True)
class ChildOverview:
    child: ChildDTO
    apps: tuple[AppSummary, ...]  # apps in use (stopped ones left out)
    settings: SettingCounts
    last_conversation: dt.date | None
    due_reminders: tuple[ReminderDTO, ...]
    open_concerns: int


@dataclass(frozen=True, slots=True)
class PlanOverview:
    children: tuple[ChildOverview, ...]
    due_reminders: int  # every due reminder, the household's own included
    settings_to_check: int  # in place and not checked for more than CHECK_AFTER_DAYS
    open_concerns: int
    # Settings to do or done on apps in use that nobody has ever checked on the device.
    settings_never_checked: int = 0


def plan_overview(session: Session, catalog: Catalog, now: dt.datetime) -> PlanOverview:
    kids = children.list_children(session)
    uses = apps.list_app_uses(session)
    due = reminders.due_reminders(session, now)
    owners = _reminder_children(session, due, uses)
    last_talks = conversations.last_conversation_dates(session)
    concern_counts = concerns.open_concern_counts(session)
    states = _setting_states(session)
    uses_by_child: dict[int, list[AppUseDTO]] = defaultdict(list)
    for use in uses:
        if use.status == "active":
            uses_by_child[use.child_id].append(use)
    overviews = tuple(
        ChildOverview(
            child=kid,
            apps=tuple(_app_summary(catalog, use) for use in uses_by_child[kid.id]),
            settings=SettingCounts(
                agreed=states[kid.id]["agreed"],
                in_place=states[kid.id]["in_place"],
                to_discuss=states[kid.id]["to_discuss"],
            ),
            last_conversation=last_talks.get(kid.id),
            due_reminders=tuple(r for r in due if kid.id in owners.get(r.id, ())),
            open_concerns=concern_counts.get(kid.id, 0),
        )
        for kid in kids
    )
    return PlanOverview(
        children=overviews,
        due_reminders=len(due),
        settings_to_check=settings_to_check(session, now.date()),
        open_concerns=sum(concern_counts.values()),
        settings_never_checked=settings_never_checked(session),
    )


def settings_to_check(session: Session, today: dt.date) -> int:
    """Settings in place on apps in use that were never checked, or not for CHECK_AFTER_DAYS."""
    oldest = today - dt.timedelta(days=CHECK_AFTER_DAYS)
    agreement = m.SettingAgreement
    statement = (
        select(func.count())
        .select_from(agreement)
        .join(m.AppUse, m.AppUse.id == agreement.app_use_id)
        .where(m.AppUse.status == "active", agreement.state == "in_place")
        .where(or_(agreement.last_checked.is_(None), agreement.last_checked < oldest))
    )
    return int(session.scalar(statement) or 0)


def settings_never_checked(session: Session) -> int:
    """Settings agreed or in place on apps in use that were never checked on the device."""
    agreement = m.SettingAgreement
    statement = (
        select(func.count())
        .select_from(agreement)
        .join(m.AppUse, m.AppUse.id == agreement.app_use_id)
        .where(m.AppUse.status == "active", agreement.state.in_(("agreed", "in_place")))
        .where(agreement.last_checked.is_(None))
    )
    return int(session.scalar(statement) or 0)


def _setting_states(session: Session) -> dict[int, Counter[str]]:
    """Per child, how many settings of the apps in use are in each state (counted in SQL:
    a big plan holds thousands of settings)."""
    agreement = m.SettingAgreement
    statement = (
        select(m.AppUse.child_id, agreement.state, func.count())
        .join(m.AppUse, m.AppUse.id == agreement.app_use_id)
        .where(m.AppUse.status == "active")
        .group_by(m.AppUse.child_id, agreement.state)
    )
    states: dict[int, Counter[str]] = defaultdict(Counter)
    for child_id, state, count in session.execute(statement):
        states[child_id][state] = count
    return states


def _app_summary(catalog: Catalog, use: AppUseDTO) -> AppSummary:
    app = catalog.apps.get(use.catalog_app_id) if use.catalog_app_id else None
    if app is None:  # the family's own app: the planner knows nothing about what it allows
        return AppSummary(use.id, apps.app_display_name(catalog, use), (), known=False)
    risks = tuple(
        Risk(key, app.capabilities[key].value)
        for key in RISK_KEYS
        if key in app.capabilities and app.capabilities[key].value in RISKY_VALUES
    )
    return AppSummary(use.id, app.name, risks)


def _reminder_children(
    session: Session, due: list[ReminderDTO], uses: list[AppUseDTO]
) -> dict[int, set[int]]:
    """For each due reminder, the children it is about (through its one subject)."""
    child_of_use = {use.id: use.child_id for use in uses}
    setting_ids = {r.setting_agreement_id for r in due if r.setting_agreement_id is not None}
    child_of_setting = {
        setting_id: child_id
        for setting_id, child_id in session.execute(
            select(m.SettingAgreement.id, m.AppUse.child_id)
            .join(m.AppUse, m.AppUse.id == m.SettingAgreement.app_use_id)
            .where(m.SettingAgreement.id.in_(setting_ids))
        )
    }
    concern_ids = {r.concern_id for r in due if r.concern_id is not None}
    child_of_concern = {
        concern_id: child_id
        for concern_id, child_id in session.execute(
            select(m.Concern.id, m.Concern.child_id).where(m.Concern.id.in_(concern_ids))
        )
    }
    talk_ids = {r.conversation_id for r in due if r.conversation_id is not None}
    link = m.conversation_child.c
    children_of_talk: dict[int, set[int]] = defaultdict(set)
    for talk_id, child_id in session.execute(
        select(link.conversation_id, link.child_id).where(link.conversation_id.in_(talk_ids))
    ):
        children_of_talk[talk_id].add(child_id)
    owners: dict[int, set[int]] = {}
    for reminder in due:
        found = {
            reminder.child_id,
            _lookup(child_of_use, reminder.app_use_id),
            _lookup(child_of_setting, reminder.setting_agreement_id),
            _lookup(child_of_concern, reminder.concern_id),
        }
        if reminder.conversation_id is not None:
            found |= children_of_talk[reminder.conversation_id]
        owners[reminder.id] = {child for child in found if child is not None}
    return owners


def _lookup(mapping: dict[int, int], key: int | None) -> int | None:
    return None if key is None else mapping.get(key)
