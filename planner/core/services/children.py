"""Children, the adults around them, and each child's devices."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.dto import AdultDTO, ChildDTO, DeviceDTO
from planner.core.services.common import get_or_fail
from planner.core.services.validate import (
    birth_year,
    choice,
    ensure_room,
    optional_text,
    required_text,
)


@dataclass(frozen=True, slots=True)
class ChildDeletion:
    """What deleting a child also removes: shown to the person before they confirm."""

    nickname: str
    app_uses: int
    setting_agreements: int
    devices: int
    household_rules: int
    conversations_only_about_them: int
    concerns: int
    reminders: int


def list_children(session: Session) -> list[ChildDTO]:
    rows = session.scalars(select(m.Child).order_by(m.Child.birth_year, m.Child.id))
    return [_child(row) for row in rows]


def get_child(session: Session, child_id: int) -> ChildDTO:
    return _child(get_or_fail(session, m.Child, child_id, "that child"))


def add_child(session: Session, nickname: str, year: int, notes: str = "") -> ChildDTO:
    ensure_room(session, m.Child, "children")
    child = m.Child(
        nickname=required_text(nickname, "the child's nickname", 100),
        birth_year=birth_year(year),
        notes=optional_text(notes, "notes"),
    )
    session.add(child)
    session.flush()
    return _child(child)


def update_child(
    session: Session, child_id: int, nickname: str, year: int, notes: str = ""
) -> ChildDTO:
    child = get_or_fail(session, m.Child, child_id, "that child")
    child.nickname = required_text(nickname, "the child's nickname", 100)
    child.birth_year = birth_year(year)
    child.notes = optional_text(notes, "notes")
    session.flush()
    return _child(child)


def deletion_summary(session: Session, child_id: int) -> ChildDeletion:
    child = get_or_fail(session, m.Child, child_id, "that child")

    def count(statement: object) -> int:
        return int(session.scalar(statement) or 0)  # type: ignore[call-overload]

    sole = _conversations_only_about(child_id)
    app_use_ids = select(m.AppUse.id).where(m.AppUse.child_id == child_id)
    setting_ids = select(m.SettingAgreement.id).where(
        m.SettingAgreement.app_use_id.in_(app_use_ids)
    )
    concern_ids = select(m.Concern.id).where(m.Concern.child_id == child_id)
    # Every reminder the cascades will remove: about the child or anything only theirs.
    reminders_lost = or_(
        m.Reminder.child_id == child_id,
        m.Reminder.app_use_id.in_(app_use_ids),
        m.Reminder.setting_agreement_id.in_(setting_ids),
        m.Reminder.concern_id.in_(concern_ids),
        m.Reminder.conversation_id.in_(sole),
    )
    return ChildDeletion(
        nickname=child.nickname,
        app_uses=count(select(func.count()).where(m.AppUse.child_id == child_id)),
        setting_agreements=count(
            select(func.count()).where(m.SettingAgreement.app_use_id.in_(app_use_ids))
        ),
        devices=count(select(func.count()).where(m.Device.child_id == child_id)),
        household_rules=count(select(func.count()).where(m.HouseholdRule.child_id == child_id)),
        conversations_only_about_them=count(select(func.count()).select_from(sole.subquery())),
        concerns=count(select(func.count()).where(m.Concern.child_id == child_id)),
        reminders=count(select(func.count()).where(reminders_lost)),
    )


def delete_child(session: Session, child_id: int) -> None:
    """Delete a child and everything only about them; shared conversations stay."""
    for conversation_id in list(session.scalars(_conversations_only_about(child_id))):
        session.delete(get_or_fail(session, m.Conversation, conversation_id, "that conversation"))
    session.delete(get_or_fail(session, m.Child, child_id, "that child"))
    session.flush()


def _conversations_only_about(child_id: int) -> Select[int]:
    link = m.conversation_child.c
    return (
        select(link.conversation_id)
        .group_by(link.conversation_id)
        .having(func.count() == 1)
        .having(func.max(link.child_id) == child_id)
    )


def list_adults(session: Session) -> list[AdultDTO]:
    rows = session.scalars(select(m.Adult).order_by(m.Adult.role, m.Adult.name))
    return [_adult(row) for row in rows]


def add_adult(
    session: Session,
    name: str,
    relationship: str,
    role: str = "caregiver",
    phone: str = "",
    notes: str = "",
) -> AdultDTO:
    ensure_room(session, m.Adult, "adults")
    adult = m.Adult()
    _fill_adult(adult, name, relationship, role, phone, notes)
    session.add(adult)
    session.flush()
    return _adult(adult)


def update_adult(
    session: Session,
    adult_id: int,
    name: str,
    relationship: str,
    role: str,
    phone: str = "",
    notes: str = "",
) -> AdultDTO:
    adult = get_or_fail(session, m.Adult, adult_id, "that adult")
    _fill_adult(adult, name, relationship, role, phone, notes)
    session.flush()
    return _adult(adult)


def delete_adult(session: Session, adult_id: int) -> None:
    session.delete(get_or_fail(session, m.Adult, adult_id, "that adult"))
    session.flush()


def list_devices(session: Session, child_id: int | None = None) -> list[DeviceDTO]:
    statement = select(m.Device).order_by(m.Device.child_id, m.Device.id)
    if child_id is not None:
        statement = statement.where(m.Device.child_id == child_id)
    return [_device(row) for row in session.scalars(statement)]


def add_device(
    session: Session, child_id: int, kind: str, name: str = "", notes: str = ""
) -> DeviceDTO:
    get_or_fail(session, m.Child, child_id, "that child")
    ensure_room(session, m.Device, "devices")
    device = m.Device(
        child_id=child_id,
        kind=choice(kind, m.DEVICE_KINDS, "kind of device"),
        name=optional_text(name, "the device's name", 100),
        notes=optional_text(notes, "notes"),
    )
    session.add(device)
    session.flush()
    return _device(device)


def update_device(
    session: Session, device_id: int, kind: str, name: str = "", notes: str = ""
) -> DeviceDTO:
    device = get_or_fail(session, m.Device, device_id, "that device")
    device.kind = choice(kind, m.DEVICE_KINDS, "kind of device")
    device.name = optional_text(name, "the device's name", 100)
    device.notes = optional_text(notes, "notes")
    session.flush()
    return _device(device)


def delete_device(session: Session, device_id: int) -> None:
    session.delete(get_or_fail(session, m.Device, device_id, "that device"))
    session.flush()


def _fill_adult(
    adult: m.Adult, name: str, relationship: str, role: str, phone: str, notes: str
) -> None:
    adult.name = required_text(name, "the adult's name", 100)
    adult.relationship_to_child = optional_text(relationship, "the relationship", 100)
    adult.role = choice(role, m.ADULT_ROLES, "role")
    adult.phone = optional_text(phone, "the phone number", 40)
    adult.notes = optional_text(notes, "notes")


def _child(row: m.Child) -> ChildDTO:
    return ChildDTO(id=row.id, nickname=row.nickname, birth_year=row.birth_year, notes=row.notes)


def _adult(row: m.Adult) -> AdultDTO:
    return AdultDTO(
        id=row.id,
        name=row.name,
        relationship=row.relationship_to_child,
        role=row.role,
        phone=row.phone,
        notes=row.notes,
    )


def _device(row: m.Device) -> DeviceDTO:
    return DeviceDTO(
        id=row.id, child_id=row.child_id, kind=row.kind, name=row.name, notes=row.notes
    )
