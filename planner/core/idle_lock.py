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
# The idle times a person may choose: a minute at least, four hours at most.
SHORTEST_MINUTES, LONGEST_MINUTES = 1, 240


def default_minutes(mode: str) -> int:
    return DEFAULT_IDLE_MINUTES.get(mode, DEFAULT_IDLE_MINUTES["home"])


def idle_minutes(session: Session) -> float:
    """The plan's chosen idle time, else its mode's default (also for a stored value that is
    no time at all, as a hand-edited or damaged plan could hold)."""
    from planner.core.services.plan import get_details, get_preference

    mode = get_details(session).mode
    return minutes_from(get_preference(session, IDLE_PREFERENCE, ""), mode)


def minutes_from(stored: str, mode: str) -> float:
    """The idle time a stored preference says (read with or without the database layer)."""
    default = default_minutes(mode)
    try:
        chosen = float(stored) if stored else default
    except ValueError:
        return default
    return chosen if 0 < chosen < float("inf") else default


def set_idle_minutes(session: Session, minutes: int) -> None:
    from planner.core.errors import ValidationError
    from planner.core.services.plan import set_preference

    if not SHORTEST_MINUTES <= minutes <= LONGEST_MINUTES:
        raise ValidationError(
            "Choose an idle time from {low} to {high} minutes.",
            low=SHORTEST_MINUTES,
            high=LONGEST_MINUTES,
        )
    set_preference(session, IDLE_PREFERENCE, str(minutes))
