"""Protect, change or remove a plan's passphrase: re-keying a plan file in place.

All three work the same way: export the plan into a hidden copy beside it under the new key
(`sqlcipher_export`), check the copy against the plan, flush it to disk, then rename it over the
plan. A crash at any moment leaves exactly one good file under the plan's name, the old one or
the new one. The plan's lock is held from start to end. The hidden files involved are listed in
planner.core.leftovers, which removes what a crash leaves.

The old file's bytes, its write-ahead log and the old rotating safety copies (plain text, or
under the old passphrase) are overwritten with zeros and removed (planner.core.files.wipe: a
best effort on SSDs and journaling file systems, see there).

`FSP_TEST_CRASH_AT`: tests set this environment variable to the name of one of `CRASH_POINTS` to
make the process kill itself (SIGKILL) at that point, to prove that a crash anywhere leaves a good
plan. Unset, it does nothing; set, it can only end the planner's own process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from planner.core import crypto
from planner.core.connection import connect_raw
from planner.core.errors import FileSystemError, PlanError, PlannerError, ValidationError
from planner.core.files import (
    SIDECARS,
    fsync_file,
    fsync_folder,
    hidden,
    private_umask,
    remove_with_sidecars,
    wipe,
)
from planner.core.leftovers import PROTECTING, RETIRED
from planner.core.plans import PlanFile
from planner.core.safety_copies import backups_of
from planner.core.sqlerrors import NEARLY_FULL, translate

# Where a test may crash the process, in the order they are reached.
CRASH_POINTS = (
    "suspended",  # the plan's connections are closed; nothing written yet
    "exported",  # the new copy is written, not yet checked
    "verified",  # the copy has been checked against the plan
    "synced",  # the copy is flushed to disk
    "linked",  # the old file has its second, hidden name
    "replaced",  # the copy has the plan's name
    "folder-synced",  # the rename is on disk
    "backups-removed",  # the old backups are gone
    "retired-removed",  # the old file's bytes are overwritten and gone
    "backed-up",  # a fresh backup under the new key exists
)


def _crash_point(name: str) -> None:
    """Test hook: die here, as a power cut would, when FSP_TEST_CRASH_AT names this point."""
    if os.environ.get("FSP_TEST_CRASH_AT") == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


# -- protect, change, remove a passphrase ---------------------------------------------------


def protect(plan: PlanFile, passphrase: str) -> PlanFile:
    """Encrypt a plan that has no passphrase; return it opened under the new key.

    `plan` is closed afterwards: use the returned PlanFile. The old plain backups hold the plan in
    plain text, so they are overwritten and removed, and one new encrypted backup is written (if
    that fails, for example on a full disk, the plan is protected all the same). The old file's
    bytes are overwritten too where the file system allows a second name for it (not FAT).
    """
    check_open(plan)
    if plan.encrypted:
        raise PlanError("This plan already has a passphrase. Use “Change passphrase” instead.")
    return _swap(plan, _new_passphrase(passphrase), reason="protected")


def change_passphrase(plan: PlanFile, new_passphrase: str) -> PlanFile:
    """Re-encrypt a protected plan under a new passphrase and a new salt; return it reopened.

    The old passphrase stops working on this computer: the old encrypted backups would still open
    with it (and someone else may know it), so they are overwritten and removed, and one fresh
    backup is written under the new passphrase. Copies saved elsewhere (a USB stick) keep the
    passphrase they were saved with.
    """
    check_open(plan)
    if not plan.encrypted:
        raise PlanError("This plan has no passphrase yet. Use “Protect with a passphrase”.")
    # SQLCipher 4.19's `PRAGMA rekey = "x'<key><salt>'"` does write the new salt into the header
    # (measured; older notes said it could not), so an in-place rekey would also work. We still
    # export into a new file: the copy is checked before it replaces the plan, a crash leaves the
    # old file untouched, and protect, change and remove share one tested path. The key must be
    # derived from the salt in the header, so a new salt always means a new file header.
    return _swap(plan, _new_passphrase(new_passphrase), reason="new-passphrase")


def remove_passphrase(plan: PlanFile) -> PlanFile:
    """Decrypt a protected plan into a plain file; return it reopened without a key.

    Anyone who can reach the file can then read it (the UI warns before calling this). The old
    encrypted backups are removed and one plain backup is written.
    """
    check_open(plan)
    if not plan.encrypted:
        raise PlanError("This plan has no passphrase.")
    return _swap(plan, None, reason="unprotected")


def _new_passphrase(passphrase: str) -> tuple[bytes, bytes]:
    if not passphrase:
        raise ValidationError("A passphrase cannot be empty.")
    crypto.check_new_passphrase(passphrase)
    salt = crypto.new_salt()
    return crypto.derive_key(passphrase, salt), salt


def check_open(plan: PlanFile) -> None:
    if not plan.is_open:
        raise PlanError("The plan is locked or closed.")


def _swap(plan: PlanFile, new: tuple[bytes, bytes] | None, reason: str) -> PlanFile:
    """Export under the new key, check, rename over the plan; see the module's docstring.

    Call with no unit of work open on `plan`: every connection to the old file must close.
    """
    path = plan.path
    copy = hidden(path, PROTECTING)
    retired = hidden(path, RETIRED)
    new_key, new_salt = new if new is not None else (None, None)
    header = new_salt if new_salt is not None else crypto.PLAIN_SQLITE_HEADER

    old_key, lock = plan.suspend()
    swapped = linked = False
    try:
        _crash_point("suspended")
        remove_with_sidecars(copy)  # leftovers: the plan is open, so it is intact
        retired.unlink(missing_ok=True)
        with private_umask():  # the new file is the plan: private, wherever it lives
            _export(path, old_key, copy, new_key, new_salt)
        _crash_point("exported")
        _verify_copy(path, old_key, copy, new_key, header)
        _crash_point("verified")
        fsync_file(copy)
        _clear_sidecars(path)
        _crash_point("synced")
        linked = _link(path, retired)
        _crash_point("linked")
        os.replace(copy, path)
        swapped = True
    except sqlcipher.Error as error:
        raise _copy_error(error, path, plan.encrypted) from error
    except OSError as error:
        raise FileSystemError(
            "The plan could not be rewritten in {folder} ({reason}), so it was not changed. "
            "Check that the disk has space and the folder can be written to.",
            folder=path.parent,
            reason=error.strerror,
        ) from error
    finally:
        if not swapped:
            plan.resume(old_key, lock)  # first: the caller's plan must work again
            with contextlib.suppress(OSError):
                remove_with_sidecars(copy)
                retired.unlink(missing_ok=True)

    # From here on the new file is the plan: whatever happens, hand it back opened.
    _crash_point("replaced")
    try:
        fsync_folder(path.parent)
        durable = True
    except OSError:
        durable = False
    _crash_point("folder-synced")
    wiped = _remove_old_copies(path, retired, wipe_retired=linked and durable)
    new_plan = PlanFile(path, new_key, lock)
    # Best effort: the plan is already good, and the user can make a backup later.
    made = False
    with contextlib.suppress(PlanError):
        new_plan.make_backup(reason)
        made = True
    _crash_point("backed-up")
    new_plan.change_message = _message(new_key is not None, plan.encrypted, wiped, made)
    return new_plan


def _message(protected: bool, was_protected: bool, wiped: int, made: bool) -> str:
    """What the person is told: the new state, and what became of the old safety copies."""
    if protected:
        now = "The plan is now protected with the new passphrase."
    else:
        now = "The plan is no longer protected by a passphrase."
    old = "not protected" if not was_protected else "under the old passphrase"
    copies = (
        f" Its {wiped} earlier safety {'copy' if wiped == 1 else 'copies'} ({old}) "
        f"{'was' if wiped == 1 else 'were'} overwritten and removed."
        if wiped
        else ""
    )
    new = " A new safety copy was made." if made else " No new safety copy could be made yet."
    return now + copies + new


def _copy_error(error: sqlcipher.Error, path: Path, encrypted: bool) -> PlannerError:
    """The plan itself was checked when it was opened: an error while writing its copy is about
    the copy. SQLCipher reports a copy cut short by a full disk as a damaged file; say what it
    is when the disk has less room than a second plan needs."""
    room = shutil.disk_usage(path.parent).free
    if room < path.stat().st_size + NEARLY_FULL:
        return FileSystemError(
            "The disk holding {folder} is nearly full: a passphrase change needs room for a "
            "second copy of the plan while it works. Nothing was changed. Free some space, then "
            "try again.",
            folder=path.parent,
        )
    return translate(error, path, encrypted=encrypted)


def _remove_old_copies(path: Path, retired: Path, *, wipe_retired: bool) -> int:
    """After a swap: the old backups, then the old file's second name (the marker that tells
    `remove_stale_temp_files` this cleanup was not finished); how many backups went."""
    wiped = 0
    for backup in backups_of(path):
        with contextlib.suppress(OSError):
            wipe(backup)
            wiped += 1
    _crash_point("backups-removed")
    with contextlib.suppress(OSError):
        if wipe_retired:
            wipe(retired)
        else:
            # The rename may not be on disk yet: the old file could come back as the plan.
            retired.unlink(missing_ok=True)
    _crash_point("retired-removed")
    return wiped


def _export(
    source: Path, source_key: bytes | None, target: Path, key: bytes | None, salt: bytes | None
) -> None:
    # A raw key with the salt puts our Argon2 salt into the new file's header (checked by
    # _verify_copy); an empty key makes a plain file.
    literal = "" if key is None or salt is None else f"x'{(key + salt).hex()}'"
    connection = connect_raw(source, source_key)
    try:
        connection.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), literal))
        try:
            # No journal and no flush per statement: the copy is checked, then flushed once,
            # before it matters; a crash meanwhile leaves only a hidden leftover.
            connection.execute("PRAGMA target.journal_mode = OFF")
            connection.execute("PRAGMA target.synchronous = OFF")
            connection.execute("SELECT sqlcipher_export('target')")
            # sqlcipher_export copies every table (alembic_version too) but not these header
            # fields. The planner uses neither today; copying them keeps the copy exact.
            for pragma in ("user_version", "application_id"):
                value = int(connection.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                connection.execute(f"PRAGMA target.{pragma} = {value}")
        finally:
            connection.execute("DETACH DATABASE target")
    finally:
        connection.close()


def _verify_copy(
    source: Path, source_key: bytes | None, copy: Path, copy_key: bytes | None, header: bytes
) -> None:
    """The copy opens with its key, its header holds the expected salt (so the passphrase finds
    it again), it passes quick_check, and every table holds the same rows as the source."""
    if crypto.read_header(copy) != header:
        raise PlanError("The new copy of the plan has the wrong header, so nothing was changed.")
    if fingerprint(connect_raw(copy, copy_key)) != fingerprint(connect_raw(source, source_key)):
        raise PlanError("The new copy of the plan did not match it, so nothing was changed.")


def fingerprint(connection: Any) -> dict[str, Any]:
    """Schema, header fields, and a row count and digest per table; closes the connection."""
    try:
        if [row[0] for row in connection.execute("PRAGMA quick_check")] != ["ok"]:
            raise PlanError("A copy of the plan failed its integrity check; nothing was changed.")
        schema = sorted(
            connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
            key=repr,
        )
        result: dict[str, Any] = {
            "schema": schema,
            "user_version": connection.execute("PRAGMA user_version").fetchone()[0],
            "application_id": connection.execute("PRAGMA application_id").fetchone()[0],
        }
        for kind, name, _table, _sql in schema:
            if kind != "table":
                continue
            quoted = '"' + str(name).replace('"', '""') + '"'
            rows = sorted(repr(row) for row in connection.execute(f"SELECT * FROM {quoted}"))
            digest = hashlib.sha256("\n".join(rows).encode("utf-8", "surrogatepass"))
            result[f"table:{name}"] = (len(rows), digest.hexdigest())
        return result
    finally:
        connection.close()


def _clear_sidecars(path: Path) -> None:
    """With every connection closed, SQLite has folded the WAL back and removed it. A WAL with
    frames left would be replayed onto the new file and ruin it: refuse instead."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise PlanError(
            "The plan is still being written by another program, so it was not changed."
        )
    for suffix in SIDECARS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _link(path: Path, retired: Path) -> bool:
    """Give the old file a second name so its bytes can be overwritten after the swap."""
    try:
        os.link(path, retired)
    except OSError:  # FAT/exFAT sticks and some network shares have no hard links
        return False
    return True
