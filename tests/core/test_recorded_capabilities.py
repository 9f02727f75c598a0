"""What a family records that an app added by name allows."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.services import apps, children
from tests.conftest import reopened

TODAY = dt.date.today()


@pytest.fixture
def own_app(plan, catalog):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        return apps.add_app_use(session, catalog, child.id, custom_name="Pet Chat World")


def test_what_the_family_records_is_kept_and_not_checked_yet_is_no_row(plan, catalog, own_app):
    with plan.unit_of_work() as session:
        apps.set_custom_app_capability(session, own_app.id, "location_sharing", "yes")
        apps.set_custom_app_capability(session, own_app.id, "private_messages", "limited")
        apps.set_custom_app_capability(session, own_app.id, "voice_chat", "no")
        apps.set_custom_app_capability(session, own_app.id, "voice_chat", "unknown")
        apps.set_custom_app_capability(session, own_app.id, "live_streaming", "no")
    with reopened(plan) as again, again.unit_of_work() as session:
        # In the catalog's order of features, whatever order they were recorded in.
        assert apps.recorded_capabilities(session, own_app.id) == {
            own_app.id: {
                "private_messages": "limited",
                "location_sharing": "yes",
                "live_streaming": "no",
            }
        }
        apps.set_custom_app_capability(session, own_app.id, "location_sharing", "no")
        assert apps.recorded_capabilities(session)[own_app.id]["location_sharing"] == "no"


def test_only_an_app_added_by_name_takes_recorded_facts(plan, catalog, own_app):
    with plan.unit_of_work() as session:
        discord = apps.add_app_use(session, catalog, own_app.child_id, catalog_app_id="discord")
        with pytest.raises(
            ValidationError, match="safety information already says what this app allows"
        ):
            apps.set_custom_app_capability(session, discord.id, "voice_chat", "no")
        with pytest.raises(ValidationError, match="'webcam' is not a valid feature"):
            apps.set_custom_app_capability(session, own_app.id, "webcam", "yes")
        with pytest.raises(ValidationError, match="'maybe' is not a valid answer"):
            apps.set_custom_app_capability(session, own_app.id, "voice_chat", "maybe")
        with pytest.raises(ValidationError, match="That app no longer exists"):
            apps.set_custom_app_capability(session, own_app.id + 99, "voice_chat", "no")
        assert apps.recorded_capabilities(session) == {}


def test_deleting_the_app_deletes_what_was_recorded(plan, catalog, own_app):
    with plan.unit_of_work() as session:
        apps.set_custom_app_capability(session, own_app.id, "location_sharing", "yes")
    with plan.unit_of_work() as session:
        apps.delete_app_use(session, own_app.id)
    with plan.unit_of_work() as session:
        assert apps.recorded_capabilities(session) == {}
