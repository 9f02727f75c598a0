"""Reading checked fields out of TOML tables.

Every problem raises `CatalogError` naming the file (relative to the resources folder), the entry
and the field, so a mistyped field stops a build instead of reaching a parent.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from planner.core.catalog.types import OLDEST_AGE, YOUNGEST_AGE, FactMeta, Text, TextList
from planner.core.errors import CatalogError

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANGUAGE = re.compile(r"[a-z]{2}")
COUNTRY = re.compile(r"[A-Z]{2}")
ADDRESS = re.compile(r"https://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#]\S*)?")
# Vanity numbers (1-800-THE-LOST) are rejected: a digit-only number is what a person can dial.
PHONE = re.compile(r"\+?[0-9(][0-9() -]*[0-9]")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

T = TypeVar("T")
Check = Callable[[str], str | None]  # returns the problem with a value, or None when it is fine


# ---------------------------------------------------------------------------------------------
# Reading checked fields out of TOML tables


@dataclass(frozen=True, slots=True)
class Where:
    file: str  # relative to the resources folder, with "/"
    entry: str  # 'app "snapchat"', or "" for the file's top level

    def fail(self, field: str, problem: str) -> NoReturn:
        entry = f"{self.entry}: " if self.entry else ""
        raise CatalogError(f'{self.file}: {entry}field "{field}": {problem}')


class Table:
    """One TOML table being read: hands out typed, checked fields, then rejects the rest."""

    def __init__(self, data: Mapping[str, Any], where: Where, prefix: str = "") -> None:
        self._data = data
        self.where = where
        self._prefix = prefix  # names nested fields in messages: "capabilities.voice_chat."
        self._asked: set[str] = set()

    def fail(self, key: str, problem: str) -> NoReturn:
        self.where.fail(self._prefix + key, problem)

    def has(self, key: str) -> bool:
        return key in self._data

    def finish(self) -> None:
        """Rejects keys nobody asked for: in hand-written files they are usually typos."""
        for key in sorted(set(self._data) - self._asked):
            known = ", ".join(sorted(self._asked))
            self.fail(key, f"is not a known field (known fields: {known})")

    def required(self, key: str, value: T | None) -> T:
        if value is None:
            self.fail(key, "is required")
        return value

    def _take(self, key: str) -> Any:
        self._asked.add(key)
        return self._data.get(key)  # TOML has no null, so None means the key is absent

    def optional_string(self, key: str, check: Check | None = None) -> str | None:
        value = self._take(key)
        if value is None:
            return None
        text = self._nonblank(key, value, "the value")
        problem = check(text) if check else None
        if problem:
            self.fail(key, problem)
        return text

    def string(self, key: str, check: Check | None = None) -> str:
        return self.required(key, self.optional_string(key, check))

    def _nonblank(self, key: str, value: object, what: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"{what} must be a non-empty string")
        return value

    def optional_strings(self, key: str, check: Check) -> tuple[str, ...] | None:
        value = self._take(key)
        if value is None:
            return None
        if not isinstance(value, list) or not value:
            self.fail(key, "must be a non-empty list of strings")
        items = tuple(self._nonblank(key, item, "each item") for item in value)
        for item in items:
            problem = check(item)
            if problem:
                self.fail(key, problem)
        return items

    def optional_text(self, key: str) -> Text | None:
        value = self._take(key)
        if value is None:
            return None
        return Text(
            {
                lang: self._nonblank(key, text, f'the "{lang}" text')
                for lang, text in self._translations(key, value).items()
            }
        )

    def text(self, key: str) -> Text:
        return self.required(key, self.optional_text(key))

    def text_list(self, key: str) -> TextList:
        value = self.required(key, self._take(key))
        steps: dict[str, tuple[str, ...]] = {}
        for lang, items in self._translations(key, value).items():
            if not isinstance(items, list) or not items:
                self.fail(key, f'the "{lang}" steps must be a non-empty list of strings')
            steps[lang] = tuple(self._nonblank(key, item, f'each "{lang}" step') for item in items)
        return TextList(steps)

    def _translations(self, key: str, value: object) -> dict[str, object]:
        if not isinstance(value, dict):
            self.fail(key, 'must be a table of translations such as { en = "..." }')
        for lang in value:
            if not LANGUAGE.fullmatch(lang):
                self.fail(key, f'"{lang}" is not a two-letter language code')
        if "en" not in value:
            self.fail(key, 'must have an "en" text')
        return value

    def optional_date(self, key: str) -> dt.date | None:
        value = self._take(key)
        if value is None:
            return None
        # tomllib gives datetime (a date subclass) for a date with a time: a fact has a day only.
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            self.fail(key, "must be a TOML date without quotes, such as 2026-11-29")
        if value > dt.date.today():
            self.fail(key, f"{value} is in the future")
        return value

    def optional_bool(self, key: str) -> bool | None:
        value = self._take(key)
        if value is not None and not isinstance(value, bool):
            self.fail(key, "must be true or false")
        return value

    def optional_int(self, key: str, lowest: int, highest: int) -> int | None:
        value = self._take(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, "must be a whole number")
        if not lowest <= value <= highest:
            self.fail(key, f"must be between {lowest} and {highest}")
        return value

    def ages(self, key: str) -> tuple[int, int]:
        value = self.required(key, self._take(key))
        is_pair = isinstance(value, list) and len(value) == 2
        if not is_pair or not all(type(age) is int for age in value):
            self.fail(key, "must be two whole numbers: [youngest, oldest]")
        youngest, oldest = value
        if not YOUNGEST_AGE <= youngest <= oldest <= OLDEST_AGE:
            self.fail(key, f"must lie within {YOUNGEST_AGE}..{OLDEST_AGE}, youngest first")
        return youngest, oldest

    def table(self, key: str) -> Table:
        value = self.required(key, self._take(key))
        if not isinstance(value, dict):
            self.fail(key, "must be a table")
        return Table(value, self.where, f"{self._prefix}{key}.")

    def tables(self, key: str) -> list[dict[str, Any]]:
        """An array of tables (`[[key]]`), at least one."""
        value = self.required(key, self._take(key))
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(key, f"must be an array of tables ([[{key}]])")
        if not value:
            self.fail(key, "must hold at least one entry")
        return value


def one_of(choices: tuple[str, ...]) -> Check:
    def check(value: str) -> str | None:
        return None if value in choices else f'"{value}" is not one of: {", ".join(choices)}'

    return check


def matching(pattern: re.Pattern[str], rule: str) -> Check:
    def check(value: str) -> str | None:
        return None if pattern.fullmatch(value) else f'"{value}" {rule}'

    return check


is_id = matching(ID, 'is not lowercase words joined by "-"')
is_address = matching(ADDRESS, "is not an https:// address")
is_email = matching(EMAIL, "is not an e-mail address")
is_language = matching(LANGUAGE, "is not a two-letter language code (ISO 639-1)")
is_country = matching(COUNTRY, "is not a two-letter country code in capitals (ISO 3166-1)")


def is_phone(value: str) -> str | None:
    digits = sum(char.isdigit() for char in value)
    if PHONE.fullmatch(value) and digits >= 3:
        return None
    return f'"{value}" is not a number to dial (digits, spaces, dashes, parentheses, a leading +)'


def read_meta(table: Table, inherited: FactMeta | None) -> FactMeta:
    """Reads a fact's sources, checked date and secondary flag, inheriting what it leaves out."""
    sources = table.optional_strings("sources", is_address)
    checked = table.optional_date("checked")
    secondary = table.optional_bool("secondary")
    if inherited is None:
        return FactMeta(
            table.required("sources", sources), table.required("checked", checked), bool(secondary)
        )
    if secondary is None:
        # A flag about the enclosing entry's sources says nothing about sources given here.
        secondary = inherited.secondary if sources is None else False
    return FactMeta(sources or inherited.sources, checked or inherited.checked, secondary)


