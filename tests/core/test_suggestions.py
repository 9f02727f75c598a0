"""Suggested reminders: what the planner proposes, and what accepting one saves."""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.core.plans import PlanFile
from planner.core.services import apps, children, concerns, conversations, reminders, suggestions

TODAY = dt.date(2025, 3, 12)


def test_a_new_app_brings_a_friends_review_and_a_privacy_check(session, catalog):
    child = children.add_child(session, "Maya", 2012)
    use = apps.add_app_use(session, catalog, child.id, catalog_app_id="instagram")
    friends, privacy = suggestions.for_new_app(use, child, catalog, [], TODAY)
    assert friends.title == "Review friends and followers on Instagram with Maya"
    assert (friends.preset, friends.rule) == ("every-2-weeks", "FREQ=WEEKLY;INTERVAL=2")
    assert friends.starts_at == dt.datetime(2025, 3, 26, 18, 0)
    assert privacy.title == "Re-check privacy settings on Instagram"
    assert (privacy.preset, privacy.starts_at) == ("every-3-months", dt.datetime(2025, 6, 12, 18))
    assert {friends.app_use_id, privacy.app_use_id} == {use.id}


def test_a_custom_app_is_named_as_the_family_wrote_it(session, catalog):
    child = children.add_child(session, "Leo", 2015)
    use = apps.add_app_use(session, catalog, child.id, custom_name="Chess Club")
    titles = [s.title for s in suggestions.for_new_app(use, child, catalog, [], TODAY)]
    assert titles[1] == "Re-check privacy settings on Chess Club"


def test_accepting_saves_the_reminder_and_it_is_not_suggested_again(session, catalog):
    child = children.add_child(session, "Maya", 2012)
    use = apps.add_app_use(session, catalog, child.id, catalog_app_id="discord")
    first, second = suggestions.for_new_app(use, child, catalog, [], TODAY)
    saved = suggestions.accept(session, first)
    assert (saved.title, saved.rrule, saved.starts_at) == (first.title, first.rule, first.starts_at)
    assert (saved.app_use_id, saved.next_due) == (use.id, first.starts_at)
    again = suggestions.for_new_app(use, child, catalog, reminders.list_reminders(session), TODAY)
    assert again == [second]


def test_an_edited_start_re_anchors_the_preset(session):
    (review,) = suggestions.for_household([], TODAY)
    edited = dataclasses.replace(review, starts_at=dt.datetime(2025, 8, 31, 18, 0))
    saved = suggestions.accept(session, edited)
    assert saved.rrule == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"


def test_a_custom_rule_is_kept_as_the_person_wrote_it(session):
    (review,) = suggestions.for_household([], TODAY)
    custom = dataclasses.replace(review, preset=None, rule="FREQ=MONTHLY;BYDAY=1SA")
    assert suggestions.accept(session, custom).rrule == "FREQ=MONTHLY;BYDAY=1SA"


def test_the_plan_review_is_suggested_only_when_the_household_has_none(session):
    (review,) = suggestions.for_household([], TODAY)
    assert review.title == "Review the family safety plan together"
    assert (review.preset, review.starts_at) == ("every-6-months", dt.datetime(2025, 9, 12, 18))
    assert (review.app_use_id, review.conversation_id, review.concern_id) == (None, None, None)
    suggestions.accept(session, review)
    assert suggestions.for_household(reminders.list_reminders(session), TODAY) == []


def test_a_paused_plan_review_does_not_count_as_planned(session):
    (review,) = suggestions.for_household([], TODAY)
    saved = suggestions.accept(session, review)
    reminders.set_active(session, saved.id, False, dt.datetime(2025, 3, 12, 19))
    every = reminders.list_reminders(session, include_inactive=True)
    assert suggestions.for_household(every, TODAY) == [review]


def test_a_conversation_follow_up_is_one_neutral_reminder_on_its_date(session, catalog):
    child = children.add_child(session, "Leo", 2015)
    talk = conversations.save_conversation(
        session,
        catalog,
        held_on=TODAY,
        child_ids=[child.id],
        said="Leo told us about a player who asked for photos.",
        follow_up_on=TODAY + dt.timedelta(days=5),
    )
    (follow_up,) = suggestions.for_conversation(talk, [], TODAY)
    assert follow_up.title == "Follow up on a safety talk"
    assert (follow_up.preset, follow_up.rule) == ("once", "")
    assert follow_up.starts_at == dt.datetime(2025, 3, 17, 18, 0)
    assert follow_up.conversation_id == talk.id
    suggestions.accept(session, follow_up)
    assert suggestions.for_conversation(talk, reminders.list_reminders(session), TODAY) == []


