"""When a protected plan locks itself: the idle-lock policy the window follows.

Light on purpose (no database layer at import): the window reads the starting value before any
plan is open. How idle time is watched stays in planner/ui/lock.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

IDLE_PREFERENCE = "idle_lock_minutes"
# Minutes without use before a protected plan locks itself, by the plan's mode: a shelter's
# shared computer locks sooner than a family's own.
DEFAULT_IDLE_MINUTES = {"home": 15, "shelter": 5}


def default_minutes(mode: str) -> int:
    return DEFAULT_IDLE_MINUTES.get(mode, DEFAULT_IDLE_MINUTES["home"])


def idle_minutes(session: Session) -> float:
    """The plan's chosen idle time, else its mode's default."""
    from planner.core.services.plan import get_details, get_preference

    default = default_minutes(get_details(session).mode)
    return float(get_preference(session, IDLE_PREFERENCE, str(default)))
