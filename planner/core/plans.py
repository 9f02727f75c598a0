"""PlanFile: create, open and close one plan file, with or without a passphrase.

Opening never changes a file it cannot fully trust: the header, the key, the integrity and the
schema version are checked first, with a bare connection, before anything writes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from planner.core import crypto
from planner.core.backups import make_verified_backup
from planner.core.db import SessionFactory, connect_raw, make_engine, make_session_factory
from planner.core.db import unit_of_work as _unit_of_work
from planner.core.errors import (
    DamagedPlanError,
    FileSystemError,
    NewerSchemaError,
    PassphraseRequiredError,
    PlanError,
)
from planner.core.filelock import PlanLock
from planner.core.i18n import mark
from planner.core.sqlerrors import damaged_message, translate

# The schema revisions this version of the planner knows, oldest first. A test checks that the
# last one is Alembic's head, so opening a current plan never has to import Alembic.
KNOWN_REVISIONS = ("0001", "0002")
SCHEMA_REVISION = KNOWN_REVISIONS[-1]

Populate = Callable[[Session], None]


class PlanFile:
    """An open plan: holds its lock, its key and its engine until `close()`."""

    def __init__(self, path: Path, key: bytes | None, lock: PlanLock) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._sessions: SessionFactory | None = None
        self._use(key, lock)

    def _use(self, key: bytes | None, lock: PlanLock) -> None:
        self.encrypted = key is not None
        self._key = key
        engine = make_engine(self.path, key)
        self._engine = engine
        self._sessions = make_session_factory(engine)
        self._lock = lock

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None) -> PlanFile:
        path = Path(path)
        header = _read_plan_header(path)
        encrypted = not crypto.header_is_plain(header)
        if encrypted and passphrase is None:
            raise PassphraseRequiredError(
                "This plan is protected with a passphrase (or the file is damaged). "
                "Enter its passphrase to open it."
            )
        lock = PlanLock(path)
        lock.acquire()
        try:
            # A passphrase given for a plan that has none is simply not needed.
            key = crypto.derive_key(passphrase, header) if encrypted and passphrase else None
            _bring_up_to_date(path, key, encrypted)
            # The file is intact and ours: leftovers of an interrupted protect or create go.
            from planner.core.protection import remove_stale_temp_files

            remove_stale_temp_files(path)
            return cls(path, key, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def create(cls, path: Path, populate: Populate, passphrase: str | None = None) -> PlanFile:
        """Build the plan in a hidden file beside `path`, then rename it into place: a crash
        or an error while creating never leaves a half-made plan under the real name."""
        path = Path(path)
        if passphrase == "":
            raise PlanError("A passphrase cannot be empty.")
        _check_can_create(path)
        lock = PlanLock(path)
        lock.acquire()
        building = path.with_name(f".{path.name}.creating")
        try:
            salt = crypto.new_salt() if passphrase else None
            key = crypto.derive_key(passphrase, salt) if passphrase and salt else None
            _remove_with_sidecars(building)
            _build(building, key, salt, populate)
            os.replace(building, path)
            _sync_folder(path.parent)
            return cls(path, key, lock)
        except BaseException as error:
            _remove_with_sidecars(building)
            lock.release()
            driver = error if isinstance(error, sqlcipher.Error) else getattr(error, "orig", None)
            if isinstance(driver, sqlcipher.Error):  # a full disk, a read-only folder...
                raise translate(driver, path, encrypted=bool(passphrase)) from error
            raise

    # -- using ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: one transaction; driver errors become PlanErrors."""
        if self._sessions is None:
            raise PlanError("The plan is locked or closed.")
        try:
            with _unit_of_work(self._sessions) as session:
                yield session
        except sqlcipher.Error as error:
            raise translate(error, self.path, encrypted=self.encrypted) from error
        except Exception as error:
            original = getattr(error, "orig", None)
            if isinstance(original, sqlcipher.Error):
                raise translate(original, self.path, encrypted=self.encrypted) from error
            raise

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def integrity_problems(self) -> list[str]:
        """`PRAGMA integrity_check` lines other than "ok" (empty when all is well)."""
        with self.unit_of_work() as session:
            rows = session.connection().exec_driver_sql("PRAGMA integrity_check").all()
        return [str(row[0]) for row in rows if row[0] != "ok"]

    def make_backup(self, reason: str = "manual") -> Path:
        """A verified copy beside the plan (encrypted under the same key when protected)."""
        if self._engine is None:
            raise PlanError("The plan is locked or closed.")
        return make_verified_backup(self.path, self._key, reason)

    # -- for planner.core.protection only (it swaps the file under an open plan) -------------

    def _connect_raw(self, path: Path | None = None) -> Any:
        """A bare connection with this plan's key, to the plan or to a copy made under its key."""
        if self._engine is None:
            raise PlanError("The plan is locked or closed.")
        return connect_raw(self.path if path is None else path, self._key)

    def _suspend(self) -> tuple[bytes | None, PlanLock]:
        """Close the database (folding the WAL back into the file) but keep holding the lock,
        and hand the key and the lock to the caller. This object then acts closed, and its
        close() no longer touches that lock, until `_resume()` gives them back."""
        if self._engine is None:
            raise PlanError("The plan is locked or closed.")
        self._engine.dispose()
        key, lock = self._key, self._lock
        self._engine = None
        self._sessions = None
        self._key = None
        self._lock = PlanLock(self.path)  # never acquired: releasing it does nothing
        return key, lock

    def _resume(self, key: bytes | None, lock: PlanLock) -> None:
        """Undo `_suspend()` when the file was not swapped after all."""
        self._use(key, lock)

    def close(self) -> None:
        """Close the database (SQLite checkpoints the WAL), forget the key, drop the lock."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._key = None
        self._sessions = None
        self._lock.release()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


# -- checks before opening -------------------------------------------------------------------


def is_protected(path: Path) -> bool:
    """True when the plan at `path` needs a passphrase (or is not a readable plan at all)."""
    return not crypto.header_is_plain(_read_plan_header(Path(path)))


def _read_plan_header(path: Path) -> bytes:
    if not path.parent.is_dir():
        raise FileSystemError(mark("The folder {folder} does not exist."), folder=path.parent)
    if path.is_dir():
        raise FileSystemError(mark("{path} is a folder, not a plan file."), path=path)
    if not path.exists():
        raise FileSystemError(mark("There is no plan at {path}."), path=path)
    try:
        header = crypto.read_header(path)
    except PermissionError as error:
        raise FileSystemError(
            mark("The planner is not allowed to read {path}."), path=path
        ) from error
    except OSError as error:
        raise FileSystemError(
            mark("{path} cannot be read: {reason}."), path=path, reason=error.strerror
        ) from error
    if len(header) < crypto.SALT_SIZE:
        raise DamagedPlanError(
            "This file is empty or cut short: it is not a plan, or it was damaged."
        )
    return header


def _check_can_create(path: Path) -> None:
    if not path.parent.is_dir():
        raise FileSystemError(mark("The folder {folder} does not exist."), folder=path.parent)
    if path.exists():
        raise FileSystemError(
            mark("There is already a file at {path}; choose another name."), path=path
        )
    if not os.access(path.parent, os.W_OK):
        raise FileSystemError(
            mark("The folder {folder} is read-only. Choose a folder you can write to."),
            folder=path.parent,
        )


def _schema_revision(connection: sqlcipher.Connection, encrypted: bool) -> str:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if [row[0] for row in rows] != ["ok"]:
        raise DamagedPlanError(damaged_message(encrypted))
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.OperationalError as error:
        raise DamagedPlanError(damaged_message(encrypted)) from error
    if row is None:
        raise DamagedPlanError(damaged_message(encrypted))
    return str(row[0])


def _bring_up_to_date(path: Path, key: bytes | None, encrypted: bool) -> None:
    """Check the file; refuse a newer schema; back up and upgrade an older one."""
    new_sidecars = [p for p in _sidecars(path, "-wal", "-shm") if not p.exists()]
    try:
        connection = connect_raw(path, key)
        try:
            revision = _schema_revision(connection, encrypted)
        finally:
            connection.close()
    except sqlcipher.Error as error:
        _remove_if_left_empty(new_sidecars)
        raise translate(error, path, encrypted=encrypted) from error
    if revision == SCHEMA_REVISION:
        return
    if revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            "This plan was made by a newer version of the planner. "
            "Install the newer version to open it; the file has not been changed."
        )
    make_verified_backup(path, key, reason="before-upgrade")
    from planner.core.migrate import upgrade  # Alembic is imported only when it is needed.

    try:
        upgrade(path, key)
    except sqlcipher.Error as error:
        raise translate(error, path, encrypted=encrypted) from error


def _build(building: Path, key: bytes | None, salt: bytes | None, populate: Populate) -> None:
    from planner.core.migrate import upgrade

    upgrade(building, key, salt)
    engine = make_engine(building, key)
    try:
        with _unit_of_work(make_session_factory(engine)) as session:
            populate(session)
    finally:
        engine.dispose()  # the last connection closing folds the WAL back into the file


def _remove_with_sidecars(path: Path) -> None:
    for sidecar in _sidecars(path, "", "-wal", "-shm", "-journal"):
        sidecar.unlink(missing_ok=True)


def _sidecars(path: Path, *suffixes: str) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in suffixes]


def _remove_if_left_empty(made: list[Path]) -> None:
    """A failed first look (a full disk) can leave SQLite's side files beside the plan: remove
    the ones that this look made, as long as no write-ahead log holds anything (we hold the
    lock, so no one else is using the shared-memory file)."""
    wal = [p for p in made if p.name.endswith("-wal")]
    if any(p.exists() and p.stat().st_size > 0 for p in wal):
        return
    for sidecar in made:
        with contextlib.suppress(OSError):
            sidecar.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
