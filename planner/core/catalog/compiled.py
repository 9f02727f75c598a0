"""The installed catalog, checked once at build time and stored ready to use.

`make` runs `python -m planner.core.catalog` whenever a TOML file or the
catalog code changes; it writes resources/catalog.pickle, which the PyInstaller bundle and the
wheel ship beside the TOML files. Loading it skips parsing and checking the TOML, the slow part
of a start. It is used only while it matches: its fingerprint covers every TOML file's name and
bytes and the field names of every catalog dataclass, so an edited fact or a new field makes it
stale and the planner reads the TOML instead.

The pickle is read only from the planner's own installed resources, which are as trusted as its
code; it is never read from a user's folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import planner.core.catalog.types as types

if TYPE_CHECKING:
    from planner.core.catalog.types import Catalog

COMPILED_NAME = "catalog.pickle"
_FORMAT = b"family-safety-planner catalog 1"
_TOML_FOLDERS = ("catalog/apps", "contacts", "guidance")
# What a truncated, foreign or outdated pickle raises: any of them means "read the TOML instead".
_UNREADABLE = (
    OSError,
    pickle.UnpicklingError,
    EOFError,
    ImportError,
    AttributeError,
    ValueError,
    TypeError,
)


def fingerprint(root: Path) -> str:
    """A hash of the TOML content under `root` and of the shape of the catalog's dataclasses."""
    digest = hashlib.sha256(_FORMAT)
    for name in sorted(vars(types)):
        value = getattr(types, name)
        if isinstance(value, type) and dataclasses.is_dataclass(value):
            digest.update(f"{name}:{[field.name for field in dataclasses.fields(value)]}".encode())
    for folder in _TOML_FOLDERS:
        for path in sorted((root / folder).glob("*.toml")):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_compiled(root: Path) -> Catalog | None:
    """The compiled catalog under `root`, or None when it is missing, unreadable or stale."""
    try:
        with (root / COMPILED_NAME).open("rb") as file:
            stored_fingerprint, catalog = pickle.load(file)
        current = fingerprint(root)
    except _UNREADABLE:
        return None
    if stored_fingerprint != current or not isinstance(catalog, types.Catalog):
        return None
    return catalog


def write_compiled(root: Path) -> Path:
    """Checks the TOML under `root` and stores the result beside it; returns the file written."""
    from planner.core.catalog.loading import load_catalog_from_toml

    catalog = load_catalog_from_toml(root)
    target = root / COMPILED_NAME
    partial = target.with_suffix(".partial")
    with partial.open("wb") as file:
        pickle.dump((fingerprint(root), catalog), file, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(target)
    return target


def main(argv: list[str]) -> int:
    from planner.core.errors import CatalogError
    from planner.resources import resource_dir

    root = Path(argv[0]) if argv else resource_dir()
    try:
        target = write_compiled(root)
    except CatalogError as error:
        print(f"The catalog has a problem: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {target}")
    return 0
