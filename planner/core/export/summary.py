"""A plan as a printable summary for the adults: a frozen view model, and the plain words that
both audiences share (the young person's own summary is in youth.py).

Dates stay dates: the templates (or the window) choose how to write them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.core.catalog import App, Catalog
from planner.core.catalog import Contact as BuiltinContact
from planner.core.dto import AppUseDTO, ChildDTO, SettingAgreementDTO
from planner.core.i18n import mark, t
from planner.core.recurrence import describe_rule
from planner.core.services import apps, children, concerns, contacts, conversations, reminders
from planner.core.services import rules as rules_service
from planner.core.services.plan import get_details

FAMILY_TITLE = mark("Family safety plan")
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
STATUS_WORDS = {"open": mark("Open"), "watching": mark("Watching"), "closed": mark("Closed")}
AGREED_STATES = ("agreed", "in_place")


@dataclass(frozen=True, slots=True)
class Cover:
    title: str
    plan_name: str
    country: str
    made_on: dt.date
    language: str  # for the document's lang attribute
    paper: str  # "letter" or "a4", from the plan's country
    emergency_number: str  # "" when the plan's country is not in the catalog


# -- family ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CapabilityRow:
    label: str
    value: str
    note: str
    checked: dt.date


@dataclass(frozen=True, slots=True)
class SettingRow:
    title: str
    state: str
    last_checked: dt.date | None


@dataclass(frozen=True, slots=True)
class AppSection:
    name: str
    stopped: bool
    account: str
    purpose: str
    agreed_on: dt.date | None
    capabilities: tuple[CapabilityRow, ...]  # empty for an app the family typed in
    settings: tuple[SettingRow, ...]


@dataclass(frozen=True, slots=True)
class RuleRow:
    text: str
    agreed_on: dt.date | None


@dataclass(frozen=True, slots=True)
class ChildSection:
    nickname: str
    age: int
    apps: tuple[AppSection, ...]
    rules: tuple[RuleRow, ...]


@dataclass(frozen=True, slots=True)
class ReminderRow:
    title: str
    repeat: str
    next_due: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ContactRow:
    kind: str
    name: str
    phone: str
    text_number: str
    web: str
    hours: str
    description: str


@dataclass(frozen=True, slots=True)
class ConversationRow:
    held_on: dt.date
    children: str
    topics: str
    said: str
    child_wants: str
    follow_up: str


@dataclass(frozen=True, slots=True)
class ConcernRow:
    occurred_on: dt.date
    child: str
    app: str
    other_username: str
    what_happened: str
    signs: str
    actions: str
    report_numbers: str
    status: str


@dataclass(frozen=True, slots=True)
class AgreementRow:
    nickname: str
    rules: tuple[str, ...]
    settings: tuple[str, ...]  # "App: setting"


@dataclass(frozen=True, slots=True)
class FamilySummary:
    cover: Cover
    children: tuple[ChildSection, ...]
    reminders: tuple[ReminderRow, ...]
    contacts: tuple[ContactRow, ...]
    include_log: bool
    conversations: tuple[ConversationRow, ...]  # empty unless include_log
    concerns: tuple[ConcernRow, ...]  # empty unless include_log
    agreement: tuple[AgreementRow, ...]
    adult_signers: tuple[str, ...]  # the caregivers


def family_summary(
    session: Session, catalog: Catalog, *, include_log: bool = False, today: dt.date | None = None
) -> FamilySummary:
    today = today or dt.date.today()
    lang = get_details(session).language
    cover = make_cover(session, catalog, t(FAMILY_TITLE, lang), today)
    kids = children.list_children(session)
    sections = tuple(_child_section(session, catalog, child, lang, today) for child in kids)
    names = {child.id: child.nickname for child in kids}
    return FamilySummary(
        cover=cover,
        children=sections,
        reminders=tuple(_reminder_rows(session, lang)),
        contacts=tuple(_contact_rows(session, catalog, lang)),
        include_log=include_log,
        conversations=tuple(
            _conversation_rows(session, catalog, names, lang) if include_log else ()
        ),
        concerns=tuple(_concern_rows(session, catalog, names, lang) if include_log else ()),
        agreement=tuple(_agreement_row(section, lang) for section in sections),
        adult_signers=tuple(
            adult.name for adult in children.list_adults(session) if adult.role == "caregiver"
        ),
    )


def make_cover(session: Session, catalog: Catalog, title: str, today: dt.date) -> Cover:
    details = get_details(session)
    country = catalog.countries.get(details.country)
    return Cover(
        title=title,
        plan_name=details.name,
        country=country.name.get(details.language) if country else details.country,
        made_on=today,
        language=details.language,
        paper=country.paper if country else "a4",
        emergency_number=country.emergency_number if country else "",
    )


def _child_section(
    session: Session, catalog: Catalog, child: ChildDTO, lang: str, today: dt.date
) -> ChildSection:
    return ChildSection(
        nickname=child.nickname,
        age=child.age_in(today.year),
        apps=tuple(
            _app_section(session, catalog, use, lang)
            for use in apps.list_app_uses(session, child.id)
        ),
        rules=tuple(
            RuleRow(
                _rule_text(catalog, rule.guidance_item_id, rule.custom_text, lang), rule.agreed_on
            )
            for rule in rules_service.list_rules(session, child.id)
        ),
    )


def _app_section(session: Session, catalog: Catalog, use: AppUseDTO, lang: str) -> AppSection:
    app = catalog.apps.get(use.catalog_app_id or "")
    return AppSection(
        name=app_name(catalog, use),
        stopped=use.status == "stopped",
        account=use.handle,
        purpose=use.purpose,
        agreed_on=use.agreed_on,
        capabilities=_capability_rows(app, lang),
        settings=tuple(
            SettingRow(
                setting_title(catalog, agreement, lang),
                t(STATE_WORDS[agreement.state], lang),
                agreement.last_checked,
            )
            for agreement in apps.list_settings(session, use.id)
        ),
    )


def _capability_rows(app: App | None, lang: str) -> tuple[CapabilityRow, ...]:
    if app is None:
        return ()
    return tuple(
        CapabilityRow(
            t(CAPABILITY_WORDS[cap.key], lang),
            t(VALUE_WORDS[cap.value], lang),
            cap.note.get(lang),
            cap.meta.checked,
        )
        for cap in app.capabilities.values()
    )


def _reminder_rows(session: Session, lang: str) -> Iterable[ReminderRow]:
    for reminder in reminders.list_reminders(session):
        repeat = describe_rule(reminder.rrule, reminder.starts_at, lang)
        yield ReminderRow(reminder.title, repeat, reminder.next_due)


def _contact_rows(session: Session, catalog: Catalog, lang: str) -> Iterable[ContactRow]:
    builtin = builtin_contacts(catalog)
    for contact in contacts.list_contacts(session):
        fact = builtin.get(contact.builtin_id or "")
        yield ContactRow(
            kind=t(KIND_WORDS[contact.kind], lang),
            # The plan keeps a built-in contact's English words; the catalog has the others.
            name=fact.name.get(lang) if fact else contact.name,
            phone=contact.phone,
            text_number=contact.text_number,
            web=contact.web,
            hours=fact.hours.get(lang) if fact and fact.hours else contact.hours,
            description=fact.description.get(lang) if fact else contact.notes,
        )


def _conversation_rows(
    session: Session, catalog: Catalog, names: dict[int, str], lang: str
) -> Iterable[ConversationRow]:
    topics = {topic.id: topic.title.get(lang) for topic in catalog.guidance.topics}
    for talk in conversations.list_conversations(session):
        yield ConversationRow(
            held_on=talk.held_on,
            children=", ".join(names[child_id] for child_id in talk.child_ids),
            topics=", ".join(topics.get(topic, topic) for topic in talk.topics),
            said=talk.said,
            child_wants=talk.child_wants,
            follow_up=talk.follow_up,
        )


def _concern_rows(
    session: Session, catalog: Catalog, names: dict[int, str], lang: str
) -> Iterable[ConcernRow]:
    signs = {sign.id: sign.title.get(lang) for sign in catalog.guidance.signs}
    uses = {use.id: use for use in apps.list_app_uses(session)}
    for concern in concerns.list_concerns(session):
        use = uses.get(concern.app_use_id or 0)
        done = [
            (t("Blocked", lang), concern.blocked),
            (t("Reported to the app", lang), concern.reported_to_platform),
        ]
        actions = [label for label, happened in done if happened] + _nonblank(
            [concern.other_action]
        )
        numbers = [
            (t("App report", lang), concern.platform_report_number),
            ("CyberTipline", concern.cybertipline_report_number),
            (t("Police", lang), concern.police_report_number),
        ]
        yield ConcernRow(
            occurred_on=concern.occurred_on,
            child=names[concern.child_id],
            app=app_name(catalog, use) if use else concern.app_name,
            other_username=concern.other_username,
            what_happened=concern.what_happened,
            signs=", ".join(signs.get(sign, sign) for sign in concern.warning_signs),
            actions="; ".join(actions),
            report_numbers="; ".join(f"{label}: {number}" for label, number in numbers if number),
            status=t(STATUS_WORDS[concern.status], lang),
        )


def _agreement_row(section: ChildSection, lang: str) -> AgreementRow:
    agreed = {t(STATE_WORDS[state], lang) for state in AGREED_STATES}
    return AgreementRow(
        nickname=section.nickname,
        rules=tuple(rule.text for rule in section.rules),
        settings=tuple(
            f"{app.name}: {setting.title}"
            for app in section.apps
            if not app.stopped
            for setting in app.settings
            if setting.state in agreed
        ),
    )


# -- words -----------------------------------------------------------------------------------


def app_name(catalog: Catalog, use: AppUseDTO) -> str:
    app = catalog.apps.get(use.catalog_app_id or "")
    # An app missing from a newer catalog still shows under its id rather than vanishing.
    return app.name if app else use.custom_name or use.catalog_app_id or ""


def builtin_contacts(catalog: Catalog) -> dict[str, BuiltinContact]:
    """Every country's contacts by id: their names and hours in each language."""
    return {c.id: c for country in catalog.countries.values() for c in country.contacts}


def setting_title(catalog: Catalog, agreement: SettingAgreementDTO, lang: str) -> str:
    setting = catalog.settings.get(agreement.catalog_setting_id or "")
    if setting:
        return setting.title.get(lang)
    return agreement.custom_title or agreement.catalog_setting_id or ""


def _rule_text(catalog: Catalog, item_id: str | None, custom: str | None, lang: str) -> str:
    items = {item.id: item for item in catalog.guidance.agreement_items}
    item = items.get(item_id or "")
    return item.text.get(lang) if item else custom or item_id or ""


def _nonblank(texts: Iterable[str]) -> list[str]:
    return [text for text in texts if text.strip()]
