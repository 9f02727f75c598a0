"""Reporting contacts: the built-in ones for the plan's country, and the household's own."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.catalog import Catalog
from planner.core.catalog import Contact as BuiltinContact
from planner.core.dto import ContactDTO
from planner.core.errors import ValidationError
from planner.core.services.common import get_or_fail
from planner.core.services.validate import choice, ensure_room, optional_text, required_text

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


def list_contacts(
    session: Session, include_hidden: bool = False, catalog: Catalog | None = None
) -> list[ContactDTO]:
    """The plan's contacts; a built-in one always with the catalog's name, numbers and hours,
    whatever the file says (a file from elsewhere must not change an emergency number).

    `catalog` is the content in use (a safety information update, if one was imported);
    without it, the content this planner ships."""
    statement = select(m.Contact)
    if not include_hidden:
        statement = statement.where(m.Contact.hidden.is_(False))
    rows = [_contact(row) for row in session.scalars(statement)]
    if any(row.builtin_id is not None for row in rows):
        facts = _builtins(catalog)
        rows = [_with_catalog_facts(row, facts.get(row.builtin_id or "")) for row in rows]
    return sorted(rows, key=lambda c: (_KIND_ORDER[c.kind], c.builtin_id is None, c.id))


def builtin_fields(fact: BuiltinContact) -> dict[str, str]:
    """The columns of a built-in contact that come from the catalog, never from the plan."""
    return {
        "kind": fact.kind,
        "name": fact.name.en,
        "phone": fact.phone or "",
        "text_number": fact.text_number or "",
        "web": fact.web or "",
        "hours": fact.hours.en if fact.hours is not None else "",
        "languages": ", ".join(fact.languages),
    }


def _builtins(catalog: Catalog | None) -> dict[str, BuiltinContact]:
    from planner.core.catalog import load_catalog  # cached after the first call

    countries = (catalog or load_catalog()).countries.values()
    return {fact.id: fact for country in countries for fact in country.contacts}


def _with_catalog_facts(row: ContactDTO, fact: BuiltinContact | None) -> ContactDTO:
    # A built-in id the installed catalog lacks is listed as it is stored: opening the plan
    # (sync_builtin_contacts) and restore (json_backup_values) remove such rows.
    if fact is None:
        return row
    fields = builtin_fields(fact)
    return replace(
        row,
        kind=fields["kind"],
        name=fields["name"],
        phone=fields["phone"],
        text_number=fields["text_number"],
        web=fields["web"],
        hours=fields["hours"],
        languages=fields["languages"],
    )


def add_contact(session: Session, data: ContactInput) -> ContactDTO:
    ensure_room(session, m.Contact, "contacts")
    contact = m.Contact()
    _fill(contact, data)
    session.add(contact)
    session.flush()
    return _contact(contact)


def update_contact(session: Session, contact_id: int, data: ContactInput) -> ContactDTO:
    contact = get_or_fail(session, m.Contact, contact_id, "that contact")
    if contact.builtin_id is not None:
        # Built-in facts come from the checked catalog; only the household's notes change.
        contact.notes = optional_text(data.notes, "notes")
    else:
        _fill(contact, data)
    session.flush()
    return _contact(contact)


def refuse_look_alike(name: str, catalog: Catalog) -> None:
    """A household's own contact may not take a built-in contact's name: a file from elsewhere
    could otherwise print "Emergency (police, ambulance, fire)" beside a number of its own."""
    builtin_names = {
        text.casefold()
        for country in catalog.countries.values()
        for fact in country.contacts
        for text in fact.name.translations.values()
    }
    if name.strip().casefold() in builtin_names:
        raise ValidationError(
            "{name} is the name of one of the planner's own contacts: give this contact a name "
            "of its own.",
            name=repr(name.strip()[:80]),
        )


def set_hidden(session: Session, contact_id: int, hidden: bool) -> ContactDTO:
    contact = get_or_fail(session, m.Contact, contact_id, "that contact")
    if hidden and contact.builtin_id is not None and contact.kind == "emergency":
        raise ValidationError("The emergency number cannot be hidden from the plan.")
    contact.hidden = hidden
    session.flush()
    return _contact(contact)


def delete_contact(session: Session, contact_id: int) -> None:
    contact = get_or_fail(session, m.Contact, contact_id, "that contact")
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
        found = existing.get(builtin_id)
        row = found or m.Contact(builtin_id=builtin_id, notes="", hidden=False)
        if found is None:
            session.add(row)
        _copy_builtin(row, fact)
    session.flush()


def _copy_builtin(row: m.Contact, fact: BuiltinContact) -> None:
    """Set only what differs: an unchanged row must not count as a change (opening a plan
    writes nothing when the catalog has not changed)."""
    for column, value in builtin_fields(fact).items():
        if getattr(row, column) != value:
            setattr(row, column, value)


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
