"""Concerns: what happened, the warning signs seen, what was done. Text only, never images."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.dto import ConcernDTO
from planner.core.errors import ValidationError
from planner.core.services.common import get_or_fail
from planner.core.services.search import matching
from planner.core.services.validate import (
    choice,
    ensure_room,
    ids_text,
    ids_tuple,
    not_future,
    optional_text,
)


@dataclass(frozen=True, slots=True)
class ConcernInput:
    occurred_on: dt.date
    child_id: int
    what_happened: str
    app_use_id: int | None = None
    app_name: str = ""
    other_username: str = ""
    other_profile: str = ""
    warning_signs: tuple[str, ...] = field(default_factory=tuple)
    blocked: bool = False
    reported_to_platform: bool = False
    platform_report_number: str = ""
    cybertipline_report_number: str = ""
    police_report_number: str = ""
    other_action: str = ""
    follow_up_on: dt.date | None = None
    status: str = "open"


def _filtered(child_id: int | None, query: str) -> Select[m.Concern]:
    statement = select(m.Concern)
    if child_id is not None:
        statement = statement.where(m.Concern.child_id == child_id)
    if query.strip():
        statement = statement.where(matching(m.Concern.id, "concern", query))
    return statement


def count_concerns(session: Session, child_id: int | None = None, query: str = "") -> int:
    inner = _filtered(child_id, query).with_only_columns(m.Concern.id).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def list_concerns(
    session: Session,
    *,
    child_id: int | None = None,
    query: str = "",
    offset: int = 0,
    limit: int | None = None,
) -> list[ConcernDTO]:
    statement = (
        _filtered(child_id, query)
        .order_by(m.Concern.occurred_on.desc(), m.Concern.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [_concern(row) for row in session.scalars(statement)]


def get_concern(session: Session, concern_id: int) -> ConcernDTO:
    return _concern(get_or_fail(session, m.Concern, concern_id, "that concern"))


def open_concern_counts(session: Session) -> dict[int, int]:
    """Per child, how many concerns are not closed."""
    statement = (
        select(m.Concern.child_id, func.count())
        .where(m.Concern.status != "closed")
        .group_by(m.Concern.child_id)
    )
    return {child_id: count for child_id, count in session.execute(statement)}


def save_concern(
    session: Session, catalog: Catalog, data: ConcernInput, concern_id: int | None = None
) -> ConcernDTO:
    """Add a concern (no id) or replace the one with `concern_id`."""
    get_or_fail(session, m.Child, data.child_id, "that child")
    if data.app_use_id is not None:
        use = get_or_fail(session, m.AppUse, data.app_use_id, "that app")
        if use.child_id != data.child_id:
            raise ValidationError("That app belongs to another child.")
    if concern_id is None:
        ensure_room(session, m.Concern, "concerns")
    row = (
        m.Concern()
        if concern_id is None
        else get_or_fail(session, m.Concern, concern_id, "that concern")
    )
    row.occurred_on = not_future(data.occurred_on, "date it happened") or data.occurred_on
    row.child_id = data.child_id
    row.app_use_id = data.app_use_id
    row.app_name = optional_text(data.app_name, "the app's name", 100)
    row.other_username = optional_text(data.other_username, "the other person's username", 200)
    row.other_profile = optional_text(data.other_profile, "the profile address", 500)
    row.what_happened = optional_text(data.what_happened, "what happened")
    row.warning_signs = ids_text(_known_signs(catalog, data.warning_signs))
    row.blocked = data.blocked
    row.reported_to_platform = data.reported_to_platform
    row.platform_report_number = optional_text(data.platform_report_number, "report number", 100)
    row.cybertipline_report_number = optional_text(
        data.cybertipline_report_number, "CyberTipline report number", 100
    )
    row.police_report_number = optional_text(data.police_report_number, "police report number", 100)
    row.other_action = optional_text(data.other_action, "what else was done")
    row.follow_up_on = data.follow_up_on
    row.status = choice(data.status, m.CONCERN_STATUSES, "status")
    session.add(row)
    session.flush()
    return _concern(row)


def delete_concern(session: Session, concern_id: int) -> None:
    session.delete(get_or_fail(session, m.Concern, concern_id, "that concern"))
    session.flush()


def _known_signs(catalog: Catalog, signs: Iterable[str]) -> list[str]:
    known = {sign.id for sign in catalog.guidance.signs}
    chosen = list(signs)
    for sign in chosen:
        if sign not in known:
            raise ValidationError("{sign} is not one of the warning signs.", sign=repr(sign))
    return chosen


def _concern(row: m.Concern) -> ConcernDTO:
    return ConcernDTO(
        id=row.id,
        occurred_on=row.occurred_on,
        child_id=row.child_id,
        app_use_id=row.app_use_id,
        app_name=row.app_name,
        other_username=row.other_username,
        other_profile=row.other_profile,
        what_happened=row.what_happened,
        warning_signs=ids_tuple(row.warning_signs),
        blocked=row.blocked,
        reported_to_platform=row.reported_to_platform,
        platform_report_number=row.platform_report_number,
        cybertipline_report_number=row.cybertipline_report_number,
        police_report_number=row.police_report_number,
        other_action=row.other_action,
        follow_up_on=row.follow_up_on,
        status=row.status,
    )
