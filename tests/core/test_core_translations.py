"""The fixed words of exports (planner/core/i18n.py): every English source has Spanish, no
Spanish is left over, and dates and repeats read as a Spanish speaker writes them."""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import planner
from planner.core.i18n import long_date, short_date, t, translations
from planner.core.recurrence import describe_rule, rule_for_preset
from planner.resources import resource_path

PACKAGE = Path(planner.__file__).resolve().parent
# A literal English source handed to t() or mark() in a Jinja template. Adjacent literals
# ("one " "two") are one source, as Python reads them (ast joins them in Python code).
SOURCE = re.compile(r'\b(?:t|mark)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
# English-only fields a translation may leave out: the ordinal ending of "the 31st".
OPTIONAL_FIELDS = {"suffix"}


# Where a literal argument is the English name of a field, shown inside an error message:
# required_text(value, "the child's nickname"), choice(value, allowed, "role").
LABEL_ARGUMENT = {
    "required_text": 1,
    "optional_text": 1,
    "not_future": 1,
    "choice": 2,
    "get_or_fail": 3,
}
# The code whose errors people read: the window shows them, the command line prints them.
CORE_CODE = ("core", "cli", "render")
# Errors whose first argument is not a sentence of the table. A CatalogError is for the content
# maintainers who edit resources/ (in English, as the files they name); a PackError is named by
# a problem id, and its words are marked in planner/core/content_packs/messages.py.
NOT_TRANSLATED_HERE = {"CatalogError", "PackError"}


def _sources() -> dict[str, str]:
    """Every literal source, with the first file that uses it."""
    python = [
        *sorted((PACKAGE / "core").rglob("*.py")),
        *sorted((PACKAGE / "render").rglob("*.py")),
        *sorted((PACKAGE / "cli").rglob("*.py")),
        PACKAGE / "app.py",
        PACKAGE / "options.py",
    ]
    found: dict[str, str] = {}
    for path in python:
        for source in _python_sources(path.read_text(encoding="utf-8")):
            found.setdefault(source, path.name)
    for path in sorted(resource_path("templates").glob("*.j2")):
        for literals in SOURCE.findall(path.read_text(encoding="utf-8")):
            found.setdefault("".join(LITERAL.findall(literals)), path.name)
    return found


def _python_sources(code: str) -> Iterator[str]:
    """t("..."), mark("...") and the command line's said("..."); the fixed message of
    `raise SomeError("...")` and of every PlannerError made to be raised later (which
    PlannerError.in_language looks up); the field names handed to the validators."""
    for node in ast.walk(ast.parse(code)):
        if (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and getattr(node.exc.func, "id", None) not in NOT_TRANSLATED_HERE
        ):
            yield from _literal(node.exc, 0)
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        if name in ("t", "mark", "said"):
            yield from _literal(node, 0)
        elif name in LABEL_ARGUMENT:
            yield from _literal(node, LABEL_ARGUMENT[name])
        elif name in _planner_errors() - NOT_TRANSLATED_HERE:  # returned, as sqlerrors does
            yield from _literal(node, 0)


def _called(call: ast.Call) -> str:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", "")


@cache
def _planner_errors() -> frozenset[str]:
    """PlannerError and the names of the classes made from it, anywhere in the package."""
    bases: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(base, "id", "") for base in node.bases}
    found = {"PlannerError"}
    while grown := {name for name, parents in bases.items() if parents & found} - found:
        found |= grown
    return frozenset(found)


def _built_messages(code: str) -> Iterator[str]:
    """Where a PlannerError's message is built in code (an f-string, +, %, .format(), a name)
    rather than written as one English source: the table cannot have it, so it stays English."""
    for node in ast.walk(ast.parse(code)):
        if (
            isinstance(node, ast.Call)
            and _called(node) in _planner_errors() - NOT_TRANSLATED_HERE
            and node.args
            and not _is_source(node.args[0])
        ):
            yield f"line {node.lineno}: {ast.unparse(node.args[0])[:80]}"


def _is_source(argument: ast.expr) -> bool:
    """A literal, or a literal marked for translation."""
    if isinstance(argument, ast.Call) and _called(argument) == "mark" and argument.args:
        argument = argument.args[0]
    return isinstance(argument, ast.Constant) and isinstance(argument.value, str)


