"""The sample plan: a fictional family with something in every section, read back from disk."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.demo import build_demo
from planner.core.plans import PlanFile
from planner.core.services import (
    apps,
    children,
    concerns,
    contacts,
    conversations,
    reminders,
    rules,
)
from planner.core.services.plan import get_details


@pytest.fixture
def demo_path(tmp_path, catalog):
    path = tmp_path / "sample.plan"
    PlanFile.create(path, lambda session: build_demo(session, catalog)).close()
    return path


@pytest.fixture
def demo(demo_path):
    with PlanFile.open(demo_path) as plan, plan.unit_of_work() as session:
        yield session


def test_the_demo_is_a_us_household(demo):
    details = get_details(demo)
    assert (details.name, details.country) == ("Alvarez-Kim household", "US")


def test_the_demo_has_two_children_of_different_ages(demo):
    kids = children.list_children(demo)
    assert len(kids) >= 2
    assert len({child.birth_year for child in kids}) == len(kids)
    assert children.list_adults(demo) and children.list_devices(demo)


def test_the_demo_has_apps_with_settings_in_several_states(demo, catalog):
    uses = apps.list_app_uses(demo)
    assert len(uses) >= 5
    assert all(use.catalog_app_id in catalog.apps for use in uses)
    for use in uses:
        assert apps.list_settings(demo, use.id), use.catalog_app_id
    assert len({s.state for s in apps.list_settings(demo)}) >= 3
    assert rules.list_rules(demo)


def test_the_demo_has_conversations_one_concern_contacts_and_reminders(demo):
    assert conversations.count_conversations(demo) >= 2
    assert any(len(c.child_ids) > 1 for c in conversations.list_conversations(demo))
    (concern,) = concerns.list_concerns(demo)
    assert concern.other_username == "xX_FreeRobux_Xx"
    own = [c for c in contacts.list_contacts(demo) if c.builtin_id is None]
    assert own and any(c.builtin_id == "us-cybertipline" for c in contacts.list_contacts(demo))
    assert len(reminders.list_reminders(demo)) >= 3


def test_the_demo_has_a_reminder_due_now(demo):
    assert reminders.due_count(demo, dt.datetime.now()) >= 1


def test_the_demo_can_be_built_for_a_fixed_day(tmp_path, catalog):
    path = tmp_path / "fixed.plan"
    day = dt.date(2025, 6, 1)
    PlanFile.create(path, lambda session: build_demo(session, catalog, today=day)).close()
    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        years = sorted(child.birth_year for child in children.list_children(session))
        newest = conversations.list_conversations(session, limit=1)[0]
    assert years == [2011, 2015]
    assert newest.held_on == day - dt.timedelta(days=3)


def test_the_shared_demo_template_matches(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        assert len(children.list_children(session)) == 2
