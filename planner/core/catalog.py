"""The built-in content: apps, recommended settings, reporting contacts and guidance.

Reads the TOML files under resources/ (format: docs/content-format.md) into frozen dataclasses.
The checks are strict because the readers are frightened or in a hurry: a mistyped field, a phone
number with a typo or a fact without a source must stop a build, not reach a parent. Every problem
raises `CatalogError` naming the file (relative to the resources folder), the entry and the field.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NoReturn, Protocol, TypeVar

from planner.core.errors import CatalogError
from planner.resources import resource_dir

CAPABILITY_KEYS = (
    "private_messages",
    "contact_from_strangers",
    "location_sharing",
    "live_streaming",
    "voice_chat",
    "disappearing_messages",
    "gifts_or_currency",
)
CAPABILITY_VALUES = ("yes", "no", "limited", "unknown")
APP_CATEGORIES = ("game", "social", "messaging", "video", "platform")
APP_STATUSES = ("active", "closed")
CONTACT_KINDS = ("emergency", "police", "hotline", "platform", "other")
PAPER_SIZES = ("letter", "a4")
AGE_BANDS = ("8-10", "11-13", "14-17")
GUIDANCE_FEATURES = (
    "catalog",
    "settings",
    "reminders",
    "conversations",
    "concerns",
    "contacts",
    "devices",
    "guidance",
)
GUIDANCE_FILES = (
    "adult_actions",
    "youth_tips",
    "warning_signs",
    "topics",
    "agreement_items",
    "when_worried",
    "limits",
)
YOUNGEST_AGE, OLDEST_AGE = 0, 18
SETTINGS_PER_APP = (2, 6)

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE = re.compile(r"[a-z]{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_ADDRESS = re.compile(r"https://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#]\S*)?")
# Vanity numbers (1-800-THE-LOST) are rejected: a digit-only number is what a person can dial.
_PHONE = re.compile(r"\+?[0-9(][0-9() -]*[0-9]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

T = TypeVar("T")
Check = Callable[[str], str | None]  # returns the problem with a value, or None when it is fine


# ---------------------------------------------------------------------------------------------
# What the rest of the planner sees


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence in several languages; English is always there and is the fallback."""

    translations: Mapping[str, str]

    def get(self, lang: str) -> str:
        # Qt locale names look like "es_MX": fall back to the language, then to English.
        return _translated(self.translations, lang)

    @property
    def en(self) -> str:
        return self.translations["en"]


@dataclass(frozen=True, slots=True)
class TextList:
    """Numbered steps in several languages; English is always there and is the fallback."""

    translations: Mapping[str, tuple[str, ...]]

    def get(self, lang: str) -> tuple[str, ...]:
        return _translated(self.translations, lang)

    @property
    def en(self) -> tuple[str, ...]:
        return self.translations["en"]


def _translated(translations: Mapping[str, T], lang: str) -> T:
    for candidate in (lang, lang.replace("-", "_").split("_")[0]):
        if candidate in translations:
            return translations[candidate]
    return translations["en"]


@dataclass(frozen=True, slots=True)
class FactMeta:
    """Where a fact came from and when it was last confirmed there."""

    sources: tuple[str, ...]
    checked: dt.date
    secondary: bool  # the only source is a guide about the app, not the app's own pages


@dataclass(frozen=True, slots=True)
class Capability:
    key: str
    value: str  # one of CAPABILITY_VALUES
    note: Text
    meta: FactMeta


@dataclass(frozen=True, slots=True)
class RecommendedSetting:
    id: str
    app_id: str
    title: Text
    why: Text
    steps: TextList
    ages: tuple[int, int]
    meta: FactMeta
    youth_why: Text | None = None  # the reason, written to the young person


