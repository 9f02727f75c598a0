"""Apps and their recommended settings: one TOML file per app under catalog/apps/."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from planner.core.catalog.fields import (
    ID,
    Table,
    TomlSource,
    Where,
    is_address,
    is_id,
    matching,
    one_of,
    open_entry,
    read_meta,
    read_toml,
    refuse_duplicate,
    stem,
    toml_files,
)
from planner.core.catalog.types import (
    APP_CATEGORIES,
    APP_STATUSES,
    CAPABILITY_KEYS,
    CAPABILITY_VALUES,
    OLDEST_AGE,
    SETTINGS_PER_APP,
    YOUNGEST_AGE,
    App,
    Capability,
    FactMeta,
    RecommendedSetting,
    Text,
)
from planner.core.catalog.youth import youth_text, youth_text_list


def load_apps(source: TomlSource) -> dict[str, App]:
    apps = [
        _read_app(*read_toml(source, name), stem(name))
        for name in toml_files(source, "catalog/apps")
    ]
    # A file name equals its app's id, so ids are unique as file names are.
    return {app.id: app for app in sorted(apps, key=lambda app: app.name.casefold())}


def _read_app(file: str, data: dict[str, Any], file_stem: str) -> App:
    table = open_entry(data, Where(file, "app"), "app", is_id)
    app_id = table.string("id")
    if app_id != file_stem:
        table.fail("id", f'must equal the file name "{file_stem}"')
    status = table.string("status", one_of(APP_STATUSES))
    closed = status == "closed"
    meta = read_meta(table, None)
    parent_tools, block, report = (table.table(key) for key in ("parent_tools", "block", "report"))
    app = App(
        id=app_id,
        name=table.string("name"),
        category=table.string("category", one_of(APP_CATEGORIES)),
        status=status,
        closed_on=_closed_on(table, closed),
        minimum_age=table.optional_int("minimum_age", YOUNGEST_AGE, OLDEST_AGE),
        summary=table.text("summary"),
        youth_summary=youth_text(table, "youth_summary"),
        youth_steps=youth_text_list(table, "youth_steps"),
        similar_risk=_similar_risk(table, closed),
        capabilities=_read_capabilities(table.table("capabilities"), meta),
        parent_tools=parent_tools.text("text"),
        block_steps=block.text_list("steps"),
        report_steps=report.text_list("steps"),
        report_url=_report_url(report, closed),
        settings=_read_settings(table, app_id, meta),
        meta=meta,
        parent_tools_meta=read_meta(parent_tools, meta),
        block_meta=read_meta(block, meta),
        report_meta=read_meta(report, meta),
    )
    for fields in (table, parent_tools, block, report):
        fields.finish()
    return app


def _closed_on(table: Table, closed: bool) -> dt.date | None:
    closed_on = table.optional_date("closed_on")
    if closed and closed_on is None:
        table.fail("closed_on", 'is required when status is "closed"')
    if not closed and closed_on is not None:
        table.fail("closed_on", 'is allowed only when status is "closed"')
    return closed_on


def _similar_risk(table: Table, closed: bool) -> Text | None:
    # A closed app still matters: its risk moved somewhere, and the reader must learn where.
    if closed and not table.has("similar_risk"):
        table.fail("similar_risk", 'is required when status is "closed"')
    return table.optional_text("similar_risk")


def _report_url(report: Table, closed: bool) -> str | None:
    url = report.optional_string("url", is_address)
    if url is None and not closed:
        report.fail("url", "is required for an active app")
    return url


def _read_capabilities(table: Table, app_meta: FactMeta) -> dict[str, Capability]:
    capabilities = {}
    for key in CAPABILITY_KEYS:
        fields = table.table(key)
        capabilities[key] = Capability(
            key=key,
            value=fields.string("value", one_of(CAPABILITY_VALUES)),
            note=fields.text("note"),
            meta=read_meta(fields, app_meta),
        )
        fields.finish()
    table.finish()
    return capabilities


def _read_settings(app: Table, app_id: str, app_meta: FactMeta) -> tuple[RecommendedSetting, ...]:
    entries = app.tables("settings")
    fewest, most = SETTINGS_PER_APP
    if not fewest <= len(entries) <= most:
        app.fail("settings", f"must hold {fewest} to {most} settings, not {len(entries)}")
    is_setting_id = matching(
        re.compile(re.escape(app_id) + r"\." + ID.pattern),
        f'is not "{app_id}." followed by lowercase words joined by "-"',
    )
    settings: list[RecommendedSetting] = []
    seen: dict[str, str] = {}
    for data in entries:
        table = open_entry(data, app.where, "setting", is_setting_id)
        setting = _read_setting(table, app_id, app_meta)
        refuse_duplicate(seen, setting.id, table.where)
        settings.append(setting)
    return tuple(settings)


def _read_setting(table: Table, app_id: str, app_meta: FactMeta) -> RecommendedSetting:
    setting = RecommendedSetting(
        id=table.string("id"),
        app_id=app_id,
        title=table.text("title"),
        why=table.text("why"),
        youth_why=youth_text(table, "youth_why"),
        steps=table.text_list("steps"),
        ages=table.ages("ages"),
        meta=read_meta(table, app_meta),
    )
    table.finish()
    return setting
