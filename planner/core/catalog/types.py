"""What the rest of the planner sees of the built-in content: frozen, checked dataclasses.

The loaders (apps, contacts, guidance) build these from the TOML files; the compiled catalog
(compiled.py) stores them ready-made. Nothing here reads a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

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

T = TypeVar("T")

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
    youth_why: Text  # the same reason, written to the young person
    steps: TextList
    ages: tuple[int, int]
    meta: FactMeta


@dataclass(frozen=True, slots=True)
class App:
    id: str
    name: str
    category: str
    status: str
    closed_on: dt.date | None
    minimum_age: int | None
    summary: Text
    youth_summary: Text  # what the app is and what to watch for, written to the young person
    youth_steps: TextList  # what to do there (block, report, who to tell), written to them
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
    for_youth: bool  # a young person may call or text it themselves
    meta: FactMeta


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
    countries: tuple[str, ...]  # where the tip applies; empty means every country
    seed_item: str | None
    meta: FactMeta

    @property
    def label(self) -> str:
        return self.title.en

    def applies_to(self, country: str, age: int) -> bool:
        return self.ages[0] <= age <= self.ages[1] and _in_countries(self.countries, country)


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
    countries: tuple[str, ...]  # where the step applies; empty means every country
    meta: FactMeta

    @property
    def label(self) -> str:
        return self.title.en

    def applies_to(self, country: str) -> bool:
        return _in_countries(self.countries, country)


def _in_countries(countries: tuple[str, ...], country: str) -> bool:
    return not countries or country in countries


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

    def tips_for(self, country: str, age: int) -> tuple[YouthTip, ...]:
        """The tips for a young person of `age` in `country` (a code such as "GB")."""
        return tuple(tip for tip in self.tips if tip.applies_to(country, age))

    def worry_steps_for(self, country: str) -> tuple[WorryStep, ...]:
        """The "when worried" steps for `country`, in order, naming that country's services."""
        return tuple(step for step in self.worry_steps if step.applies_to(country))

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
