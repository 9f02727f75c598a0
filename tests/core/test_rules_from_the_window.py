"""Rules the window used to hold, now asked of the core: which settings can still be added,
and which follow-up reminder to offer."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.core.services import apps, children, concerns, conversations, suggestions

TODAY = dt.date(2026, 12, 4)


def test_the_addable_settings_are_the_recommended_ones_not_yet_listed(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    recommended = [setting.id for setting in catalog.apps["discord"].settings]
    listed = [row.catalog_setting_id for row in apps.list_settings(session, use.id)]
    assert set(listed) == set(recommended)  # a new app brings every recommended setting
    assert apps.addable_settings(session, catalog, use.id) == []
    dropped = apps.list_settings(session, use.id)[0]
    apps.delete_setting(session, dropped.id)
    offered = apps.addable_settings(session, catalog, use.id)
    assert [setting.id for setting in offered] == [dropped.catalog_setting_id]
    own = apps.add_app_use(session, catalog, maya.id, custom_name="Pet Chat World")
    assert apps.addable_settings(session, catalog, own.id) == []


@pytest.mark.parametrize(
    ("follow_up_on", "offered"),
    [(TODAY + dt.timedelta(days=3), True), (TODAY, True), (TODAY - dt.timedelta(days=1), False)],
)
def test_a_follow_up_is_offered_for_a_date_still_to_come(session, catalog, follow_up_on, offered):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    talk = conversations.save_conversation(
        session, catalog, held_on=TODAY, child_ids=[maya.id], follow_up_on=follow_up_on
    )
    found = suggestions.follow_up_for(session, "conversation", talk.id, TODAY)
    assert (found is not None) is offered
    if found is not None:
        assert found.conversation_id == talk.id
        assert found.starts_at.date() == follow_up_on
        suggestions.accept(session, found)  # once a reminder covers it, it is not offered again
        assert suggestions.follow_up_for(session, "conversation", talk.id, TODAY) is None


def test_a_closed_concern_offers_no_follow_up(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    data = concerns.ConcernInput(
        occurred_on=TODAY,
        child_id=maya.id,
        what_happened="Asked for photos",
        follow_up_on=TODAY + dt.timedelta(days=2),
    )
    concern = concerns.save_concern(session, catalog, data)
    assert suggestions.follow_up_for(session, "concern", concern.id, TODAY) is not None
    concerns.save_concern(session, catalog, dataclasses.replace(data, status="closed"), concern.id)
    assert suggestions.follow_up_for(session, "concern", concern.id, TODAY) is None
