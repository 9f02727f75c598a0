"""Shelter flows: save a copy of a plan elsewhere (a USB stick), and remove a plan from this
computer. (Protecting, changing and removing a passphrase: planner.core.rekey.)

Overwriting with zeros is a best effort, never forensic erasure: SSDs, USB sticks, copy-on-write
file systems and file-system journals may keep old blocks, and the operating system may have
copies (swap, snapshots, cloud sync). The app's help says so.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from planner.core import crypto
from planner.core.errors import FileSystemError, PlanError
from planner.core.filelock import PlanLock, lock_path_for
from planner.core.files import SIDECARS as _SIDECARS
from planner.core.files import exists as _exists
from planner.core.files import fsync_file as _fsync
from planner.core.files import fsync_folder as _sync_folder
from planner.core.files import remove_with_sidecars as _remove_with_sidecars
from planner.core.files import wipe as _wipe
from planner.core.leftovers import temp_files as _temp_files
from planner.core.plans import PlanFile, refuse_symlink
from planner.core.rekey import check_open as _check_open
from planner.core.rekey import fingerprint as _fingerprint
from planner.core.safety_copies import backups_of

# -- shelter flows ---------------------------------------------------------------------------


def remove_plan_from_computer(path: Path) -> list[Path]:
    """Delete the plan at `path` with its -wal, -shm and -journal files, its lock file, its
    backups and any hidden leftovers; return the paths removed. Other files are left alone.

    Each file is overwritten with zeros before it is removed, where the file system allows. This
    is not forensic erasure: SSDs, USB sticks and file-system journals may keep old blocks, and
    copies saved elsewhere (a USB stick, exports, cloud folders) are not touched.

    Raises PlanInUseError when the plan is open in this or another program (the lock is taken
    first, and held until everything is gone), FileSystemError when there is nothing to remove or
    a file could not be removed.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise FileSystemError("The folder {folder} does not exist.", folder=path.parent)
    refuse_symlink(path)
    if path.is_dir():
        raise FileSystemError("{path} is a folder, not a plan file.", path=path)
    lock_file = lock_path_for(path)
    had_lock_file = _exists(lock_file)
    lock = PlanLock(path)
    lock.acquire()
    removed: list[Path] = []
    failed: list[Path] = []
    try:
        candidates = [
            path,
            *(path.with_name(path.name + suffix) for suffix in _SIDECARS),
            *backups_of(path),
            *_temp_files(path),
            # Copies `check` kept of a damaged log: a plain plan's text is in them.
            *sorted(path.parent.glob(f"{path.name}-wal.*.damaged")),
        ]
        present = [candidate for candidate in candidates if _exists(candidate)]
        if not any(candidate == path or candidate.suffix == ".bak" for candidate in present):
            raise FileSystemError("There is no plan at {path}.", path=path)
        for candidate in present:
            try:
                _wipe(candidate)
            except OSError:
                failed.append(candidate)
            else:
                removed.append(candidate)
        with contextlib.suppress(OSError):
            _sync_folder(path.parent)
    finally:
        lock.release()
    if had_lock_file and not _exists(lock_file):
        removed.append(lock_file)
    if failed:
        names = ", ".join(str(item) for item in failed)
        raise FileSystemError(
            "These files could not be removed: {names}. Check that the folder can be written to.",
            names=names,
        )
    return removed


