"""The content in use: the built-in resources, or the newest valid pack imported from a file.

Imported packs are kept in the data folder exactly as they came, one file per version
(`content/<version>.fspack`). Every time the content is used, the newest one is read and its
signature checked again, and the catalog is built from the very bytes that were checked: a
file changed by someone else on a shared computer is never used, and the planner says so and
falls back to the next valid content (in the end, the built-in one).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from planner.core.catalog import Catalog, load_catalog, load_catalog_from_files
from planner.core.content_packs.changes import ChangeLine, catalog_changes
from planner.core.content_packs.format import ContentVersion, Pack, read_pack
from planner.core.content_packs.keys import shipped_key_ids, trusted_keys
from planner.core.errors import CatalogError, FileSystemError, PackError
from planner.resources import resource_path

SUFFIX = ".fspack"
BUILT_IN = "built-in"
IMPORTED = "imported"
STALE_AFTER_DAYS = 365


@dataclass(frozen=True, slots=True)
class ContentInUse:
    catalog: Catalog
    version: ContentVersion
    checked: dt.date
    source: str  # BUILT_IN or IMPORTED
    test_key: bool  # signed with a test key (keys.TEST_KEYS_VARIABLE), not a shipped one
    refused: tuple[str, ...] = ()  # versions of imported updates that failed their checks

    def is_stale(self, today: dt.date) -> bool:
        return (today - self.checked).days > STALE_AFTER_DAYS


@dataclass(frozen=True, slots=True)
class PendingImport:
    """A verified pack and what it would change, waiting for the person to say yes."""

    data: bytes  # the file's bytes as checked: what is stored is what was checked
    pack: Pack
    catalog: Catalog
    changes: tuple[ChangeLine, ...]
    test_key: bool


def built_in_version() -> tuple[ContentVersion, dt.date]:
    """resources/content.toml: the version and date of the content this planner ships."""
    with resource_path("content.toml").open("rb") as file:
        info = tomllib.load(file)
    return ContentVersion(str(info["version"])), info["checked"]


def content_in_use(store: Path) -> ContentInUse:
    """The newest valid imported pack newer than the built-in content, else the built-in one."""
    version, checked = built_in_version()
    keys = trusted_keys()
    refused: list[str] = []
    for stored_version, path in _stored(store):
        if not stored_version.newer_than(version):
            break
        try:
            pack = read_pack(path, keys)
            if pack.version != stored_version:
                raise PackError("pack-bad-signature")
            catalog = load_catalog_from_files(pack.files)
        except (PackError, CatalogError):
            refused.append(stored_version.text)
            continue
        test_key = pack.signer not in shipped_key_ids()
        return ContentInUse(catalog, pack.version, pack.checked, IMPORTED, test_key, tuple(refused))
    return ContentInUse(load_catalog(), version, checked, BUILT_IN, False, tuple(refused))


def prepare_import(pack_path: Path, store: Path, lang: str) -> PendingImport:
    """Check the pack at `pack_path` in full; nothing is written. PackError says why not."""
    data, pack = read_pack_file(pack_path)
    current = content_in_use(store)
    if not pack.version.newer_than(current.version):
        raise PackError("pack-not-newer", version=pack.version.text, current=current.version.text)
    try:
        catalog = load_catalog_from_files(pack.files)
    except CatalogError as error:
        raise PackError("pack-bad-content", detail=error.message) from error
    missing = sorted(set(current.catalog.countries) - set(catalog.countries))
    if missing:  # plans of those countries would lose their emergency numbers
        raise PackError("pack-drops-country", countries=", ".join(missing))
    changes = tuple(catalog_changes(current.catalog, catalog, lang))
    return PendingImport(data, pack, catalog, changes, pack.signer not in shipped_key_ids())


def read_pack_file(pack_path: Path) -> tuple[bytes, Pack]:
    """The bytes of a pack file and the pack they verify as (read once: checked is kept)."""
    from planner.core.content_packs.format import read_pack_bytes

    return read_pack_bytes(pack_path, trusted_keys())


def apply_import(pending: PendingImport, store: Path) -> Path:
    """Keep the checked pack as `store/<version>.fspack`; the file written."""
    from planner.core.export.files import replace_atomically

    if store.is_symlink():
        raise PackError("pack-cannot-store", path=str(store))
    target = store / f"{pending.pack.version.text}{SUFFIX}"
    try:
        store.mkdir(mode=0o700, parents=True, exist_ok=True)
        replace_atomically(target, lambda partial: partial.write_bytes(pending.data))
    except (OSError, FileSystemError) as error:
        raise PackError("pack-cannot-store", path=str(store)) from error
    return target


def _stored(store: Path) -> list[tuple[ContentVersion, Path]]:
    """Stored packs, newest first; anything else in the folder is ignored."""
    found = []
    for path in store.glob(f"*{SUFFIX}") if store.is_dir() and not store.is_symlink() else []:
        try:
            found.append((ContentVersion(path.name.removesuffix(SUFFIX)), path))
        except PackError:
            continue
    found.sort(key=lambda pair: pair[0].order, reverse=True)
    return found
