"""The plan's data model: typed SQLAlchemy 2 entities.

Times: `created_at`/`modified_at`/`done_at` are UTC; reminder times are local wall-clock times
(a reminder at 18:00 stays at 18:00 across daylight-saving changes). Dates a person picks are dates.
Text only: concerns record usernames, addresses and report numbers, never images.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from planner.core.catalog.types import CAPABILITY_KEYS

# Alembic's SQLite batch mode needs every constraint to have a predictable name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PLAN_MODES = ("home", "shelter")
ADULT_ROLES = ("caregiver", "trusted_adult")
DEVICE_KINDS = (
    "phone",
    "tablet",
    "computer",
    "console",
    "handheld_console",
    "smart_speaker",
    "smart_tv",
    "webcam",
    "smartwatch",
    "vr_headset",
    "other",
)
APP_USE_STATUSES = ("active", "stopped")
# What a family can record that an app added by name allows (the catalog's words for its own
# apps); a feature not checked yet has no row, so it can never be read as "no".
RECORDED_VALUES = ("yes", "limited", "no")
SETTING_STATES = ("to_discuss", "agreed", "in_place", "not_applicable", "declined")
CONCERN_STATUSES = ("open", "watching", "closed")
CONTACT_KINDS = (
    "emergency",
    "police",
    "hotline",
    "platform",
    "school",
    "caseworker",
    "trusted_adult",
    "other",
)
COMPLETION_OUTCOMES = ("done", "skipped")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Plan(Base):
    """The one row that describes the household's plan."""

    __tablename__ = "plan"
    __table_args__ = (CheckConstraint(_in("mode", PLAN_MODES), name="mode"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class Preference(Base):
    """Plan-level settings (idle lock minutes, which exports include the log...), as text."""

    __tablename__ = "preference"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Child(Base):
    __tablename__ = "child"

    id: Mapped[int] = mapped_column(primary_key=True)
    nickname: Mapped[str] = mapped_column(String(100))
    birth_year: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    devices: Mapped[list[Device]] = relationship(
        back_populates="child", cascade="all, delete-orphan", passive_deletes=True
    )
    app_uses: Mapped[list[AppUse]] = relationship(
        back_populates="child", cascade="all, delete-orphan", passive_deletes=True
    )


class Adult(Base):
    __tablename__ = "adult"
    __table_args__ = (CheckConstraint(_in("role", ADULT_ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    relationship_to_child: Mapped[str] = mapped_column("relationship", String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Device(Base):
    __tablename__ = "device"
    __table_args__ = (CheckConstraint(_in("kind", DEVICE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    child: Mapped[Child] = relationship(back_populates="devices")


class AppUse(Base):
    """A child's use of one app: from the catalog, or a custom app the family names."""

    __tablename__ = "app_use"
    __table_args__ = (
        CheckConstraint(
            "(catalog_app_id IS NULL) <> (custom_name IS NULL)", name="catalog_or_custom"
        ),
        CheckConstraint(_in("status", APP_USE_STATUSES), name="status"),
        UniqueConstraint("child_id", "catalog_app_id", name="uq_app_use_child_catalog_app"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    catalog_app_id: Mapped[str | None] = mapped_column(String(100))
    custom_name: Mapped[str | None] = mapped_column(String(100))
    handle: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")
    notes: Mapped[str] = mapped_column(Text, default="")

    child: Mapped[Child] = relationship(back_populates="app_uses")
    settings: Mapped[list[SettingAgreement]] = relationship(
        back_populates="app_use", cascade="all, delete-orphan", passive_deletes=True
    )


class RecordedCapability(Base):
    """What the family found out that an app added by name allows, one feature a row.

    The catalog states this for its own apps; for the family's own app it is only what they
    recorded after checking, so a feature nobody has checked yet is absent (never "no")."""

    __tablename__ = "recorded_capability"
    __table_args__ = (
        CheckConstraint(_in("capability", CAPABILITY_KEYS), name="capability"),
        CheckConstraint(_in("value", RECORDED_VALUES), name="value"),
    )

    app_use_id: Mapped[int] = mapped_column(
        ForeignKey("app_use.id", ondelete="CASCADE"), primary_key=True
    )
    capability: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(10))


class SettingAgreement(Base):
    __tablename__ = "setting_agreement"
    __table_args__ = (
        CheckConstraint(
            "(catalog_setting_id IS NULL) <> (custom_title IS NULL)", name="catalog_or_custom"
        ),
        CheckConstraint(_in("state", SETTING_STATES), name="state"),
        UniqueConstraint(
            "app_use_id", "catalog_setting_id", name="uq_setting_agreement_app_use_setting"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    app_use_id: Mapped[int] = mapped_column(
        ForeignKey("app_use.id", ondelete="CASCADE"), index=True
    )
    catalog_setting_id: Mapped[str | None] = mapped_column(String(150))
    custom_title: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20), default="to_discuss")
    last_checked: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    app_use: Mapped[AppUse] = relationship(back_populates="settings")


class HouseholdRule(Base):
    """An agreement item (from the guidance, or the family's own words) agreed with a child."""

    __tablename__ = "household_rule"
    __table_args__ = (
        CheckConstraint(
            "(guidance_item_id IS NULL) <> (custom_text IS NULL)", name="guidance_or_custom"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    guidance_item_id: Mapped[str | None] = mapped_column(String(100))
    custom_text: Mapped[str | None] = mapped_column(Text)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)


conversation_child = Table(
    "conversation_child",
    Base.metadata,
    Column(
        "conversation_id",
        ForeignKey("conversation.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("child_id", ForeignKey("child.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Conversation(Base):
    """A safety talk held with one or more children."""

    __tablename__ = "conversation"
    __table_args__ = (Index("ix_conversation_held_on", "held_on", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    topics: Mapped[str] = mapped_column(Text, default="")
    said: Mapped[str] = mapped_column(Text, default="")
    child_wants: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)

    children: Mapped[list[Child]] = relationship(secondary=conversation_child)


class Concern(Base):
    """Something worrying that happened. Text only: never images, by design."""

    __tablename__ = "concern"
    __table_args__ = (
        CheckConstraint(_in("status", CONCERN_STATUSES), name="status"),
        Index("ix_concern_occurred_on", "occurred_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    app_use_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_use.id", ondelete="SET NULL"), index=True
    )
    app_name: Mapped[str] = mapped_column(String(100), default="")
    other_username: Mapped[str] = mapped_column(String(200), default="")
    other_profile: Mapped[str] = mapped_column(String(500), default="")
    what_happened: Mapped[str] = mapped_column(Text, default="")
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    blocked: Mapped[bool] = mapped_column(default=False)
    reported_to_platform: Mapped[bool] = mapped_column(default=False)
    platform_report_number: Mapped[str] = mapped_column(String(100), default="")
    cybertipline_report_number: Mapped[str] = mapped_column(String(100), default="")
    police_report_number: Mapped[str] = mapped_column(String(100), default="")
    other_action: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")


class Contact(Base):
    """A reporting contact: a copy of a built-in one (builtin_id set) or the household's own."""

    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint(_in("kind", CONTACT_KINDS), name="kind"),
        UniqueConstraint("builtin_id", name="uq_contact_builtin_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    text_number: Mapped[str] = mapped_column(String(40), default="")
    web: Mapped[str] = mapped_column(String(500), default="")
    hours: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    builtin_id: Mapped[str | None] = mapped_column(String(100))
    hidden: Mapped[bool] = mapped_column(default=False)


class Reminder(Base):
    """A recurring reminder; at most one subject column is set (none: the household)."""

    __tablename__ = "reminder"
    __table_args__ = (
        CheckConstraint(
            "(child_id IS NOT NULL) + (app_use_id IS NOT NULL) + (setting_agreement_id IS NOT NULL)"
            " + (contact_id IS NOT NULL) + (conversation_id IS NOT NULL)"
            " + (concern_id IS NOT NULL) <= 1",
            name="one_subject",
        ),
        Index("ix_reminder_due", "active", "next_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    rrule: Mapped[str] = mapped_column(String(500), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    next_due: Mapped[dt.datetime | None] = mapped_column(DateTime)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(default=True)
    child_id: Mapped[int | None] = mapped_column(
        ForeignKey("child.id", ondelete="CASCADE"), index=True
    )
    app_use_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_use.id", ondelete="CASCADE"), index=True
    )
    setting_agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("setting_agreement.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    concern_id: Mapped[int | None] = mapped_column(
        ForeignKey("concern.id", ondelete="CASCADE"), index=True
    )

    completions: Mapped[list[ReminderCompletion]] = relationship(
        back_populates="reminder",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ReminderCompletion.done_at",
    )


class ReminderCompletion(Base):
    __tablename__ = "reminder_completion"
    __table_args__ = (CheckConstraint(_in("outcome", COMPLETION_OUTCOMES), name="outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminder.id", ondelete="CASCADE"), index=True
    )
    due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    done_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    outcome: Mapped[str] = mapped_column(String(10), default="done")

    reminder: Mapped[Reminder] = relationship(back_populates="completions")


class Draft(Base):
    """A half-written entry kept when the plan locked or the planner was left in a hurry.

    It lives only here, inside the (encrypted) plan, and is offered back after unlocking.
    """

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Which editor it was typed in (its class), and the title the person saw ("Edit child").
    editor: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    # The editor's fields as JSON: [{"key": ..., "label": ..., "value": ...}, ...].
    fields: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
