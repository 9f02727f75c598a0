"""`catalog` subcommand, run in-process: what scripts and content maintainers read."""

from __future__ import annotations

import argparse
import datetime as dt
import json

import pytest

from planner.cli import catalog as catalog_command
from planner.core.catalog import CAPABILITY_KEYS, load_catalog


def run(capsys: pytest.CaptureFixture[str], **options: object) -> str:
    args = argparse.Namespace(**{"format": "text", "stale_after": 365, "data_dir": None, **options})
    assert catalog_command.run(args) == 0
    return capsys.readouterr().out


def test_json_lists_thirty_apps_with_facts_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    apps = json.loads(run(capsys, format="json"))["apps"]

    assert len(apps) >= 30, [app["id"] for app in apps]
    for app in apps:
        assert list(app["capabilities"]) == list(CAPABILITY_KEYS), app["id"]
        for capability in app["capabilities"].values():
            assert capability["value"] and capability["note"], app["id"]
            assert capability["sources"] and capability["checked"], app["id"]
        assert 2 <= len(app["settings"]) <= 6, app["id"]
        for setting in app["settings"]:
            assert setting["steps"] and setting["sources"] and setting["checked"], setting["id"]
        assert app["sources"] and app["checked"], app["id"]


def test_json_lists_countries_and_stale_facts(capsys: pytest.CaptureFixture[str]) -> None:
    output = json.loads(run(capsys, format="json", stale_after=0))

    us = next(country for country in output["countries"] if country["code"] == "US")
    assert us["emergency_number"] == "911"
    assert any(contact["phone"] == "1-800-843-5678" for contact in us["contacts"])
    # With a limit of 0 days every fact not checked today is listed; each says what and when.
    stale = load_catalog().stale_facts(dt.date.today(), 0)
    assert [fact["id"] for fact in output["stale"]] == [fact.id for fact in stale]
    for fact in output["stale"]:
        assert {"kind", "id", "label", "sources", "checked", "secondary"} <= set(fact)


def test_text_shows_each_app_and_the_stale_section(capsys: pytest.CaptureFixture[str]) -> None:
    output = run(capsys, stale_after=36500)

    snapchat = load_catalog().app("snapchat")
    location = snapchat.capabilities["location_sharing"]
    assert "Snapchat (snapchat)" in output
    assert f"  category: social; status: active; minimum age: {snapchat.minimum_age}" in output
    assert f"    location_sharing: {location.value} - {location.note.en}" in output
    assert f"  checked: {snapchat.meta.checked}" in output
    assert output.rstrip().endswith("Facts older than 36500 days:\n  none")


def test_register_adds_the_catalog_parser() -> None:
    parser = argparse.ArgumentParser()
    catalog_command.register(parser.add_subparsers())

    args = parser.parse_args(["catalog", "--format", "json", "--stale-after", "30"])

    assert (args.format, args.stale_after, args.run) == ("json", 30, catalog_command.run)
    assert parser.parse_args(["catalog"]).stale_after == 365
