"""Verified copies of a plan beside it: made before every upgrade, and on request.

`VACUUM INTO` writes a clean copy; an encrypted plan's copy stays encrypted under the same key
and the same salt, so the same passphrase opens it. A copy is kept only once it has been opened
and checked.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from planner.core.db import connect_raw
from planner.core.errors import FileSystemError

KEEP_BACKUPS = 5
_STAMP = "%Y%m%d-%H%M%S-%f"


def backups_of(plan_path: Path) -> list[Path]:
    """The plan's backups, oldest first."""
    pattern = re.compile(re.escape(plan_path.name) + r"\.\d{8}-\d{6}-\d{6}-[a-z-]+\.bak")
    candidates = plan_path.parent.glob(plan_path.name + ".*.bak")
    return sorted((p for p in candidates if pattern.fullmatch(p.name)), key=lambda p: p.name)


def make_verified_backup(plan_path: Path, key: bytes | None, reason: str) -> Path:
    stamp = dt.datetime.now().strftime(_STAMP)
    target = plan_path.with_name(f"{plan_path.name}.{stamp}-{reason}.bak")
    try:
        source = connect_raw(plan_path, key)
        try:
            source.execute("VACUUM INTO ?", (str(target),))
        finally:
            source.close()
        _verify(target, key)
    except (sqlcipher.Error, OSError) as error:
        target.unlink(missing_ok=True)
        raise FileSystemError(
            f"A safety copy of the plan could not be written in {plan_path.parent}, so nothing "
            "was changed. Check that the disk has space and the folder can be written to."
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
