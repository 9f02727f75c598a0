"""Neutral, unique file names for a shelter's plans (planner/paths.py)."""

from __future__ import annotations

import re

import pytest

from planner.paths import is_plan_file_name, plan_file_in, plan_name_taken, suggest_plan_name


def test_a_suggested_name_is_neutral_and_free(tmp_path):
    names = {suggest_plan_name(tmp_path) for _ in range(20)}
    assert all(re.fullmatch(r"plan-[A-HJ-NP-Z2-9]{4}", name) for name in names)
    assert len(names) > 1  # not the same name for every family
    for name in names:
        assert is_plan_file_name(name) and not plan_name_taken(tmp_path, name)


def test_a_name_is_taken_by_a_plan_or_its_backups_in_any_case(tmp_path):
    (tmp_path / "Room-12.plan").write_bytes(b"")
    (tmp_path / "plan-K7QM.plan.20261204-101500-000000-manual.bak").write_bytes(b"")
    assert plan_name_taken(tmp_path, "room-12")
    assert plan_name_taken(tmp_path, "plan-K7QM")
    assert not plan_name_taken(tmp_path, "room-1")
    assert not plan_name_taken(tmp_path / "absent", "room-12")
    assert plan_file_in(tmp_path, "room-12") == tmp_path / "room-12.plan"


@pytest.mark.parametrize(
    "name, usable",
    [
        ("plan-K7QM", True),
        ("room 12", True),
        ("Family_3", True),
        ("", False),
        (" room", False),
        ("room ", False),
        ("../room", False),
        ("a/b", False),
        ("con:", False),
        ("CON", False),
        ("lpt1", False),
        ("console", True),
        ("x" * 41, False),
    ],
)
def test_file_names_any_usb_stick_accepts(name, usable):
    assert is_plan_file_name(name) is usable
