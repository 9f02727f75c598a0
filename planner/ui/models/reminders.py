"""What the Reminders section says about each reminder: what it is about, and where it stands.

The names come from one read (`read_subjects`) in the same unit of work as the reminders, so
the view holds only DTO snapshots, never a Session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from planner.core.catalog import Catalog
from planner.core.dto import CompletionDTO, ReminderDTO
from planner.core.services import apps, children, concerns, contacts, conversations
from planner.core.services import reminders as core_reminders
from planner.core.services.apps import app_display_name
from planner.core.services.reminders import ReminderState
from planner.core.services.suggestions import SuggestedReminder
from planner.ui import words


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


@dataclass(frozen=True)
class SubjectChoice:
    """One entry of the editor's "About" list: None field means the household."""

    label: str
    field: str | None
    id: int | None


@dataclass(frozen=True)
class Subjects:
    """Names of everything a reminder can be about, as read with the reminders."""

    children: dict[int, str] = field(default_factory=dict)
    apps: dict[int, tuple[str, int]] = field(default_factory=dict)  # use id -> (app, child id)
    settings: dict[int, str] = field(default_factory=dict)
    contacts: dict[int, str] = field(default_factory=dict)
    conversations: dict[int, dt.date] = field(default_factory=dict)
    concerns: dict[int, dt.date] = field(default_factory=dict)

    def app_label(self, app_use_id: int) -> str:
        name, child_id = self.apps.get(app_use_id, ("?", 0))
        return _t("%1 (%2)").replace("%1", name).replace("%2", self.children.get(child_id, ""))

    def about(self, item: ReminderDTO | SuggestedReminder) -> str:
        child_id = getattr(item, "child_id", None)
        setting_id = getattr(item, "setting_agreement_id", None)
        contact_id = getattr(item, "contact_id", None)
        if child_id is not None:
            return self.children.get(child_id, "")
        if item.app_use_id is not None:
            return self.app_label(item.app_use_id)
        if setting_id is not None:
            return self.settings.get(setting_id, _t("A setting"))
        if contact_id is not None:
            return self.contacts.get(contact_id, _t("A contact"))
        if item.conversation_id is not None:
            day = self.conversations.get(item.conversation_id)
            return _t("Talk of %1").replace("%1", words.date_text(day))
        if item.concern_id is not None:
            day = self.concerns.get(item.concern_id)
            return _t("Concern of %1").replace("%1", words.date_text(day))
        return _t("Household")

    def kept(self, item: ReminderDTO | SuggestedReminder) -> SubjectChoice | None:
        """What `item` is about when the editor's list cannot offer it (a talk, a concern,
        a setting, a contact): offered too, so that editing does not drop it."""
        for name in ("setting_agreement_id", "contact_id", "conversation_id", "concern_id"):
            subject_id = getattr(item, name, None)
            if subject_id is not None:
                return SubjectChoice(self.about(item), name, subject_id)
        return None

    def choices(self) -> list[SubjectChoice]:
        """The household, then each child followed by that child's apps."""
        result = [SubjectChoice(_t("The whole household"), None, None)]
        for child_id, nickname in self.children.items():
            result.append(SubjectChoice(nickname, "child_id", child_id))
            for use_id, (name, owner) in self.apps.items():
                if owner == child_id:
                    label = _t("%1 on %2").replace("%1", nickname).replace("%2", name)
                    result.append(SubjectChoice("    " + label, "app_use_id", use_id))
        return result


def read_subjects(
    session: Session,
    catalog: Catalog,
    language: str,
    about: Sequence[ReminderDTO | SuggestedReminder],
) -> Subjects:
    """Names for the editor's choices and for what each item in `about` concerns."""

    def ids(name: str) -> list[int]:
        return sorted({value for item in about if (value := getattr(item, name, None))})

    wanted_settings, wanted_contacts = set(ids("setting_agreement_id")), set(ids("contact_id"))
    settings = [s for s in apps.list_settings(session) if s.id in wanted_settings]
    return Subjects(
        children={c.id: c.nickname for c in children.list_children(session)},
        apps={
            u.id: (app_display_name(catalog, u), u.child_id) for u in apps.list_app_uses(session)
        },
        settings={
            s.id: _setting_title(s.catalog_setting_id, s.custom_title, catalog, language)
            for s in settings
        },
        contacts={
            c.id: c.name for c in contacts.list_contacts(session, True) if c.id in wanted_contacts
        },
        conversations={
            i: conversations.get_conversation(session, i).held_on for i in ids("conversation_id")
        },
        concerns={i: concerns.get_concern(session, i).occurred_on for i in ids("concern_id")},
    )


def _setting_title(
    setting_id: str | None, custom: str | None, catalog: Catalog, language: str
) -> str:
    setting = catalog.settings.get(setting_id or "")
    return setting.title.get(language) if setting is not None else custom or ""


def reminder_state(reminder: ReminderDTO, now: dt.datetime) -> str:
    """The core's state in the window's words; a snooze says until when."""
    state = core_reminders.reminder_state(reminder, now)
    if state is ReminderState.SNOOZED and reminder.snoozed_until is not None:
        return _t("Snoozed until %1").replace("%1", words.datetime_text(reminder.snoozed_until))
    return {
        ReminderState.OVERDUE: _t("Overdue"),
        ReminderState.DUE: _t("Due"),
        ReminderState.SNOOZED: _t("Snoozed"),
        ReminderState.UPCOMING: _t("Upcoming"),
        ReminderState.TURNED_OFF: _t("Turned off"),
        ReminderState.FINISHED: _t("Finished"),
    }[state]


def outcome_text(completion: CompletionDTO) -> str:
    return {"done": _t("Done"), "skipped": _t("Skipped")}.get(
        completion.outcome, completion.outcome
    )


def local_time(utc: dt.datetime) -> dt.datetime:
    """Completion times are stored in UTC; people read them on their own clock."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