def test_no_follow_up_reminder_without_a_date_still_to_come(session, catalog):
    child = children.add_child(session, "Leo", 2015)
    talk = conversations.save_conversation(
        session, catalog, held_on=TODAY, child_ids=[child.id], said="A chat."
    )
    assert suggestions.for_conversation(talk, [], TODAY) == []
    past = dataclasses.replace(talk, follow_up_on=TODAY - dt.timedelta(days=1))
    assert suggestions.for_conversation(past, [], TODAY) == []


def test_a_concern_follow_up_names_no_one(session, catalog):
    child = children.add_child(session, "Leo", 2015)
    concern = concerns.save_concern(
        session,
        catalog,
        concerns.ConcernInput(
            occurred_on=TODAY,
            child_id=child.id,
            other_username="xX_FreeRobux_Xx",
            what_happened="Asked Leo to keep a secret.",
            follow_up_on=TODAY,
        ),
    )
    (follow_up,) = suggestions.for_concern(concern, [], TODAY)
    assert follow_up.title == "Follow up on a concern"
    assert (follow_up.concern_id, follow_up.starts_at) == (concern.id, dt.datetime(2025, 3, 12, 18))
    closed = dataclasses.replace(concern, status="closed")
    assert suggestions.for_concern(closed, [], TODAY) == []


def test_pending_on_the_demo_offers_what_its_reminders_do_not_cover(demo_plan_path, catalog):
    today = dt.date.today()
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        open_now = suggestions.pending(session, catalog, today)
        first_apps = {
            apps.list_app_uses(session, c.id)[0].id for c in children.list_children(session)
        }
    titles = [s.title for s in open_now]
    # The demo's own plan review and its two friends reviews (renamed) already count.
    assert suggestions.PLAN_REVIEW_TITLE not in titles
    friends = [s for s in open_now if s.preset == "every-2-weeks"]
    privacy = [s for s in open_now if s.preset == "every-3-months"]
    assert len(friends) == 5 and not {s.app_use_id for s in friends} & first_apps
    assert len(privacy) == 7
    assert len(open_now) == 12  # no follow-up date of the demo is still to come


def test_a_declined_suggestion_is_not_offered_again(demo_plan_path, catalog):
    today = dt.date.today()
    with PlanFile.open(demo_plan_path) as plan:
        with plan.unit_of_work() as session:
            first, *rest = suggestions.pending(session, catalog, today)
            suggestions.decline(session, first)
        with plan.unit_of_work() as session:
            assert suggestions.pending(session, catalog, today) == rest
            suggestions.accept(session, rest[0])
            assert suggestions.pending(session, catalog, today) == rest[1:]


def test_pending_includes_follow_ups_still_to_come(session, catalog):
    child = children.add_child(session, "Leo", 2015)
    today = dt.date.today()
    for days in (-1, 3):
        follow_up_on = today + dt.timedelta(days=days)
        conversations.save_conversation(
            session, catalog, held_on=today, child_ids=[child.id], follow_up_on=follow_up_on
        )
    follow_ups = [s for s in suggestions.pending(session, catalog, today) if s.conversation_id]
    assert [s.starts_at.date() for s in follow_ups] == [today + dt.timedelta(days=3)]


def test_a_conversation_follow_up_says_what_to_follow_up_and_with_whom(session, catalog):
    leo = children.add_child(session, "Leo", 2015)
    talk = conversations.save_conversation(
        session,
        catalog,
        held_on=TODAY,
        child_ids=[leo.id],
        said="Leo told us about a player who asked for photos.",
        follow_up="Ask whether the player\nwrote again",
        follow_up_on=TODAY + dt.timedelta(days=5),
    )
    (follow_up,) = suggestions.for_conversation(talk, [], TODAY, names=["Leo"])
    assert follow_up.title == "Follow up with Leo: Ask whether the player wrote again"
    assert follow_up.conversation_id == talk.id
    (pending,) = [s for s in suggestions.pending(session, catalog, TODAY) if s.conversation_id]
    assert pending.title == follow_up.title
    saved = suggestions.accept(session, follow_up)
    assert (saved.title, saved.conversation_id) == (follow_up.title, talk.id)
