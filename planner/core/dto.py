"""Frozen snapshots of plan data handed to the window, the exports and the command line.

No ORM object or Session leaves `planner.core`: views hold these instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.core.i18n import mark


@dataclass(frozen=True, slots=True)
class PlanDetails:
    name: str
    country: str
    language: str
    mode: str
    created_at: dt.datetime
    modified_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ChildDTO:
    id: int
    nickname: str
    birth_year: int
    notes: str

    def age_in(self, year: int) -> int:
        """The age reached during `year` (only the birth year is kept, by design)."""
        return year - self.birth_year


@dataclass(frozen=True, slots=True)
class AdultDTO:
    id: int
    name: str
    relationship: str
    role: str
    phone: str
    notes: str


@dataclass(frozen=True, slots=True)
class DeviceDTO:
    id: int
    child_id: int
    kind: str
    name: str
    notes: str


@dataclass(frozen=True, slots=True)
class AppUseDTO:
    id: int
    child_id: int
    catalog_app_id: str | None
    custom_name: str | None
    handle: str
    purpose: str
    agreed_on: dt.date | None
    status: str
    notes: str


@dataclass(frozen=True, slots=True)
class SettingAgreementDTO:
    id: int
    app_use_id: int
    catalog_setting_id: str | None
    custom_title: str | None
    state: str
    last_checked: dt.date | None
    notes: str


@dataclass(frozen=True, slots=True)
class HouseholdRuleDTO:
    id: int
    child_id: int
    guidance_item_id: str | None
    custom_text: str | None
    agreed_on: dt.date | None


@dataclass(frozen=True, slots=True)
class ConversationDTO:
    id: int
    held_on: dt.date
    child_ids: tuple[int, ...]
    topics: tuple[str, ...]
    said: str
    child_wants: str
    follow_up: str
    follow_up_on: dt.date | None


@dataclass(frozen=True, slots=True)
class ConcernDTO:
    id: int
    occurred_on: dt.date
    child_id: int
    app_use_id: int | None
    app_name: str
    other_username: str
    other_profile: str
    what_happened: str
    warning_signs: tuple[str, ...]
    blocked: bool
    reported_to_platform: bool
    platform_report_number: str
    cybertipline_report_number: str
    police_report_number: str
    other_action: str
    follow_up_on: dt.date | None
    status: str


@dataclass(frozen=True, slots=True)
class ContactDTO:
    id: int
    kind: str
    name: str
    phone: str
    text_number: str
    web: str
    hours: str
    languages: str
    notes: str
    builtin_id: str | None
    hidden: bool


@dataclass(frozen=True, slots=True)
class ReminderDTO:
    id: int
    title: str
    rrule: str
    starts_at: dt.datetime
    next_due: dt.datetime | None
    snoozed_until: dt.datetime | None
    active: bool
    child_id: int | None
    app_use_id: int | None
    setting_agreement_id: int | None
    contact_id: int | None
    conversation_id: int | None
    concern_id: int | None


@dataclass(frozen=True, slots=True)
class CompletionDTO:
    id: int
    reminder_id: int
    due_at: dt.datetime | None
    done_at: dt.datetime
    outcome: str


@dataclass(frozen=True, slots=True)
class PlanCounts:
    children: int
    adults: int
    devices: int
    app_uses: int
    setting_agreements: int
    household_rules: int
    conversations: int
    concerns: int
    contacts: int
    reminders: int

    def as_rows(self) -> list[tuple[str, int]]:
        return [
            (mark("children"), self.children),
            (mark("adults"), self.adults),
            (mark("devices"), self.devices),
            (mark("app uses"), self.app_uses),
            (mark("setting agreements"), self.setting_agreements),
            (mark("household rules"), self.household_rules),
            (mark("conversations"), self.conversations),
            (mark("concerns"), self.concerns),
            (mark("contacts"), self.contacts),
            (mark("reminders"), self.reminders),
        ]
