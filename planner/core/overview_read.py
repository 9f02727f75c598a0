"""What the window's first screen shows, read with plain SQL over a bare DB-API connection.

The overview (and the plan's details, the idle-lock preference and the due count the top bar
needs) must be on screen before SQLAlchemy has even loaded: importing it and building the ORM
objects cost most of a big plan's start. These few queries read the same tables the models
define (planner.core.models and the migrations stay the one description of the schema); a test
checks that they agree with the ORM services on the demo plan and the big plan.

Values are stored as SQLAlchemy's SQLite types store them: dates as "YYYY-MM-DD", date-times
as "YYYY-MM-DD HH:MM:SS.ffffff", booleans as 0/1.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner.core.app_names import display_name
from planner.core.catalog import Catalog
from planner.core.dto import ChildDTO, PlanDetails, ReminderDTO
from planner.core.errors import DamagedPlanError

# A DB-API connection to an open plan (sqlcipher3's, or sqlite3's for a plain file).
Connection = Any

# The capabilities that open a child to a stranger; shown on the overview when an app has them.
RISK_KEYS = (
    "private_messages",
    "contact_from_strangers",
    "location_sharing",
    "live_streaming",
    "disappearing_messages",
)
RISKY_VALUES = ("yes", "limited")
# A setting in place that nobody looked at for longer than this may have been changed back
# (by an app update or by the child), so the household line counts it as overdue.
CHECK_AFTER_DAYS = 90


@dataclass(frozen=True, slots=True)
class Risk:
    key: str  # one of RISK_KEYS
    value: str  # "yes" or "limited"


@dataclass(frozen=True, slots=True)
class AppSummary:
    app_use_id: int
    name: str
    risks: tuple[Risk, ...]  # in the order of RISK_KEYS
    # False while the planner cannot say what the app allows (never "safe"): a family's own app
    # until they have recorded each of RISK_KEYS; its risks are then those they recorded.
    known: bool = True


@dataclass(frozen=True, slots=True)
class SettingCounts:
    agreed: int = 0
    in_place: int = 0
    to_discuss: int = 0


@dataclass(frozen=True, slots=True)
class ChildOverview:
    child: ChildDTO
    apps: tuple[AppSummary, ...]  # apps in use (stopped ones left out)
    settings: SettingCounts
    last_conversation: dt.date | None
    due_reminders: tuple[ReminderDTO, ...]
    open_concerns: int


@dataclass(frozen=True, slots=True)
class PlanOverview:
    children: tuple[ChildOverview, ...]
    due_reminders: int  # every due reminder, the household's own included
    settings_to_check: int  # in place and not checked for more than CHECK_AFTER_DAYS
    open_concerns: int
    # Settings to do or done on apps in use that nobody has ever checked on the device.
    settings_never_checked: int = 0


def app_summary(
    catalog: Catalog,
    app_use_id: int,
    catalog_app_id: str | None,
    custom_name: str | None,
    recorded: Mapping[str, str] | None = None,
) -> AppSummary:
    """`recorded`: what the family found out that their own app allows (feature -> value)."""
    app = catalog.apps.get(catalog_app_id) if catalog_app_id else None
    if app is None:  # the family's own app: only what they recorded is known
        name = display_name(catalog, catalog_app_id, custom_name)
        values = recorded or {}
        known = all(key in values for key in RISK_KEYS)
        return AppSummary(app_use_id, name, _risks(values), known=known)
    values = {key: capability.value for key, capability in app.capabilities.items()}
    return AppSummary(app_use_id, app.name, _risks(values))


def _risks(values: Mapping[str, str]) -> tuple[Risk, ...]:
    return tuple(Risk(key, values[key]) for key in RISK_KEYS if values.get(key) in RISKY_VALUES)


# -- the plan's own row and its preferences ---------------------------------------------------


def read_details(connection: Connection) -> PlanDetails:
    row = connection.execute(
        "SELECT name, country, language, mode, created_at, modified_at"
        " FROM plan ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        raise DamagedPlanError("This plan file has no plan details: it is damaged.")
    name, country, language, mode, created_at, modified_at = row
    return PlanDetails(
        name=str(name),
        country=str(country),
        language=str(language),
        mode=str(mode),
        created_at=_datetime(created_at),
        modified_at=_datetime(modified_at),
    )


def read_preference(connection: Connection, key: str, default: str) -> str:
    row = connection.execute("SELECT value FROM preference WHERE key = ?", (key,)).fetchone()
    return default if row is None else str(row[0])


# -- due reminders ---------------------------------------------------------------------------

_DUE = (
    " WHERE reminder.active = 1 AND reminder.next_due <= :now"
    " AND (reminder.snoozed_until IS NULL OR reminder.snoozed_until <= :now)"
)
# Through its one subject (a check constraint allows at most one), the child a reminder is
# about; a conversation can be about several children: see _talk_children.
_SUBJECT_CHILD = (
    " LEFT JOIN app_use AS use ON use.id = reminder.app_use_id"
    " LEFT JOIN setting_agreement AS setting ON setting.id = reminder.setting_agreement_id"
    " LEFT JOIN app_use AS setting_use ON setting_use.id = setting.app_use_id"
    " LEFT JOIN concern ON concern.id = reminder.concern_id"
)


def due_count(connection: Connection, now: dt.datetime) -> int:
    """How many active reminders are due now and not snoozed past now."""
    row = connection.execute(
        "SELECT count(*) FROM reminder" + _DUE, {"now": _stored(now)}
    ).fetchone()
    return int(row[0])


def _due_reminders(
    connection: Connection, now: dt.datetime
) -> list[tuple[ReminderDTO, int | None]]:
    """The due reminders, soonest first, each with the child its subject belongs to."""
    rows = connection.execute(
        "SELECT reminder.id, title, rrule, starts_at, next_due, snoozed_until, active,"
        " reminder.child_id, reminder.app_use_id, setting_agreement_id, contact_id,"
        " conversation_id, concern_id,"
        " coalesce(reminder.child_id, use.child_id, setting_use.child_id, concern.child_id)"
        " FROM reminder" + _SUBJECT_CHILD + _DUE + " ORDER BY reminder.next_due",
        {"now": _stored(now)},
    ).fetchall()
    return [(_reminder(row[:13]), _optional_int(row[13])) for row in rows]


def _talk_children(connection: Connection, now: dt.datetime) -> dict[int, set[int]]:
    """For each due reminder about a conversation, the children who took part in it."""
    found: dict[int, set[int]] = defaultdict(set)
    rows = connection.execute(
        "SELECT reminder.id, conversation_child.child_id FROM reminder JOIN conversation_child"
        " ON conversation_child.conversation_id = reminder.conversation_id" + _DUE,
        {"now": _stored(now)},
    )
    for reminder_id, child_id in rows:
        found[int(reminder_id)].add(int(child_id))
    return found


def _reminder(row: tuple[Any, ...]) -> ReminderDTO:
    (rid, title, rrule, starts_at, next_due, snoozed_until, active, *subjects) = row
    child, use, setting, contact, talk, concern = (_optional_int(value) for value in subjects)
    return ReminderDTO(
        id=int(rid),
        title=str(title),
        rrule=str(rrule),
        starts_at=_datetime(starts_at),
        next_due=None if next_due is None else _datetime(next_due),
        snoozed_until=None if snoozed_until is None else _datetime(snoozed_until),
        active=bool(active),
        child_id=child,
        app_use_id=use,
        setting_agreement_id=setting,
        contact_id=contact,
        conversation_id=talk,
        concern_id=concern,
    )


# -- the overview ----------------------------------------------------------------------------


def read_overview(connection: Connection, catalog: Catalog, now: dt.datetime) -> PlanOverview:
    """The overview as planner.core.services.overview.plan_overview builds it, in eight
    queries whose counting is done by SQLite."""
    kids = [
        ChildDTO(id=int(cid), nickname=str(nickname), birth_year=int(year), notes=str(notes))
        for cid, nickname, year, notes in connection.execute(
            "SELECT id, nickname, birth_year, notes FROM child ORDER BY birth_year, id"
        )
    ]
    recorded: dict[int, dict[str, str]] = defaultdict(dict)
    for use_id, capability, value in connection.execute(
        "SELECT app_use_id, capability, value FROM recorded_capability"
    ):
        recorded[int(use_id)][str(capability)] = str(value)
    apps_of: dict[int, list[AppSummary]] = defaultdict(list)
    for use_id, child_id, app_id, custom in connection.execute(
        "SELECT id, child_id, catalog_app_id, custom_name FROM app_use"
        " WHERE status = 'active' ORDER BY child_id, id"
    ):
        summary = app_summary(catalog, int(use_id), app_id, custom, recorded.get(int(use_id)))
        apps_of[int(child_id)].append(summary)
    due = _due_reminders(connection, now)
    talk_children = _talk_children(connection, now)
    due_of: dict[int, list[ReminderDTO]] = defaultdict(list)
    for reminder, child_id in due:
        owners = set(talk_children.get(reminder.id, ()))
        if child_id is not None:
            owners.add(child_id)
        for owner in owners:
            due_of[owner].append(reminder)
    last_talks = _pairs(
        connection,
        "SELECT conversation_child.child_id, max(conversation.held_on) FROM conversation_child"
        " JOIN conversation ON conversation.id = conversation_child.conversation_id"
        " GROUP BY conversation_child.child_id",
    )
    concerns = _pairs(
        connection,
        "SELECT child_id, count(*) FROM concern WHERE status != 'closed' GROUP BY child_id",
    )
    states = _setting_states(connection)
    children = tuple(
        ChildOverview(
            child=kid,
            apps=tuple(apps_of[kid.id]),
            settings=SettingCounts(
                agreed=states[kid.id]["agreed"],
                in_place=states[kid.id]["in_place"],
                to_discuss=states[kid.id]["to_discuss"],
            ),
            last_conversation=_date(last_talks[kid.id]) if kid.id in last_talks else None,
            due_reminders=tuple(due_of[kid.id]),
            open_concerns=int(concerns.get(kid.id, 0)),
        )
        for kid in kids
    )
    return PlanOverview(
        children=children,
        due_reminders=len(due),
        settings_to_check=settings_to_check(connection, now.date()),
        open_concerns=sum(int(count) for count in concerns.values()),
        settings_never_checked=settings_never_checked(connection),
    )


def settings_to_check(connection: Connection, today: dt.date) -> int:
    """Settings in place on apps in use that were never checked, or not for CHECK_AFTER_DAYS."""
    oldest = today - dt.timedelta(days=CHECK_AFTER_DAYS)
    row = connection.execute(
        "SELECT count(*) FROM setting_agreement JOIN app_use"
        " ON app_use.id = setting_agreement.app_use_id"
        " WHERE app_use.status = 'active' AND setting_agreement.state = 'in_place'"
        " AND (setting_agreement.last_checked IS NULL OR setting_agreement.last_checked < ?)",
        (oldest.isoformat(),),
    ).fetchone()
    return int(row[0])


def has_drafts(connection: Connection) -> bool:
    """Whether half-written entries wait in the plan (services.drafts reads them)."""
    return connection.execute("SELECT 1 FROM draft LIMIT 1").fetchone() is not None


def settings_never_checked(connection: Connection) -> int:
    """Settings agreed or in place on apps in use that were never checked on the device."""
    row = connection.execute(
        "SELECT count(*) FROM setting_agreement JOIN app_use"
        " ON app_use.id = setting_agreement.app_use_id"
        " WHERE app_use.status = 'active' AND setting_agreement.state IN ('agreed', 'in_place')"
        " AND setting_agreement.last_checked IS NULL"
    ).fetchone()
    return int(row[0])


def _setting_states(connection: Connection) -> dict[int, Counter[str]]:
    """Per child, how many settings of the apps in use are in each state."""
    states: dict[int, Counter[str]] = defaultdict(Counter)
    for child_id, state, count in connection.execute(
        "SELECT app_use.child_id, setting_agreement.state, count(*) FROM setting_agreement"
        " JOIN app_use ON app_use.id = setting_agreement.app_use_id"
        " WHERE app_use.status = 'active' GROUP BY app_use.child_id, setting_agreement.state"
    ):
        states[int(child_id)][str(state)] = int(count)
    return states


def _pairs(connection: Connection, sql: str) -> dict[int, Any]:
    return {int(key): value for key, value in connection.execute(sql)}


def _stored(moment: dt.datetime) -> str:
    """A date-time as SQLAlchemy stores it in SQLite, so that text comparison orders it."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _datetime(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(str(value))


def _date(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value))


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)
