"""The overview: for each child, what they use and how far the plan is, in a fixed few queries.

A big plan (a dozen children, hundreds of apps) must open as fast as a small one, so nothing
here runs one query per child or per app. The window reads the same overview without the ORM
(planner.core.overview_read, which also defines its shape); this is the reference that a test
holds that read layer to.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.dto import AppUseDTO, ReminderDTO
from planner.core.overview_read import (
    CHECK_AFTER_DAYS,
    AppSummary,
    ChildOverview,
    PlanOverview,
    SettingCounts,
    app_summary,
)
from planner.core.services import apps, children, concerns, conversations, reminders


def plan_overview(session: Session, catalog: Catalog, now: dt.datetime) -> PlanOverview:
    kids = children.list_children(session)
    uses = apps.list_app_uses(session)
    recorded = apps.recorded_capabilities(session)
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
            apps=tuple(_app_summary(catalog, use, recorded) for use in uses_by_child[kid.id]),
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


def _app_summary(
    catalog: Catalog, use: AppUseDTO, recorded: dict[int, dict[str, str]]
) -> AppSummary:
    return app_summary(catalog, use.id, use.catalog_app_id, use.custom_name, recorded.get(use.id))


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
