"""Household rules agreed with a child: suggested ones from the guidance, or the family's own."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.services import children, rules
from tests.conftest import reopened

TODAY = dt.date.today()


@pytest.fixture
def maya(session):
    return children.add_child(session, "Maya", TODAY.year - 14)


def test_a_suggested_and_an_own_rule_are_kept(plan, catalog):
    item = catalog.guidance.agreement_items[0].id
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        one = rules.add_rule(session, catalog, child.id, guidance_item_id=item, agreed_on=TODAY)
        two = rules.add_rule(session, catalog, child.id, custom_text="  Phones sleep downstairs ")
    with reopened(plan) as again, again.unit_of_work() as session:
        assert rules.list_rules(session) == [one, two]
    assert (one.guidance_item_id, one.custom_text, one.agreed_on) == (item, None, TODAY)
    assert (two.guidance_item_id, two.custom_text, two.agreed_on) == (
        None,
        "Phones sleep downstairs",
        None,
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "not both"),
        ({"guidance_item_id": "accounts-private", "custom_text": "x"}, "not both"),
        ({"guidance_item_id": "no-such-rule"}, "'no-such-rule' is not one of the suggested rules"),
        ({"custom_text": "  \n "}, "Please enter the rule."),
    ],
)
def test_a_rule_must_be_one_suggestion_or_own_words(session, catalog, maya, fields, message):
    with pytest.raises(ValidationError, match=message):
        rules.add_rule(session, catalog, maya.id, **fields)
    assert rules.list_rules(session) == []


def test_a_rule_for_a_missing_child_or_agreed_in_the_future_is_refused(session, catalog, maya):
    with pytest.raises(ValidationError, match="That child no longer exists"):
        rules.add_rule(session, catalog, 999, custom_text="x")
    with pytest.raises(ValidationError, match="cannot be in the future"):
        rules.add_rule(
            session, catalog, maya.id, custom_text="x", agreed_on=TODAY + dt.timedelta(days=1)
        )


def test_list_rules_filters_by_child(session, catalog, maya):
    leo = children.add_child(session, "Leo", TODAY.year - 10)
    rules.add_rule(session, catalog, maya.id, custom_text="Maya's rule")
    rules.add_rule(session, catalog, leo.id, custom_text="Leo's rule")
    assert [r.custom_text for r in rules.list_rules(session, leo.id)] == ["Leo's rule"]
    assert len(rules.list_rules(session)) == 2


def test_set_agreed_on_records_the_day_and_can_clear_it(plan, catalog):
    yesterday = TODAY - dt.timedelta(days=1)
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        rule = rules.add_rule(session, catalog, child.id, custom_text="x")
    with plan.unit_of_work() as session:
        assert rules.set_agreed_on(session, rule.id, yesterday).agreed_on == yesterday
    with reopened(plan) as again, again.unit_of_work() as session:
        assert rules.list_rules(session)[0].agreed_on == yesterday
        assert rules.set_agreed_on(session, rule.id, None).agreed_on is None
        with pytest.raises(ValidationError, match="cannot be in the future"):
            rules.set_agreed_on(session, rule.id, TODAY + dt.timedelta(days=1))


def test_delete_rule_removes_it(session, catalog, maya):
    keep = rules.add_rule(session, catalog, maya.id, custom_text="keep")
    drop = rules.add_rule(session, catalog, maya.id, custom_text="drop")
    rules.delete_rule(session, drop.id)
    assert rules.list_rules(session) == [keep]
    with pytest.raises(ValidationError, match="That rule no longer exists"):
        rules.delete_rule(session, drop.id)
