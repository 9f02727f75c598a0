"""The apps each child uses and the settings agreed for each."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.errors import ValidationError
from planner.core.general_checklist import GENERAL_CHECKS
from planner.core.services import apps, children, reminders
from tests.conftest import reopened

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)
EVENING = dt.datetime.combine(TODAY, dt.time(18, 0))


@pytest.fixture
def maya(session):
    return children.add_child(session, "Maya", TODAY.year - 14)


def test_a_catalog_app_brings_its_recommended_settings_to_discuss(plan, catalog):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        use = apps.add_app_use(
            session, catalog, child.id, catalog_app_id="discord", handle="maya#1", purpose="chat"
        )
    with reopened(plan) as again, again.unit_of_work() as session:
        assert apps.get_app_use(session, use.id) == use
        assert (use.catalog_app_id, use.custom_name, use.status) == ("discord", None, "active")
        settings = apps.list_settings(session, use.id)
    expected = [s.id for s in catalog.apps["discord"].settings]
    assert [s.catalog_setting_id for s in settings] == expected
    assert {s.state for s in settings} == {"to_discuss"}


def test_settings_need_not_be_proposed(session, catalog, maya):
    use = apps.add_app_use(
        session, catalog, maya.id, catalog_app_id="roblox", propose_settings=False
    )
    assert apps.list_settings(session, use.id) == []


def test_a_custom_app_has_its_name_and_the_general_checks(session, catalog, maya):
    use = apps.add_app_use(session, catalog, maya.id, custom_name="  Class chat ")
    assert (use.catalog_app_id, use.custom_name) == (None, "Class chat")
    checks = apps.list_settings(session, use.id)
    assert [c.custom_title for c in checks] == list(GENERAL_CHECKS)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"catalog_app_id": "myspace"}, "'myspace' is not an app the planner knows."),
        ({"catalog_app_id": "discord", "custom_name": "Discord"}, "not both"),
        ({}, "not both"),
        ({"custom_name": "   "}, "Please enter the app's name."),
    ],
)
def test_an_app_must_be_one_known_app_or_a_name(session, catalog, maya, fields, message):
    with pytest.raises(ValidationError, match=message):
        apps.add_app_use(session, catalog, maya.id, **fields)
    assert apps.list_app_uses(session) == []


def test_the_same_catalog_app_twice_for_a_child_is_refused(session, catalog, maya):
    apps.add_app_use(session, catalog, maya.id, catalog_app_id="tiktok")
    with pytest.raises(ValidationError, match="TikTok is already in this child's apps."):
        apps.add_app_use(session, catalog, maya.id, catalog_app_id="tiktok")
    leo = children.add_child(session, "Leo", TODAY.year - 10)
    apps.add_app_use(session, catalog, leo.id, catalog_app_id="tiktok")
    assert len(apps.list_app_uses(session)) == 2


def test_an_app_for_a_missing_child_or_agreed_in_the_future_is_refused(session, catalog, maya):
    with pytest.raises(ValidationError, match="That child no longer exists"):
        apps.add_app_use(session, catalog, 999, custom_name="Chat")
    with pytest.raises(ValidationError, match="cannot be in the future"):
        apps.add_app_use(session, catalog, maya.id, custom_name="Chat", agreed_on=TOMORROW)


def test_list_app_uses_filters_by_child(session, catalog, maya):
    leo = children.add_child(session, "Leo", TODAY.year - 10)
    apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    apps.add_app_use(session, catalog, leo.id, catalog_app_id="roblox")
    assert [u.catalog_app_id for u in apps.list_app_uses(session, leo.id)] == ["roblox"]
    assert len(apps.list_app_uses(session)) == 2


def test_update_app_use_changes_status_notes_and_custom_name(plan, catalog):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        use = apps.add_app_use(session, catalog, child.id, custom_name="Chat")
    with plan.unit_of_work() as session:
        apps.update_app_use(
            session,
            use.id,
            handle="maya",
            purpose="school",
            agreed_on=TODAY,
            status="stopped",
            notes="deleted the account",
            custom_name="School chat",
        )
    with reopened(plan) as again, again.unit_of_work() as session:
        got = apps.get_app_use(session, use.id)
    assert (got.custom_name, got.status, got.notes, got.agreed_on) == (
        "School chat",
        "stopped",
        "deleted the account",
        TODAY,
    )


def test_update_app_use_refuses_an_unknown_status(session, catalog, maya):
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    with pytest.raises(ValidationError, match="not a valid status"):
        apps.update_app_use(session, use.id, handle="", purpose="", agreed_on=None, status="paused")


# -- settings ---------------------------------------------------------------------------------


def test_a_catalog_setting_and_a_custom_setting_can_be_added(session, catalog, maya):
    use = apps.add_app_use(
        session, catalog, maya.id, catalog_app_id="discord", propose_settings=False
    )
    setting_id = catalog.apps["discord"].settings[0].id
    one = apps.add_setting(session, catalog, use.id, catalog_setting_id=setting_id)
    two = apps.add_setting(
        session, catalog, use.id, custom_title="No DMs after 9pm", state="agreed", notes="ok"
    )
    assert (one.catalog_setting_id, one.state) == (setting_id, "to_discuss")
    assert (two.custom_title, two.state, two.notes) == ("No DMs after 9pm", "agreed", "ok")
    assert apps.list_settings(session, use.id) == [one, two]


def test_another_apps_setting_is_refused(session, catalog, maya):
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    custom = apps.add_app_use(session, catalog, maya.id, custom_name="Chat")
    roblox_setting = catalog.apps["roblox"].settings[0].id
    with pytest.raises(ValidationError, match="is not a setting of this app"):
        apps.add_setting(session, catalog, use.id, catalog_setting_id=roblox_setting)
    with pytest.raises(ValidationError, match="is not a setting of this app"):
        apps.add_setting(session, catalog, custom.id, catalog_setting_id=roblox_setting)
    with pytest.raises(ValidationError, match="is not a setting of this app"):
        apps.add_setting(session, catalog, use.id, catalog_setting_id="discord.no-such")


def test_a_setting_must_be_recommended_or_custom_not_both(session, catalog, maya):
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    setting_id = catalog.apps["discord"].settings[0].id
    with pytest.raises(ValidationError, match="not both"):
        apps.add_setting(session, catalog, use.id)
    with pytest.raises(ValidationError, match="not both"):
        apps.add_setting(session, catalog, use.id, catalog_setting_id=setting_id, custom_title="x")
    with pytest.raises(ValidationError, match="not a valid state"):
        apps.add_setting(session, catalog, use.id, custom_title="x", state="maybe")


def test_adding_a_recommended_setting_already_there_is_a_readable_refusal(plan, catalog):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        use = apps.add_app_use(session, catalog, child.id, catalog_app_id="discord")
    setting_id = catalog.apps["discord"].settings[0].id
    with pytest.raises(ValidationError), plan.unit_of_work() as session:
        apps.add_setting(session, catalog, use.id, catalog_setting_id=setting_id)


def test_update_setting_records_state_and_last_checked(plan, catalog):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        use = apps.add_app_use(session, catalog, child.id, catalog_app_id="discord")
        first = apps.list_settings(session, use.id)[0]
    with plan.unit_of_work() as session:
        apps.update_setting(
            session, first.id, state="in_place", last_checked=TODAY, notes="checked together"
        )
    with reopened(plan) as again, again.unit_of_work() as session:
        got = apps.list_settings(session, use.id)[0]
    assert (got.state, got.last_checked, got.notes) == ("in_place", TODAY, "checked together")


def test_update_setting_refuses_a_future_check_and_an_unknown_state(session, catalog, maya):
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    first = apps.list_settings(session, use.id)[0]
    with pytest.raises(ValidationError, match="last checked cannot be in the future"):
        apps.update_setting(session, first.id, state="in_place", last_checked=TOMORROW)
    with pytest.raises(ValidationError, match="not a valid state"):
        apps.update_setting(session, first.id, state="done", last_checked=None)


def test_delete_setting_removes_only_that_setting(session, catalog, maya):
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="discord")
    first, *rest = apps.list_settings(session, use.id)
    apps.delete_setting(session, first.id)
    assert apps.list_settings(session, use.id) == rest
    with pytest.raises(ValidationError, match="That setting no longer exists"):
        apps.delete_setting(session, first.id)


def test_deleting_an_app_use_removes_its_settings_and_reminders(plan, catalog):
    with plan.unit_of_work() as session:
        child = children.add_child(session, "Maya", TODAY.year - 14)
        use = apps.add_app_use(session, catalog, child.id, catalog_app_id="discord")
        other = apps.add_app_use(session, catalog, child.id, catalog_app_id="roblox")
        setting = apps.list_settings(session, use.id)[0]
        for subject in ({"app_use_id": use.id}, {"setting_agreement_id": setting.id}):
            reminders.add_reminder(
                session, reminders.ReminderInput("Check", "FREQ=WEEKLY", EVENING, **subject)
            )
        reminders.add_reminder(
            session, reminders.ReminderInput("Roblox", "FREQ=WEEKLY", EVENING, app_use_id=other.id)
        )
    with plan.unit_of_work() as session:
        apps.delete_app_use(session, use.id)
    with reopened(plan) as again, again.unit_of_work() as session:
        assert [u.id for u in apps.list_app_uses(session)] == [other.id]
        assert {s.app_use_id for s in apps.list_settings(session)} == {other.id}
        assert [r.title for r in reminders.list_reminders(session)] == ["Roblox"]
        with pytest.raises(ValidationError, match="That app no longer exists"):
            apps.get_app_use(session, use.id)
