"""`catalog`: prints the built-in app catalog, its sources and the facts due for a re-check.

Content maintainers run it to see what the planner tells people and which facts have gone stale;
`--format json` feeds scripts. Stale facts are a reminder, not a failure, so the exit code stays 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from planner.cli.language import said
from planner.paths import AppPaths

if TYPE_CHECKING:  # the parser is built on every start, the window's too: read it only to run
    from planner.core.catalog import (
        App,
        Catalog,
        Contact,
        Country,
        FactMeta,
        RecommendedSetting,
        StaleFact,
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "catalog",
        help=said("show the built-in app catalog and the facts due for a re-check"),
        description=said(
            "Show the built-in app catalog, where each fact comes from and when it "
            "was checked, and the facts older than --stale-after days."
        ),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--stale-after",
        type=_days,
        default=365,
        metavar=said("DAYS"),
        help=said("list facts checked more than DAYS days ago (default: 365)"),
    )
    parser.set_defaults(run=run)


def _days(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(said("{value} is not a number of days", value=repr(value)))
    return int(value)


def run(args: argparse.Namespace) -> int:
    from planner.core.content_packs.store import content_in_use

    catalog = content_in_use(AppPaths.resolve(args.data_dir).content_dir).catalog
    stale = catalog.stale_facts(dt.date.today(), args.stale_after)
    if args.format == "json":
        print(json.dumps(_as_json(catalog, stale), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_as_text(catalog, stale, args.stale_after)))
    return 0


# ---------------------------------------------------------------------------------------------
# Text, for people


def _as_text(catalog: Catalog, stale: list[StaleFact], days: int) -> Iterator[str]:
    for app in catalog.apps.values():
        yield from _app_lines(app)
        yield ""
    yield f"Facts older than {days} days:"
    if not stale:
        yield "  none"
    for fact in stale:
        yield f"  {fact.meta.checked}  {fact.kind} {fact.id}: {fact.label}"


def _app_lines(app: App) -> Iterator[str]:
    closed = f" on {app.closed_on}" if app.closed_on else ""
    age = app.minimum_age if app.minimum_age is not None else "not confirmed"
    yield f"{app.name} ({app.id})"
    yield f"  category: {app.category}; status: {app.status}{closed}; minimum age: {age}"
    yield "  capabilities:"
    for cap in app.capabilities.values():
        yield f"    {cap.key}: {cap.value} - {cap.note.en}"
        if cap.meta != app.meta:  # most capabilities share the app's sources: say only the others
            yield from _meta_lines(cap.meta, "      ")
    yield from _meta_lines(app.meta, "  ")


def _meta_lines(meta: FactMeta, indent: str) -> Iterator[str]:
    yield f"{indent}sources{' (secondary)' if meta.secondary else ''}:"
    yield from (f"{indent}  {source}" for source in meta.sources)
    yield f"{indent}checked: {meta.checked}"


# ---------------------------------------------------------------------------------------------
# JSON, for scripts (English text only)


def _as_json(catalog: Catalog, stale: list[StaleFact]) -> dict[str, Any]:
    return {
        "apps": [_app_json(app) for app in catalog.apps.values()],
        "countries": [_country_json(country) for country in catalog.countries.values()],
        "stale": [
            {"kind": fact.kind, "id": fact.id, "label": fact.label, **_meta_json(fact.meta)}
            for fact in stale
        ],
    }


def _meta_json(meta: FactMeta) -> dict[str, Any]:
    return {
        "sources": list(meta.sources),
        "checked": meta.checked.isoformat(),
        "secondary": meta.secondary,
    }


def _app_json(app: App) -> dict[str, Any]:
    return {
        "id": app.id,
        "name": app.name,
        "category": app.category,
        "status": app.status,
        "closed_on": app.closed_on.isoformat() if app.closed_on else None,
        "minimum_age": app.minimum_age,
        "summary": app.summary.en,
        "youth_summary": app.youth_summary.en,
        "youth_steps": list(app.youth_steps.en),
        "similar_risk": app.similar_risk.en if app.similar_risk else None,
        "capabilities": {
            cap.key: {"value": cap.value, "note": cap.note.en, **_meta_json(cap.meta)}
            for cap in app.capabilities.values()
        },
        "parent_tools": app.parent_tools.en,
        "block_steps": list(app.block_steps.en),
        "report_steps": list(app.report_steps.en),
        "report_url": app.report_url,
        "settings": [_setting_json(setting) for setting in app.settings],
        **_meta_json(app.meta),
    }


def _setting_json(setting: RecommendedSetting) -> dict[str, Any]:
    return {
        "id": setting.id,
        "title": setting.title.en,
        "why": setting.why.en,
        "youth_why": setting.youth_why.en,
        "steps": list(setting.steps.en),
        "ages": list(setting.ages),
        **_meta_json(setting.meta),
    }


def _country_json(country: Country) -> dict[str, Any]:
    return {
        "code": country.code,
        "name": country.name.en,
        "paper": country.paper,
        "emergency_number": country.emergency_number,
        "contacts": [_contact_json(contact) for contact in country.contacts],
    }


def _contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "kind": contact.kind,
        "name": contact.name.en,
        "description": contact.description.en,
        "phone": contact.phone,
        "text_number": contact.text_number,
        "tty": contact.tty,
        "web": contact.web,
        "email": contact.email,
        "hours": contact.hours.en if contact.hours else None,
        "languages": list(contact.languages),
        "for_youth": contact.for_youth,
        **_meta_json(contact.meta),
    }
