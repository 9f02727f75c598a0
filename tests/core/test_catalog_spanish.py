"""The Spanish text of the built-in content: a file that speaks Spanish says everything in Spanish.

Translation happens file by file, so only files that already hold an `es` text are checked; a file
joins the check as soon as its first `es` text lands. Within such a file a Spanish reader must never
meet an English sentence (the fallback) or a list of steps with a step missing or added.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.core.catalog import App, Text, TextList, load_catalog
from planner.resources import resource_dir

ROOT = resource_dir()
CONTENT_FOLDERS = ("catalog/apps", "contacts", "guidance")


def _translations(data: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every table of translations ({ en = ..., es = ... }) in a parsed file, with where it sits."""
    if isinstance(data, dict):
        if "en" in data and isinstance(data["en"], str | list):
            yield where, data
            return
        for key, value in data.items():
            yield from _translations(value, f"{where}.{key}" if where else key)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _translations(item, f"{where}[{index}]")


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def _spanish_files() -> list[Path]:
    files = sorted(path for folder in CONTENT_FOLDERS for path in (ROOT / folder).glob("*.toml"))
    return [path for path in files if any("es" in t for _, t in _translations(_read(path)))]


SPANISH_FILES = _spanish_files()


def _problems(path: Path) -> list[str]:
    problems = []
    for where, table in _translations(_read(path)):
        english, spanish = table["en"], table.get("es")
        if isinstance(english, str):
            if not isinstance(spanish, str) or not spanish.strip():
                problems.append(f"{where}: no Spanish text")
        elif not isinstance(spanish, list) or not all(
            isinstance(step, str) and step.strip() for step in spanish
        ):
            problems.append(f"{where}: no Spanish steps, or a blank one")
        elif len(spanish) != len(english):
            problems.append(f"{where}: {len(english)} English steps but {len(spanish)} Spanish")
    return problems


def test_a_half_translated_file_is_reported_field_by_field(tmp_path: Path) -> None:
    broken = tmp_path / "chatapp.toml"
    broken.write_text(
        'summary = { en = "A chat app.", es = "Una app de chat." }\n'
        '[capabilities]\nvoice_chat = { value = "yes", note = { en = "Calls." } }\n'
        '[block]\nsteps = { en = ["Open the chat.", "Tap Block."], es = ["Abra el chat."] }\n'
        '[[settings]]\ntitle = { en = "Private", es = " " }\n',
        encoding="utf-8",
    )
    assert _problems(broken) == [
        "capabilities.voice_chat.note: no Spanish text",
        "block.steps: 2 English steps but 1 Spanish",
        "settings[0].title: no Spanish text",
    ]


def test_the_translated_files_are_found() -> None:
    # Guards the parametrized test below against silently checking nothing.
    assert ROOT / "catalog/apps/discord.toml" in SPANISH_FILES
    assert ROOT / "catalog/apps/among-us.toml" in SPANISH_FILES


@pytest.mark.parametrize("path", SPANISH_FILES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_text_of_a_translated_file_has_spanish_with_the_same_steps(path: Path) -> None:
    assert _problems(path) == []


def _app_texts(app: App) -> Iterator[Text | TextList]:
    yield app.summary
    if app.similar_risk is not None:
        yield app.similar_risk
    yield from (capability.note for capability in app.capabilities.values())
    yield from (app.parent_tools, app.block_steps, app.report_steps)
    for setting in app.settings:
        yield from (setting.title, setting.why, setting.steps)


SPANISH_APPS = sorted(path.stem for path in SPANISH_FILES if path.parent.name == "apps")


@pytest.mark.parametrize("app_id", SPANISH_APPS)
def test_a_mexican_spanish_reader_gets_the_spanish_app_page(app_id: str) -> None:
    # The UI asks with a Qt locale name such as "es_MX"; English must not leak in as the fallback.
    app = load_catalog().app(app_id)
    for text in _app_texts(app):
        assert text.get("es_MX") == text.translations["es"]
        if isinstance(text, TextList):
            assert len(text.get("es_MX")) == len(text.en)
    assert app.block_steps.get("es_MX") != app.block_steps.en


# -- guidance and reporting contacts: translated whole, not file by file -------------------------


@pytest.mark.parametrize("folder", ["guidance", "contacts"])
def test_every_guidance_and_contacts_file_has_spanish(folder: str) -> None:
    files = sorted((ROOT / folder).glob("*.toml"))
    assert [path.name for path in files if path not in SPANISH_FILES] == []


def _texts_of(entry: object) -> Iterator[Text]:
    """Every Text an entry holds, including a topic's questions for each age band."""
    for field in dataclasses.fields(entry):  # type: ignore[arg-type]
        value = getattr(entry, field.name)
        if isinstance(value, Text):
            yield value
        elif field.name == "questions":
            yield from (question for band in value.values() for question in band)


def test_a_spanish_reader_gets_spanish_guidance_and_contacts() -> None:
    catalog = load_catalog()
    entries = [entry for section in catalog.guidance.sections().values() for entry in section]
    entries += [contact for country in catalog.countries.values() for contact in country.contacts]
    texts = [text for entry in entries for text in _texts_of(entry)]
    texts += [country.name for country in catalog.countries.values()]

    assert len(texts) > 200  # titles, texts, questions, names, descriptions and hours
    assert [text.en for text in texts if text.get("es_MX") != text.translations.get("es")] == []
