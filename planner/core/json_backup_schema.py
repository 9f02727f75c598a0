"""Checks a backup against resources/schemas/backup-v1.schema.json, with messages for people.

The schema file is the one statement of the format; this reads it and applies the part of JSON
Schema (draft 2020-12) that it uses: type, const, enum, properties, required,
additionalProperties: false, items, minItems, uniqueItems, minimum, maxLength, pattern, format
(date, date-time, local-date-time) and local "$ref"s. Anything else in the schema is an error
here, so the file cannot quietly state a rule that nothing enforces. A small reader instead of the
jsonschema package: one dependency fewer, and messages such as "children[2].birth_year must be a
whole number" instead of a validator's own wording.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from typing import Any

from planner.core.errors import ValidationError
from planner.core.i18n import mark
from planner.resources import resource_path

SCHEMA_FILE = ("schemas", "backup-v1.schema.json")
ANNOTATIONS = {"$schema", "$id", "title", "description"}
KNOWN_KEYWORDS = ANNOTATIONS | {
    "$defs",
    "$ref",
    "type",
    "const",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "uniqueItems",
    "minimum",
    "maxLength",
    "pattern",
    "format",
}
# Words for the messages' {kind}, translated with them (planner/core/errors.py).
_TYPE_WORDS = {
    "integer": mark("a whole number"),
    "string": mark("text"),
    "boolean": mark("true or false"),
    "array": mark("a list"),
    "object": mark("a group of named fields"),
    "null": mark("null"),
}
_FORMAT_EXAMPLES = {
    "date": mark("a date such as 2026-11-29"),
    "date-time": mark("a UTC time such as 2026-11-29T18:00:00Z"),
    "local-date-time": mark("a date and time such as 2026-11-29T18:00:00"),
}
# The place that is the backup itself. Places inside it are the file's own keys
# (children[2].birth_year), shown as they are in any language; a sentence about the backup
# itself has a source of its own ("The backup has no ..."), where "backup" is translated.
ROOT = "the backup"


@cache
def backup_schema() -> dict[str, Any]:
    with resource_path(*SCHEMA_FILE).open(encoding="utf-8") as file:
        schema: dict[str, Any] = json.load(file)
    return schema


def check_backup(document: object) -> None:
    """Raise ValidationError naming the first place where `document` breaks the schema."""
    schema = backup_schema()
    _check(document, schema, ROOT, schema)


def _check(value: object, schema: dict[str, Any], path: str, root: dict[str, Any]) -> None:
    unknown = set(schema) - KNOWN_KEYWORDS
    if unknown:
        raise ValueError(f"backup schema: unsupported keywords {sorted(unknown)} at {path}")
    if "$ref" in schema:
        _check(value, _resolve(schema["$ref"], root), path, root)
    if "type" in schema:
        _check_type(value, schema["type"], path)
    if "const" in schema and value != schema["const"]:
        raise ValidationError(
            "{where} must be {value}.", where=path, value=json.dumps(schema["const"])
        )
    if "enum" in schema and value not in schema["enum"]:
        raise ValidationError(
            "{where} must be one of: {listed}.", where=path, listed=", ".join(schema["enum"])
        )
    if isinstance(value, dict):
        _check_object(value, schema, path, root)
    elif isinstance(value, list):
        _check_array(value, schema, path, root)
    elif isinstance(value, str):
        _check_string(value, schema, path)
    elif _is_type(value, "integer"):
        _check_integer(value, schema, path)  # type: ignore[arg-type]


def _check_integer(value: int, schema: dict[str, Any], path: str) -> None:
    if value < schema.get("minimum", value):
        raise ValidationError(
            "{where} must be at least {minimum}.", where=path, minimum=schema["minimum"]
        )
    # Every whole number is stored as SQLite's 64-bit integer; a larger one cannot be a real value.
    if not -(2**63) <= value < 2**63:
        raise ValidationError("{where} is too large a number.", where=path)


def _resolve(reference: str, root: dict[str, Any]) -> dict[str, Any]:
    prefix = "#/$defs/"
    if not reference.startswith(prefix):
        raise ValueError(f"backup schema: only local $defs references are supported: {reference}")
    target: dict[str, Any] = root["$defs"][reference.removeprefix(prefix)]
    return target


def _check_type(value: object, expected: str | list[str], path: str) -> None:
    allowed = [expected] if isinstance(expected, str) else expected
    if len(allowed) > 2:  # the messages name one kind of value or two
        raise ValueError(f"backup schema: more than two types at {path}: {allowed}")
    if any(_is_type(value, name) for name in allowed):
        return
    if len(allowed) == 1:
        raise ValidationError("{where} must be {kind}.", where=path, kind=_TYPE_WORDS[allowed[0]])
    raise ValidationError(
        "{where} must be {kind} or {other_kind}.",
        where=path,
        kind=_TYPE_WORDS[allowed[0]],
        other_kind=_TYPE_WORDS[allowed[1]],
    )


def _is_type(value: object, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    kinds: dict[str, type | tuple[type, ...]] = {
        "string": str,
        "boolean": bool,
        "array": list,
        "object": dict,
        "null": type(None),
    }
    return isinstance(value, kinds[name])


def _check_object(
    value: dict[str, Any], schema: dict[str, Any], path: str, root: dict[str, Any]
) -> None:
    properties: dict[str, Any] = schema.get("properties", {})
    for key in schema.get("required", []):
        if key not in value:
            if path == ROOT:  # the sentence starts with the backup, a word to translate
                raise ValidationError('The backup has no "{key}".', key=key)
            raise ValidationError('{where} has no "{key}".', where=path, key=key)
    if schema.get("additionalProperties") is False:
        for key in value:
            if key not in properties:
                shown = repr("".join(c for c in str(key)[:60] if c.isprintable()))
                if path == ROOT:
                    raise ValidationError(
                        "The backup has a field the planner does not know: {name}.", name=shown
                    )
                raise ValidationError(
                    "{where} has a field the planner does not know: {name}.", where=path, name=shown
                )
    for key, subschema in properties.items():
        if key in value:
            _check(value[key], subschema, _join(path, key), root)


def _check_array(value: list[Any], schema: dict[str, Any], path: str, root: dict[str, Any]) -> None:
    if len(value) < schema.get("minItems", 0):
        raise ValidationError(
            "{where} must hold at least {count} item(s).", where=path, count=schema["minItems"]
        )
    if schema.get("uniqueItems"):
        seen = [json.dumps(item, sort_keys=True) for item in value]
        if len(set(seen)) != len(seen):
            raise ValidationError("{where} holds the same item twice.", where=path)
    if "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], f"{path}[{index}]", root)


def _check_string(value: str, schema: dict[str, Any], path: str) -> None:
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise ValidationError(
            "{where} is too long: at most {max_length} characters.",
            where=path,
            max_length=f"{schema['maxLength']:,}",
        )
    if "format" in schema and not _has_format(value, schema["format"]):
        raise ValidationError(
            "{where} must be {kind}.", where=path, kind=_FORMAT_EXAMPLES[schema["format"]]
        )
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise ValidationError(
            "{where} is not written as the planner expects: {value}.",
            where=path,
            value=repr(value[:40]),
        )


def _has_format(value: str, name: str) -> bool:
    try:
        if name == "date":
            return len(value) == 10 and bool(dt.date.fromisoformat(value))
        moment = dt.datetime.fromisoformat(value.removesuffix("Z"))
    except ValueError:
        return False
    if name == "date-time":
        return value.endswith("Z")
    if name == "local-date-time":
        return "T" in value and moment.tzinfo is None
    raise ValueError(f"backup schema: unsupported format {name!r}")


def _join(path: str, key: str) -> str:
    return key if path == ROOT else f"{path}.{key}"
