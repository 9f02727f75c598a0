"""The content in use: the built-in resources, or the newest valid pack imported from a file.

Imported packs live in the data folder, one folder per version (`content/<version>/`), each
holding the signed pack as it came (`pack.json`) and its TOML files unpacked for the catalog
loader. The signature is checked again every time a pack is used, and every unpacked file must
match the signed payload byte for byte: a file changed by someone else on a shared computer
makes the planner fall back to the next valid content, never show a number nobody signed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path

from planner.core.catalog import Catalog, load_catalog, load_catalog_from_toml
from planner.core.content_packs.changes import ChangeLine, catalog_changes
from planner.core.content_packs.format import (
    PUBLIC_KEY_BYTES,
    ContentVersion,
    Pack,
    key_id,
    read_pack,
)
from planner.core.errors import CatalogError, PackError
from planner.resources import resource_path

PACK_FILE = "pack.json"
BUILT_IN = "built-in"
IMPORTED = "imported"
# Extra trusted keys, for the test suite and a maintainer's trial run only: anyone who can set
# a person's environment can already run code as them, so this opens no new door; a pack
# signed with such a key says so wherever the content's version is shown.
TEST_KEYS_VARIABLE = "FAMILY_SAFETY_PLANNER_TEST_KEYS"
STALE_AFTER_DAYS = 365
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ContentInUse:
    catalog: Catalog
    version: ContentVersion
    checked: dt.date
    source: str  # BUILT_IN or IMPORTED
    test_key: bool  # signed with a key from TEST_KEYS_VARIABLE, not a shipped one

    def is_stale(self, today: dt.date) -> bool:
        return (today - self.checked).days > STALE_AFTER_DAYS


@dataclass(frozen=True, slots=True)
class PendingImport:
    """A verified pack and what it would change, waiting for the person to say yes."""

    source: Path
    pack: Pack
    catalog: Catalog
    changes: tuple[ChangeLine, ...]


def built_in_version() -> tuple[ContentVersion, dt.date]:
    """resources/content.toml: the version and date of the content this planner ships."""
    with resource_path("content.toml").open("rb") as file:
        info = tomllib.load(file)
    return ContentVersion(str(info["version"])), info["checked"]


def trusted_keys() -> dict[str, bytes]:
    """Key id -> raw Ed25519 public key: the keys in resources/keys/ (and TEST_KEYS_VARIABLE)."""
    folders = [resource_path("keys")]
    if os.environ.get(TEST_KEYS_VARIABLE):
        folders.append(Path(os.environ[TEST_KEYS_VARIABLE]))
    keys: dict[str, bytes] = {}
    for folder in folders:
        for file in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
            raw = bytes.fromhex(file.read_text(encoding="ascii").strip())
            if len(raw) == PUBLIC_KEY_BYTES:
                keys[key_id(raw)] = raw
    return keys


def _shipped_key_ids() -> set[str]:
    folder = resource_path("keys")
    return {
        key_id(bytes.fromhex(file.read_text(encoding="ascii").strip()))
        for file in (sorted(folder.glob("*.pub")) if folder.is_dir() else [])
    }


def content_in_use(store: Path) -> ContentInUse:
    """The newest valid imported pack newer than the built-in content, else the built-in one."""
    version, checked = built_in_version()
    keys = trusted_keys()
    for folder in _pack_folders(store):
        try:
            pack = _verified_folder(folder, keys)
        except (PackError, CatalogError, OSError) as error:
            _log.warning("Content update %s not used: %s", folder.name, type(error).__name__)
            continue
        if pack.version.newer_than(version):
            catalog = load_catalog_from_toml(folder)
            test_key = pack.signer not in _shipped_key_ids()
            return ContentInUse(catalog, pack.version, pack.checked, IMPORTED, test_key)
        break
    return ContentInUse(load_catalog(), version, checked, BUILT_IN, False)


def prepare_import(pack_path: Path, store: Path, lang: str) -> PendingImport:
    """Check the pack at `pack_path` in full; nothing is written. PackError says why not."""
    pack = read_pack(pack_path, trusted_keys())
    current = content_in_use(store)
    if not pack.version.newer_than(current.version):
        raise PackError("pack-not-newer", version=pack.version.text, current=current.version.text)
    staging = _staging(store)
    try:
        _unpack(pack, pack_path, staging)
        catalog = _load_checked(staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    changes = tuple(catalog_changes(current.catalog, catalog, lang))
    return PendingImport(pack_path, pack, catalog, changes)


def apply_import(pending: PendingImport, store: Path) -> Path:
    """Store the pack (checked again, as the file may have changed since); its folder."""
    pack = read_pack(pending.source, trusted_keys())
    if pack != pending.pack:
        raise PackError("pack-bad-signature")
    target = store / pack.version.text
    staging = _staging(store)
    try:
        _unpack(pack, pending.source, staging)
        _load_checked(staging)
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)  # the folder appears whole or not at all
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise PackError("pack-cannot-store", path=str(store)) from error
    return target


def _staging(store: Path) -> Path:
    try:
        store.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder = store / f".incoming-{uuid.uuid4().hex}"
        folder.mkdir(mode=0o700)
    except OSError as error:
        raise PackError("pack-cannot-store", path=str(store)) from error
    return folder


def _unpack(pack: Pack, pack_path: Path, folder: Path) -> None:
    for name, text in pack.files.items():
        target = folder / name
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    shutil.copyfile(pack_path, folder / PACK_FILE)


def _load_checked(folder: Path) -> Catalog:
    try:
        return load_catalog_from_toml(folder)
    except CatalogError as error:
        raise PackError("pack-bad-content", detail=error.message) from error


def _pack_folders(store: Path) -> list[Path]:
    """Version folders, newest first; anything else in the store is ignored."""
    found = []
    for folder in store.iterdir() if store.is_dir() else []:
        try:
            found.append((ContentVersion(folder.name), folder))
        except PackError:
            continue
    found.sort(key=lambda pair: pair[0].order, reverse=True)
    return [folder for _version, folder in found]


def _verified_folder(folder: Path, keys: dict[str, bytes]) -> Pack:
    pack = read_pack(folder / PACK_FILE, keys)
    if pack.version.text != folder.name:
        raise PackError("pack-bad-signature")
    unpacked = {
        path.relative_to(folder).as_posix(): path
        for path in folder.rglob("*.toml")
    }
    if set(unpacked) != set(pack.files):
        raise PackError("pack-bad-signature")
    for name, path in unpacked.items():
        if path.read_bytes() != pack.files[name].encode("utf-8"):
            raise PackError("pack-bad-signature")
    return pack
