"""Reporting contacts: the built-in ones for the plan's country, and the household's own."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.catalog import Contact as BuiltinContact
from planner.core.dto import ContactDTO
from planner.core.errors import ValidationError
from planner.core.services.common import get_or_fail
from planner.core.services.validate import choice, optional_text, required_text

# Emergency first: it is what a frightened person looks for.
_KIND_ORDER = {kind: index for index, kind in enumerate(m.CONTACT_KINDS)}


@dataclass(frozen=True, slots=True)
class ContactInput:
    kind: str
    name: str
    phone: str = ""
    text_number: str = ""
    web: str = ""
    hours: str = ""
    languages: str = ""
    notes: str = ""


def list_contacts(session: Session, include_hidden: bool = False) -> list[ContactDTO]:
    statement = select(m.Contact)
    if not include_hidden:
        statement = statement.where(m.Contact.hidden.is_(False))
    rows = [_contact(row) for row in session.scalars(statement)]
    return sorted(rows, key=lambda c: (_KIND_ORDER[c.kind], c.builtin_id is None, c.id))


def add_contact(session: Session, data: ContactInput) -> ContactDTO:
    contact = m.Contact()
    _fill(contact, data)
    session.add(contact)
    session.flush()
    return _contact(contact)


def update_contact(session: Session, contact_id: int, data: ContactInput) -> ContactDTO:
    contact = get_or_fail(session, m.Contact, contact_id, "contact")
    if contact.builtin_id is not None:
        # Built-in facts come from the checked catalog; only the household's notes change.
        contact.notes = optional_text(data.notes, "notes")
    else:
        _fill(contact, data)
    session.flush()
    return _contact(contact)


def set_hidden(session: Session, contact_id: int, hidden: bool) -> ContactDTO:
    contact = get_or_fail(session, m.Contact, contact_id, "contact")
    contact.hidden = hidden
    session.flush()
    return _contact(contact)


def delete_contact(session: Session, contact_id: int) -> None:
    contact = get_or_fail(session, m.Contact, contact_id, "contact")
    if contact.builtin_id is not None:
        raise ValidationError("Built-in contacts cannot be deleted; you can hide them instead.")
    session.delete(contact)
    session.flush()


def sync_builtin_contacts(session: Session, catalog: Catalog, country: str) -> None:
    """Bring the plan's built-in contacts in line with the catalog for `country`.

    New facts from an updated catalog replace old copies; the household's notes and hidden
    flags stay; built-in contacts of another country are removed.
    """
    wanted = {c.id: c for c in catalog.countries[country].contacts}
    existing = {
        row.builtin_id: row
        for row in session.scalars(select(m.Contact).where(m.Contact.builtin_id.is_not(None)))
    }
    for builtin_id, row in existing.items():
        if builtin_id not in wanted:
            session.delete(row)
    for builtin_id, fact in wanted.items():
        row = existing.get(builtin_id) or m.Contact(builtin_id=builtin_id, notes="", hidden=False)
        _copy_builtin(row, fact)
        session.add(row)
    session.flush()


def _copy_builtin(row: m.Contact, fact: BuiltinContact) -> None:
    row.kind = fact.kind
    row.name = fact.name.en
    row.phone = fact.phone or ""
    row.text_number = fact.text_number or ""
    row.web = fact.web or ""
    row.hours = fact.hours.en if fact.hours is not None else ""
    row.languages = ", ".join(fact.languages)


def _fill(contact: m.Contact, data: ContactInput) -> None:
    contact.kind = choice(data.kind, m.CONTACT_KINDS, "kind of contact")
    contact.name = required_text(data.name, "the contact's name")
    contact.phone = optional_text(data.phone, "the phone number", 40)
    contact.text_number = optional_text(data.text_number, "the text number", 40)
    contact.web = optional_text(data.web, "the web address", 500)
    contact.hours = optional_text(data.hours, "the hours", 200)
    contact.languages = optional_text(data.languages, "the languages", 200)
    contact.notes = optional_text(data.notes, "notes")


def _contact(row: m.Contact) -> ContactDTO:
    return ContactDTO(
        id=row.id,
        kind=row.kind,
        name=row.name,
        phone=row.phone,
        text_number=row.text_number,
        web=row.web,
        hours=row.hours,
        languages=row.languages,
        notes=row.notes,
        builtin_id=row.builtin_id,
        hidden=row.hidden,
    )
