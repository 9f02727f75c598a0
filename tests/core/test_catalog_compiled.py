"""The compiled catalog: the same content as the TOML files, used only while it matches them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner.core.catalog import load_catalog, load_catalog_from_toml
from planner.core.catalog.compiled import COMPILED_NAME, read_compiled, write_compiled
from planner.resources import resource_dir


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A copy of the installed TOML content, compiled."""
    root = tmp_path / "resources"
    for folder in ("catalog", "contacts", "guidance"):
        shutil.copytree(resource_dir() / folder, root / folder)
    write_compiled(root)
    return root


def test_the_compiled_catalog_equals_the_one_read_from_toml(resources: Path) -> None:
    compiled = read_compiled(resources)
    assert compiled is not None
    assert compiled == load_catalog_from_toml(resources)
    assert compiled.apps.keys() == load_catalog().apps.keys()


def test_an_edited_fact_makes_the_compiled_catalog_stale(resources: Path) -> None:
    contacts = resources / "contacts" / "us.toml"
    contacts.write_text(contacts.read_text().replace("United States", "USA", 1))
    assert read_compiled(resources) is None
    assert load_catalog_from_toml(resources).country("US").name.en == "USA"


def test_a_new_toml_file_makes_the_compiled_catalog_stale(resources: Path) -> None:
    apps = resources / "catalog" / "apps"
    shutil.copy(apps / "discord.toml", apps / "zz-copy.toml")
    assert read_compiled(resources) is None


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_compiled_file_is_ignored(resources: Path, content: bytes) -> None:
    (resources / COMPILED_NAME).write_bytes(content)
    assert read_compiled(resources) is None


def test_a_missing_compiled_file_is_ignored(resources: Path) -> None:
    (resources / COMPILED_NAME).unlink()
    assert read_compiled(resources) is None