@dataclass(frozen=True, slots=True)
class App:
    id: str
    name: str
    category: str
    status: str
    closed_on: dt.date | None
    minimum_age: int | None
    summary: Text
    similar_risk: Text | None
    capabilities: Mapping[str, Capability]  # every key of CAPABILITY_KEYS, in that order
    parent_tools: Text
    block_steps: TextList
    report_steps: TextList
    report_url: str | None  # only a closed app may lack one
    settings: tuple[RecommendedSetting, ...]
    meta: FactMeta
    # [parent_tools], [block] and [report] may name their own sources, like any nested fact.
    parent_tools_meta: FactMeta
    block_meta: FactMeta
    report_meta: FactMeta
    # Written to the young person: what the app is, and what to do on it (block, report, tell).
    youth_summary: Text | None = None
    youth_steps: TextList | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    country: str
    kind: str
    name: Text
    description: Text
    phone: str | None
    text_number: str | None
    tty: str | None
    web: str | None
    email: str | None
    hours: Text | None
    languages: tuple[str, ...]
    meta: FactMeta
    for_youth: bool = False  # a line a young person can call or text themselves


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: Text
    paper: str  # "letter" or "a4"
    emergency_number: str
    contacts: tuple[Contact, ...]
    meta: FactMeta | None  # optional file-level source, inherited by contacts that give none


@dataclass(frozen=True, slots=True)
class AdultAction:
    id: str
    title: Text
    text: Text
    feature: str  # one of GUIDANCE_FEATURES: the part of the planner that carries it out
    feature_text: Text
    seed_item: str | None  # the item of the seed guidance sheet this entry carries
    meta: FactMeta

    @property
    def label(self) -> str:
        return self.title.en


@dataclass(frozen=True, slots=True)
class YouthTip:
    id: str
    title: Text
    text: Text
    ages: tuple[int, int]
    seed_item: str | None
    meta: FactMeta
    countries: tuple[str, ...] = ()  # the countries the tip is true in; empty: every country

    @property
    def label(self) -> str:
        return self.title.en


@dataclass(frozen=True, slots=True)
class WarningSign:
    id: str
    title: Text
    text: Text
    meta: FactMeta

    @property
    def label(self) -> str:
        return self.title.en


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: Text
    text: Text
    questions: Mapping[str, tuple[Text, ...]]  # every band of AGE_BANDS, in that order
    meta: FactMeta

    @property
    def label(self) -> str:
        return self.title.en


@dataclass(frozen=True, slots=True)
class AgreementItem:
    id: str
    text: Text
    ages: tuple[int, int]
    meta: FactMeta

    @property
    def label(self) -> str:
        return self.text.en


@dataclass(frozen=True, slots=True)
class WorryStep:
    id: str
    title: Text
    text: Text
    meta: FactMeta

    @property
    def label(self) -> str:
        return self.title.en


@dataclass(frozen=True, slots=True)
class LimitSection:
    id: str
    title: Text
    text: Text
    meta: FactMeta | None  # describes the planner itself, so a source is optional

    @property
    def label(self) -> str:
        return self.title.en


