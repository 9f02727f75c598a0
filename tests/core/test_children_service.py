"""Children, the adults around them and the children's devices."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.recurrence import rule_for_preset
from planner.core.services import apps, children, concerns, conversations, reminders, rules
from planner.core.services.validate import LIMITS, OLDEST_CHILD_AGE
from tests.conftest import reopened

THIS_YEAR = dt.date.today().year
TODAY = dt.date.today()
EVENING = dt.datetime.combine(TODAY, dt.time(18, 0))


# -- children ---------------------------------------------------------------------------------


def test_a_child_added_is_there_after_reopening(plan):
    with plan.unit_of_work() as session:
        added = children.add_child(session, "  Maya  ", THIS_YEAR - 14, "Likes drawing")
    with reopened(plan) as again, again.unit_of_work() as session:
        assert children.list_children(session) == [added]
        assert children.get_child(session, added.id).nickname == "Maya"
    assert added.age_in(THIS_YEAR) == 14


def test_children_are_listed_oldest_first(session):
    young = children.add_child(session, "Leo", THIS_YEAR - 8)
    old = children.add_child(session, "Maya", THIS_YEAR - 15)
    assert [c.id for c in children.list_children(session)] == [old.id, young.id]


@pytest.mark.parametrize("nickname", ["", "   ", "\t\n", "\x00\x07"])
def test_an_empty_nickname_is_refused_with_a_sentence(session, nickname):
    with pytest.raises(ValidationError, match="Please enter the child's nickname."):
        children.add_child(session, nickname, THIS_YEAR - 10)
    assert children.list_children(session) == []


def test_control_characters_are_stripped_from_a_nickname(session):
    child = children.add_child(session, "Ma\x00y\x1ba\x7f", THIS_YEAR - 10)
    assert child.nickname == "Maya"


def test_a_too_long_nickname_is_refused(session):
    with pytest.raises(ValidationError, match="at most 100 characters"):
        children.add_child(session, "x" * 101, THIS_YEAR - 10)


@pytest.mark.parametrize(
    ("year", "message"),
    [
        (THIS_YEAR + 1, "is in the future"),
        (THIS_YEAR - OLDEST_CHILD_AGE - 1, "too long ago"),
        ("2014", "must be a year, such as 2014"),
        (2014.0, "must be a year"),
        (True, "must be a year"),
        (None, "must be a year"),
    ],
)
def test_a_wrong_birth_year_is_refused_with_a_sentence(session, year, message):
    with pytest.raises(ValidationError, match=message) as raised:
        children.add_child(session, "Maya", year)
    assert raised.value.message.endswith(".") or raised.value.message.endswith(").")


def test_the_oldest_and_this_years_birth_years_are_accepted(session):
    children.add_child(session, "Baby", THIS_YEAR)
    children.add_child(session, "Adult", THIS_YEAR - OLDEST_CHILD_AGE)
    assert len(children.list_children(session)) == 2


def test_update_child_changes_what_is_shown(plan):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", THIS_YEAR - 14)
    with plan.unit_of_work() as session:
        children.update_child(session, child.id, "May", THIS_YEAR - 13, "new notes")
    with reopened(plan) as again, again.unit_of_work() as session:
        got = children.get_child(session, child.id)
    assert (got.nickname, got.birth_year, got.notes) == ("May", THIS_YEAR - 13, "new notes")


def test_update_child_validates_like_add(session):
    child = children.add_child(session, "Maya", THIS_YEAR - 14)
    with pytest.raises(ValidationError):
        children.update_child(session, child.id, " ", THIS_YEAR - 14)
    with pytest.raises(ValidationError, match="future"):
        children.update_child(session, child.id, "Maya", THIS_YEAR + 3)


def test_a_missing_child_is_a_readable_error(session):
    with pytest.raises(ValidationError, match="That child no longer exists in this plan."):
        children.get_child(session, 999)
    with pytest.raises(ValidationError, match="no longer exists"):
        children.delete_child(session, 999)


# -- deleting a child -------------------------------------------------------------------------


def _family(session, catalog):
    """Maya and Leo, with apps, a concern, reminders and conversations private and shared."""
    maya = children.add_child(session, "Maya", THIS_YEAR - 14)
    leo = children.add_child(session, "Leo", THIS_YEAR - 10)
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    apps.add_app_use(session, catalog, maya.id, custom_name="Class chat")
    apps.add_app_use(session, catalog, leo.id, catalog_app_id="roblox")
    topic = catalog.guidance.topics[0].id
    alone = conversations.save_conversation(
        session, catalog, held_on=TODAY, child_ids=[maya.id], topics=[topic], said="just Maya"
    )
    shared = conversations.save_conversation(
        session, catalog, held_on=TODAY, child_ids=[maya.id, leo.id], said="both of them"
    )
    concerns.save_concern(
        session,
        catalog,
        concerns.ConcernInput(
            occurred_on=TODAY, child_id=maya.id, app_use_id=use.id, what_happened="odd DMs"
        ),
    )
    weekly = rule_for_preset("weekly", EVENING)
    reminders.add_reminder(
        session, reminders.ReminderInput("Talk with Maya", weekly, EVENING, child_id=maya.id)
    )
    reminders.add_reminder(
        session, reminders.ReminderInput("Check Discord", weekly, EVENING, app_use_id=use.id)
    )
    reminders.add_reminder(
        session, reminders.ReminderInput("Talk with Leo", weekly, EVENING, child_id=leo.id)
    )
    rules.add_rule(session, catalog, maya.id, custom_text="Phones charge downstairs")
    children.add_device(session, maya.id, "phone", "Maya's phone")
    return maya, leo, use, alone, shared


def test_deletion_summary_counts_what_will_go(session, catalog):
    maya, leo, *_ = _family(session, catalog)
    summary = children.deletion_summary(session, maya.id)
    settings_of_maya = sum(
        len(apps.list_settings(session, use.id)) for use in apps.list_app_uses(session, maya.id)
    )
    assert summary == children.ChildDeletion(
        nickname="Maya",
        app_uses=2,
        setting_agreements=settings_of_maya,
        devices=1,
        household_rules=1,
        conversations_only_about_them=1,
        concerns=1,
        reminders=2,
    )
    leo_summary = children.deletion_summary(session, leo.id)
    assert (leo_summary.app_uses, leo_summary.conversations_only_about_them) == (1, 0)


def test_deletion_summary_counts_every_reminder_that_will_be_deleted(session, catalog):
    """Reminders about a child's setting, concern or private conversation go with the child."""
    maya, _leo, use, alone, _shared = _family(session, catalog)
    setting = apps.list_settings(session, use.id)[0]
    concern = concerns.list_concerns(session, child_id=maya.id)[0]
    for subject in (
        {"setting_agreement_id": setting.id},
        {"concern_id": concern.id},
        {"conversation_id": alone.id},
    ):
        reminders.add_reminder(session, reminders.ReminderInput("x", "", EVENING, **subject))
    before = len(reminders.list_reminders(session, include_inactive=True))
    summary = children.deletion_summary(session, maya.id)
    children.delete_child(session, maya.id)
    removed = before - len(reminders.list_reminders(session, include_inactive=True))
    assert removed == 5
    assert summary.reminders == removed


