"""Household rules: agreement items a child and the adults agreed on together."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.dto import HouseholdRuleDTO
from planner.core.errors import ValidationError
from planner.core.services.common import get_or_fail
from planner.core.services.validate import ensure_room, not_future, required_text


def list_rules(session: Session, child_id: int | None = None) -> list[HouseholdRuleDTO]:
    statement = select(m.HouseholdRule).order_by(m.HouseholdRule.child_id, m.HouseholdRule.id)
    if child_id is not None:
        statement = statement.where(m.HouseholdRule.child_id == child_id)
    return [_rule(row) for row in session.scalars(statement)]


def add_rule(
    session: Session,
    catalog: Catalog,
    child_id: int,
    *,
    guidance_item_id: str | None = None,
    custom_text: str | None = None,
    agreed_on: dt.date | None = None,
) -> HouseholdRuleDTO:
    get_or_fail(session, m.Child, child_id, "that child")
    if (guidance_item_id is None) == (custom_text is None):
        raise ValidationError("Choose a suggested rule or write your own, not both.")
    known = {item.id for item in catalog.guidance.agreement_items}
    if guidance_item_id is not None and guidance_item_id not in known:
        raise ValidationError(
            "{rule} is not one of the suggested rules.", rule=repr(guidance_item_id)
        )
    ensure_room(session, m.HouseholdRule, "household_rules")
    rule = m.HouseholdRule(
        child_id=child_id,
        guidance_item_id=guidance_item_id,
        custom_text=None if custom_text is None else required_text(custom_text, "the rule", 2000),
        agreed_on=not_future(agreed_on, "date it was agreed"),
    )
    session.add(rule)
    session.flush()
    return _rule(rule)


def set_agreed_on(session: Session, rule_id: int, agreed_on: dt.date | None) -> HouseholdRuleDTO:
    rule = get_or_fail(session, m.HouseholdRule, rule_id, "that rule")
    rule.agreed_on = not_future(agreed_on, "date it was agreed")
    session.flush()
    return _rule(rule)


def delete_rule(session: Session, rule_id: int) -> None:
    session.delete(get_or_fail(session, m.HouseholdRule, rule_id, "that rule"))
    session.flush()


def _rule(row: m.HouseholdRule) -> HouseholdRuleDTO:
    return HouseholdRuleDTO(
        id=row.id,
        child_id=row.child_id,
        guidance_item_id=row.guidance_item_id,
        custom_text=row.custom_text,
        agreed_on=row.agreed_on,
    )