class GuidanceEntry(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def meta(self) -> FactMeta | None: ...


@dataclass(frozen=True, slots=True)
class Guidance:
    actions: tuple[AdultAction, ...]
    tips: tuple[YouthTip, ...]
    signs: tuple[WarningSign, ...]
    topics: tuple[Topic, ...]
    agreement_items: tuple[AgreementItem, ...]
    worry_steps: tuple[WorryStep, ...]  # in the order to take them
    limits: tuple[LimitSection, ...]

    def sections(self) -> dict[str, Sequence[GuidanceEntry]]:
        """Entries by the name of the file that holds them (see GUIDANCE_FILES)."""
        return {
            "adult_actions": self.actions,
            "youth_tips": self.tips,
            "warning_signs": self.signs,
            "topics": self.topics,
            "agreement_items": self.agreement_items,
            "when_worried": self.worry_steps,
            "limits": self.limits,
        }


@dataclass(frozen=True, slots=True)
class StaleFact:
    kind: str  # app | parent_tools | block | report | capability | setting | country | contact
    #            | guidance
    id: str  # "snapchat", "snapchat/voice_chat", "snapchat.ghost-mode", "youth_tips/<id>", ...
    label: str  # English, for people
    meta: FactMeta


@dataclass(frozen=True, slots=True)
class Catalog:
    apps: dict[str, App]  # by id, sorted by name
    settings: dict[str, RecommendedSetting]  # every recommended setting, by id
    countries: dict[str, Country]  # by code
    guidance: Guidance

    def app(self, app_id: str) -> App:
        return self.apps[app_id]

    def setting(self, setting_id: str) -> RecommendedSetting:
        return self.settings[setting_id]

    def country(self, code: str) -> Country:
        return self.countries[code]

    def stale_facts(self, today: dt.date, older_than_days: int) -> list[StaleFact]:
        """Every fact last confirmed more than `older_than_days` days before `today`."""
        oldest_fresh = today - dt.timedelta(days=older_than_days)
        return [fact for fact in self._facts() if fact.meta.checked < oldest_fresh]

    def _facts(self) -> Iterator[StaleFact]:
        for app in self.apps.values():
            yield StaleFact("app", app.id, app.name, app.meta)
            for kind, meta in (
                ("parent_tools", app.parent_tools_meta),
                ("block", app.block_meta),
                ("report", app.report_meta),
            ):
                label = f"{app.name}: {kind.replace('_', ' ')}"
                yield StaleFact(kind, f"{app.id}/{kind}", label, meta)
            for cap in app.capabilities.values():
                label = f"{app.name}: {cap.key.replace('_', ' ')}"
                yield StaleFact("capability", f"{app.id}/{cap.key}", label, cap.meta)
            for setting in app.settings:
                yield StaleFact("setting", setting.id, setting.title.en, setting.meta)
        for country in self.countries.values():
            if country.meta is not None:
                yield StaleFact("country", country.code, country.name.en, country.meta)
            for contact in country.contacts:
                yield StaleFact("contact", contact.id, contact.name.en, contact.meta)
        for section, entries in self.guidance.sections().items():
            for entry in entries:
                if entry.meta is not None:
                    yield StaleFact("guidance", f"{section}/{entry.id}", entry.label, entry.meta)


def load_catalog(root: Path | None = None) -> Catalog:
    """Loads and checks the content under `root` (default: the installed resources, cached)."""
    if root is None:
        return _load_installed(resource_dir())
    return _load(root)


@cache
def _load_installed(root: Path) -> Catalog:
    return _load(root)


def _load(root: Path) -> Catalog:
    apps = _load_apps(root)
    settings = {setting.id: setting for app in apps.values() for setting in app.settings}
    return Catalog(apps, settings, _load_countries(root), _load_guidance(root))


# ---------------------------------------------------------------------------------------------
# Reading checked fields out of TOML tables


@dataclass(frozen=True, slots=True)
class _Where:
    file: str  # relative to the resources folder, with "/"
    entry: str  # 'app "snapchat"', or "" for the file's top level

    def fail(self, field: str, problem: str) -> NoReturn:
        entry = f"{self.entry}: " if self.entry else ""
        raise CatalogError(f'{self.file}: {entry}field "{field}": {problem}')


class _Table:
    """One TOML table being read: hands out typed, checked fields, then rejects the rest."""

    def __init__(self, data: Mapping[str, Any], where: _Where, prefix: str = "") -> None:
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
            if not _LANGUAGE.fullmatch(lang):
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

    def table(self, key: str) -> _Table:
        value = self.required(key, self._take(key))
        if not isinstance(value, dict):
            self.fail(key, "must be a table")
        return _Table(value, self.where, f"{self._prefix}{key}.")

    def tables(self, key: str) -> list[dict[str, Any]]:
        """An array of tables (`[[key]]`), at least one."""
        value = self.required(key, self._take(key))
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(key, f"must be an array of tables ([[{key}]])")
        if not value:
            self.fail(key, "must hold at least one entry")
        return value


def _one_of(choices: tuple[str, ...]) -> Check:
    def check(value: str) -> str | None:
        return None if value in choices else f'"{value}" is not one of: {", ".join(choices)}'

    return check


def _matching(pattern: re.Pattern[str], rule: str) -> Check:
    def check(value: str) -> str | None:
        return None if pattern.fullmatch(value) else f'"{value}" {rule}'

    return check


_is_id = _matching(_ID, 'is not lowercase words joined by "-"')
_is_address = _matching(_ADDRESS, "is not an https:// address")
_is_email = _matching(_EMAIL, "is not an e-mail address")
_is_language = _matching(_LANGUAGE, "is not a two-letter language code (ISO 639-1)")
_is_country = _matching(_COUNTRY, "is not a two-letter country code in capitals (ISO 3166-1)")


def _is_phone(value: str) -> str | None:
    digits = sum(char.isdigit() for char in value)
    if _PHONE.fullmatch(value) and digits >= 3:
        return None
    return f'"{value}" is not a number to dial (digits, spaces, dashes, parentheses, a leading +)'


def _read_meta(table: _Table, inherited: FactMeta | None) -> FactMeta:
    """Reads a fact's sources, checked date and secondary flag, inheriting what it leaves out."""
    sources = table.optional_strings("sources", _is_address)
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


def _has_meta(table: _Table) -> bool:
    return any(table.has(key) for key in ("sources", "checked", "secondary"))


def _read_toml(root: Path, path: Path) -> tuple[str, dict[str, Any]]:
    name = path.relative_to(root).as_posix()
    try:
        with path.open("rb") as file:
            return name, tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"{name}: is not valid TOML: {error}") from error
    except OSError as error:
        raise CatalogError(f"{name}: cannot be read: {error.strerror}") from error