def _literal(call: ast.Call, position: int) -> Iterator[str]:
    if len(call.args) > position:
        argument = call.args[position]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            yield argument.value


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_sources_are_found_in_code_and_templates() -> None:
    # Guards the checks below against a pattern that silently matches nothing.
    sources = _sources()
    assert sources["To discuss"] == "words.py"
    assert sources["Tips for staying safe"] == "youth.html.j2"
    assert sources["Page {page} of {pages}"] == "pdf.py"
    assert "November" in sources and "Every {count} weeks" in sources
    # An error made here and raised by the caller; an item's name handed to get_or_fail.
    assert (
        sources["That change conflicts with something already in the plan, so it was not saved."]
        == "sqlerrors.py"
    )
    assert sources["that child"] == "apps.py"


def test_no_error_message_is_put_together_in_code() -> None:
    # Fields ({path}, {label}) go beside the source: PlannerError("... {path} ...", path=path).
    built = {
        str(path.relative_to(PACKAGE)): found
        for folder in CORE_CODE
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        if (found := list(_built_messages(path.read_text(encoding="utf-8"))))
    }
    assert built == {}


def test_the_check_sees_errors_made_from_planner_error_and_messages_put_together() -> None:
    assert {"ValidationError", "DamagedPlanError", "RuleError"} <= _planner_errors()
    code = """
raise ValidationError(f"That {label} is gone.")
raise FileSystemError("The folder " + str(folder) + " is gone.")
raise UsageError("%s is not a format" % name)
return PlanError("{path} is gone".format(path=path))
raise ValidationError(MESSAGE)
raise ValidationError("{label} is gone.", label=label)
raise ValidationError(mark("{label} is gone."), label=label)
raise ValueError(f"an internal check: {name}")
raise CatalogError(f"{name}: the file is missing")
"""
    assert [line.split(":")[0] for line in _built_messages(code)] == [
        "line 2",
        "line 3",
        "line 4",
        "line 5",
        "line 6",
    ]


def test_every_source_has_spanish_and_no_spanish_is_unused() -> None:
    sources, spanish = _sources(), translations("es")

    assert sorted(set(sources) - set(spanish)) == []
    assert sorted(set(spanish) - set(sources)) == []


@pytest.mark.parametrize("source", sorted(translations("es")))
def test_a_translation_keeps_the_fields_the_program_fills_in(source: str) -> None:
    spanish = translations("es")[source]
    assert spanish.strip()
    assert _fields(spanish) <= _fields(source)
    assert _fields(source) - _fields(spanish) <= OPTIONAL_FIELDS


def test_english_is_the_fallback_and_regional_names_find_spanish() -> None:
    assert t("To discuss", "en") == "To discuss"
    assert t("To discuss", "es_MX") == t("To discuss", "es-419") == "Por hablar"
    assert t("A sentence nobody translated", "es") == "A sentence nobody translated"
    assert t("To discuss", "fr") == "To discuss"


def test_dates_are_written_in_the_language_without_the_system_locale() -> None:
    day = dt.date(2026, 11, 29)

    assert long_date(day, "en") == "29 November 2026"
    assert short_date(day, "en") == "29 Nov 2026"
    assert long_date(day, "es") == "29 de noviembre de 2026"
    assert short_date(day, "es") == "29 nov 2026"
    assert long_date(dt.date(2027, 9, 3), "es") == "3 de septiembre de 2027"


@pytest.mark.parametrize(
    ("rule", "start", "words"),
    [
        ("", dt.datetime(2026, 12, 1, 18), "Una vez"),
        ("FREQ=WEEKLY;INTERVAL=2", dt.datetime(2026, 12, 1, 18), "Cada 2 semanas"),
        (
            "FREQ=WEEKLY;BYDAY=MO,WE,SA",
            dt.datetime(2026, 12, 1, 18),
            "Cada semana, los lunes, miércoles y sábados",
        ),
        (
            rule_for_preset("monthly", dt.datetime(2026, 1, 31, 18)),
            dt.datetime(2026, 1, 31, 18),
            "Cada mes, el día 31 (o el último día)",
        ),
        ("FREQ=YEARLY", dt.datetime(2026, 3, 3, 18), "Cada año, el 3 de marzo"),
        ("FREQ=DAILY;COUNT=5", dt.datetime(2026, 3, 3, 18), "Cada día, 5 veces"),
        (
            "FREQ=WEEKLY;UNTIL=20270131",
            dt.datetime(2026, 3, 3, 18),
            "Cada semana, hasta el 31 de enero de 2027",
        ),
        (
            "FREQ=MONTHLY;BYDAY=2MO",
            dt.datetime(2026, 3, 3, 18),
            "Repetición personalizada (FREQ=MONTHLY;BYDAY=2MO)",
        ),
    ],
)
def test_repeats_are_described_in_spanish(rule: str, start: dt.datetime, words: str) -> None:
    assert describe_rule(rule, start, "es") == words