def test_delete_child_removes_everything_only_about_them(plan, catalog):
    with plan.unit_of_work() as session:
        maya, leo, _use, alone, shared = _family(session, catalog)
    with plan.unit_of_work() as session:
        children.delete_child(session, maya.id)
    with reopened(plan) as again, again.unit_of_work() as session:
        assert [c.nickname for c in children.list_children(session)] == ["Leo"]
        assert [u.child_id for u in apps.list_app_uses(session)] == [leo.id]
        remaining_uses = {u.id for u in apps.list_app_uses(session)}
        assert {s.app_use_id for s in apps.list_settings(session)} <= remaining_uses
        assert concerns.list_concerns(session) == []
        assert [r.title for r in reminders.list_reminders(session)] == ["Talk with Leo"]
        assert rules.list_rules(session) == []
        assert children.list_devices(session) == []
        kept = conversations.list_conversations(session)
        assert [c.id for c in kept] == [shared.id]
        assert kept[0].child_ids == (leo.id,)
        assert alone.id not in {c.id for c in kept}
        assert conversations.count_conversations(session, query="just") == 0


# -- adults -----------------------------------------------------------------------------------


def test_adults_are_added_updated_listed_and_deleted(plan):
    with plan.unit_of_work() as session:
        rosa = children.add_adult(session, "Aunt Rosa", "Aunt", "trusted_adult", "555-0199")
        sofia = children.add_adult(session, "Sofia", "Mother")
    with plan.unit_of_work() as session:
        children.update_adult(session, sofia.id, "Sofia A.", "Mother", "caregiver", "555-0142")
    with reopened(plan) as again, again.unit_of_work() as session:
        listed = children.list_adults(session)
        assert [(a.name, a.role) for a in listed] == [
            ("Sofia A.", "caregiver"),
            ("Aunt Rosa", "trusted_adult"),
        ]
        assert listed[0].phone == "555-0142"
        children.delete_adult(session, rosa.id)
        assert [a.id for a in children.list_adults(session)] == [sofia.id]


