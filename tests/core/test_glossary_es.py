"""The window's Spanish (planner_es.ts) and the exports' (core_es.toml) say each concept with the
one word docs/glossary-es.md chose: a word the glossary rules out fails here, with the concept."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = ROOT / "docs" / "glossary-es.md"
# Concept (as the glossary's first column says it) -> the words it rules out.
RULED_OUT = {
    "settings (of an app or a device)": r"configuraci[oó]n(es)?",
    "plan settings (name, country, language, lock)": r"ajustes del plan",
    "checked (a setting, a step, a date)": r"revisad[oa]s?|sin revisar",
    "in place (a setting already applied)": r"ya aplicad[oa]s?",
    "not known (a catalog fact)": r"sin confirmar",
    "contact from strangers": r"contacto de desconocidos",
    "report (to an app, the police, CyberTipline)": r"report(ar|e|ado|ada|ó)s?",
    "caregiver": r"tutor(es|a|as)?",
    "shelter": r"albergues?|casas? de acogida",
    "file": r"ficheros?",
}


def window_texts() -> list[str]:
    root = ET.parse(TRANSLATIONS / "planner_es.ts").getroot()
    return [m.findtext("translation") or "" for m in root.iter("message")]


def core_texts() -> list[str]:
    with (TRANSLATIONS / "core_es.toml").open("rb") as file:
        return [str(text) for text in tomllib.load(file).values()]


def test_the_glossary_names_every_concept_checked_here() -> None:
    rows = GLOSSARY.read_text(encoding="utf-8")
    missing = [concept for concept in RULED_OUT if f"| {concept} |" not in rows]
    assert not missing, f"Add these to {GLOSSARY.name}: {missing}"


@pytest.mark.parametrize("table", [window_texts, core_texts], ids=["window", "core"])
def test_only_the_glossary_word_is_used(table) -> None:  # type: ignore[no-untyped-def]
    wrong = [
        f"{concept}: {text!r}"
        for text in table()
        for concept, words in RULED_OUT.items()
        if re.search(rf"\b({words})\b", text.replace("&", ""), re.IGNORECASE)
    ]
    assert not wrong, "Use the word docs/glossary-es.md chose:\n" + "\n".join(wrong)


def test_the_check_sees_a_ruled_out_word() -> None:
    words = RULED_OUT["checked (a setting, a step, a date)"]
    assert re.search(rf"\b({words})\b", "Revisado el 3 de mayo", re.IGNORECASE)
