"""What a pack would change, in words, before it is applied: apps added or closed, settings
changed, and every changed phone number or reporting address marked as important."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.catalog import Catalog, Contact, Country, RecommendedSetting
from planner.core.i18n import mark, t

# The contact fields people dial or type: a change to one of them is what matters most.
REACH_FIELDS = {
    "phone": mark("phone"),
    "text_number": mark("text number"),
    "tty": mark("TTY"),
    "web": mark("web address"),
    "email": mark("email"),
}
NOTHING = mark("(none)")


@dataclass(frozen=True, slots=True)
class ChangeLine:
    text: str
    important: bool  # a number or an address someone would use to get help


def catalog_changes(old: Catalog, new: Catalog, lang: str) -> list[ChangeLine]:
    """Every difference a person should see, the important ones first."""
    lines = [
        *_country_changes(old, new, lang),
        *_app_changes(old, new, lang),
        *_setting_changes(old, new, lang),
    ]
    return sorted(lines, key=lambda line: not line.important)


def _say(text: str, lang: str, important: bool = False, **fields: str) -> ChangeLine:
    return ChangeLine(t(text, lang).format(**fields), important)


def _country_changes(old: Catalog, new: Catalog, lang: str) -> list[ChangeLine]:
    lines: list[ChangeLine] = []
    for code, country in new.countries.items():
        if code not in old.countries:
            lines.append(_say(mark("New country: {country}"), lang, country=country.name.get(lang)))
        else:
            lines += _contact_changes(old.countries[code], country, lang)
    for code, country in old.countries.items():
        if code not in new.countries:
            name = country.name.get(lang)
            gone = _say(mark("Country no longer offered: {country}"), lang, True, country=name)
            lines.append(gone)
    return lines


def _contact_changes(old: Country, new: Country, lang: str) -> list[ChangeLine]:
    before = {contact.id: contact for contact in old.contacts}
    after = {contact.id: contact for contact in new.contacts}
    lines: list[ChangeLine] = []
    if old.emergency_number != new.emergency_number:
        lines.append(
            _say(
                mark("{country}: the emergency number changes from {old} to {new}"),
                lang,
                True,
                country=new.name.get(lang),
                old=old.emergency_number,
                new=new.emergency_number,
            )  # fmt: skip
        )
    for contact_id, contact in after.items():
        if contact_id not in before:
            lines.append(_say(mark("New contact: {name}"), lang, True, name=_label(contact, lang)))
        else:
            lines += _reach_changes(before[contact_id], contact, lang)
    for contact_id, contact in before.items():
        if contact_id not in after:
            name = _label(contact, lang)
            lines.append(_say(mark("Contact removed: {name}"), lang, True, name=name))
    return lines


def _reach_changes(old: Contact, new: Contact, lang: str) -> list[ChangeLine]:
    lines = []
    for field, words in REACH_FIELDS.items():
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            lines.append(
                _say(
                    mark("{name}: the {what} changes from {old} to {new}"),
                    lang,
                    True,
                    name=_label(new, lang),
                    what=t(words, lang),
                    old=before or t(NOTHING, lang),
                    new=after or t(NOTHING, lang),
                )  # fmt: skip
            )
    return lines


def _label(contact: Contact, lang: str) -> str:
    return f"{contact.name.get(lang)} ({contact.country.upper()})"


def _app_changes(old: Catalog, new: Catalog, lang: str) -> list[ChangeLine]:
    lines = [
        _say(mark("New app: {name}"), lang, name=app.name)
        for app_id, app in new.apps.items()
        if app_id not in old.apps
    ]
    for app_id, app in old.apps.items():
        if app_id not in new.apps:
            lines.append(_say(mark("No longer in the catalog: {name}"), lang, name=app.name))
        elif app.status != "closed" and new.apps[app_id].status == "closed":
            lines.append(_say(mark("Now closed: {name}"), lang, name=app.name))
    return lines


def _setting_changes(old: Catalog, new: Catalog, lang: str) -> list[ChangeLine]:
    lines = []
    for setting_id, setting in new.settings.items():
        app = new.apps[setting.app_id].name
        if setting_id not in old.settings:
            title = setting.title.get(lang)
            lines.append(_say(mark("{app}: new setting: {title}"), lang, app=app, title=title))
        elif _setting_text(old.settings[setting_id], lang) != _setting_text(setting, lang):
            title = setting.title.get(lang)
            lines.append(_say(mark("{app}: changed steps: {title}"), lang, app=app, title=title))
    for setting_id, setting in old.settings.items():
        if setting_id not in new.settings:
            app, title = old.apps[setting.app_id].name, setting.title.get(lang)
            lines.append(_say(mark("{app}: setting removed: {title}"), lang, app=app, title=title))
    return lines


def _setting_text(setting: RecommendedSetting, lang: str) -> tuple[str, ...]:
    return (setting.title.get(lang), *setting.steps.get(lang))
