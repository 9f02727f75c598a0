"""JSON backup and restore: complete, faithful, and refusing anything it cannot trust."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String

from planner.core import models as m
from planner.core.catalog import CAPABILITY_KEYS
from planner.core.errors import ValidationError
from planner.core.json_backup import (
    SECTIONS,
    backup_document,
    backup_json,
    parse_backup,
    restore_backup,
)
from planner.core.json_backup_schema import backup_schema
from planner.core.plans import PlanFile, is_protected
from planner.core.services import apps, children, contacts
from planner.core.services.plan import LANGUAGES
from tests.conftest import PASSPHRASE

NESTED = {
    "conversations": {"child_ids"},
    "reminders": {"completions"},
    "app_uses": {"capabilities"},
}


def backup_of(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    with PlanFile.open(path, passphrase) as plan, plan.unit_of_work() as session:
        return backup_document(session)


def without_time(document: dict[str, Any]) -> str:
    return backup_json({key: value for key, value in document.items() if key != "exported_at"})


@pytest.fixture
def demo_backup(demo_plan_path: Path) -> dict[str, Any]:
    return backup_of(demo_plan_path)


def broken(document: dict[str, Any], change: Any) -> str:
    changed = copy.deepcopy(document)
    change(changed)
    return backup_json(changed)


def refusal(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_backup(text)
    return caught.value.message


def test_backup_restore_backup_gives_the_same_json(demo_backup, tmp_path):
    restored = tmp_path / "restored.plan"

    restore_backup(parse_backup(backup_json(demo_backup)), restored, None)

    assert without_time(backup_of(restored)) == without_time(demo_backup)
    assert not is_protected(restored)


def test_a_protected_plan_round_trips_into_a_protected_plan(protected_plan_path, tmp_path):
    original = backup_of(protected_plan_path, PASSPHRASE)
    restored = tmp_path / "restored.plan"

    restore_backup(parse_backup(backup_json(original)), restored, PASSPHRASE)

    assert is_protected(restored)
    assert without_time(backup_of(restored, PASSPHRASE)) == without_time(original)


def test_the_backup_holds_every_table_sorted_by_id(demo_backup):
    assert list(demo_backup)[:4] == ["format", "version", "schema_revision", "exported_at"]
    assert demo_backup["plan"]["name"] == "Alvarez-Kim household"
    for key in SECTIONS:
        ids = [row.get("id", row.get("key")) for row in demo_backup[key]]
        assert ids == sorted(ids), key
    assert len(demo_backup["children"]) == 2 and len(demo_backup["concerns"]) == 1
    assert demo_backup["conversations"][0]["child_ids"] == [1, 2]
    assert all("completions" in reminder for reminder in demo_backup["reminders"])


def test_the_schema_describes_every_column_of_every_table():
    schema = backup_schema()
    items = {key: schema["properties"][key]["items"]["$ref"] for key in SECTIONS}
    items["plan"] = schema["properties"]["plan"]["$ref"]
    tables = {**SECTIONS, "plan": m.Base.metadata.tables["plan"]}
    for key, reference in items.items():
        definition = schema["$defs"][reference.rsplit("/", 1)[1]]
        columns = {column.name for column in tables[key].columns}
        assert set(definition["properties"]) == columns | NESTED.get(key, set()), key
        assert definition["required"] == list(definition["properties"]), key
        for column in tables[key].columns:
            field = definition["properties"][column.name]
            limited = isinstance(column.type, String) and column.type.length
            if limited and "enum" not in field and "$ref" not in field:
                assert field.get("maxLength") == column.type.length, (key, column.name)


def test_the_schema_choices_are_the_models_choices():
    defs = backup_schema()["$defs"]
    assert defs["plan"]["properties"]["mode"]["enum"] == list(m.PLAN_MODES)
    assert defs["plan"]["properties"]["language"]["enum"] == list(LANGUAGES)
    assert defs["adult"]["properties"]["role"]["enum"] == list(m.ADULT_ROLES)
    assert defs["device"]["properties"]["kind"]["enum"] == list(m.DEVICE_KINDS)
    assert defs["appUse"]["properties"]["status"]["enum"] == list(m.APP_USE_STATUSES)
    assert defs["settingAgreement"]["properties"]["state"]["enum"] == list(m.SETTING_STATES)
    assert defs["concern"]["properties"]["status"]["enum"] == list(m.CONCERN_STATUSES)
    assert defs["contact"]["properties"]["kind"]["enum"] == list(m.CONTACT_KINDS)
    assert defs["completion"]["properties"]["outcome"]["enum"] == list(m.COMPLETION_OUTCOMES)
    assert list(defs["recordedCapabilities"]["properties"]) == list(CAPABILITY_KEYS)
    assert defs["recordedValue"]["enum"] == list(m.RECORDED_VALUES)


def test_the_schema_file_is_a_draft_2020_12_schema():
    schema = backup_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"]["const"] == "family-safety-planner-backup"
    assert schema["properties"]["version"]["const"] == 1


def test_a_truncated_backup_is_refused_as_incomplete(demo_backup):
    text = backup_json(demo_backup)
    for cut in (len(text) // 3, len(text) - 5, 1):
        assert refusal(text[:cut]) == "The backup is not complete (it ends too early)."


def test_other_files_and_newer_backups_are_refused(demo_backup):
    assert "not a Family Safety Planner backup" in refusal("[1, 2, 3]")
    assert "not valid JSON" in refusal("{]")
    assert "not a Family Safety Planner backup" in refusal(
        broken(demo_backup, lambda d: d.update(format="something-else"))
    )
    newer = "This backup was made by a newer version of the planner"
    assert newer in refusal(broken(demo_backup, lambda d: d.update(version=2)))
    assert newer in refusal(broken(demo_backup, lambda d: d.update(schema_revision="9999")))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["children"][1].update(birth_year="2014"),
            "children[1].birth_year must be a whole number.",
        ),
        (
            lambda d: d["children"][0].update(birth_year=True),
            "children[0].birth_year must be a whole number.",
        ),
        (lambda d: d["adults"][0].update(role="boss"), "adults[0].role must be one of"),
        (lambda d: d["devices"][0].pop("kind"), 'devices[0] has no "kind"'),
        (lambda d: d["plan"].update(colour="red"), "plan has a field the planner does not know"),
        (
            lambda d: d["concerns"][0].update(occurred_on="2026-02-30"),
            "concerns[0].occurred_on must be a date such as 2026-11-29.",
        ),
        (
            lambda d: d["reminders"][0].update(starts_at="tomorrow"),
            "reminders[0].starts_at must be a date and time",
        ),
        (lambda d: d["concerns"][0].update(blocked="yes"), "must be true or false"),
        (
            lambda d: d["devices"][0].update(child_id=99),
            "devices[0].child_id names an item that is not in the backup (99).",
        ),
        (
            lambda d: d["conversations"][0].update(child_ids=[]),
            "conversations[0].child_ids must hold at least 1 item(s).",
        ),
        (
            lambda d: d["app_uses"][0].update(custom_name="Both"),
            "app_uses[0] must have exactly one of catalog_app_id and custom_name.",
        ),
        (
            lambda d: d["concerns"][0].update(app_use_id=d["app_uses"][0]["id"]),
            "concerns[0].app_use_id names another child's app.",
        ),
        (
            lambda d: d["reminders"][0].update(child_id=1, app_use_id=1),
            "reminders[0] is about more than one thing.",
        ),
        (
            lambda d: d["children"].append(dict(d["children"][0])),
            "children has the same id twice: 1.",
        ),
        (lambda d: d.pop("contacts"), 'The backup has no "contacts".'),
        (lambda d: d["plan"].update(name="x" * 201), "plan.name is too long"),
        (
            lambda d: d["app_uses"][0].update(capabilities={"location_sharing": "sometimes"}),
            "app_uses[0].capabilities.location_sharing must be one of: yes, limited, no.",
        ),
        (
            lambda d: d["app_uses"][0].update(capabilities={"webcam": "yes"}),
            "app_uses[0].capabilities has a field the planner does not know: 'webcam'.",
        ),
        (
            lambda d: d["app_uses"][0].update(capabilities=["location_sharing"]),
            "app_uses[0].capabilities must be a group of named fields.",
        ),
        (
            lambda d: d["app_uses"][0].update(capabilities={"location_sharing": "no"}),
            "app_uses[0].capabilities must be empty: the planner's safety information says",
        ),
    ],
)
def test_a_hand_broken_backup_is_refused_with_the_place_named(demo_backup, change, message):
    assert message in refusal(broken(demo_backup, change))


def test_a_restore_that_fails_inside_the_database_leaves_no_file(demo_backup, tmp_path):
    folder = tmp_path / "restored"
    folder.mkdir()
    target = folder / "new.plan"
    unchecked = copy.deepcopy(demo_backup)
    unchecked["devices"][0]["child_id"] = 99  # what the checks refuse, forced past them

    with pytest.raises(ValidationError, match="do not fit together"):
        restore_backup(unchecked, target, None)

    assert list(folder.iterdir()) == []


def test_restore_never_replaces_an_existing_plan(demo_backup, demo_plan_path):
    before = demo_plan_path.read_bytes()

    with pytest.raises(Exception, match="already a file"):
        restore_backup(demo_backup, demo_plan_path, None)

    assert demo_plan_path.read_bytes() == before


def test_the_backup_is_plain_json_with_unicode_kept(demo_backup):
    demo_backup["children"][0]["nickname"] = "Zoë"
    text = backup_json(demo_backup)
    assert '"Zoë"' in text and json.loads(text)["children"][0]["nickname"] == "Zoë"


def test_a_backup_cannot_hide_the_emergency_number_or_set_a_look_alike_beside_it(
    demo_backup, tmp_path
):
    """A shared computer's abuser edits a backup: the real emergency row hidden, and a contact
    of the household's own named like it with another number."""
    document = copy.deepcopy(demo_backup)
    emergency = next(c for c in document["contacts"] if c["kind"] == "emergency")
    emergency["hidden"] = True
    look_alike = {**emergency, "builtin_id": None, "phone": "555-0000", "hidden": False}
    look_alike["id"] = max(c["id"] for c in document["contacts"]) + 1
    document["contacts"].append(look_alike)
    with pytest.raises(ValidationError, match="name of one of the planner's own contacts"):
        restore_backup(parse_backup(backup_json(document)), tmp_path / "a.plan", None)
    assert not (tmp_path / "a.plan").exists()

    document["contacts"].pop()
    restore_backup(parse_backup(backup_json(document)), tmp_path / "b.plan", None)
    with PlanFile.open(tmp_path / "b.plan") as plan, plan.unit_of_work() as session:
        shown = contacts.list_contacts(session)
    assert any(c.kind == "emergency" and c.builtin_id for c in shown)  # visible, not hidden