def is_in_data_folder(path: Path, data_dir: Path) -> bool:
    """The plan file really lives inside the planner's own data folder (links followed)."""
    try:
        return Path(path).resolve().is_relative_to(Path(data_dir).resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of symbolic links
        return False


def remove_plan_from_data_folder(path: Path, data_dir: Path) -> list[Path]:
    """`remove_plan_from_computer`, for a plan inside the planner's data folder only.

    Shelter hand-over: once the family has its copy, the computer's copy goes. A plan opened
    from anywhere else (the family's USB stick, a folder someone else keeps) is theirs, and is
    refused with a PlanError before anything is touched.
    """
    if not is_in_data_folder(path, data_dir):
        raise PlanError(
            "{path} is not in the planner's own folder ({folder}), so it was not removed. "
            "A plan on a USB stick or in another folder belongs to whoever keeps it there.",
            path=path,
            folder=data_dir,
        )
    return remove_plan_from_computer(path)


def save_copy_to(plan: PlanFile, folder: Path) -> Path:
    """Save a checked copy of the open plan, with the same file name, into `folder` (for example
    a USB stick); return its path. A protected plan's copy stays encrypted and opens with the same
    passphrase; a plan without one is copied in plain text. Never overwrites a file.

    Checked twice: the hidden copy before it takes the plan's name, and the file at its final
    place, opened again from the folder (see `_check_saved_copy`)."""
    _check_open(plan)
    folder = Path(folder)
    if not folder.exists():
        raise FileSystemError(
            "The folder {folder} does not exist. If it is on a USB stick, check it is plugged in.",
            folder=folder,
        )
    if not folder.is_dir():
        raise FileSystemError("{folder} is a file, not a folder.", folder=folder)
    target = folder / plan.path.name
    if _exists(target):
        raise FileSystemError(
            "There is already a file named {name} in {folder}. Nothing was overwritten: "
            "choose another folder, or move that file first.",
            name=target.name,
            folder=folder,
        )
    if not os.access(folder, os.W_OK):
        raise FileSystemError(
            "The folder {folder} is read-only. Choose a folder you can write to.", folder=folder
        )
    temp = folder / f".{plan.path.name}.saving"
    try:
        header = crypto.read_header(plan.path)
        _remove_with_sidecars(temp)
        connection = plan.connect_raw()
        try:
            connection.execute("VACUUM INTO ?", (str(temp),))
        finally:
            connection.close()
        if crypto.read_header(temp) != header:  # VACUUM INTO keeps the salt: check it did
            raise PlanError("The copy has the wrong header, so it was not kept.")
        expected = _fingerprint(plan.connect_raw())
        if _fingerprint(plan.connect_raw(temp)) != expected:
            raise PlanError("The copy did not match the plan, so it was not kept.")
        _fsync(temp)
        _move_without_overwriting(temp, target)
        with contextlib.suppress(OSError):
            _sync_folder(folder)
    except (sqlcipher.Error, OSError) as error:
        _remove_with_sidecars(temp)
        raise _save_error(error, folder) from error
    except BaseException:
        _remove_with_sidecars(temp)
        raise
    _check_saved_copy(plan, target, expected)
    return target


def _check_saved_copy(plan: PlanFile, target: Path, expected: dict[str, Any]) -> None:
    """Open the copy again where it now lives and compare it with the plan: a USB stick that
    lost the write (pulled out, failing) must not pass for the family's copy. A bad copy is
    removed, so that nobody takes it for a good one."""
    try:
        matches = _fingerprint(plan.connect_raw(target)) == expected
    except (sqlcipher.Error, OSError, PlanError):
        matches = False
    if not matches:
        with contextlib.suppress(OSError):
            _remove_with_sidecars(target)
        raise PlanError(
            "The copy saved to {folder} could not be read back as the plan, so it was removed. "
            "Check the USB stick (or try another one) and save again.",
            folder=target.parent,
        )


def _move_without_overwriting(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)  # fails if target exists: no window for a race
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT sticks): check, then rename
        if _exists(target):
            raise FileExistsError(target) from None
        os.rename(temp, target)
    else:
        temp.unlink()


def _save_error(error: BaseException, folder: Path) -> FileSystemError:
    # Whole sentences, one for each cause, so that each can be translated as a whole.
    text = str(error).lower()
    if isinstance(error, FileExistsError):
        return FileSystemError(
            "The plan could not be saved to {folder}: a file with the same name appeared in "
            "{folder} meanwhile; nothing was overwritten.",
            folder=folder,
        )
    if "full" in text or getattr(error, "errno", None) == 28:
        return FileSystemError(
            "The plan could not be saved to {folder}: the drive is full.", folder=folder
        )
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        return FileSystemError(
            "The plan could not be saved to {folder}: the folder is read-only.", folder=folder
        )
    if "unable to open" in text or isinstance(error, FileNotFoundError):
        return FileSystemError(
            "The plan could not be saved to {folder}: the folder cannot be written to (was the "
            "drive removed?).",
            folder=folder,
        )
    return FileSystemError(
        "The plan could not be saved to {folder}: {reason}.",
        folder=folder,
        reason=getattr(error, "strerror", None) or error,
    )
