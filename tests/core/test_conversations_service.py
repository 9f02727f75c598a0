"""The log of safety talks: newest first, paged, filtered by child and searchable."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.services import children, conversations
from planner.core.services.search import match_expression
from tests.conftest import reopened

TODAY = dt.date.today()


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def talk(session, catalog, child_ids, held_on=TODAY, **fields):
    return conversations.save_conversation(
        session, catalog, held_on=held_on, child_ids=child_ids, **fields
    )


def said(items) -> list[str]:
    return [c.said for c in items]


def test_a_saved_conversation_is_there_after_reopening(plan, catalog):
    topics = [t.id for t in catalog.guidance.topics[:2]]
    with plan.unit_of_work() as session:
        maya = children.add_child(session, "Maya", TODAY.year - 14)
        saved = talk(
            session,
            catalog,
            [maya.id],
            held_on=days_ago(2),
            topics=topics,
            said="Who we chat with",
            child_wants="Keep the group chat",
            follow_up="Look at friends list",
            follow_up_on=TODAY + dt.timedelta(days=7),
        )
    with reopened(plan) as again, again.unit_of_work() as session:
        assert conversations.get_conversation(session, saved.id) == saved
    assert saved.topics == tuple(topics)
    assert saved.child_ids == (maya.id,)


def test_saving_with_an_id_replaces_the_conversation(session, catalog, kids):
    maya, leo = kids
    first = talk(session, catalog, [maya], said="first words")
    replaced = talk(
        session, catalog, [maya, leo], conversation_id=first.id, held_on=days_ago(1), said="new"
    )
    assert replaced.id == first.id
    assert conversations.list_conversations(session) == [replaced]
    assert (replaced.child_ids, replaced.said, replaced.held_on) == (
        (maya, leo),
        "new",
        days_ago(1),
    )


def test_conversations_are_listed_newest_first(session, catalog, kids):
    maya, _ = kids
    talk(session, catalog, [maya], held_on=days_ago(10), said="old")
    talk(session, catalog, [maya], held_on=days_ago(1), said="new")
    talk(session, catalog, [maya], held_on=days_ago(5), said="middle")
    talk(session, catalog, [maya], held_on=days_ago(1), said="new, added later")
    assert said(conversations.list_conversations(session)) == [
        "new, added later",
        "new",
        "middle",
        "old",
    ]


def test_a_long_log_loads_a_page_at_a_time(session, catalog, kids):
    maya, _ = kids
    for day in range(25):
        talk(session, catalog, [maya], held_on=days_ago(day), said=f"talk {day}")
    pages = [
        said(conversations.list_conversations(session, offset=start, limit=10))
        for start in (0, 10, 20)
    ]
    assert [len(page) for page in pages] == [10, 10, 5]
    assert sum(pages, []) == [f"talk {day}" for day in range(25)]
    assert conversations.count_conversations(session) == 25


def test_filter_by_child_includes_shared_conversations(session, catalog, kids):
    maya, leo = kids
    talk(session, catalog, [maya], said="maya alone")
    talk(session, catalog, [leo], said="leo alone")
    talk(session, catalog, [maya, leo], said="both")
    assert sorted(said(conversations.list_conversations(session, child_id=leo))) == [
        "both",
        "leo alone",
    ]
    assert conversations.count_conversations(session, child_id=maya) == 2


@pytest.mark.parametrize("typed", ["CAFE", "café", "Cafe", "caf", "ROBU", "robux gift"])
def test_search_ignores_case_and_accents_and_matches_prefixes(session, catalog, kids, typed):
    maya, _ = kids
    talk(session, catalog, [maya], said="We met at the Café; he offered a Robux gift.")
    talk(session, catalog, [maya], said="Nothing about that here.")
    found = conversations.list_conversations(session, query=typed)
    assert said(found) == ["We met at the Café; he offered a Robux gift."]
    assert conversations.count_conversations(session, query=typed) == 1


def test_search_looks_at_what_the_child_wants_and_the_follow_up(session, catalog, kids):
    maya, _ = kids
    talk(session, catalog, [maya], child_wants="Keep her Ghost Mode")
    talk(session, catalog, [maya], follow_up="Check the friends list")
    assert conversations.count_conversations(session, query="ghost") == 1
    assert conversations.count_conversations(session, query="friends") == 1


@pytest.mark.parametrize(
    "typed",
    ['"', '"unclosed', "AND", "OR NOT", "NEAR(a b)", "a*", "*", "(", "col:x", "^start", "-", "'"],
)
def test_search_operators_and_quotes_in_typed_text_do_not_fail(session, catalog, kids, typed):
    maya, _ = kids
    talk(session, catalog, [maya], said="and or not near start")
    conversations.list_conversations(session, query=typed)
    conversations.count_conversations(session, query=typed)


def test_typed_words_become_quoted_prefix_terms():
    assert match_expression('Robux "NEAR" AND café*') == '"Robux"* "NEAR"* "AND"* "café"*'
    assert match_expression(' " * ( ') is None


def test_search_combines_with_the_child_filter_and_paging(session, catalog, kids):
    maya, leo = kids
    for day in range(4):
        talk(session, catalog, [maya], held_on=days_ago(day), said=f"roblox talk {day}")
    talk(session, catalog, [leo], said="roblox with Leo")
    found = conversations.list_conversations(
        session, child_id=maya, query="roblox", offset=1, limit=2
    )
    assert said(found) == ["roblox talk 1", "roblox talk 2"]
    assert conversations.count_conversations(session, child_id=maya, query="roblox") == 4


def test_search_follows_updates_and_deletes(plan, catalog):
    with plan.unit_of_work() as session:
        maya = children.add_child(session, "Maya", TODAY.year - 14)
        saved = talk(session, catalog, [maya.id], said="about Minecraft")
    with plan.unit_of_work() as session:
        talk(session, catalog, [maya.id], conversation_id=saved.id, said="about Fortnite")
    with plan.unit_of_work() as session:
        assert conversations.count_conversations(session, query="minecraft") == 0
        assert conversations.count_conversations(session, query="fortnite") == 1
        conversations.delete_conversation(session, saved.id)
    with reopened(plan) as again, again.unit_of_work() as session:
        assert conversations.count_conversations(session, query="fortnite") == 0
        assert conversations.list_conversations(session) == []


def test_last_conversation_dates_per_child(session, catalog, kids):
    maya, leo = kids
    talk(session, catalog, [maya, leo], held_on=days_ago(9))
    talk(session, catalog, [maya], held_on=days_ago(2))
    talk(session, catalog, [maya], held_on=days_ago(30))
    assert conversations.last_conversation_dates(session) == {maya: days_ago(2), leo: days_ago(9)}


def test_unknown_topic_no_child_and_future_date_are_refused(session, catalog, kids):
    maya, _ = kids
    with pytest.raises(ValidationError, match="'dragons' is not one of the conversation topics"):
        talk(session, catalog, [maya], topics=["dragons"])
    with pytest.raises(ValidationError, match="Choose at least one child"):
        talk(session, catalog, [])
    with pytest.raises(ValidationError, match="That child no longer exists"):
        talk(session, catalog, [999])
    with pytest.raises(ValidationError, match="cannot be in the future"):
        talk(session, catalog, [maya], held_on=TODAY + dt.timedelta(days=1))
    assert conversations.count_conversations(session) == 0


def test_a_child_picked_twice_is_kept_once_or_refused_readably(plan, catalog):
    with plan.unit_of_work() as session:
        maya = children.add_child(session, "Maya", TODAY.year - 14)
    try:
        with plan.unit_of_work() as session:
            saved = talk(session, catalog, [maya.id, maya.id], said="twice")
    except ValidationError:
        return
    assert saved.child_ids == (maya.id,)


def test_deleting_a_missing_conversation_is_a_readable_error(session):
    with pytest.raises(ValidationError, match="That conversation no longer exists"):
        conversations.delete_conversation(session, 12345)
