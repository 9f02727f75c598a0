"""What a family records that an app added by name allows, and what the overview then says."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core import overview_read
from planner.core.errors import ValidationError
from planner.core.overview_read import Risk
from planner.core.services import apps, children
from planner.core.services.overview import plan_overview
from tests.conftest import reopened

TODAY = dt.date.today()
NOW = dt.datetime.combine(TODAY, dt.time(12))
# The five features the overview shows as risks, and the two it does not.
RISK_KEYS = overview_read.RISK_KEYS


@pytest.fixture
def own_app(plan, catalog):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        return apps.add_app_use(session, catalog, child.id, custom_name="Pet Chat World")


def overview_app(plan, catalog):
    """The family's app as the overview shows it, by the services and by the first screen's
    own SQL read (they must agree)."""
    with plan.unit_of_work() as session:
        expected = plan_overview(session, catalog, NOW)
    with plan.reading() as connection:
        assert overview_read.read_overview(connection, catalog, NOW) == expected
    (child,) = expected.children
    (app,) = child.apps
    return app


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


def test_the_overview_shows_the_recorded_risks_and_what_is_still_not_known(plan, catalog, own_app):
    app = overview_app(plan, catalog)
    assert (app.name, app.risks, app.known) == ("Pet Chat World", (), False)

    with plan.unit_of_work() as session:
        apps.set_custom_app_capability(session, own_app.id, "location_sharing", "yes")
        apps.set_custom_app_capability(session, own_app.id, "contact_from_strangers", "limited")
        apps.set_custom_app_capability(session, own_app.id, "private_messages", "no")
    app = overview_app(plan, catalog)
    assert app.risks == (Risk("contact_from_strangers", "limited"), Risk("location_sharing", "yes"))
    assert not app.known  # live streaming and disappearing messages are not checked yet

    with plan.unit_of_work() as session:
        for key in ("live_streaming", "disappearing_messages"):
            apps.set_custom_app_capability(session, own_app.id, key, "no")
    assert overview_app(plan, catalog).known


def test_an_app_checked_as_allowing_none_of_the_risks_is_known_with_none(plan, catalog, own_app):
    with plan.unit_of_work() as session:
        for key in RISK_KEYS:
            apps.set_custom_app_capability(session, own_app.id, key, "no")
        # Voice chat and gifts are not on the overview, for catalog apps either.
        apps.set_custom_app_capability(session, own_app.id, "voice_chat", "yes")
    app = overview_app(plan, catalog)
    assert (app.risks, app.known) == ((), True)
