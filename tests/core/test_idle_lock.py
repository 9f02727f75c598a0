"""The idle-lock policy: minutes by the plan's mode, what a person may choose, and a damaged
value never stopping the plan from opening."""

from __future__ import annotations

import pytest

from planner.core.errors import ValidationError
from planner.core.idle_lock import (
    IDLE_PREFERENCE,
    LONGEST_MINUTES,
    idle_minutes,
    set_idle_minutes,
)
from planner.core.services.plan import NewPlan, get_details, set_preference, update_details


def test_a_shelter_plan_locks_sooner_than_a_family_plan(session, catalog):
    assert get_details(session).mode == "home"
    assert idle_minutes(session) == 15
    details = get_details(session)
    shelter = NewPlan(details.name, details.country, details.language, mode="shelter")
    update_details(session, shelter, catalog)
    assert idle_minutes(session) == 5


def test_the_chosen_time_is_kept_within_what_may_be_chosen(session):
    set_idle_minutes(session, 30)
    assert idle_minutes(session) == 30
    for refused in (0, LONGEST_MINUTES + 1):
        with pytest.raises(ValidationError, match="from 1 to 240 minutes"):
            set_idle_minutes(session, refused)
    assert idle_minutes(session) == 30


@pytest.mark.parametrize("stored", ["soon", "-3", "0", "", "nan"])
def test_a_damaged_idle_time_falls_back_to_the_default(session, stored):
    set_preference(session, IDLE_PREFERENCE, stored)
    assert idle_minutes(session) == 15
