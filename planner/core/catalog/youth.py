"""Texts written to the young person: present in every language they are printed in, and free of
the words adults use about them.

A youth plan is read by the child. A sentence such as "where your child is" or a word such as
"grooming" tells them the text was not meant for them, so the loader refuses it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from planner.core.catalog.fields import Table
from planner.core.catalog.types import Text, TextList

YOUTH_LANGUAGES = ("en", "es")  # the languages of the printed youth plan

_PARENT_VOICE = re.compile(
    r"\byour (?:child|children|kids?|teens?|son|daughter)\b"
    r"|\bgroom(?:ing|ers?|ed)?\b"
    r"|\bsus? (?:hij[oa]s?|adolescentes?|niñ[oa]s?)\b"
    r"|\b(?:el|la|los|las) adolescentes?\b"
    r"|\busted(?:es)?\b",  # the Spanish youth texts say tú
    re.IGNORECASE,
)


def youth_text(table: Table, key: str) -> Text:
    text = table.text(key)
    _check(table, key, text.translations)
    return text


def youth_text_list(table: Table, key: str) -> TextList:
    steps = table.text_list(key)
    _check(table, key, {lang: " ".join(items) for lang, items in steps.translations.items()})
    return steps


def _check(table: Table, key: str, translations: Mapping[str, str]) -> None:
    for lang in YOUTH_LANGUAGES:
        if lang not in translations:
            table.fail(key, f'must have a "{lang}" text: the youth plan is printed in it')
    for lang, text in translations.items():
        found = _PARENT_VOICE.search(text)
        if found:
            table.fail(
                key,
                f'the "{lang}" text says "{found.group(0)}": write it to the young person',
            )
