"""The overview of a plan: per child and for the household, in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from planner.core.general_checklist import general_checks
from planner.core.overview_read import CHECK_AFTER_DAYS, Risk
from planner.core.plans import PlanFile
from planner.core.recurrence import rule_for_preset
from planner.core.services import apps, children, concerns, contacts, conversations, reminders
from planner.core.services.overview import plan_overview

TODAY = dt.date.today()
NOW = dt.datetime.combine(TODAY, dt.time(12, 0))
LAST_WEEK = NOW - dt.timedelta(days=7)


@pytest.fixture
def demo(demo_plan_path) -> Iterator[PlanFile]:
    with PlanFile.open(demo_plan_path) as opened:
        yield opened


def test_the_demo_family_at_a_glance(demo, catalog):
    with demo.unit_of_work() as session:
        overview = plan_overview(session, catalog, NOW)
        settings = apps.list_settings(session)
    maya, leo = overview.children
    assert (maya.child.nickname, maya.child.age_in(TODAY.year)) == ("Maya", 14)
    assert [a.name for a in maya.apps] == ["Instagram", "Snapchat", "TikTok", "Discord"]
    assert maya.apps[0].risks == (
        Risk("private_messages", "yes"),
        Risk("contact_from_strangers", "limited"),
        Risk("location_sharing", "yes"),
        Risk("live_streaming", "yes"),
        Risk("disappearing_messages", "limited"),
    )
    assert maya.last_conversation == TODAY - dt.timedelta(days=12)
    assert leo.last_conversation == TODAY - dt.timedelta(days=3)
    assert [r.title for r in maya.due_reminders] == ["Review friends and followers with Maya"]
    assert [r.title for r in leo.due_reminders] == ["Review friends and followers with Leo"]
    assert (maya.open_concerns, leo.open_concerns) == (0, 1)
    counted = sum(
        c.settings.agreed + c.settings.in_place + c.settings.to_discuss for c in overview.children
    )
    assert counted == sum(s.state in ("agreed", "in_place", "to_discuss") for s in settings)
    assert (overview.due_reminders, overview.open_concerns, overview.settings_to_check) == (2, 1, 0)


def test_a_due_reminder_belongs_to_the_children_its_subject_is_about(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    leo = children.add_child(session, "Leo", TODAY.year - 10)
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="snapchat")
    setting = apps.list_settings(session, use.id)[0]
    concern = concerns.save_concern(
        session, catalog, concerns.ConcernInput(TODAY, leo.id, "A stranger asked for photos")
    )
    shared = conversations.save_conversation(
        session, catalog, held_on=TODAY, child_ids=[maya.id, leo.id]
    )
    contact = contacts.add_contact(session, contacts.ContactInput(kind="school", name="School"))
    subjects = {
        "setting": {"setting_agreement_id": setting.id},
        "concern": {"concern_id": concern.id},
        "talk": {"conversation_id": shared.id},
        "contact": {"contact_id": contact.id},
        "household": {},
    }
    for title, subject in subjects.items():
        rule = rule_for_preset("weekly", LAST_WEEK)
        reminders.add_reminder(session, reminders.ReminderInput(title, rule, LAST_WEEK, **subject))
    overview = plan_overview(session, catalog, NOW)
    by_name = {c.child.nickname: [r.title for r in c.due_reminders] for c in overview.children}
    assert by_name == {"Maya": ["setting", "talk"], "Leo": ["concern", "talk"]}
    assert overview.due_reminders == 5


def test_a_stopped_app_is_left_out_with_its_settings(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="tiktok")
    apps.update_app_use(session, use.id, handle="", purpose="", agreed_on=None, status="stopped")
    [child] = plan_overview(session, catalog, NOW).children
    assert child.apps == ()
    assert child.settings.to_discuss == 0


def test_an_own_app_has_no_risk_badges(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    apps.add_app_use(session, catalog, maya.id, custom_name="Class chat")
    [child] = plan_overview(session, catalog, NOW).children
    assert [(a.name, a.risks) for a in child.apps] == [("Class chat", ())]


def test_settings_in_place_are_due_a_check_after_ninety_days(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="instagram")
    first, second, third, fourth = apps.list_settings(session, use.id)[:4]
    long_ago = TODAY - dt.timedelta(days=CHECK_AFTER_DAYS + 1)
    just_in_time = TODAY - dt.timedelta(days=CHECK_AFTER_DAYS)
    apps.update_setting(session, first.id, state="in_place", last_checked=long_ago)
    apps.update_setting(session, second.id, state="in_place", last_checked=None)
    apps.update_setting(session, third.id, state="in_place", last_checked=just_in_time)
    apps.update_setting(session, fourth.id, state="agreed", last_checked=long_ago)
    overview = plan_overview(session, catalog, NOW)
    assert overview.settings_to_check == 2
    assert overview.children[0].settings.in_place == 3
    assert overview.children[0].settings.agreed == 1


def test_the_number_of_queries_does_not_grow_with_the_plan(plan, catalog):
    def queries_for(count: int) -> int:
        with plan.unit_of_work() as session:
            for number in range(count):
                child = children.add_child(session, f"Child {number}", TODAY.year - 12)
                for app_id in ("roblox", "discord", "youtube"):
                    apps.add_app_use(session, catalog, child.id, catalog_app_id=app_id)
                reminders.add_reminder(
                    session,
                    reminders.ReminderInput(
                        "Look", rule_for_preset("weekly", LAST_WEEK), LAST_WEEK, child.id
                    ),
                )
        with plan.unit_of_work() as session:
            statements: list[str] = []
            engine = session.get_bind()
            listener = lambda *args: statements.append(args[2])  # noqa: E731
            event.listen(engine, "before_cursor_execute", listener)
            try:
                plan_overview(session, catalog, NOW)
            finally:
                event.remove(engine, "before_cursor_execute", listener)
        return len(statements)

    assert queries_for(1) == queries_for(10)


def test_an_own_app_is_not_known_and_gets_the_general_checks(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    use = apps.add_app_use(session, catalog, maya.id, custom_name="Yubo", language="es")
    [child] = plan_overview(session, catalog, NOW).children
    assert [(a.name, a.known) for a in child.apps] == [("Yubo", False)]
    checks = apps.list_settings(session, use.id)
    assert [c.custom_title for c in checks] == general_checks("es")
    assert {c.state for c in checks} == {"to_discuss"}
    assert "Averigüe quién puede enviarle mensajes" in general_checks("es")[0]


def test_settings_agreed_or_in_place_and_never_checked_are_counted(session, catalog):
    maya = children.add_child(session, "Maya", TODAY.year - 14)
    use = apps.add_app_use(session, catalog, maya.id, catalog_app_id="instagram")
    first, second, third = apps.list_settings(session, use.id)[:3]
    apps.update_setting(session, first.id, state="in_place", last_checked=None)
    apps.update_setting(session, second.id, state="agreed", last_checked=None)
    apps.update_setting(session, third.id, state="in_place", last_checked=TODAY)
    overview = plan_overview(session, catalog, NOW)
    assert overview.settings_never_checked == 2
