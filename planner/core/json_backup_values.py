"""What restore checks beyond the backup's shape: every value as the window would check it.

json_backup_schema.py checks types and lengths, json_backup.py how rows refer to each other;
this applies the services' own validators (planner.core.services.validate, the repeat rules of
planner.core.recurrence, the catalog's countries and contacts), so that a file cannot hold what
the window would refuse. It works on the parsed document, before anything is written; texts are
cleaned in place as the services clean what people type (control characters dropped).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from typing import Any

from planner.core.catalog import Catalog
from planner.core.errors import ValidationError
from planner.core.recurrence import validate_rule
from planner.core.services.contacts import builtin_fields, refuse_look_alike
from planner.core.services.validate import (
    LIMITS,
    birth_year,
    choice,
    clean_text,
    preference_value,
    room_for,
)

# Texts the window never leaves empty: (section, field) -> what the message calls it.
_REQUIRED = {
    ("plan", "name"): "a name for the plan",
    ("children", "nickname"): "the child's nickname",
    ("adults", "name"): "the adult's name",
    ("contacts", "name"): "the contact's name",
    ("reminders", "title"): "what the reminder is for",
    ("app_uses", "custom_name"): "the app's name",
    ("setting_agreements", "custom_title"): "the setting",
    ("household_rules", "custom_text"): "the rule",
}
# Fields holding ids or machine values: checked elsewhere, never cleaned here.
_NOT_TEXT = {"rrule", "builtin_id", "catalog_app_id", "catalog_setting_id", "guidance_item_id"}


def check_counts(document: dict[str, Any]) -> None:
    """LIMITS, before anything else looks at the rows (a huge file is refused quickly)."""
    for section in LIMITS:
        rows = document.get(section)
        if isinstance(rows, list):
            with _field(section):
                room_for(section, len(rows), 0)
    reminders = document.get("reminders")
    if isinstance(reminders, list):
        total = sum(len(row.get("completions") or []) for row in reminders if isinstance(row, dict))
        with _field("reminders[].completions"):
            room_for("completions", total, 0)


def check_values(document: dict[str, Any], catalog: Catalog) -> None:
    """Refuse (ValidationError naming the field) what the window would refuse; clean texts."""
    _clean_section("plan", [document["plan"]])
    for section in LIMITS:
        if section in document:
            _clean_section(section, document[section])
    plan = document["plan"]
    with _field("plan.country"):
        choice(plan["country"], catalog.countries, "country")
    for index, row in enumerate(document["preferences"]):
        with _field(f"preferences[{index}]"):
            row["value"] = preference_value(row["key"], row["value"])
    for index, child in enumerate(document["children"]):
        with _field(f"children[{index}].birth_year"):
            birth_year(child["birth_year"])
    for index, reminder in enumerate(document["reminders"]):
        with _field(f"reminders[{index}].rrule"):
            reminder["rrule"] = _rule(reminder)
    _use_catalog_contacts(document["contacts"], catalog, plan["country"])


def _clean_section(section: str, rows: list[dict[str, Any]]) -> None:
    for index, row in enumerate(rows):
        for field, value in row.items():
            if not isinstance(value, str) or field in _NOT_TEXT:
                continue
            cleaned = clean_text(value)
            label = _REQUIRED.get((section, field))
            if label is not None and not cleaned:
                row_place = section if section == "plan" else f"{section}[{index}]"
                raise ValidationError(
                    "{where} is empty: the planner needs {label}.",
                    where=f"{row_place}.{field}",
                    label=label,
                )
            row[field] = cleaned


def _rule(reminder: dict[str, Any]) -> str:
    starts_at = dt.datetime.fromisoformat(reminder["starts_at"])
    return validate_rule(reminder["rrule"], starts_at)


def _use_catalog_contacts(contacts: list[dict[str, Any]], catalog: Catalog, country: str) -> None:
    """A built-in contact's name, numbers and hours are the catalog's, whatever the file says;
    only the household's notes and the hidden flag come from the backup."""
    facts = {fact.id: fact for fact in catalog.countries[country].contacts}
    for index, contact in enumerate(contacts):
        builtin_id = contact["builtin_id"]
        if builtin_id is None:
            with _field(f"contacts[{index}]"):
                refuse_look_alike(contact["name"], catalog)
            continue
        if builtin_id not in facts:
            raise ValidationError(
                "{where} names a built-in contact the planner does not have for {country}: "
                "{value}.",
                where=f"contacts[{index}].builtin_id",
                country=country,
                value=repr(builtin_id[:40]),
            )
        contact.update(builtin_fields(facts[builtin_id]))
        if contact["kind"] == "emergency":
            contact["hidden"] = False  # the emergency number is never hidden from a plan


@contextlib.contextmanager
def _field(path: str) -> Iterator[None]:
    """A validator's refusal, naming the backup's field."""
    try:
        yield
    except ValidationError as error:
        raise ValidationError("{where}: {reason}", where=path, reason=error) from error
