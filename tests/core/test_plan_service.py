"""The plan's own details, preferences, what it holds and when it last changed."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.plans import PlanFile
from planner.core.services import children, contacts
from planner.core.services.plan import (
    NewPlan,
    counts,
    get_details,
    get_preference,
    set_preference,
    start_plan,
    update_details,
)
from tests.conftest import reopened


def modified_at(plan) -> dt.datetime:
    with plan.unit_of_work() as session:
        return get_details(session).modified_at


def test_get_details_of_a_new_plan(session):
    details = get_details(session)
    assert (details.name, details.country, details.language, details.mode) == (
        "Test plan",
        "US",
        "en",
        "home",
    )
    assert details.created_at <= details.modified_at


def test_start_plan_fills_a_new_file_with_details_and_contacts(tmp_path, catalog):
    path = tmp_path / "shelter.plan"
    details = NewPlan(name="Family 12", country="ca", language="es", mode="shelter")
    PlanFile.create(path, lambda s: start_plan(s, details, catalog)).close()
    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        got = get_details(session)
        builtin = {c.builtin_id for c in contacts.list_contacts(session)}
    assert (got.name, got.country, got.language, got.mode) == ("Family 12", "CA", "es", "shelter")
    assert builtin == {c.id for c in catalog.countries["CA"].contacts}


def test_update_details_is_kept(plan, catalog):
    with plan.unit_of_work() as session:
        update_details(session, NewPlan(name="Our plan", country="US", mode="shelter"), catalog)
    with reopened(plan) as again, again.unit_of_work() as session:
        got = get_details(session)
    assert (got.name, got.mode) == ("Our plan", "shelter")


def test_changing_the_country_brings_that_countrys_contacts(plan, catalog):
    with plan.unit_of_work() as session:
        update_details(session, NewPlan(name="Test plan", country="gb"), catalog)
    with reopened(plan) as again, again.unit_of_work() as session:
        assert get_details(session).country == "GB"
        builtin = {c.builtin_id for c in contacts.list_contacts(session)}
    assert builtin == {c.id for c in catalog.countries["GB"].contacts}


@pytest.mark.parametrize(
    ("details", "message"),
    [
        (NewPlan(name="x", country="FR"), "'FR' is not a valid country"),
        (NewPlan(name=" ", country="US"), "Please enter a name for the plan."),
        (NewPlan(name="x", country="US", language="de"), "not a valid language"),
        (NewPlan(name="x", country="US", mode="office"), "not a valid mode"),
    ],
)
def test_wrong_details_are_refused(session, catalog, details, message):
    with pytest.raises(ValidationError, match=message):
        update_details(session, details, catalog)
    assert get_details(session).name == "Test plan"


def test_preferences_have_defaults_and_are_kept(plan):
    with plan.unit_of_work() as session:
        assert get_preference(session, "idle_lock_minutes", "10") == "10"
        set_preference(session, "idle_lock_minutes", "5")
    with plan.unit_of_work() as session:
        set_preference(session, "idle_lock_minutes", "15")
    with reopened(plan) as again, again.unit_of_work() as session:
        assert get_preference(session, "idle_lock_minutes", "10") == "15"


def test_counts_say_what_the_plan_holds(session, catalog):
    maya = children.add_child(session, "Maya", dt.date.today().year - 14)
    children.add_device(session, maya.id, "phone")
    children.add_adult(session, "Sofia", "Mother")
    held = counts(session)
    assert (held.children, held.devices, held.adults, held.app_uses) == (1, 1, 1, 0)
    assert held.contacts == len(catalog.countries["US"].contacts)
    assert dict(held.as_rows())["children"] == 1


def test_counts_of_the_demo_plan(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        held = counts(session)
    assert held.children == 2
    assert held.app_uses >= 5 and held.setting_agreements > held.app_uses
    assert all(number > 0 for _label, number in held.as_rows())


def test_modified_at_moves_forward_when_content_changes(plan):
    before = modified_at(plan)
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", dt.date.today().year - 14)
    after_add = modified_at(plan)
    with plan.unit_of_work() as session:
        children.delete_child(session, child.id)
    after_delete = modified_at(plan)
    assert before < after_add < after_delete


def test_modified_at_moves_forward_when_a_preference_changes(plan):
    before = modified_at(plan)
    with plan.unit_of_work() as session:
        set_preference(session, "idle_lock_minutes", "5")
    assert modified_at(plan) > before


def test_modified_at_moves_forward_when_the_country_changes(plan, catalog):
    before = modified_at(plan)
    with plan.unit_of_work() as session:
        update_details(session, NewPlan(name="Test plan", country="IE"), catalog)
    assert modified_at(plan) > before


def test_modified_at_moves_forward_when_the_plan_is_renamed(plan, catalog):
    before = modified_at(plan)
    with plan.unit_of_work() as session:
        update_details(session, NewPlan(name="Renamed plan", country="US"), catalog)
    assert modified_at(plan) > before
