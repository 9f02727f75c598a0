"""A plan as the printed family plan: a frozen view model in the order of its pages.

Page 1 is the household at a glance; then one page per child, for the fridge; then the agreement
with every signer; then the reference (each app's facts once, the settings checklist, the next
90 days of reminders) and, only when asked for, the log. The young person's own plan is in
youth.py. Dates stay dates: the templates (or the window) choose how to write them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.core.catalog import CAPABILITY_KEYS, App, Catalog
from planner.core.dto import AppUseDTO, ChildDTO
from planner.core.errors import ValidationError
from planner.core.export.log import ConcernRow, ConversationRow, concern_rows, conversation_rows
from planner.core.export.words import (
    AGREED_STATES,
    CAPABILITY_WORDS,
    KIND_WORDS,
    RECORDED_WORDS,
    STATE_WORDS,
    VALUE_WORDS,
    Cover,
    builtin_contacts,
    dial_string,
    family_note,
    feature_values,
    make_cover,
    rule_text,
    setting_title,
    watched_features,
)
from planner.core.i18n import mark, t
from planner.core.recurrence import describe_rule, first_at_or_after
from planner.core.services import apps, children, contacts, reminders
from planner.core.services import rules as rules_service
from planner.core.services.plan import get_details

__all__ = ["STATE_WORDS", "FamilySummary", "family_summary"]

FAMILY_TITLE = mark("Family safety plan")
REMINDER_DAYS = 90  # the reference prints the reminders due in this many days
GLANCE_REMINDERS = 5  # page 1 prints the next few
CHECKLIST_STATES = ("in_place", "agreed", "to_discuss")


@dataclass(frozen=True, slots=True)
class CapabilityRow:
    label: str
    value: str
    note: str
    checked: dt.date


@dataclass(frozen=True, slots=True)
class AppFacts:
    """What an app allows, printed once in the reference however many children use it."""

    name: str
    capabilities: tuple[CapabilityRow, ...]

    @property
    def checked(self) -> tuple[dt.date, dt.date]:
        """The oldest and the newest date a fact of this app was checked."""
        days = [cap.checked for cap in self.capabilities]
        return min(days), max(days)


@dataclass(frozen=True, slots=True)
class RecordedRow:
    label: str
    value: str  # what the family found, or that they have not checked it yet


@dataclass(frozen=True, slots=True)
class RecordedFacts:
    """What the family recorded that an app they typed in allows, printed in the reference."""

    name: str
    child: str  # such an app is one child's: another child's may be another app of that name
    features: tuple[RecordedRow, ...]  # every feature, those not checked yet too


@dataclass(frozen=True, slots=True)
class SettingRow:
    title: str
    state: str  # in the plan's language
    key: str  # one of STATE_WORDS
    agreed: bool  # agreed or in place
    last_checked: dt.date | None


@dataclass(frozen=True, slots=True)
class AppSection:
    name: str
    stopped: bool
    account: str
    purpose: str
    agreed_on: dt.date | None
    watch: tuple[str, ...]  # the features to keep an eye on (of an app typed in: as recorded)
    # For an app typed in: whether the family checked what it allows, and what is left to check.
    family_note: str
    settings: tuple[SettingRow, ...]

    @property
    def agreed_settings(self) -> tuple[str, ...]:
        return tuple(setting.title for setting in self.settings if setting.agreed)

    def settings_in(self, state: str) -> tuple[SettingRow, ...]:
        return tuple(setting for setting in self.settings if setting.key == state)

    @property
    def oldest_check(self) -> dt.date | None:
        """When the settings in place were last checked, the longest ago: the one due first."""
        days = [s.last_checked for s in self.settings_in("in_place") if s.last_checked]
        return min(days) if days else None

    @property
    def on_checklist(self) -> bool:
        """Declined and not-applicable settings need no checking."""
        return any(setting.key in CHECKLIST_STATES for setting in self.settings)


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

    @property
    def agreed_rules(self) -> tuple[str, ...]:
        return tuple(rule.text for rule in self.rules if rule.agreed_on)

    @property
    def active_apps(self) -> tuple[str, ...]:
        return tuple(app.name for app in self.apps if not app.stopped)

    @property
    def watch(self) -> tuple[str, ...]:
        """Every feature to watch on any app the child still uses, once ("Voice chat", whether
        one app has it in full and another only "(limited)")."""
        features = (f.split(" (")[0] for app in self.apps if not app.stopped for f in app.watch)
        return tuple(dict.fromkeys(features))


@dataclass(frozen=True, slots=True)
class ReminderRow:
    title: str
    repeat: str
    next_due: dt.datetime | None


@dataclass(frozen=True, slots=True)
class DueDay:
    """The reminders due on one day of the next REMINDER_DAYS days."""

    day: dt.date
    titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ContactRow:
    kind: str
    name: str
    phone: str
    dial: str  # the phone's digits, for a tel: link
    text_number: str
    web: str
    hours: str
    description: str


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    role: str  # "Child" or "Caregiver", in the plan's language


@dataclass(frozen=True, slots=True)
class FamilySummary:
    cover: Cover
    children: tuple[ChildSection, ...]
    reminders: tuple[ReminderRow, ...]  # due in the next REMINDER_DAYS days, soonest first
    reminder_days: int
    contacts: tuple[ContactRow, ...]  # emergency first
    app_facts: tuple[AppFacts, ...]  # each catalog app any child uses, once
    recorded_facts: tuple[RecordedFacts, ...]  # each app typed in with anything recorded
    signers: tuple[Signer, ...]  # every child, then every caregiver
    include_log: bool
    conversations: tuple[ConversationRow, ...]  # empty unless include_log
    concerns: tuple[ConcernRow, ...]  # empty unless include_log

    @property
    def next_reminders(self) -> tuple[ReminderRow, ...]:
        return self.reminders[:GLANCE_REMINDERS]

    @property
    def due_days(self) -> tuple[DueDay, ...]:
        days: dict[dt.date, list[str]] = {}
        for row in self.reminders:
            if row.next_due is not None:
                days.setdefault(row.next_due.date(), []).append(row.title)
        return tuple(DueDay(day, tuple(titles)) for day, titles in days.items())


def family_summary(
    session: Session, catalog: Catalog, *, include_log: bool = False, today: dt.date | None = None
) -> FamilySummary:
    today = today or dt.date.today()
    lang = get_details(session).language
    kids = children.list_children(session)
    uses = {kid.id: apps.list_app_uses(session, kid.id) for kid in kids}
    names = {kid.id: kid.nickname for kid in kids}
    recorded = apps.recorded_capabilities(session)
    return FamilySummary(
        cover=make_cover(session, catalog, t(FAMILY_TITLE, lang), today),
        children=tuple(
            _child_section(session, catalog, kid, uses[kid.id], recorded, lang, today)
            for kid in kids
        ),
        reminders=tuple(_reminder_rows(session, lang, today)),
        reminder_days=REMINDER_DAYS,
        contacts=tuple(_contact_rows(session, catalog, lang)),
        app_facts=tuple(_app_facts(catalog, [use for kid in kids for use in uses[kid.id]], lang)),
        recorded_facts=tuple(
            _recorded_facts(catalog, use, names[kid.id], recorded[use.id], lang)
            for kid in kids
            for use in uses[kid.id]
            if use.id in recorded
        ),
        signers=_signers(session, kids, lang),
        include_log=include_log,
        conversations=tuple(
            conversation_rows(session, catalog, names, lang) if include_log else ()
        ),
        concerns=tuple(concern_rows(session, catalog, names, lang) if include_log else ()),
    )


def _child_section(
    session: Session,
    catalog: Catalog,
    child: ChildDTO,
    uses: list[AppUseDTO],
    recorded: dict[int, dict[str, str]],
    lang: str,
    today: dt.date,
) -> ChildSection:
    return ChildSection(
        nickname=child.nickname,
        age=child.age_in(today.year),
        apps=tuple(
            _app_section(session, catalog, use, recorded.get(use.id, {}), lang) for use in uses
        ),
        rules=tuple(
            RuleRow(
                rule_text(catalog, rule.guidance_item_id, rule.custom_text, lang), rule.agreed_on
            )
            for rule in rules_service.list_rules(session, child.id)
        ),
    )


def _app_section(
    session: Session, catalog: Catalog, use: AppUseDTO, recorded: dict[str, str], lang: str
) -> AppSection:
    app = catalog.apps.get(use.catalog_app_id or "")
    return AppSection(
        name=apps.app_display_name(catalog, use, lang),
        stopped=use.status == "stopped",
        account=use.handle,
        purpose=use.purpose,
        agreed_on=use.agreed_on,
        watch=watched_features(feature_values(app, recorded), lang),
        family_note="" if app else family_note(recorded, lang),
        settings=tuple(
            SettingRow(
                setting_title(catalog, agreement, lang),
                t(STATE_WORDS[agreement.state], lang),
                agreement.state,
                agreement.state in AGREED_STATES and use.status != "stopped",
                agreement.last_checked,
            )
            for agreement in apps.list_settings(session, use.id)
        ),
    )


def _app_facts(catalog: Catalog, uses: Iterable[AppUseDTO], lang: str) -> Iterable[AppFacts]:
    seen: dict[str, App] = {}
    for use in uses:
        app = catalog.apps.get(use.catalog_app_id or "")
        if app is not None:
            seen.setdefault(app.id, app)
    for app in sorted(seen.values(), key=lambda app: app.name.casefold()):
        yield AppFacts(app.name, _capability_rows(app, lang))


def _capability_rows(app: App, lang: str) -> tuple[CapabilityRow, ...]:
    return tuple(
        CapabilityRow(
            t(CAPABILITY_WORDS[cap.key], lang),
            t(VALUE_WORDS[cap.value], lang),
            cap.note.get(lang),
            cap.meta.checked,
        )
        for cap in app.capabilities.values()
    )


def _recorded_facts(
    catalog: Catalog, use: AppUseDTO, child: str, recorded: dict[str, str], lang: str
) -> RecordedFacts:
    return RecordedFacts(
        name=apps.app_display_name(catalog, use, lang),
        child=child,
        features=tuple(
            RecordedRow(
                t(CAPABILITY_WORDS[key], lang),
                t(RECORDED_WORDS[recorded.get(key, apps.NOT_CHECKED)], lang),
            )
            for key in CAPABILITY_KEYS
        ),
    )


def _reminder_rows(session: Session, lang: str, today: dt.date) -> list[ReminderRow]:
    """Each reminder once, at its next time from today on, if that is within REMINDER_DAYS."""
    start_of_today = dt.datetime.combine(today, dt.time())
    horizon = start_of_today + dt.timedelta(days=REMINDER_DAYS)
    rows = []
    for reminder in reminders.list_reminders(session):
        due = reminder.next_due
        if due is not None and due < start_of_today and reminder.rrule:
            # A repeat missed while the planner was closed: print its next time, not a past one.
            # A rule the planner now refuses (stored by an older version) keeps its stored time.
            with contextlib.suppress(ValidationError):
                due = first_at_or_after(reminder.rrule, reminder.starts_at, start_of_today) or due
        if due is not None and due < horizon:
            repeat = describe_rule(reminder.rrule, reminder.starts_at, lang)
            rows.append(ReminderRow(reminder.title, repeat, due))
    return sorted(rows, key=lambda row: (row.next_due or horizon, row.title.casefold()))


def _contact_rows(session: Session, catalog: Catalog, lang: str) -> Iterable[ContactRow]:
    builtin = builtin_contacts(catalog)
    for contact in contacts.list_contacts(session, catalog=catalog):  # emergency first
        fact = builtin.get(contact.builtin_id or "")
        yield ContactRow(
            kind=t(KIND_WORDS[contact.kind], lang),
            # The plan keeps a built-in contact's English words; the catalog has the others.
            name=fact.name.get(lang) if fact else contact.name,
            phone=contact.phone,
            dial=dial_string(contact.phone),
            text_number=contact.text_number,
            web=contact.web,
            hours=fact.hours.get(lang) if fact and fact.hours else contact.hours,
            description=fact.description.get(lang) if fact else contact.notes,
        )


def _signers(session: Session, kids: list[ChildDTO], lang: str) -> tuple[Signer, ...]:
    caregivers = [a.name for a in children.list_adults(session) if a.role == "caregiver"]
    return tuple(
        [Signer(kid.nickname, t("Child", lang)) for kid in kids]
        + [Signer(name, t("Caregiver", lang)) for name in caregivers]
    )
