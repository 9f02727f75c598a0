"""Reporting contacts: one TOML file per country under contacts/."""

from __future__ import annotations

from typing import Any

from planner.core.catalog.fields import (
    Table,
    TomlSource,
    Where,
    has_meta,
    is_address,
    is_country,
    is_email,
    is_id,
    is_language,
    is_phone,
    one_of,
    open_entry,
    read_meta,
    read_toml,
    refuse_duplicate,
    stem,
    toml_files,
)
from planner.core.catalog.types import CONTACT_KINDS, PAPER_SIZES, Contact, Country, FactMeta


def load_countries(source: TomlSource) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    contact_files: dict[str, str] = {}
    for name in toml_files(source, "contacts"):
        file, data = read_toml(source, name)
        country = _read_country(file, data, stem(name))
        for contact in country.contacts:
            refuse_duplicate(contact_files, contact.id, Where(file, f'contact "{contact.id}"'))
        countries[country.code] = country
    return dict(sorted(countries.items()))


def _read_country(file: str, data: dict[str, Any], file_stem: str) -> Country:
    table = Table(data, Where(file, ""))
    code = table.string("country", is_country)
    if code != file_stem.upper():
        table.fail("country", f'must match the file name "{file_stem}"')
    table.where = Where(file, f'country "{code}"')
    meta = read_meta(table, None) if has_meta(table) else None
    country = Country(
        code=code,
        name=table.text("name"),
        paper=table.string("paper", one_of(PAPER_SIZES)),
        emergency_number=table.string("emergency_number", is_phone),
        contacts=tuple(
            _read_contact(open_entry(entry, table.where, "contact", is_id), code, meta)
            for entry in table.tables("contacts")
        ),
        meta=meta,
    )
    table.finish()
    return country


def _read_contact(table: Table, country: str, country_meta: FactMeta | None) -> Contact:
    contact = Contact(
        id=table.string("id"),
        country=country,
        kind=table.string("kind", one_of(CONTACT_KINDS)),
        name=table.text("name"),
        description=table.text("description"),
        phone=table.optional_string("phone", is_phone),
        text_number=table.optional_string("text_number", is_phone),
        tty=table.optional_string("tty", is_phone),
        web=table.optional_string("web", is_address),
        email=table.optional_string("email", is_email),
        hours=table.optional_text("hours"),
        languages=table.optional_strings("languages", is_language) or (),
        for_youth=bool(table.optional_bool("for_youth")),
        meta=read_meta(table, country_meta),
    )
    table.finish()
    return contact
