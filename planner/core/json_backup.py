"""A complete, versioned JSON backup of a plan, and its checked restore into a new plan file.

Format: resources/schemas/backup-v1.schema.json. Every table is written column by column, with
ids as they were, so that backup -> restore -> backup gives the same JSON (but for the export
time). Restoring writes rows as they are instead of going through the services: the services
give new ids, propose settings and recompute due dates, which would change the plan. Instead,
every value is checked first (json_backup_schema.py for the shape, `_check_references` for how
rows refer to each other), and the plan is built with PlanFile.create, so a refused or failed
restore leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog, load_catalog
from planner.core.errors import FileSystemError, ValidationError
from planner.core.export.files import write_text_atomically
from planner.core.i18n import mark
from planner.core.json_backup_schema import check_backup
from planner.core.json_backup_values import check_counts, check_values
from planner.core.plans import PlanFile
from planner.core.revisions import KNOWN_REVISIONS, SCHEMA_REVISION
from planner.core.services.apps import recorded_capabilities
from planner.core.services.validate import ids_text, ids_tuple

FORMAT = "family-safety-planner-backup"
VERSION = 1
# The largest backup restore reads: far above what LIMITS let a plan hold in ordinary use.
MAX_BACKUP_BYTES = 100_000_000
_TABLES = m.Base.metadata.tables
# JSON key -> table, in an order where every row comes after the rows it refers to.
SECTIONS: dict[str, Table] = {
    "preferences": _TABLES["preference"],
    "children": _TABLES["child"],
    "adults": _TABLES["adult"],
    "devices": _TABLES["device"],
    "contacts": _TABLES["contact"],
    "app_uses": _TABLES["app_use"],
    "setting_agreements": _TABLES["setting_agreement"],
    "household_rules": _TABLES["household_rule"],
    "conversations": _TABLES["conversation"],
    "concerns": _TABLES["concern"],
    "reminders": _TABLES["reminder"],
}
PLAN_TABLE = _TABLES["plan"]
LINK_TABLE = _TABLES["conversation_child"]
COMPLETION_TABLE = _TABLES["reminder_completion"]
RECORDED_TABLE = _TABLES["recorded_capability"]
# The schema revisions before an app use had recorded capabilities: their backups have none.
BEFORE_RECORDED_CAPABILITIES = ("0001", "0002", "0003")
# Sets of guidance ids kept as one comma-separated column, written as JSON lists.
ID_LIST_COLUMNS = {("conversation", "topics"), ("concern", "warning_signs")}


# -- writing ---------------------------------------------------------------------------------


def backup_document(session: Session, now: dt.datetime | None = None) -> dict[str, Any]:
    """The whole plan as JSON-ready data, keys in a fixed order, rows sorted by id."""
    moment = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0, tzinfo=None)
    plans = _rows(session, PLAN_TABLE)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "schema_revision": SCHEMA_REVISION,
        "exported_at": moment.isoformat() + "Z",
        "plan": plans[0] if plans else None,
    }
    for key, table in SECTIONS.items():
        document[key] = _rows(session, table)
    _nest_children(session, document["conversations"])
    _nest_completions(session, document["reminders"])
    _nest_recorded(session, document["app_uses"])
    return document


def backup_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def save_backup(session: Session, path: Path) -> None:
    """Write the backup to `path`, replacing it only once the whole file is written."""
    write_text_atomically(path, backup_json(backup_document(session)))


def _rows(session: Session, table: Table) -> list[dict[str, Any]]:
    order = table.c.key if "key" in table.c else table.c.id
    result = session.execute(select(table).order_by(order)).mappings()
    return [{c.name: _to_json(table, c, row[c.name]) for c in table.columns} for row in result]


def _to_json(table: Table, column: Column[Any], value: Any) -> Any:
    if (table.name, column.name) in ID_LIST_COLUMNS:
        return list(ids_tuple(value))
    if isinstance(value, dt.date):  # datetime is a date too: both write ISO 8601
        return value.isoformat()
    return value


def _nest_children(session: Session, conversations: list[dict[str, Any]]) -> None:
    links = session.execute(select(LINK_TABLE).order_by(LINK_TABLE.c.child_id)).mappings()
    by_conversation: dict[int, list[int]] = {}
    for link in links:
        by_conversation.setdefault(link["conversation_id"], []).append(link["child_id"])
    for row in conversations:
        _insert_after(row, "held_on", "child_ids", by_conversation.get(row["id"], []))


def _nest_completions(session: Session, reminders: list[dict[str, Any]]) -> None:
    by_reminder: dict[int, list[dict[str, Any]]] = {}
    for completion in _rows(session, COMPLETION_TABLE):
        by_reminder.setdefault(completion.pop("reminder_id"), []).append(completion)
    for row in reminders:
        row["completions"] = by_reminder.get(row["id"], [])


def _nest_recorded(session: Session, app_uses: list[dict[str, Any]]) -> None:
    found = recorded_capabilities(session)
    for row in app_uses:
        row["capabilities"] = found.get(row["id"], {})


def _insert_after(row: dict[str, Any], after: str, key: str, value: Any) -> None:
    items = list(row.items())
    position = [name for name, _ in items].index(after) + 1
    row.clear()
    row.update([*items[:position], (key, value), *items[position:]])


# -- reading and checking --------------------------------------------------------------------


def read_backup(path: Path, catalog: Catalog | None = None) -> dict[str, Any]:
    """Read and check a backup file; a ValidationError says what is wrong with it."""
    try:
        if path.exists() and not path.is_file():  # a FIFO or a device would block or never end
            raise ValidationError(
                mark("{path} is not a planner backup (it is not a file)."), path=path
            )
        if path.stat().st_size > MAX_BACKUP_BYTES:
            raise ValidationError(
                mark("{path} is too large for a planner backup (at most {megabytes} MB)."),
                path=path,
                megabytes=MAX_BACKUP_BYTES // 1_000_000,
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise FileSystemError(mark("There is no backup at {path}."), path=path) from error
    except UnicodeDecodeError as error:
        raise ValidationError(
            mark("{path} is not a planner backup (it is not text)."), path=path
        ) from error
    except OSError as error:
        raise FileSystemError(
            mark("{path} cannot be read: {reason}."), path=path, reason=error.strerror
        ) from error
    return parse_backup(text)


def parse_backup(text: str, catalog: Catalog | None = None) -> dict[str, Any]:
    """Check everything, in this order: JSON, header, counts, shape, references, values."""
    document = _parse_json(text)
    _check_header(document)
    _add_what_older_backups_lack(document)
    check_counts(document)
    check_backup(document)
    _check_references(document)
    check_values(document, catalog or load_catalog())
    return document


def _refuse_constant(name: str) -> Any:
    raise ValidationError(
        "The backup holds {name}, which is not a number the planner uses.", name=name
    )


def _parse_json(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError as error:
        raise ValidationError(
            "This file is not a planner backup: its lists and groups are nested too deeply."
        ) from error
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated"):
            raise ValidationError("The backup is not complete (it ends too early).") from error
        raise ValidationError(
            mark(
                "The backup is damaged: it is not valid JSON "
                "(line {line}, column {column}: {reason})."
            ),
            line=error.lineno,
            column=error.colno,
            reason=error.msg,
        ) from error
    except ValueError as error:  # a number longer than Python reads (4,300 digits)
        raise ValidationError(
            "This file is not a planner backup: it holds a number far too long to be real."
        ) from error
    if not isinstance(document, dict):
        raise ValidationError("This file is not a Family Safety Planner backup.")
    return document


def _check_header(document: dict[str, Any]) -> None:
    if document.get("format") != FORMAT:
        raise ValidationError("This file is not a Family Safety Planner backup.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError("The backup's version must be a whole number of 1 or more.")
    revision = document.get("schema_revision")
    if version > VERSION or (isinstance(revision, str) and revision not in KNOWN_REVISIONS):
        raise ValidationError(
            "This backup was made by a newer version of the planner. "
            "Install the newer version to restore it."
        )


def _add_what_older_backups_lack(document: dict[str, Any]) -> None:
    """A backup made before a part of the plan existed restores with that part empty."""
    uses = document.get("app_uses")
    if document.get("schema_revision") in BEFORE_RECORDED_CAPABILITIES and isinstance(uses, list):
        for use in uses:
            if isinstance(use, dict):
                use.setdefault("capabilities", {})


def _check_references(document: dict[str, Any]) -> None:
    ids = {key: _unique_ids(document[key], key) for key in SECTIONS if key != "preferences"}
    _unique([row["key"] for row in document["preferences"]], "preferences", "key")
    _refer(document, "devices", "child_id", ids["children"])
    _refer(document, "app_uses", "child_id", ids["children"])
    _refer(document, "setting_agreements", "app_use_id", ids["app_uses"])
    _refer(document, "household_rules", "child_id", ids["children"])
    _refer(document, "concerns", "child_id", ids["children"])
    _refer(document, "concerns", "app_use_id", ids["app_uses"])
    for index, talk in enumerate(document["conversations"]):
        for child_id in talk["child_ids"]:
            _must_exist(child_id, ids["children"], f"conversations[{index}].child_ids")
    _check_choices(document)
    _check_recorded(document)
    _check_concern_apps(document)
    _check_reminders(document, ids)
    _unique(
        [c["builtin_id"] for c in document["contacts"] if c["builtin_id"]], "contacts", "builtin_id"
    )
    _unique(
        [(u["child_id"], u["catalog_app_id"]) for u in document["app_uses"] if u["catalog_app_id"]],
        "app_uses",
        mark("app for the same child"),
    )
    _unique(
        [
            (s["app_use_id"], s["catalog_setting_id"])
            for s in document["setting_agreements"]
            if s["catalog_setting_id"]
        ],
        "setting_agreements",
        mark("setting for the same app"),
    )


def _unique_ids(rows: list[dict[str, Any]], section: str) -> set[int]:
    _unique([row["id"] for row in rows], section, "id")
    return {row["id"] for row in rows}


def _unique(values: Iterable[object], section: str, label: str) -> None:
    """`label` is a key of the file (id, builtin_id), or words for a pair of them."""
    repeated = [value for value, count in Counter(values).items() if count > 1]
    if repeated:
        raise ValidationError(
            "{section} has the same {label} twice: {value}.",
            section=section,
            label=label,
            value=repeated[0],
        )


def _refer(document: dict[str, Any], section: str, field: str, known: set[int]) -> None:
    for index, row in enumerate(document[section]):
        if row[field] is not None:
            _must_exist(row[field], known, f"{section}[{index}].{field}")


def _must_exist(row_id: int, known: set[int], path: str) -> None:
    if row_id not in known:
        raise ValidationError(
            "{where} names an item that is not in the backup ({row_id}).", where=path, row_id=row_id
        )


def _check_choices(document: dict[str, Any]) -> None:
    pairs = {
        "app_uses": ("catalog_app_id", "custom_name"),
        "setting_agreements": ("catalog_setting_id", "custom_title"),
        "household_rules": ("guidance_item_id", "custom_text"),
    }
    for section, (first, second) in pairs.items():
        for index, row in enumerate(document[section]):
            if (row[first] is None) == (row[second] is None):
                raise ValidationError(
                    "{where} must have exactly one of {first} and {second}.",
                    where=f"{section}[{index}]",
                    first=first,
                    second=second,
                )


def _check_recorded(document: dict[str, Any]) -> None:
    for index, use in enumerate(document["app_uses"]):
        if use["catalog_app_id"] is not None and use["capabilities"]:
            raise ValidationError(
                "{field} must be empty: the planner's safety information says what a catalog "
                "app allows.",
                field=f"app_uses[{index}].capabilities",
            )


def _check_concern_apps(document: dict[str, Any]) -> None:
    owners = {use["id"]: use["child_id"] for use in document["app_uses"]}
    for index, concern in enumerate(document["concerns"]):
        app_use_id = concern["app_use_id"]
        if app_use_id is not None and owners[app_use_id] != concern["child_id"]:
            raise ValidationError(
                "{where} names another child's app.", where=f"concerns[{index}].app_use_id"
            )


def _check_reminders(document: dict[str, Any], ids: dict[str, set[int]]) -> None:
    subjects = {
        "child_id": "children",
        "app_use_id": "app_uses",
        "setting_agreement_id": "setting_agreements",
        "contact_id": "contacts",
        "conversation_id": "conversations",
        "concern_id": "concerns",
    }
    completion_ids: list[int] = []
    for index, reminder in enumerate(document["reminders"]):
        given = [field for field in subjects if reminder[field] is not None]
        if len(given) > 1:
            raise ValidationError(
                "{where} is about more than one thing.", where=f"reminders[{index}]"
            )
        for field in given:
            _must_exist(reminder[field], ids[subjects[field]], f"reminders[{index}].{field}")
        completion_ids += [completion["id"] for completion in reminder["completions"]]
    _unique(completion_ids, "reminders[].completions", "id")


# -- restoring -------------------------------------------------------------------------------


def restore_backup(document: dict[str, Any], path: Path, passphrase: str | None) -> None:
    """Create a new plan at `path` from a document that `parse_backup` accepted."""
    PlanFile.create(path, lambda session: _populate(session, document), passphrase).close()


def _populate(session: Session, document: dict[str, Any]) -> None:
    # Core inserts, not ORM objects: the ORM flush would stamp the plan's "modified" time.
    try:
        _insert(session, PLAN_TABLE, [document["plan"]])
        for key, table in SECTIONS.items():
            _insert(session, table, document[key])
        links = [
            {"conversation_id": talk["id"], "child_id": child_id}
            for talk in document["conversations"]
            for child_id in talk["child_ids"]
        ]
        _insert(session, LINK_TABLE, links)
        completions = [
            {**completion, "reminder_id": reminder["id"]}
            for reminder in document["reminders"]
            for completion in reminder["completions"]
        ]
        _insert(session, COMPLETION_TABLE, completions)
        recorded = [
            {"app_use_id": use["id"], "capability": capability, "value": value}
            for use in document["app_uses"]
            for capability, value in use["capabilities"].items()
        ]
        _insert(session, RECORDED_TABLE, recorded)
    except IntegrityError as error:  # a rule the checks above missed: still a plain refusal
        raise ValidationError(
            "The backup's items do not fit together ({reason}).", reason=error.orig
        ) from error


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table), [_from_json(table, row) for row in rows])


def _from_json(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {column.name: _value(table, column, row[column.name]) for column in table.columns}


def _value(table: Table, column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if (table.name, column.name) in ID_LIST_COLUMNS:
        return ids_text(value)
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, Boolean):
        return bool(value)
    return value
