"""Concerns: what happened, warning signs, what was done; searchable by usernames and numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.core.errors import ValidationError
from planner.core.services import apps, children, concerns
from tests.conftest import reopened

TODAY = dt.date.today()


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def report(child_id: int, **fields) -> concerns.ConcernInput:
    fields.setdefault("occurred_on", TODAY)
    fields.setdefault("what_happened", "A stranger asked for pictures.")
    return concerns.ConcernInput(child_id=child_id, **fields)


def test_concern_input_defaults_to_an_open_concern_with_nothing_done():
    data = concerns.ConcernInput(occurred_on=TODAY, child_id=1, what_happened="x")
    assert data.status == "open"
    assert (data.blocked, data.reported_to_platform, data.warning_signs) == (False, False, ())
    assert data.app_use_id is None and data.follow_up_on is None


def test_a_full_concern_is_there_after_reopening(plan, catalog):
    signs = tuple(sign.id for sign in catalog.guidance.signs[:2])
    with plan.unit_of_work() as session:
        leo = children.add_child(session, "Leo", TODAY.year - 10)
        roblox = apps.add_app_use(session, catalog, leo.id, catalog_app_id="roblox")
        saved = concerns.save_concern(
            session,
            catalog,
            report(
                leo.id,
                occurred_on=days_ago(4),
                app_use_id=roblox.id,
                other_username="xX_FreeRobux_Xx",
                other_profile="roblox.com/users/123",
                warning_signs=signs,
                blocked=True,
                reported_to_platform=True,
                platform_report_number="RBX-5521",
                cybertipline_report_number="CT-998877",
                police_report_number="PD 2024/17",
                other_action="Told the school",
                follow_up_on=TODAY + dt.timedelta(days=7),
                status="watching",
            ),
        )
    with reopened(plan) as again, again.unit_of_work() as session:
        assert concerns.get_concern(session, saved.id) == saved
    assert saved.warning_signs == signs
    assert (saved.blocked, saved.reported_to_platform, saved.status) == (True, True, "watching")


def test_saving_with_an_id_replaces_the_concern(session, catalog, kids):
    maya, _ = kids
    first = concerns.save_concern(session, catalog, report(maya, status="open"))
    again = concerns.save_concern(
        session, catalog, report(maya, status="closed", what_happened="Sorted"), first.id
    )
    assert again.id == first.id
    assert concerns.list_concerns(session) == [again]
    assert (again.status, again.what_happened) == ("closed", "Sorted")


def test_an_app_of_another_child_is_refused(session, catalog, kids):
    maya, leo = kids
    leos_app = apps.add_app_use(session, catalog, leo, catalog_app_id="roblox")
    with pytest.raises(ValidationError, match="That app belongs to another child."):
        concerns.save_concern(session, catalog, report(maya, app_use_id=leos_app.id))
    assert concerns.count_concerns(session) == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"warning_signs": ("green-hair",)}, "'green-hair' is not one of the warning signs."),
        ({"status": "resolved"}, "'resolved' is not a valid status"),
        ({"occurred_on": TODAY + dt.timedelta(days=1)}, "cannot be in the future"),
        ({"app_use_id": 999}, "That app no longer exists"),
        ({"other_username": "x" * 201}, "at most 200 characters"),
    ],
)
def test_wrong_input_is_refused_with_a_sentence(session, catalog, kids, fields, message):
    maya, _ = kids
    with pytest.raises(ValidationError, match=message):
        concerns.save_concern(session, catalog, report(maya, **fields))
    assert concerns.count_concerns(session) == 0


def test_a_concern_about_a_missing_child_is_refused(session, catalog):
    with pytest.raises(ValidationError, match="That child no longer exists"):
        concerns.save_concern(session, catalog, report(999))


@pytest.mark.parametrize("status", ["open", "watching", "closed"])
def test_every_status_can_be_chosen(session, catalog, kids, status):
    maya, _ = kids
    assert concerns.save_concern(session, catalog, report(maya, status=status)).status == status


@pytest.mark.parametrize(
    "typed", ["freerobux", "FREEROB", "xX_FreeRobux_Xx", "CT-998877", "998877", "rbx 5521"]
)
def test_search_finds_usernames_and_report_numbers(session, catalog, kids, typed):
    maya, _ = kids
    concerns.save_concern(
        session,
        catalog,
        report(
            maya,
            other_username="xX_FreeRobux_Xx",
            platform_report_number="RBX-5521",
            cybertipline_report_number="CT-998877",
        ),
    )
    concerns.save_concern(session, catalog, report(maya, other_username="someone_else"))
    found = concerns.list_concerns(session, query=typed)
    assert [c.other_username for c in found] == ["xX_FreeRobux_Xx"]
    assert concerns.count_concerns(session, query=typed) == 1


def test_search_ignores_accents_and_survives_operators(session, catalog, kids):
    maya, _ = kids
    concerns.save_concern(session, catalog, report(maya, what_happened="Met at the café"))
    assert concerns.count_concerns(session, query="CAFE") == 1
    for typed in ('"', "NEAR(", "AND OR", "*", "x:y"):
        concerns.list_concerns(session, query=typed)


def test_search_follows_updates_and_deletes(session, catalog, kids):
    maya, _ = kids
    saved = concerns.save_concern(session, catalog, report(maya, police_report_number="PD-1"))
    concerns.save_concern(session, catalog, report(maya, police_report_number="PD-2"), saved.id)
    assert concerns.count_concerns(session, query="PD 1") == 0
    assert concerns.count_concerns(session, query="PD 2") == 1
    concerns.delete_concern(session, saved.id)
    assert concerns.count_concerns(session, query="PD") == 0
    with pytest.raises(ValidationError, match="That concern no longer exists"):
        concerns.get_concern(session, saved.id)


def test_list_is_newest_first_filtered_by_child_and_paged(session, catalog, kids):
    maya, leo = kids
    for day in (5, 1, 3):
        concerns.save_concern(session, catalog, report(maya, occurred_on=days_ago(day)))
    concerns.save_concern(session, catalog, report(leo))
    mayas = concerns.list_concerns(session, child_id=maya)
    assert [c.occurred_on for c in mayas] == [days_ago(1), days_ago(3), days_ago(5)]
    page = concerns.list_concerns(session, child_id=maya, offset=1, limit=1)
    assert [c.occurred_on for c in page] == [days_ago(3)]
    assert concerns.count_concerns(session, child_id=leo) == 1
    assert concerns.count_concerns(session) == 4


def test_open_concern_counts_leave_out_closed_ones(session, catalog, kids):
    maya, leo = kids
    base = report(maya)
    concerns.save_concern(session, catalog, base)
    concerns.save_concern(session, catalog, replace(base, status="watching"))
    concerns.save_concern(session, catalog, replace(base, status="closed"))
    concerns.save_concern(session, catalog, report(leo, status="closed"))
    assert concerns.open_concern_counts(session) == {maya: 2}


def test_deleting_the_app_keeps_the_concern(plan, catalog):
    with plan.unit_of_work() as session:
        leo = children.add_child(session, "Leo", TODAY.year - 10)
        roblox = apps.add_app_use(session, catalog, leo.id, catalog_app_id="roblox")
        saved = concerns.save_concern(session, catalog, report(leo.id, app_use_id=roblox.id))
    with plan.unit_of_work() as session:
        apps.delete_app_use(session, roblox.id)
    with reopened(plan) as again, again.unit_of_work() as session:
        kept = concerns.get_concern(session, saved.id)
    assert kept.app_use_id is None
    assert kept.what_happened == saved.what_happened
