"""The schema's history: models and migrations agree, and old plans open with nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from planner.core.db import connect_raw, make_engine
from planner.core.migrate import head_revision
from planner.core.models import Base
from planner.core.plans import KNOWN_REVISIONS, SCHEMA_REVISION, PlanFile
from planner.core.safety_copies import backups_of
from planner.core.services import apps, children, contacts, conversations, drafts, reminders
from planner.core.services.plan import get_details

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def _not_search_index(obj, name, type_, reflected, compare_to):
    # The FTS5 tables are created by migration 0002 only; they have no ORM model.
    return not (type_ == "table" and name and "_fts" in name)


def test_the_code_knows_alembics_head():
    assert head_revision() == SCHEMA_REVISION == KNOWN_REVISIONS[-1]


def test_models_and_migrations_agree(empty_plan_path):
    engine = make_engine(empty_plan_path, None)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": _not_search_index, "compare_type": True}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_every_released_schema_has_a_fixture_plan():
    released = {path.stem.removeprefix("schema-") for path in FIXTURES.glob("schema-*.plan")}
    assert released == set(KNOWN_REVISIONS[:-1]) | ({"0001"} & set(KNOWN_REVISIONS))


def test_a_plan_of_the_first_schema_opens_upgraded_with_nothing_lost(tmp_path):
    path = tmp_path / "old.plan"
    shutil.copy2(FIXTURES / "schema-0001.plan", path)

    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        assert get_details(session).name == "Schema 0001 family"
        (robin,) = children.list_children(session)
        assert (robin.nickname, robin.birth_year) == ("Robin", 2014)
        (use,) = apps.list_app_uses(session)
        assert use.catalog_app_id == "minecraft"
        (setting,) = apps.list_settings(session, use.id)
        assert setting.custom_title == "Only play on the family server"
        assert [c.name for c in contacts.list_contacts(session)] == ["Grandpa Joe"]
        # The search index is new in 0002 and covers what was written before it.
        found = conversations.list_conversations(session, query="strangers")
        assert [c.said for c in found] == ["We talked about strangers in chat."]

    (backup,) = backups_of(path)
    assert "before-upgrade" in backup.name
    connection = connect_raw(backup, None)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT nickname FROM child").fetchall() == [("Robin",)]
    finally:
        connection.close()


def test_a_plan_of_schema_0002_opens_upgraded_with_nothing_lost(tmp_path):
    path = tmp_path / "old.plan"
    shutil.copy2(FIXTURES / "schema-0002.plan", path)

    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        details = get_details(session)
        assert (details.name, details.country, details.mode) == (
            "Schema 0002 family",
            "GB",
            "shelter",
        )
        (sam,) = children.list_children(session)
        assert (sam.nickname, sam.birth_year, sam.notes) == ("Sam", 2013, "Likes drawing")
        found = conversations.list_conversations(session, query="gift cards")
        assert [c.child_wants for c in found] == ["Tell me first"]
        assert [(c.name, c.notes) for c in contacts.list_contacts(session)] == [
            ("Ms Patel", "Tuesdays")
        ]
        (reminder,) = reminders.list_reminders(session)
        assert reminder.title == "Look at the friends list together"
        assert reminder.rrule == "FREQ=WEEKLY"
        # Drafts are new in 0003: the upgraded plan has the table, and none in it.
        assert drafts.list_drafts(session) == []

    (backup,) = backups_of(path)
    connection = connect_raw(backup, None)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    finally:
        connection.close()


def test_a_plan_of_schema_0003_opens_upgraded_and_its_own_app_can_be_checked(tmp_path):
    path = tmp_path / "old.plan"
    shutil.copy2(FIXTURES / "schema-0003.plan", path)

    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        details = get_details(session)
        assert (details.name, details.language) == ("Schema 0003 family", "es")
        (ana,) = children.list_children(session)
        roblox, own = apps.list_app_uses(session, ana.id)
        assert (roblox.catalog_app_id, roblox.handle) == ("roblox", "ana_builds")
        assert (own.custom_name, own.purpose) == ("Pet Chat World", "Drawing with friends")
        (check,) = apps.list_settings(session, own.id)
        assert (check.state, check.notes) == ("agreed", "Done at the library")
        (draft,) = drafts.list_drafts(session)
        assert draft.typed_text() == [("What happened", "A gift card")]
        # Recorded capabilities are new in 0004: the family's app starts with none, not known.
        assert apps.recorded_capabilities(session) == {}
        apps.set_custom_app_capability(session, own.id, "location_sharing", "yes")
        assert apps.recorded_capabilities(session) == {own.id: {"location_sharing": "yes"}}

    (backup,) = backups_of(path)
    connection = connect_raw(backup, None)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    finally:
        connection.close()
