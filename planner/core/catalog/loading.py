"""Reading the content's TOML (from a folder, or from a verified update's texts) into a Catalog.

A module of its own so that the compiled catalog (compiled.py) can use it without importing the
package that uses the compiled catalog.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from planner.core.catalog.fields import TomlSource
from planner.core.catalog.types import Catalog


def load_catalog_from_toml(root: Path) -> Catalog:
    """Reads and checks every TOML file under `root`, ignoring any compiled copy."""
    return _load(TomlSource.folder(root))


def load_catalog_from_files(files: Mapping[str, str]) -> Catalog:
    """Checks the TOML texts of `files` ("contacts/us.toml" -> text) as if they were resources/;
    for a verified safety information update, loaded from the bytes that were verified."""
    return _load(TomlSource.memory(files))


def _load(source: TomlSource) -> Catalog:
    # Imported here: a start that finds the compiled catalog never needs the TOML readers.
    from planner.core.catalog.apps import load_apps
    from planner.core.catalog.contacts import load_countries
    from planner.core.catalog.guidance import load_guidance

    apps = load_apps(source)
    settings = {setting.id: setting for app in apps.values() for setting in app.settings}
    return Catalog(apps, settings, load_countries(source), load_guidance(source))
