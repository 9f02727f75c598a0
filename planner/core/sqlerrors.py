"""Turns the database driver's errors into errors people can act on."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from planner.core.errors import (
    DamagedPlanError,
    FileSystemError,
    PlanInUseError,
    PlannerError,
    ValidationError,
    WrongPassphraseError,
)
from planner.core.i18n import mark


def damaged(
    encrypted: bool, kind: type[WrongPassphraseError] = DamagedPlanError
) -> WrongPassphraseError:
    """A file SQLite cannot read as a plan: a protected plan's passphrase may be wrong too."""
    if encrypted:
        return kind(mark("The passphrase is wrong, or the file is damaged."))
    return kind(mark("This file is damaged, or it is not a plan made by the planner."))


# Below this much free space, a disk I/O error is taken to be a full disk: SQLite reports a full
# disk that way when it cannot even make its shared-memory file.
NEARLY_FULL = 1024 * 1024


def translate(error: BaseException, path: Path, *, encrypted: bool) -> PlannerError:
    """The PlanError for a driver error; unknown errors stay bugs and are re-raised by callers."""
    text = str(error).lower()
    disk_error = "disk i/o error" in text
    if "disk is full" in text or (disk_error and _free_space(path.parent) < NEARLY_FULL):
        return FileSystemError(
            "The disk is full, so the planner cannot write there and nothing was changed. "
            "Free some space, then try again."
        )
    if disk_error:
        return FileSystemError(
            "The disk holding {folder} reported an error, so nothing was saved. Check that it "
            "is still connected, then try again.",
            folder=path.parent,
        )
    if "readonly" in text or "read-only" in text:
        return FileSystemError(
            "The plan or its folder is read-only ({folder}). Move it to a folder you can write to.",
            folder=path.parent,
        )
    if "unable to open" in text:
        return FileSystemError(
            "The plan at {path} cannot be opened: check that the folder exists.", path=path
        )
    if isinstance(error, sqlcipher.IntegrityError):
        # A rule of the data model caught input the services let through: nothing is damaged.
        return ValidationError(
            "That change conflicts with something already in the plan, so it was not saved."
        )
    if "locked" in text or "busy" in text:
        return PlanInUseError(
            "This plan is busy in another program. Close it there, then try again."
        )
    if "not a database" in text:
        return damaged(encrypted, WrongPassphraseError)
    if "malformed" in text or "corrupt" in text or "no such table" in text:
        return damaged(encrypted)
    if isinstance(error, sqlcipher.DatabaseError):
        return damaged(encrypted)
    raise error


def _free_space(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0
