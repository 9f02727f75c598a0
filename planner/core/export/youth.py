"""One young person's own safety plan, written to them: their apps and what to do on each, the
settings agreed, who they can tell, and the helplines of their country.

Built field by field from what a child may read. No field here can hold a concern, a note, a
conversation, a report number or another child: the builder never reads them, so no template
mistake can print them. Every text is one written to the young person: the catalog's youth
texts (youth_summary, youth_steps, youth_why) or the youth tips. Where the catalog has no youth
text yet, the text is left out: the parents' texts never stand in for it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from planner.core.catalog import AGE_BANDS, Catalog, YouthTip
from planner.core.dto import AppUseDTO, SettingAgreementDTO
from planner.core.export.words import (
    AGREED_STATES,
    Cover,
    dial_string,
    make_cover,
)
from planner.core.i18n import mark, t
from planner.core.services import apps, children
from planner.core.services.plan import get_details

YOUTH_TITLE = mark("My safety plan")
# The youth tips that say, in a young person's words, what the adults' "when worried" steps say;
# they go under "If something goes wrong", in this order, instead of among the other tips.
WHEN_WRONG_TIPS = (
    "trust-your-gut",
    "its-not-your-fault",
    "dont-pay-dont-send-more",
    "block-but-keep-the-chat",
    "tell-someone-you-trust",
    "take-it-down",
    "you-can-report-it-yourself",
)
# Until the catalog marks the lines a young person can call themselves, these kinds stand in.
HELPLINE_KINDS = ("emergency", "hotline")


@dataclass(frozen=True, slots=True)
class YouthSetting:
    """A setting agreed, in the young person's words: the catalog's youth_why, or the family's
    own title for a setting they typed in. A catalog setting without youth_why is left out: its
    title and reason are written to the parents ("Choose who can chat with your child")."""

    text: str


@dataclass(frozen=True, slots=True)
class YouthApp:
    name: str
    summary: str  # "" until the catalog has one written to the young person
    steps: tuple[str, ...]  # what to do on the app: block, report, tell
    settings: tuple[YouthSetting, ...]


@dataclass(frozen=True, slots=True)
class Advice:
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Helper:
    name: str
    relationship: str
    phone: str
    dial: str


@dataclass(frozen=True, slots=True)
class Helpline:
    name: str
    phone: str
    dial: str
    text_number: str
    hours: str


@dataclass(frozen=True, slots=True)
class YouthSummary:
    cover: Cover
    nickname: str
    age: int
    band: str  # one of AGE_BANDS: the template's words follow it
    apps: tuple[YouthApp, ...]
    # Steps the catalog gives for more than one of these apps: printed once, after the apps.
    every_app_steps: tuple[str, ...]
    tips: tuple[Advice, ...]
    helpers: tuple[Helper, ...]  # the plan's caregivers and trusted adults
    helplines: tuple[Helpline, ...]  # the lines of the plan's country a young person can use
    when_wrong: tuple[Advice, ...]


def youth_summary(
    session: Session, catalog: Catalog, child_id: int, *, today: dt.date | None = None
) -> YouthSummary:
    today = today or dt.date.today()
    child = children.get_child(session, child_id)
    details = get_details(session)
    lang, country = details.language, details.country
    age = child.age_in(today.year)
    tips = catalog.guidance.tips_for(details.country, age)
    own_apps, shared = _steps_said_once(
        [
            _youth_app(session, catalog, use, lang)
            for use in apps.list_app_uses(session, child.id)
            if use.status == "active"
        ]
    )
    advice = {tip.id: Advice(tip.title.get(lang), tip.text.get(lang)) for tip in tips}
    return YouthSummary(
        cover=make_cover(session, catalog, t(YOUTH_TITLE, lang), today),
        nickname=child.nickname,
        age=age,
        band=age_band(age),
        apps=own_apps,
        every_app_steps=shared,
        tips=tuple(text for tip_id, text in advice.items() if tip_id not in WHEN_WRONG_TIPS),
        helpers=tuple(
            Helper(adult.name, adult.relationship, adult.phone, dial_string(adult.phone))
            for adult in children.list_adults(session)
        ),
        helplines=tuple(_helplines(catalog, country, lang)),
        when_wrong=tuple(advice[tip_id] for tip_id in WHEN_WRONG_TIPS if tip_id in advice),
    )


def age_band(age: int) -> str:
    """The band of AGE_BANDS an age falls in; the youngest or oldest band outside them."""
    for band in AGE_BANDS:
        low, high = (int(part) for part in band.split("-"))
        if age <= high:
            return band if age >= low else AGE_BANDS[0]
    return AGE_BANDS[-1]


def _fits(tip: YouthTip, age: int, country: str) -> bool:
    return tip.ages[0] <= age <= tip.ages[1] and (not tip.countries or country in tip.countries)


def _youth_app(session: Session, catalog: Catalog, use: AppUseDTO, lang: str) -> YouthApp:
    app = catalog.apps.get(use.catalog_app_id or "")
    agreed = [a for a in apps.list_settings(session, use.id) if a.state in AGREED_STATES]
    return YouthApp(
        name=apps.app_display_name(catalog, use, lang),
        summary=app.youth_summary.get(lang) if app and app.youth_summary else "",
        steps=app.youth_steps.get(lang) if app and app.youth_steps else (),
        settings=tuple(
            YouthSetting(text) for a in agreed if (text := _setting_words(catalog, a, lang))
        ),
    )


def _setting_words(catalog: Catalog, agreement: SettingAgreementDTO, lang: str) -> str:
    setting = catalog.settings.get(agreement.catalog_setting_id or "")
    if setting is None:
        return agreement.custom_title or ""
    return setting.youth_why.get(lang) if setting.youth_why else ""


def _steps_said_once(found: list[YouthApp]) -> tuple[tuple[YouthApp, ...], tuple[str, ...]]:
    """A step several apps share ("if someone asks for pictures...") is said once: the plan has
    two pages, and the same words under every app would push the helplines off them."""
    counts = Counter(step for app in found for step in set(app.steps))
    shared = tuple(dict.fromkeys(s for app in found for s in app.steps if counts[s] > 1))
    trimmed = tuple(
        replace(app, steps=tuple(s for s in app.steps if s not in shared)) for app in found
    )
    return trimmed, shared


def _helplines(catalog: Catalog, country_code: str, lang: str) -> Iterable[Helpline]:
    """The plan's country's lines, from the catalog (never a stale copy in the plan): the
    emergency number first, then those marked for young people (until the catalog marks any,
    its helplines)."""
    country = catalog.countries.get(country_code)
    if country is None:
        return
    emergency = [c for c in country.contacts if c.kind == "emergency"]
    marked = [c for c in country.contacts if c.for_youth and c.kind != "emergency"]
    chosen = emergency + (marked or [c for c in country.contacts if c.kind in HELPLINE_KINDS[1:]])
    for contact in chosen:
        if contact.phone or contact.text_number:
            yield Helpline(
                name=contact.name.get(lang),
                phone=contact.phone or "",
                dial=dial_string(contact.phone or ""),
                text_number=contact.text_number or "",
                hours=contact.hours.get(lang) if contact.hours else "",
            )
