"""Fixtures shared by the service tests."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.services import children


@pytest.fixture
def kids(session):
    """Maya (14) and Leo (10) in the empty plan: their ids."""
    year = dt.date.today().year
    maya = children.add_child(session, "Maya", year - 14)
    leo = children.add_child(session, "Leo", year - 10)
    return maya.id, leo.id
