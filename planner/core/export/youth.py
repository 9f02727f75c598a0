"""One young person's own safety plan: their apps, the settings agreed and who to tell.

Built field by field from what a child may read. No field here can hold a concern, a note, a
conversation, a report number or another child: the builder never reads them, so no template
mistake can print them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.core.catalog import Catalog
from planner.core.dto import AppUseDTO, ContactDTO, SettingAgreementDTO
from planner.core.export.summary import (
    AGREED_STATES,
    Cover,
    builtin_contacts,
    make_cover,
    setting_title,
)
from planner.core.i18n import t
from planner.core.services import apps, children, contacts
from planner.core.services.plan import get_details

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
HELPLINE_KINDS = ("emergency", "hotline")


@dataclass(frozen=True, slots=True)
class YouthSetting:
    title: str
    why: str


@dataclass(frozen=True, slots=True)
class YouthApp:
    name: str
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


@dataclass(frozen=True, slots=True)
class Helpline:
    name: str
    phone: str
    text_number: str
    hours: str


@dataclass(frozen=True, slots=True)
class YouthSummary:
    cover: Cover
    nickname: str
    age: int
    apps: tuple[YouthApp, ...]
    tips: tuple[Advice, ...]
    helpers: tuple[Helper, ...]  # the plan's caregivers and trusted adults
    helplines: tuple[Helpline, ...]  # emergency and helpline contacts one can call or text
    when_wrong: tuple[Advice, ...]


def youth_summary(
    session: Session, catalog: Catalog, child_id: int, *, today: dt.date | None = None
) -> YouthSummary:
    today = today or dt.date.today()
    child = children.get_child(session, child_id)
    details = get_details(session)
    lang = details.language
    age = child.age_in(today.year)
    tips = catalog.guidance.tips_for(details.country, age)
    advice = {tip.id: Advice(tip.title.get(lang), tip.text.get(lang)) for tip in tips}
    return YouthSummary(
        cover=make_cover(session, catalog, _title(child.nickname, lang), today),
        nickname=child.nickname,
        age=age,
        apps=tuple(
            _youth_app(session, catalog, use, lang)
            for use in apps.list_app_uses(session, child.id)
            if use.status == "active"
        ),
        tips=tuple(text for tip_id, text in advice.items() if tip_id not in WHEN_WRONG_TIPS),
        helpers=tuple(
            Helper(adult.name, adult.relationship, adult.phone)
            for adult in children.list_adults(session)
        ),
        helplines=tuple(
            _helplines(contacts.list_contacts(session, catalog=catalog), catalog, lang)
        ),
        when_wrong=tuple(advice[tip_id] for tip_id in WHEN_WRONG_TIPS if tip_id in advice),
    )


def _youth_app(session: Session, catalog: Catalog, use: AppUseDTO, lang: str) -> YouthApp:
    agreed = [a for a in apps.list_settings(session, use.id) if a.state in AGREED_STATES]
    return YouthApp(
        name=apps.app_display_name(catalog, use, lang),
        settings=tuple(
            YouthSetting(setting_title(catalog, a, lang), _why(catalog, a, lang)) for a in agreed
        ),
    )


def _why(catalog: Catalog, agreement: SettingAgreementDTO, lang: str) -> str:
    """The catalog's reason, written for young people; a family's own setting has none."""
    setting = catalog.settings.get(agreement.catalog_setting_id or "")
    return setting.why.get(lang) if setting else ""


def _title(nickname: str, lang: str) -> str:
    return t("{name}'s online safety plan", lang).format(name=nickname)


def _helplines(rows: Iterable[ContactDTO], catalog: Catalog, lang: str) -> Iterable[Helpline]:
    builtin = builtin_contacts(catalog)
    for row in rows:
        if row.kind in HELPLINE_KINDS and (row.phone or row.text_number):
            # The plan keeps a built-in contact's English words; the catalog has the others.
            fact = builtin.get(row.builtin_id or "")
            name = fact.name.get(lang) if fact else row.name
            hours = fact.hours.get(lang) if fact and fact.hours else row.hours
            yield Helpline(name, row.phone, row.text_number, hours)