def _toml_files(root: Path, folder: str) -> list[Path]:
    directory = root / folder
    if not directory.is_dir():
        raise CatalogError(f"{folder}: the folder is missing")
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise CatalogError(f"{folder}: the folder holds no .toml files")
    return files


def _open_entry(data: dict[str, Any], where: _Where, kind: str, check: Check) -> _Table:
    """Reads an entry's id first, so that every later message can name the entry."""
    table = _Table(data, where)
    entry_id = table.string("id", check)
    table.where = _Where(where.file, f'{kind} "{entry_id}"')
    return table


def _refuse_duplicate(seen: dict[str, str], entry_id: str, where: _Where) -> None:
    if entry_id in seen:
        where.fail("id", f'"{entry_id}" is already used in {seen[entry_id]}')
    seen[entry_id] = where.file


# ---------------------------------------------------------------------------------------------
# Apps and their recommended settings


def _load_apps(root: Path) -> dict[str, App]:
    apps = [
        _read_app(*_read_toml(root, path), path.stem) for path in _toml_files(root, "catalog/apps")
    ]
    # A file name equals its app's id, so ids are unique as file names are.
    return {app.id: app for app in sorted(apps, key=lambda app: app.name.casefold())}


def _read_app(file: str, data: dict[str, Any], file_stem: str) -> App:
    table = _open_entry(data, _Where(file, "app"), "app", _is_id)
    app_id = table.string("id")
    if app_id != file_stem:
        table.fail("id", f'must equal the file name "{file_stem}"')
    status = table.string("status", _one_of(APP_STATUSES))
    closed = status == "closed"
    meta = _read_meta(table, None)
    parent_tools, block, report = (table.table(key) for key in ("parent_tools", "block", "report"))
    app = App(
        id=app_id,
        name=table.string("name"),
        category=table.string("category", _one_of(APP_CATEGORIES)),
        status=status,
        closed_on=_closed_on(table, closed),
        minimum_age=table.optional_int("minimum_age", YOUNGEST_AGE, OLDEST_AGE),
        summary=table.text("summary"),
        similar_risk=_similar_risk(table, closed),
        capabilities=_read_capabilities(table.table("capabilities"), meta),
        parent_tools=parent_tools.text("text"),
        block_steps=block.text_list("steps"),
        report_steps=report.text_list("steps"),
        report_url=_report_url(report, closed),
        settings=_read_settings(table, app_id, meta),
        meta=meta,
        parent_tools_meta=_read_meta(parent_tools, meta),
        block_meta=_read_meta(block, meta),
        report_meta=_read_meta(report, meta),
    )
    for fields in (table, parent_tools, block, report):
        fields.finish()
    return app


