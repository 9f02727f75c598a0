"""Verified copies of a plan beside it: made before every upgrade, and on request; and putting
one back in the plan's place.

`VACUUM INTO` writes a clean copy; an encrypted plan's copy stays encrypted under the same key
and the same salt, so the same passphrase opens it. A copy is kept only once it has been opened
and checked. The last KEEP_BACKUPS copies are kept, whatever the reason they were made for.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from planner.core import crypto
from planner.core.connection import connect_raw
from planner.core.errors import (
    DamagedPlanError,
    FileSystemError,
    NewerSchemaError,
    PassphraseRequiredError,
)
from planner.core.filelock import PlanLock
from planner.core.files import fsync_file, fsync_folder, hidden, make_private, private_umask
from planner.core.revisions import KNOWN_REVISIONS

KEEP_BACKUPS = 5
_STAMP = "%Y%m%d-%H%M%S-%f"


def backups_of(plan_path: Path) -> list[Path]:
    """The plan's backups, oldest first."""
    pattern = re.compile(re.escape(plan_path.name) + r"\.\d{8}-\d{6}-\d{6}-[a-z-]+\.bak")
    candidates = plan_path.parent.glob(plan_path.name + ".*.bak")
    return sorted((p for p in candidates if pattern.fullmatch(p.name)), key=lambda p: p.name)


def backup_time(backup: Path) -> dt.datetime:
    """When a backup was made, from its name (local time)."""
    stamp = backup.name.rsplit(".", 2)[-2][: len("20260101-000000-000000")]
    return dt.datetime.strptime(stamp, _STAMP)


def make_verified_backup(plan_path: Path, key: bytes | None, reason: str) -> Path:
    stamp = dt.datetime.now().strftime(_STAMP)
    target = plan_path.with_name(f"{plan_path.name}.{stamp}-{reason}.bak")
    try:
        source = connect_raw(plan_path, key)
        try:
            with private_umask():  # a plain plan's copy is as readable as the plan
                source.execute("VACUUM INTO ?", (str(target),))
        finally:
            source.close()
        _verify(target, key)
    except (sqlcipher.Error, OSError) as error:
        target.unlink(missing_ok=True)
        raise FileSystemError(
            "A safety copy of the plan could not be written in {folder}, so nothing was changed. "
            "Check that the disk has space and the folder can be written to.",
            folder=plan_path.parent,
        ) from error
    _prune(plan_path)
    return target


def _verify(backup: Path, key: bytes | None) -> None:
    connection = connect_raw(backup, key)
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            raise sqlcipher.DatabaseError("backup failed its integrity check")
    finally:
        connection.close()


def _prune(plan_path: Path) -> None:
    for old in backups_of(plan_path)[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def restore_from_rotating_backup(plan_path: Path, passphrase: str | None, backup: Path) -> Path:
    """Put `backup` (one of `backups_of(plan_path)`) in the plan's place; return where the plan
    as it was has been kept.

    The plan must be closed: its lock is taken here for the whole swap. The backup is checked
    first, then copied beside the plan under a hidden name, then the current plan is kept (a
    verified backup, or, when it is too damaged to copy that way, its bytes as they are under
    `<name>.<time>.damaged`), and only then does the copy take the plan's name. A crash at any
    point leaves the old plan or the restored one under the plan's name, never a mix.
    """
    lock = PlanLock(plan_path)
    lock.acquire()
    try:
        key = _key_for(backup, passphrase)
        _check_restorable(backup, key, KNOWN_REVISIONS)
        incoming = hidden(plan_path, "creating")  # removed by a later open
        _copy_durably(backup, incoming)
        kept = _keep_current(plan_path, key)
        for suffix in ("-wal", "-shm"):  # the old file's log must never meet the new file
            plan_path.with_name(plan_path.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, plan_path)
        fsync_folder(plan_path.parent)
        return kept
    except OSError as error:
        raise FileSystemError(
            "The backup could not be put in place in {folder} ({reason}). "
            "Check that the disk has space and the folder can be written to.",
            folder=plan_path.parent,
            reason=error.strerror,
        ) from error
    finally:
        lock.release()


def _key_for(backup: Path, passphrase: str | None) -> bytes | None:
    header = crypto.read_header(backup)
    if crypto.header_is_plain(header):
        return None
    if not passphrase:
        raise PassphraseRequiredError("This backup is protected: enter the plan's passphrase.")
    return crypto.derive_key(passphrase, header[: crypto.SALT_SIZE])


def _check_restorable(backup: Path, key: bytes | None, known: tuple[str, ...]) -> None:
    try:
        _verify(backup, key)
        connection = connect_raw(backup, key)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlcipher.Error as error:
        raise DamagedPlanError(
            "This backup is damaged, or the passphrase does not open it; nothing was changed."
        ) from error
    if row is None or row[0] not in known:
        raise NewerSchemaError("This backup was made by a newer version of the planner.")


def _keep_current(plan_path: Path, key: bytes | None) -> Path:
    if not plan_path.exists():
        return plan_path
    try:
        _verify(plan_path, key)
    except sqlcipher.Error:
        stamp = dt.datetime.now().strftime(_STAMP)
        kept = plan_path.with_name(f"{plan_path.name}.{stamp}.damaged")
        for suffix in ("", "-wal"):  # the damaged file with its log, as SQLite would pair them
            source = plan_path.with_name(plan_path.name + suffix)
            if source.exists():
                _copy_durably(source, kept.with_name(kept.name + suffix))
        return kept
    return make_verified_backup(plan_path, key, "before-restore")


def _copy_durably(source: Path, target: Path) -> None:
    with private_umask():
        shutil.copyfile(source, target)
    fsync_file(target)
    make_private(target)