def has_meta(table: Table) -> bool:
    return any(table.has(key) for key in ("sources", "checked", "secondary"))


class TomlSource:
    """The content's TOML files by name ("contacts/us.toml"): a folder on disk, or the files of
    a verified safety information update held in memory (never read from disk again, so what
    is loaded is exactly what was signed)."""

    def __init__(self, root: Path | None = None, files: Mapping[str, str] | None = None) -> None:
        self._root = root
        self._files = files

    @classmethod
    def folder(cls, root: Path) -> TomlSource:
        return cls(root=root)

    @classmethod
    def memory(cls, files: Mapping[str, str]) -> TomlSource:
        return cls(files=dict(files))

    def names(self, folder: str) -> list[str] | None:
        """The .toml files directly in `folder`, sorted; None when the folder is missing."""
        if self._files is not None:
            found = sorted(n for n in self._files if n.rpartition("/")[0] == folder)
            return found if found or any(n.startswith(folder + "/") for n in self._files) else None
        assert self._root is not None
        directory = self._root / folder
        if not directory.is_dir():
            return None
        return sorted(f"{folder}/{path.name}" for path in directory.glob("*.toml"))

    def read(self, name: str) -> bytes:
        if self._files is not None:
            return self._files[name].encode("utf-8")
        assert self._root is not None
        return (self._root / name).read_bytes()


def read_toml(source: TomlSource, name: str) -> tuple[str, dict[str, Any]]:
    try:
        return name, tomllib.loads(source.read(name).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CatalogError(f"{name}: is not valid TOML: {error}") from error
    except RecursionError as error:  # tomllib recurses once per level of nesting
        raise CatalogError(f"{name}: is nested too deeply") from error
    except (OSError, KeyError) as error:
        raise CatalogError(f"{name}: cannot be read") from error


def toml_files(source: TomlSource, folder: str) -> list[str]:
    files = source.names(folder)
    if files is None:
        raise CatalogError(f"{folder}: the folder is missing")
    if not files:
        raise CatalogError(f"{folder}: the folder holds no .toml files")
    return files


def stem(name: str) -> str:
    """contacts/us.toml -> us"""
    return name.rpartition("/")[2].removesuffix(".toml")


def open_entry(data: dict[str, Any], where: Where, kind: str, check: Check) -> Table:
    """Reads an entry's id first, so that every later message can name the entry."""
    table = Table(data, where)
    entry_id = table.string("id", check)
    table.where = Where(where.file, f'{kind} "{entry_id}"')
    return table


def refuse_duplicate(seen: dict[str, str], entry_id: str, where: Where) -> None:
    if entry_id in seen:
        where.fail("id", f'"{entry_id}" is already used in {seen[entry_id]}')
    seen[entry_id] = where.file
