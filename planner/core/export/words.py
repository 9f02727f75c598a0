"""The plain words and facts both printed plans share: the cover, the states of a setting, the
features of an app, and the names of apps, settings, rules and contacts in the plan's language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.core.catalog import CAPABILITY_KEYS, App, Catalog
from planner.core.catalog import Contact as BuiltinContact
from planner.core.dto import SettingAgreementDTO
from planner.core.i18n import mark, t
from planner.core.services.plan import get_details

STATE_WORDS = {
    "to_discuss": mark("To discuss"),
    "agreed": mark("Agreed"),
    "in_place": mark("In place"),
    "not_applicable": mark("Not applicable"),
    "declined": mark("Declined"),
}
CAPABILITY_WORDS = {
    "private_messages": mark("Private messages"),
    "contact_from_strangers": mark("Contact from strangers"),
    "location_sharing": mark("Location sharing"),
    "live_streaming": mark("Live streaming"),
    "voice_chat": mark("Voice chat"),
    "disappearing_messages": mark("Disappearing messages"),
    "gifts_or_currency": mark("Gifts or in-app money"),
}
# The same features in a word or two, for the lists of what to watch.
WATCH_WORDS = {
    "private_messages": mark("Messages"),
    "contact_from_strangers": mark("Strangers"),
    "location_sharing": mark("Location"),
    "live_streaming": mark("Live video"),
    "voice_chat": mark("Voice chat"),
    "disappearing_messages": mark("Disappearing messages"),
    "gifts_or_currency": mark("Gifts and money"),
}
VALUE_WORDS = {
    "yes": mark("Yes"),
    "no": mark("No"),
    "limited": mark("Limited"),
    "unknown": mark("Not known"),
}
KIND_WORDS = {
    "emergency": mark("Emergency"),
    "police": mark("Police"),
    "hotline": mark("Helpline"),
    "platform": mark("App or platform"),
    "school": mark("School"),
    "caseworker": mark("Caseworker"),
    "trusted_adult": mark("Trusted adult"),
    "other": mark("Other"),
}
# What the family recorded that their own app allows, as the window words it.
RECORDED_WORDS = {
    "yes": mark("Allows it"),
    "limited": mark("Allows it in part"),
    "no": mark("Does not allow it"),
    "unknown": mark("Not checked yet"),
}
AGREED_STATES = ("agreed", "in_place")
# A feature is worth watching when the app has it, even in part.
WATCHED_VALUES = ("yes", "limited")


@dataclass(frozen=True, slots=True)
class Cover:
    title: str
    plan_name: str
    country: str
    country_code: str
    made_on: dt.date
    language: str  # for the document's lang attribute
    paper: str  # "letter" or "a4", from the plan's country
    emergency_number: str  # "" when the plan's country is not in the catalog


def make_cover(session: Session, catalog: Catalog, title: str, today: dt.date) -> Cover:
    details = get_details(session)
    country = catalog.countries.get(details.country)
    return Cover(
        title=title,
        plan_name=details.name,
        country=country.name.get(details.language) if country else details.country,
        country_code=details.country,
        made_on=today,
        language=details.language,
        paper=country.paper if country else "a4",
        emergency_number=country.emergency_number if country else "",
    )


def feature_values(app: App | None, recorded: Mapping[str, str]) -> dict[str, str]:
    """What an app allows, feature by feature: the catalog's facts for its own app; for an app
    the family typed in, only what they recorded (a feature not checked yet is left out)."""
    if app is None:
        return dict(recorded)
    return {key: capability.value for key, capability in app.capabilities.items()}


def watched_features(values: Mapping[str, str], lang: str) -> tuple[str, ...]:
    """The features a family keeps an eye on (`values` from feature_values): "Voice chat",
    "Strangers (limited)"."""
    limited = t(VALUE_WORDS["limited"], lang).lower()
    return tuple(
        t(WATCH_WORDS[key], lang) + (f" ({limited})" if values[key] == "limited" else "")
        for key in CAPABILITY_KEYS
        if values.get(key) in WATCHED_VALUES
    )


def family_note(recorded: Mapping[str, str], lang: str) -> str:
    """What the plan says of an app the family typed in: whether they checked what it allows,
    and what they have not checked yet. Never nothing, so the app never reads as safe."""
    if not recorded:
        return t("Not known yet: check what it allows.", lang)
    missing = [t(WATCH_WORDS[key], lang) for key in CAPABILITY_KEYS if key not in recorded]
    if not missing:
        return t("Checked by the family.", lang)
    return t("Checked by the family. Not checked yet: {features}.", lang).format(
        features=", ".join(missing)
    )


def builtin_contacts(catalog: Catalog) -> dict[str, BuiltinContact]:
    """Every country's contacts by id: their names and hours in each language."""
    return {c.id: c for country in catalog.countries.values() for c in country.contacts}


def setting_title(catalog: Catalog, agreement: SettingAgreementDTO, lang: str) -> str:
    setting = catalog.settings.get(agreement.catalog_setting_id or "")
    if setting:
        return setting.title.get(lang)
    return agreement.custom_title or agreement.catalog_setting_id or ""


def rule_text(catalog: Catalog, item_id: str | None, custom: str | None, lang: str) -> str:
    items = {item.id: item for item in catalog.guidance.agreement_items}
    item = items.get(item_id or "")
    return item.text.get(lang) if item else custom or item_id or ""


def dial_string(number: str) -> str:
    """What a `tel:` link holds: the digits of a number, with a leading + kept for an
    international one ("1-800-843-5678" -> "18008435678"). "" when there are no digits."""
    digits = re.sub(r"\D", "", number)
    if not digits:
        return ""
    return ("+" if number.strip().startswith("+") else "") + digits
