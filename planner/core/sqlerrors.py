"""Turns the database driver's errors into errors people can act on."""

from __future__ import annotations

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


def damaged_message(encrypted: bool) -> str:
    if encrypted:
        return "The passphrase is wrong, or the file is damaged."
    return "This file is damaged, or it is not a plan made by the planner."


def translate(error: BaseException, path: Path, *, encrypted: bool) -> PlannerError:
    """The PlanError for a driver error; unknown errors stay bugs and are re-raised by callers."""
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return FileSystemError(
            "The disk is full, so the change was not saved. Free some space, then try again."
        )
    if "readonly" in text or "read-only" in text:
        return FileSystemError(
            f"The plan or its folder is read-only ({path.parent}). "
            "Move it to a folder you can write to."
        )
    if "unable to open" in text:
        return FileSystemError(
            f"The plan at {path} cannot be opened: check that the folder exists."
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
        return WrongPassphraseError(damaged_message(encrypted))
    if "malformed" in text or "corrupt" in text or "no such table" in text:
        return DamagedPlanError(damaged_message(encrypted))
    if isinstance(error, sqlcipher.DatabaseError):
        return DamagedPlanError(damaged_message(encrypted))
    raise error