def _closed_on(table: _Table, closed: bool) -> dt.date | None:
    closed_on = table.optional_date("closed_on")
    if closed and closed_on is None:
        table.fail("closed_on", 'is required when status is "closed"')
    if not closed and closed_on is not None:
        table.fail("closed_on", 'is allowed only when status is "closed"')
    return closed_on


def _similar_risk(table: _Table, closed: bool) -> Text | None:
    # A closed app still matters: its risk moved somewhere, and the reader must learn where.
    if closed and not table.has("similar_risk"):
        table.fail("similar_risk", 'is required when status is "closed"')
    return table.optional_text("similar_risk")


def _report_url(report: _Table, closed: bool) -> str | None:
    url = report.optional_string("url", _is_address)
    if url is None and not closed:
        report.fail("url", "is required for an active app")
    return url


def _read_capabilities(table: _Table, app_meta: FactMeta) -> dict[str, Capability]:
    capabilities = {}
    for key in CAPABILITY_KEYS:
        fields = table.table(key)
        capabilities[key] = Capability(
            key=key,
            value=fields.string("value", _one_of(CAPABILITY_VALUES)),
            note=fields.text("note"),
            meta=_read_meta(fields, app_meta),
        )
        fields.finish()
    table.finish()
    return capabilities


def _read_settings(app: _Table, app_id: str, app_meta: FactMeta) -> tuple[RecommendedSetting, ...]:
    entries = app.tables("settings")
    fewest, most = SETTINGS_PER_APP
    if not fewest <= len(entries) <= most:
        app.fail("settings", f"must hold {fewest} to {most} settings, not {len(entries)}")
    is_setting_id = _matching(
        re.compile(re.escape(app_id) + r"\." + _ID.pattern),
        f'is not "{app_id}." followed by lowercase words joined by "-"',
    )
    settings: list[RecommendedSetting] = []
    seen: dict[str, str] = {}
    for data in entries:
        table = _open_entry(data, app.where, "setting", is_setting_id)
        setting = _read_setting(table, app_id, app_meta)
        _refuse_duplicate(seen, setting.id, table.where)
        settings.append(setting)
    return tuple(settings)


def _read_setting(table: _Table, app_id: str, app_meta: FactMeta) -> RecommendedSetting:
    setting = RecommendedSetting(
        id=table.string("id"),
        app_id=app_id,
        title=table.text("title"),
        why=table.text("why"),
        steps=table.text_list("steps"),
        ages=table.ages("ages"),
        meta=_read_meta(table, app_meta),
    )
    table.finish()
    return setting


# ---------------------------------------------------------------------------------------------
# Reporting contacts, one file per country


def _load_countries(root: Path) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    contact_files: dict[str, str] = {}
    for path in _toml_files(root, "contacts"):
        file, data = _read_toml(root, path)
        country = _read_country(file, data, path.stem)
        for contact in country.contacts:
            _refuse_duplicate(contact_files, contact.id, _Where(file, f'contact "{contact.id}"'))
        countries[country.code] = country
    return dict(sorted(countries.items()))


def _read_country(file: str, data: dict[str, Any], file_stem: str) -> Country:
    table = _Table(data, _Where(file, ""))
    code = table.string("country", _is_country)
    if code != file_stem.upper():
        table.fail("country", f'must match the file name "{file_stem}"')
    table.where = _Where(file, f'country "{code}"')
    meta = _read_meta(table, None) if _has_meta(table) else None
    country = Country(
        code=code,
        name=table.text("name"),
        paper=table.string("paper", _one_of(PAPER_SIZES)),
        emergency_number=table.string("emergency_number", _is_phone),
        contacts=tuple(
            _read_contact(_open_entry(entry, table.where, "contact", _is_id), code, meta)
            for entry in table.tables("contacts")
        ),
        meta=meta,
    )
    table.finish()
    return country