def test_what_the_family_recorded_about_their_own_app_is_backed_up_and_restored(
    empty_plan_path, catalog, tmp_path
):
    with PlanFile.open(empty_plan_path) as plan, plan.unit_of_work() as session:
        child = children.add_child(session, "Ana", 2015)
        use = apps.add_app_use(session, catalog, child.id, custom_name="Pet Chat World")
        apps.set_custom_app_capability(session, use.id, "voice_chat", "no")
        apps.set_custom_app_capability(session, use.id, "location_sharing", "yes")
    original = backup_of(empty_plan_path)
    (row,) = original["app_uses"]
    assert row["capabilities"] == {"location_sharing": "yes", "voice_chat": "no"}

    restored = tmp_path / "restored.plan"
    restore_backup(parse_backup(backup_json(original)), restored, None)

    assert without_time(backup_of(restored)) == without_time(original)
    with PlanFile.open(restored) as plan, plan.unit_of_work() as session:
        assert apps.recorded_capabilities(session) == {
            use.id: {"location_sharing": "yes", "voice_chat": "no"}
        }


def test_a_backup_made_before_recorded_capabilities_restores_with_none(demo_backup, tmp_path):
    older = copy.deepcopy(demo_backup)
    older["schema_revision"] = "0003"
    for row in older["app_uses"]:
        del row["capabilities"]

    restore_backup(parse_backup(backup_json(older)), tmp_path / "restored.plan", None)

    assert without_time(backup_of(tmp_path / "restored.plan")) == without_time(demo_backup)
    # Only an older backup may lack them: a current one without them is damaged.
    current = {**older, "schema_revision": demo_backup["schema_revision"]}
    assert 'app_uses[0] has no "capabilities"' in refusal(backup_json(current))
