"""The words the window uses for stored codes (states, kinds), dates, and catalog text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from planner.core import dates, recurrence
from planner.core.catalog import Text
from planner.ui.i18n import installed_language


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


def setting_state(state: str) -> str:
    return {
        "to_discuss": _t("To discuss"),
        "agreed": _t("Agreed"),
        "in_place": _t("In place"),
        "not_applicable": _t("Not applicable"),
        "declined": _t("Declined"),
    }.get(state, state)


def contact_kind(kind: str) -> str:
    return {
        "emergency": _t("Emergency"),
        "police": _t("Police"),
        "hotline": _t("Hotline"),
        "platform": _t("Platform"),
        "school": _t("School"),
        "caseworker": _t("Caseworker"),
        "trusted_adult": _t("Trusted adult"),
        "other": _t("Other"),
    }.get(kind, kind)


def device_kind(kind: str) -> str:
    return {
        "phone": _t("Phone"),
        "tablet": _t("Tablet"),
        "computer": _t("Computer"),
        "console": _t("Game console"),
        "handheld_console": _t("Handheld console"),
        "smart_speaker": _t("Smart speaker"),
        "smart_tv": _t("Smart TV"),
        "webcam": _t("Webcam"),
        "smartwatch": _t("Smartwatch"),
        "vr_headset": _t("VR headset"),
        "other": _t("Other device"),
    }.get(kind, kind)


def adult_role(role: str) -> str:
    return {"caregiver": _t("Caregiver"), "trusted_adult": _t("Trusted adult")}.get(role, role)


def app_use_status(status: str) -> str:
    return {"active": _t("In use"), "stopped": _t("Stopped")}.get(status, status)


def concern_status(status: str) -> str:
    return {"open": _t("Open"), "watching": _t("Watching"), "closed": _t("Closed")}.get(
        status, status
    )


def capability(key: str) -> str:
    return {
        "private_messages": _t("Private messages"),
        "contact_from_strangers": _t("Contact from strangers"),
        "location_sharing": _t("Location sharing"),
        "live_streaming": _t("Live streaming"),
        "voice_chat": _t("Voice chat"),
        "disappearing_messages": _t("Disappearing messages"),
        "gifts_or_currency": _t("Gifts or in-app money"),
    }.get(key, key)


def capability_value(value: str) -> str:
    return {
        "yes": _t("Yes"),
        "no": _t("No"),
        "limited": _t("Limited"),
        "unknown": _t("Not known"),
    }.get(value, value)


def app_category(category: str) -> str:
    return {
        "game": _t("Games"),
        "social": _t("Social media"),
        "messaging": _t("Messaging"),
        "video": _t("Video"),
        "platform": _t("Game platforms and stores"),
    }.get(category, category)


def localized(text: Text | None, language: str) -> str:
    return "" if text is None else text.get(language)


def date_text(day: dt.date | None, long: bool = False) -> str:
    """The planner's one date style (planner.core.dates), in the window's language."""
    if day is None:
        return _t("never")
    language = installed_language()
    return dates.long_date(day, language) if long else dates.short_date(day, language)


def datetime_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return _t("never")
    return dates.short_moment(moment, installed_language())


def repeat_text(rule: str, start: dt.datetime) -> str:
    """How a reminder repeats, in the window's language ("Cada 2 semanas")."""
    return recurrence.describe_rule(rule, start, installed_language())
