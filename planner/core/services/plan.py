"""The plan's own details and what it holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.dto import PlanCounts, PlanDetails
from planner.core.errors import DamagedPlanError
from planner.core.services.contacts import sync_builtin_contacts
from planner.core.services.validate import choice, required_text

LANGUAGES = ("en", "es")


@dataclass(frozen=True, slots=True)
class NewPlan:
    name: str
    country: str
    language: str = "en"
    mode: str = "home"


def start_plan(session: Session, details: NewPlan, catalog: Catalog) -> PlanDetails:
    """Fill a brand-new plan file: its details and the built-in contacts of its country."""
    plan = m.Plan(**_fields(details, catalog))
    session.add(plan)
    session.flush()
    sync_builtin_contacts(session, catalog, plan.country)
    return _details(plan)


def _fields(details: NewPlan, catalog: Catalog) -> dict[str, str]:
    country = details.country.upper()
    choice(country, catalog.countries, "country")
    return {
        "name": required_text(details.name, "a name for the plan"),
        "country": country,
        "language": choice(details.language, LANGUAGES, "language"),
        "mode": choice(details.mode, m.PLAN_MODES, "mode"),
    }


def get_details(session: Session) -> PlanDetails:
    return _details(_the_plan(session))


def update_details(session: Session, details: NewPlan, catalog: Catalog) -> PlanDetails:
    plan = _the_plan(session)
    fields = _fields(details, catalog)
    country_changed = fields["country"] != plan.country
    for name, value in fields.items():
        setattr(plan, name, value)
    if country_changed:
        sync_builtin_contacts(session, catalog, plan.country)
    session.flush()
    return _details(plan)


def get_preference(session: Session, key: str, default: str) -> str:
    row = session.get(m.Preference, key)
    return default if row is None else row.value


def set_preference(session: Session, key: str, value: str) -> None:
    session.merge(m.Preference(key=key, value=value))


def counts(session: Session) -> PlanCounts:
    def count(model: type[m.Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return PlanCounts(
        children=count(m.Child),
        adults=count(m.Adult),
        devices=count(m.Device),
        app_uses=count(m.AppUse),
        setting_agreements=count(m.SettingAgreement),
        household_rules=count(m.HouseholdRule),
        conversations=count(m.Conversation),
        concerns=count(m.Concern),
        contacts=count(m.Contact),
        reminders=count(m.Reminder),
    )


def _the_plan(session: Session) -> m.Plan:
    plan = session.scalars(select(m.Plan).order_by(m.Plan.id).limit(1)).first()
    if plan is None:
        raise DamagedPlanError("This plan file has no plan details: it is damaged.")
    return plan


def _details(plan: m.Plan) -> PlanDetails:
    return PlanDetails(
        name=plan.name,
        country=plan.country,
        language=plan.language,
        mode=plan.mode,
        created_at=plan.created_at,
        modified_at=plan.modified_at,
    )
