"""Guidance: one TOML file per kind of entry under guidance/."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from planner.core.catalog.fields import (
    ID,
    Check,
    Table,
    TomlSource,
    Where,
    has_meta,
    is_country,
    is_id,
    matching,
    one_of,
    open_entry,
    read_meta,
    read_toml,
    refuse_duplicate,
    stem,
)
from planner.core.catalog.types import (
    AGE_BANDS,
    GUIDANCE_FEATURES,
    GUIDANCE_FILES,
    AdultAction,
    AgreementItem,
    Guidance,
    LimitSection,
    Text,
    Topic,
    WarningSign,
    WorryStep,
    YouthTip,
)
from planner.core.errors import CatalogError

T = TypeVar("T")


def load_guidance(source: TomlSource) -> Guidance:
    # A file under another name would be silently ignored: most likely it is a misspelt one.
    present = source.names("guidance") or []
    for name in present:
        if stem(name) not in GUIDANCE_FILES:
            raise CatalogError(f"{name}: is not a known guidance file")

    def read(file: str, array: str, kind: str, reader: Callable[[Table], T]) -> tuple[T, ...]:
        return _read_guidance_file(source, present, file, (array, kind), reader)

    return Guidance(
        actions=read("adult_actions", "actions", "action", _read_action),
        tips=read("youth_tips", "tips", "tip", _read_tip),
        signs=read("warning_signs", "signs", "sign", _read_sign),
        topics=read("topics", "topics", "topic", _read_topic),
        agreement_items=read("agreement_items", "items", "item", _read_agreement_item),
        worry_steps=read("when_worried", "steps", "step", _read_worry_step),
        limits=read("limits", "sections", "section", _read_limit),
    )


def _read_guidance_file(
    source: TomlSource,
    present: list[str],
    file_stem: str,
    entries_named: tuple[str, str],  # the array of entries, and what one entry is called
    read: Callable[[Table], T],
) -> tuple[T, ...]:
    array, kind = entries_named
    name = f"guidance/{file_stem}.toml"
    if name not in present:
        raise CatalogError(f"{name}: the file is missing")
    file, data = read_toml(source, name)
    top = Table(data, Where(file, ""))
    entries: list[T] = []
    seen: dict[str, str] = {}
    for entry_data in top.tables(array):
        table = open_entry(entry_data, top.where, kind, is_id)
        refuse_duplicate(seen, table.string("id"), table.where)
        entries.append(read(table))
        table.finish()
    top.finish()
    return tuple(entries)


def _seed_key(prefix: str) -> Check:
    return matching(
        re.compile(re.escape(prefix) + r"\." + ID.pattern),
        f'is not "{prefix}." followed by lowercase words joined by "-"',
    )


def _read_action(table: Table) -> AdultAction:
    return AdultAction(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        feature=table.string("feature", one_of(GUIDANCE_FEATURES)),
        feature_text=table.text("feature_text"),
        seed_item=table.optional_string("seed_item", _seed_key("adults")),
        meta=read_meta(table, None),
    )


def _read_tip(table: Table) -> YouthTip:
    return YouthTip(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        ages=table.ages("ages"),
        countries=_read_countries(table),
        seed_item=table.optional_string("seed_item", _seed_key("youth")),
        meta=read_meta(table, None),
    )


def _read_sign(table: Table) -> WarningSign:
    return WarningSign(
        table.string("id"), table.text("title"), table.text("text"), read_meta(table, None)
    )


def _read_topic(table: Table) -> Topic:
    questions: dict[str, list[Text]] = {band: [] for band in AGE_BANDS}
    for index, data in enumerate(table.tables("questions")):
        question = Table(data, table.where, f"questions[{index}].")
        questions[question.string("band", one_of(AGE_BANDS))].append(question.text("text"))
        question.finish()
    return Topic(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        questions={band: tuple(texts) for band, texts in questions.items()},
        meta=read_meta(table, None),
    )


def _read_agreement_item(table: Table) -> AgreementItem:
    return AgreementItem(
        table.string("id"), table.text("text"), table.ages("ages"), read_meta(table, None)
    )


def _read_worry_step(table: Table) -> WorryStep:
    return WorryStep(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        countries=_read_countries(table),
        meta=read_meta(table, None),
    )


def _read_countries(table: Table) -> tuple[str, ...]:
    """Where an entry applies: the codes of countries with a contacts file, or every country."""
    return table.optional_strings("countries", is_country) or ()


def _read_limit(table: Table) -> LimitSection:
    return LimitSection(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        meta=read_meta(table, None) if has_meta(table) else None,
    )
