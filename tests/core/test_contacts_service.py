"""Reporting contacts: the built-in ones of the plan's country and the household's own."""

from __future__ import annotations

import pytest

from planner.core.errors import ValidationError
from planner.core.models import CONTACT_KINDS
from planner.core.services import contacts
from tests.conftest import reopened


def by_builtin(session, include_hidden=True) -> dict[str | None, contacts.ContactDTO]:
    return {c.builtin_id: c for c in contacts.list_contacts(session, include_hidden)}


def aunt() -> contacts.ContactInput:
    return contacts.ContactInput(kind="trusted_adult", name="Aunt Rosa", phone="555-0199")


def test_a_us_plan_starts_with_the_us_builtin_contacts(session, catalog):
    listed = contacts.list_contacts(session)
    assert {c.builtin_id for c in listed} == {c.id for c in catalog.countries["US"].contacts}
    tipline = by_builtin(session)["us-cybertipline"]
    assert tipline.phone == "1-800-843-5678"
    assert "CyberTipline" in tipline.name


def test_the_list_puts_emergency_first(session):
    contacts.add_contact(session, contacts.ContactInput(kind="emergency", name="Our doctor"))
    contacts.add_contact(session, aunt())
    listed = contacts.list_contacts(session)
    assert [c.kind for c in listed[:2]] == ["emergency", "emergency"]
    assert listed[0].builtin_id == "us-emergency"
    assert listed[0].phone == "911"
    assert listed[1].name == "Our doctor"
    order = [CONTACT_KINDS.index(c.kind) for c in listed]
    assert order == sorted(order)


def test_own_contacts_are_added_updated_and_deleted(plan):
    with plan.unit_of_work() as session:
        own = contacts.add_contact(session, aunt())
    with plan.unit_of_work() as session:
        contacts.update_contact(
            session,
            own.id,
            contacts.ContactInput(kind="school", name="Counselor", phone="555-0110", hours="8-4"),
        )
    with reopened(plan) as again, again.unit_of_work() as session:
        got = by_builtin(session)[None]
        assert (got.kind, got.name, got.phone, got.hours) == (
            "school",
            "Counselor",
            "555-0110",
            "8-4",
        )
        contacts.delete_contact(session, own.id)
        assert None not in by_builtin(session)


def test_an_own_contact_needs_a_name_and_a_known_kind(session):
    with pytest.raises(ValidationError, match="Please enter the contact's name."):
        contacts.add_contact(session, contacts.ContactInput(kind="other", name=" "))
    with pytest.raises(ValidationError, match="not a valid kind of contact"):
        contacts.add_contact(session, contacts.ContactInput(kind="friend", name="Rosa"))
    with pytest.raises(ValidationError, match="That contact no longer exists"):
        contacts.update_contact(session, 9999, aunt())


def test_builtin_facts_cannot_be_edited_but_notes_can(plan):
    with plan.unit_of_work() as session:
        tipline = by_builtin(session)["us-cybertipline"]
        contacts.update_contact(
            session,
            tipline.id,
            contacts.ContactInput(kind="other", name="Fake", phone="000", notes="Report #77"),
        )
    with reopened(plan) as again, again.unit_of_work() as session:
        got = by_builtin(session)["us-cybertipline"]
    assert (got.kind, got.name, got.phone) == (tipline.kind, tipline.name, "1-800-843-5678")
    assert got.notes == "Report #77"


def test_builtins_cannot_be_deleted_but_can_be_hidden(plan):
    with plan.unit_of_work() as session:
        tipline = by_builtin(session)["us-cybertipline"]
        with pytest.raises(ValidationError, match="cannot be deleted; you can hide them"):
            contacts.delete_contact(session, tipline.id)
        assert contacts.set_hidden(session, tipline.id, True).hidden
    with reopened(plan) as again, again.unit_of_work() as session:
        assert "us-cybertipline" not in by_builtin(session, include_hidden=False)
        assert by_builtin(session)["us-cybertipline"].hidden
        contacts.set_hidden(session, tipline.id, False)
        assert "us-cybertipline" in by_builtin(session, include_hidden=False)


def test_sync_to_another_country_replaces_builtins_and_keeps_own(plan, catalog):
    with plan.unit_of_work() as session:
        own = contacts.add_contact(session, aunt())
        contacts.sync_builtin_contacts(session, catalog, "GB")
    with reopened(plan) as again, again.unit_of_work() as session:
        listed = by_builtin(session)
    expected = {c.id for c in catalog.countries["GB"].contacts}
    assert set(listed) == expected | {None}
    assert listed[None] == own
    assert listed["gb-emergency"].phone == "999"
    assert not any(builtin and builtin.startswith("us-") for builtin in listed)


def test_builtins_keep_notes_and_hidden_across_a_sync(plan, catalog):
    with plan.unit_of_work() as session:
        listed = by_builtin(session)
        contacts.update_contact(
            session,
            listed["us-cybertipline"].id,
            contacts.ContactInput(kind="hotline", name="x", notes="Called on Monday"),
        )
        contacts.set_hidden(session, listed["us-988-lifeline"].id, True)
    with plan.unit_of_work() as session:
        contacts.sync_builtin_contacts(session, catalog, "US")
    with reopened(plan) as again, again.unit_of_work() as session:
        after = by_builtin(session)
    assert after["us-cybertipline"].notes == "Called on Monday"
    assert after["us-988-lifeline"].hidden
    assert after["us-cybertipline"].id == listed["us-cybertipline"].id
    assert len(after) == len(catalog.countries["US"].contacts)


def test_a_sync_with_nothing_new_changes_nothing(plan, catalog):
    # Opening a plan syncs its built-in contacts: with the same catalog it must write nothing,
    # not even the plan's "modified" time.
    from planner.core.services.plan import get_details

    with plan.unit_of_work() as session:
        before = get_details(session).modified_at
    with plan.unit_of_work() as session:
        contacts.sync_builtin_contacts(session, catalog, "US")
        assert not session.dirty and not session.new
    with plan.unit_of_work() as session:
        assert get_details(session).modified_at == before