def test_an_adult_needs_a_name_and_a_known_role(session):
    with pytest.raises(ValidationError, match="Please enter the adult's name."):
        children.add_adult(session, "  ", "Aunt")
    with pytest.raises(ValidationError, match="not a valid role"):
        children.add_adult(session, "Rosa", "Aunt", role="boss")
    with pytest.raises(ValidationError, match="no longer exists"):
        children.update_adult(session, 42, "Rosa", "Aunt", "caregiver")
    assert children.list_adults(session) == []


# -- devices ----------------------------------------------------------------------------------


def test_devices_belong_to_a_child_and_can_be_changed(plan):
    with plan.unit_of_work() as session:
        maya = children.add_child(session, "Maya", THIS_YEAR - 14)
        leo = children.add_child(session, "Leo", THIS_YEAR - 10)
        phone = children.add_device(session, maya.id, "phone", "Maya's phone")
        children.add_device(session, leo.id, "console")
    with plan.unit_of_work() as session:
        children.update_device(session, phone.id, "tablet", "Old tablet", "hand-me-down")
    with reopened(plan) as again, again.unit_of_work() as session:
        assert len(children.list_devices(session)) == 2
        (mayas,) = children.list_devices(session, maya.id)
        assert (mayas.kind, mayas.name, mayas.notes) == ("tablet", "Old tablet", "hand-me-down")
        children.delete_device(session, mayas.id)
        assert [d.child_id for d in children.list_devices(session)] == [leo.id]


def test_a_device_needs_a_known_kind_and_an_existing_child(session):
    maya = children.add_child(session, "Maya", THIS_YEAR - 14)
    with pytest.raises(ValidationError, match="not a valid kind of device"):
        children.add_device(session, maya.id, "toaster")
    with pytest.raises(ValidationError, match="That child no longer exists"):
        children.add_device(session, 999, "phone")
    with pytest.raises(ValidationError, match="That device no longer exists"):
        children.delete_device(session, 999)


def test_a_plan_holds_at_most_the_documented_number_of_children(session):
    # The same limit restore checks (validate.LIMITS): a plan the window made always restores.
    held = len(children.list_children(session))
    for number in range(LIMITS["children"] - held):
        children.add_child(session, f"Child {number}", 2015)
    with pytest.raises(ValidationError, match="at most 50 children"):
        children.add_child(session, "One more", 2015)
