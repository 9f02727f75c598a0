"""Passphrase and shelter flows: protect, change or remove a passphrase, save a copy elsewhere,
remove a plan from this computer, and a strength hint for a new passphrase.

Protecting, changing and removing a passphrase all work the same way: export the plan into a
hidden copy beside it under the new key (`sqlcipher_export`), check the copy against the plan,
flush it to disk, then rename it over the plan. A crash at any moment leaves exactly one good file
under the plan's name, the old one or the new one. The plan's lock is held from start to end.

Hidden files beside a plan, all recognised and removed by the next `PlanFile.open()` once the plan
itself has been checked (and by `remove_plan_from_computer`):
- `.<name>.protecting`: the new copy being written (plus its `-journal`);
- `.<name>.retired`: a second name (hard link) for the old file, kept only so that its bytes can be
  overwritten with zeros once the new file has replaced it;
- `.<name>.creating`: a plan being created (see `PlanFile.create`).

Overwriting with zeros is a best effort, never forensic erasure: SSDs, USB sticks, copy-on-write
file systems and file-system journals may keep old blocks, and the operating system may have
copies (swap, snapshots, cloud sync). The app's help says so.

`FSP_TEST_CRASH_AT`: tests set this environment variable to the name of one of `CRASH_POINTS` to
make the process kill itself (SIGKILL) at that point, to prove that a crash anywhere leaves a good
plan. Unset, it does nothing; set, it can only end the planner's own process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import stat
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from planner.core import crypto
from planner.core.backups import backups_of
from planner.core.connection import connect_raw
from planner.core.errors import FileSystemError, PlanError, ValidationError
from planner.core.filelock import PlanLock, lock_path_for
from planner.core.plans import PlanFile, _remove_with_sidecars, _sync_folder
from planner.core.sqlerrors import translate

_SIDECARS = ("-wal", "-shm", "-journal")
_PROTECTING = "protecting"
_RETIRED = "retired"
_CREATING = "creating"  # PlanFile.create's hidden file

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
    _check_open(plan)
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
    _check_open(plan)
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
    _check_open(plan)
    if not plan.encrypted:
        raise PlanError("This plan has no passphrase.")
    return _swap(plan, None, reason="unprotected")


def _new_passphrase(passphrase: str) -> tuple[bytes, bytes]:
    if not passphrase:
        raise ValidationError("A passphrase cannot be empty.")
    salt = crypto.new_salt()
    return crypto.derive_key(passphrase, salt), salt


def _check_open(plan: PlanFile) -> None:
    if not plan.is_open:
        raise PlanError("The plan is locked or closed.")


def _swap(plan: PlanFile, new: tuple[bytes, bytes] | None, reason: str) -> PlanFile:
    """Export under the new key, check, rename over the plan; see the module's docstring.

    Call with no unit of work open on `plan`: every connection to the old file must close.
    """
    path = plan.path
    copy = _hidden(path, _PROTECTING)
    retired = _hidden(path, _RETIRED)
    new_key, new_salt = new if new is not None else (None, None)
    header = new_salt if new_salt is not None else crypto.PLAIN_SQLITE_HEADER

    old_key, lock = plan._suspend()
    swapped = linked = False
    try:
        _crash_point("suspended")
        _remove_with_sidecars(copy)  # leftovers: the plan is open, so it is intact
        retired.unlink(missing_ok=True)
        _export(path, old_key, copy, new_key, new_salt)
        _crash_point("exported")
        _verify_copy(path, old_key, copy, new_key, header)
        _crash_point("verified")
        _fsync(copy)
        _clear_sidecars(path)
        _crash_point("synced")
        linked = _link(path, retired)
        _crash_point("linked")
        os.replace(copy, path)
        swapped = True
    except sqlcipher.Error as error:
        raise translate(error, path, encrypted=plan.encrypted) from error
    except OSError as error:
        raise FileSystemError(
            f"The plan could not be rewritten in {path.parent} ({error.strerror}), so it was "
            "not changed. Check that the disk has space and the folder can be written to."
        ) from error
    finally:
        if not swapped:
            plan._resume(old_key, lock)  # first: the caller's plan must work again
            with contextlib.suppress(OSError):
                _remove_with_sidecars(copy)
                retired.unlink(missing_ok=True)

    # From here on the new file is the plan: whatever happens, hand it back opened.
    _crash_point("replaced")
    try:
        _sync_folder(path.parent)
        durable = True
    except OSError:
        durable = False
    _crash_point("folder-synced")
    _remove_old_copies(path, retired, wipe_retired=linked and durable)
    new_plan = PlanFile(path, new_key, lock)
    # Best effort: the plan is already good, and the user can make a backup later.
    with contextlib.suppress(PlanError):
        new_plan.make_backup(reason)
    _crash_point("backed-up")
    return new_plan


def _remove_old_copies(path: Path, retired: Path, *, wipe_retired: bool) -> None:
    """After a swap: the old backups, then the old file's second name (the marker that tells
    `remove_stale_temp_files` this cleanup was not finished)."""
    for backup in backups_of(path):
        with contextlib.suppress(OSError):
            _wipe(backup)
    _crash_point("backups-removed")
    with contextlib.suppress(OSError):
        if wipe_retired:
            _wipe(retired)
        else:
            # The rename may not be on disk yet: the old file could come back as the plan.
            retired.unlink(missing_ok=True)
    _crash_point("retired-removed")


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
    if _fingerprint(connect_raw(copy, copy_key)) != _fingerprint(connect_raw(source, source_key)):
        raise PlanError("The new copy of the plan did not match it, so nothing was changed.")


def _fingerprint(connection: Any) -> dict[str, Any]:
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
    for suffix in _SIDECARS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _link(path: Path, retired: Path) -> bool:
    """Give the old file a second name so its bytes can be overwritten after the swap."""
    try:
        os.link(path, retired)
    except OSError:  # FAT/exFAT sticks and some network shares have no hard links
        return False
    return True


# -- leftovers -----------------------------------------------------------------------------


def _hidden(path: Path, kind: str) -> Path:
    return path.with_name(f".{path.name}.{kind}")


def _temp_files(path: Path) -> list[Path]:
    names = [_hidden(path, kind) for kind in (_PROTECTING, _CREATING)]
    return [
        *(name.with_name(name.name + suffix) for name in names for suffix in ("", *_SIDECARS)),
        _hidden(path, _RETIRED),
    ]


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Remove what an interrupted protect/change/remove or create left beside `path`.

    Call only once the plan at `path` has been opened and checked, with its lock held (as
    `PlanFile.open` does). Never raises: a leftover that cannot be removed stays for next time.
    """
    removed: list[Path] = []
    retired = _hidden(path, _RETIRED)
    if _exists(retired) and not _same_file(retired, path):
        # A swap finished but its cleanup did not: the backups are all from before the swap
        # (plain text, or under the old passphrase), and the retired file is the old plan.
        for backup in backups_of(path):
            with contextlib.suppress(OSError):
                _wipe(backup)
                removed.append(backup)
    for leftover in _temp_files(path):
        if _exists(leftover):
            # A retired name for the plan itself (a crash before the swap) is only unlinked:
            # _wipe never overwrites a file that has another name.
            with contextlib.suppress(OSError):
                _wipe(leftover)
                removed.append(leftover)
    return removed


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _wipe(path: Path) -> None:
    """Overwrite a file's bytes with zeros, flush, then unlink it (best effort, see the module's
    docstring). Only a regular file with no other name is overwritten: never the target of a
    symbolic link, nor a file still reachable under another name (a hard link)."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        fd = -1
    if fd >= 0:
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
                _write_zeros(fd, info.st_size)
        except OSError:
            pass  # overwriting is a bonus; removing is what matters
        finally:
            os.close(fd)
    path.unlink(missing_ok=True)


def _write_zeros(fd: int, size: int) -> None:
    block = bytes(1024 * 1024)
    remaining = size
    while remaining > 0:
        remaining -= os.write(fd, block[: min(remaining, len(block))])
    os.fsync(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
        raise FileSystemError(f"The folder {path.parent} does not exist.")
    if path.is_dir():
        raise FileSystemError(f"{path} is a folder, not a plan file.")
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
        ]
        present = [candidate for candidate in candidates if _exists(candidate)]
        if not any(candidate == path or candidate.suffix == ".bak" for candidate in present):
            raise FileSystemError(f"There is no plan at {path}.")
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
            f"These files could not be removed: {names}. Check that the folder can be written to."
        )
    return removed


def save_copy_to(plan: PlanFile, folder: Path) -> Path:
    """Save a checked copy of the open plan, with the same file name, into `folder` (for example
    a USB stick); return its path. A protected plan's copy stays encrypted and opens with the same
    passphrase; a plan without one is copied in plain text. Never overwrites a file."""
    _check_open(plan)
    folder = Path(folder)
    if not folder.exists():
        raise FileSystemError(
            f"The folder {folder} does not exist. If it is on a USB stick, check it is plugged in."
        )
    if not folder.is_dir():
        raise FileSystemError(f"{folder} is a file, not a folder.")
    target = folder / plan.path.name
    if _exists(target):
        raise FileSystemError(
            f"There is already a file named {target.name} in {folder}. Nothing was overwritten: "
            "choose another folder, or move that file first."
        )
    if not os.access(folder, os.W_OK):
        raise FileSystemError(
            f"The folder {folder} is read-only. Choose a folder you can write to."
        )
    temp = folder / f".{plan.path.name}.saving"
    try:
        header = crypto.read_header(plan.path)
        _remove_with_sidecars(temp)
        connection = plan._connect_raw()
        try:
            connection.execute("VACUUM INTO ?", (str(temp),))
        finally:
            connection.close()
        if crypto.read_header(temp) != header:  # VACUUM INTO keeps the salt: check it did
            raise PlanError("The copy has the wrong header, so it was not kept.")
        if _fingerprint(plan._connect_raw(temp)) != _fingerprint(plan._connect_raw()):
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
    return target


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
    text = str(error).lower()
    if isinstance(error, FileExistsError):
        why = f"a file with the same name appeared in {folder} meanwhile; nothing was overwritten"
    elif "full" in text or getattr(error, "errno", None) == 28:
        why = "the drive is full"
    elif isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        why = "the folder is read-only"
    elif "unable to open" in text or isinstance(error, FileNotFoundError):
        why = "the folder cannot be written to (was the drive removed?)"
    else:
        why = str(getattr(error, "strerror", None) or error)
    return FileSystemError(f"The plan could not be saved to {folder}: {why}.")
