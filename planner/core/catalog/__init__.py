"""The built-in content: apps, recommended settings, reporting contacts and guidance.

Reads the TOML files under resources/ (format: docs/content-format.md) into frozen dataclasses
(types.py). The checks are strict because the readers are frightened or in a hurry: a mistyped
field, a phone number with a typo or a fact without a source must stop a build, not reach a
parent. Every problem raises `CatalogError` naming the file (relative to the resources folder),
the entry and the field.

The installed catalog is read from the copy `make` compiles (compiled.py) when that copy matches
the TOML files, and from the TOML files otherwise.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from planner.core.catalog.compiled import read_compiled
from planner.core.catalog.loading import load_catalog_from_files, load_catalog_from_toml
from planner.core.catalog.types import (
    AGE_BANDS,
    APP_CATEGORIES,
    APP_STATUSES,
    CAPABILITY_KEYS,
    CAPABILITY_VALUES,
    CONTACT_KINDS,
    GUIDANCE_FEATURES,
    GUIDANCE_FILES,
    OLDEST_AGE,
    PAPER_SIZES,
    SETTINGS_PER_APP,
    YOUNGEST_AGE,
    AdultAction,
    AgreementItem,
    App,
    Capability,
    Catalog,
    Contact,
    Country,
    FactMeta,
    Guidance,
    GuidanceEntry,
    LimitSection,
    RecommendedSetting,
    StaleFact,
    Text,
    TextList,
    Topic,
    WarningSign,
    WorryStep,
    YouthTip,
)
from planner.resources import resource_dir

__all__ = [
    "AGE_BANDS",
    "APP_CATEGORIES",
    "APP_STATUSES",
    "CAPABILITY_KEYS",
    "CAPABILITY_VALUES",
    "CONTACT_KINDS",
    "GUIDANCE_FEATURES",
    "GUIDANCE_FILES",
    "OLDEST_AGE",
    "PAPER_SIZES",
    "SETTINGS_PER_APP",
    "YOUNGEST_AGE",
    "AdultAction",
    "AgreementItem",
    "App",
    "Capability",
    "Catalog",
    "Contact",
    "Country",
    "FactMeta",
    "Guidance",
    "GuidanceEntry",
    "LimitSection",
    "RecommendedSetting",
    "StaleFact",
    "Text",
    "TextList",
    "Topic",
    "WarningSign",
    "WorryStep",
    "YouthTip",
    "load_catalog",
    "load_catalog_from_files",
    "load_catalog_from_toml",
]


def load_catalog(root: Path | None = None) -> Catalog:
    """Loads and checks the content under `root` (default: the installed resources, cached)."""
    if root is None:
        return _load_installed(resource_dir())
    return load_catalog_from_toml(root)


@cache
def _load_installed(root: Path) -> Catalog:
    return read_compiled(root) or load_catalog_from_toml(root)