def _read_contact(table: _Table, country: str, country_meta: FactMeta | None) -> Contact:
    contact = Contact(
        id=table.string("id"),
        country=country,
        kind=table.string("kind", _one_of(CONTACT_KINDS)),
        name=table.text("name"),
        description=table.text("description"),
        phone=table.optional_string("phone", _is_phone),
        text_number=table.optional_string("text_number", _is_phone),
        tty=table.optional_string("tty", _is_phone),
        web=table.optional_string("web", _is_address),
        email=table.optional_string("email", _is_email),
        hours=table.optional_text("hours"),
        languages=table.optional_strings("languages", _is_language) or (),
        meta=_read_meta(table, country_meta),
    )
    table.finish()
    return contact


# ---------------------------------------------------------------------------------------------
# Guidance: one file per kind of entry


def _load_guidance(root: Path) -> Guidance:
    # A file under another name would be silently ignored: most likely it is a misspelt one.
    for path in sorted((root / "guidance").glob("*.toml")):
        if path.stem not in GUIDANCE_FILES:
            raise CatalogError(f"guidance/{path.name}: is not a known guidance file")

    def read(stem: str, array: str, kind: str, reader: Callable[[_Table], T]) -> tuple[T, ...]:
        return _read_guidance_file(root, stem, array, kind, reader)

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
    root: Path, stem: str, array: str, kind: str, read: Callable[[_Table], T]
) -> tuple[T, ...]:
    path = root / "guidance" / f"{stem}.toml"
    if not path.is_file():
        raise CatalogError(f"guidance/{stem}.toml: the file is missing")
    file, data = _read_toml(root, path)
    top = _Table(data, _Where(file, ""))
    entries: list[T] = []
    seen: dict[str, str] = {}
    for entry_data in top.tables(array):
        table = _open_entry(entry_data, top.where, kind, _is_id)
        _refuse_duplicate(seen, table.string("id"), table.where)
        entries.append(read(table))
        table.finish()
    top.finish()
    return tuple(entries)


def _seed_key(prefix: str) -> Check:
    return _matching(
        re.compile(re.escape(prefix) + r"\." + _ID.pattern),
        f'is not "{prefix}." followed by lowercase words joined by "-"',
    )


def _read_action(table: _Table) -> AdultAction:
    return AdultAction(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        feature=table.string("feature", _one_of(GUIDANCE_FEATURES)),
        feature_text=table.text("feature_text"),
        seed_item=table.optional_string("seed_item", _seed_key("adults")),
        meta=_read_meta(table, None),
    )


def _read_tip(table: _Table) -> YouthTip:
    return YouthTip(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        ages=table.ages("ages"),
        seed_item=table.optional_string("seed_item", _seed_key("youth")),
        meta=_read_meta(table, None),
    )


def _read_sign(table: _Table) -> WarningSign:
    return WarningSign(
        table.string("id"), table.text("title"), table.text("text"), _read_meta(table, None)
    )


def _read_topic(table: _Table) -> Topic:
    questions: dict[str, list[Text]] = {band: [] for band in AGE_BANDS}
    for index, data in enumerate(table.tables("questions")):
        question = _Table(data, table.where, f"questions[{index}].")
        questions[question.string("band", _one_of(AGE_BANDS))].append(question.text("text"))
        question.finish()
    return Topic(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        questions={band: tuple(texts) for band, texts in questions.items()},
        meta=_read_meta(table, None),
    )


def _read_agreement_item(table: _Table) -> AgreementItem:
    return AgreementItem(
        table.string("id"), table.text("text"), table.ages("ages"), _read_meta(table, None)
    )


def _read_worry_step(table: _Table) -> WorryStep:
    return WorryStep(
        table.string("id"), table.text("title"), table.text("text"), _read_meta(table, None)
    )


def _read_limit(table: _Table) -> LimitSection:
    return LimitSection(
        id=table.string("id"),
        title=table.text("title"),
        text=table.text("text"),
        meta=_read_meta(table, None) if _has_meta(table) else None,
    )
