"""PlanFile: create, open and close one plan file, with or without a passphrase.

Opening never changes a file it cannot fully trust: the header, the key, the integrity and the
schema version are checked first, with a bare connection, before anything writes. The window
opens with `check_later=True`: its first screen is read at once, and the integrity check runs
just after it is shown, or before the first write if that comes sooner (see `verify`).

SQLAlchemy is imported when the plan is first used through it (`unit_of_work`): the window's
first screen reads through `reading()`, a bare connection, without waiting for the ORM.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from planner.core import crypto
from planner.core.connection import configure, connect_raw
from planner.core.errors import (
    DamagedPlanError,
    FileSystemError,
    NewerSchemaError,
    PassphraseRequiredError,
    PlanError,
)
from planner.core.filelock import PlanLock
from planner.core.files import (
    SIDECARS,
    fsync_folder,
    hidden,
    make_private,
    private_umask,
    remove_with_sidecars,
    sidecars,
    wiping_logs_once_closed,
)
from planner.core.i18n import mark
from planner.core.leftovers import CREATING, remove_stale_temp_files
from planner.core.revisions import KNOWN_REVISIONS, SCHEMA_REVISION
from planner.core.safety_copies import backups_of, make_verified_backup
from planner.core.sqlerrors import damaged, translate
from planner.core.wal import DamagedLog, keep_damaged_log

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from planner.core.db import SessionFactory

Populate = Callable[["Session"], None]


class PlanFile:
    """An open plan: holds its lock, its key and its engine until `close()`."""

    def __init__(
        self, path: Path, key: bytes | None, lock: PlanLock, *, checked: bool = True
    ) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._sessions: SessionFactory | None = None
        self._reader: Any = None
        self._checked = checked
        # Set by open() when the log had committed changes SQLite could not apply.
        self.damaged_log: DamagedLog | None = None
        # Set by planner.core.rekey on the plan it hands back: what changed, in words.
        self.change_message = ""
        self._use(key, lock)

    def _use(self, key: bytes | None, lock: PlanLock) -> None:
        """Hold the key and the lock; the engine is made when first needed (`_session_factory`)."""
        self.encrypted = key is not None
        self._key = key
        self._open = True
        self._lock = lock

    def _session_factory(self) -> SessionFactory:
        from planner.core.db import make_engine, make_session_factory

        if not self._open:
            raise PlanError("The plan is locked or closed.")
        self.verify()
        if self._sessions is None:
            self._engine = make_engine(self.path, self._key)
            self._sessions = make_session_factory(self._engine)
        return self._sessions

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path, passphrase: str | None = None, *, check_later: bool = False
    ) -> PlanFile:
        """Open a plan; `check_later`: leave its integrity check to `verify()` (see above)."""
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
            _make_files_private(path)
            damaged_log = keep_damaged_log(path)
            checked = _bring_up_to_date(path, key, encrypted, check=not check_later)
            if checked:
                # The file is intact and ours: leftovers of an interrupted protect or create go.
                remove_stale_temp_files(path)
            plan = cls(path, key, lock, checked=checked)
            plan.damaged_log = damaged_log
            return plan
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
        if passphrase is not None:
            crypto.check_new_passphrase(passphrase)
        _check_can_create(path)
        lock = PlanLock(path)
        lock.acquire()
        building = hidden(path, CREATING)
        try:
            salt = crypto.new_salt() if passphrase else None
            key = crypto.derive_key(passphrase, salt) if passphrase and salt else None
            remove_with_sidecars(building)
            with private_umask():
                _build(building, key, salt, populate)
            os.replace(building, path)
            fsync_folder(path.parent)
            return cls(path, key, lock)
        except BaseException as error:
            remove_with_sidecars(building)
            lock.release()
            driver = error if isinstance(error, sqlcipher.Error) else getattr(error, "orig", None)
            if isinstance(driver, sqlcipher.Error):  # a full disk, a read-only folder...
                raise translate(driver, path, encrypted=bool(passphrase)) from error
            raise

    # -- using ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: one transaction; driver errors become PlanErrors."""
        from planner.core.db import unit_of_work

        try:
            with unit_of_work(self._session_factory()) as session:
                yield session
        except sqlcipher.Error as error:
            raise translate(error, self.path, encrypted=self.encrypted) from error
        except Exception as error:
            original = getattr(error, "orig", None)
            if isinstance(original, sqlcipher.Error):
                raise translate(original, self.path, encrypted=self.encrypted) from error
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Any]:
        """A bare DB-API connection to read from, without the ORM (planner.core.overview_read).
        Kept open with the plan; driver errors become PlanErrors."""
        if not self._open:
            raise PlanError("The plan is locked or closed.")
        try:
            if self._reader is None:
                self._reader = connect_raw(self.path, self._key)
                configure(self._reader)
            yield self._reader
        except sqlcipher.Error as error:
            raise translate(error, self.path, encrypted=self.encrypted) from error

    def verify(self) -> None:
        """The integrity check an open with `check_later` left to do: a damaged plan raises
        DamagedPlanError. Runs once; every way of writing runs it first."""
        if self._checked:
            return
        with self.reading() as connection:
            _check_integrity(connection, self.encrypted)
        self._checked = True
        remove_stale_temp_files(self.path)

    @property
    def is_open(self) -> bool:
        return self._open

    def integrity_problems(self) -> list[str]:
        """`PRAGMA integrity_check` lines other than "ok" (empty when all is well)."""
        with self.unit_of_work() as session:
            rows = session.connection().exec_driver_sql("PRAGMA integrity_check").all()
        return [str(row[0]) for row in rows if row[0] != "ok"]

    def make_backup(self, reason: str = "manual") -> Path:
        """A verified copy beside the plan (encrypted under the same key when protected)."""
        if not self._open:
            raise PlanError("The plan is locked or closed.")
        self.verify()
        return make_verified_backup(self.path, self._key, reason)

    # -- for the modules that copy or swap the file under an open plan (rekey, protection) ---

    def connect_raw(self, path: Path | None = None) -> Any:
        """A bare connection with this plan's key, to the plan or to a copy made under its key."""
        if not self._open:
            raise PlanError("The plan is locked or closed.")
        self.verify()
        return connect_raw(self.path if path is None else path, self._key)

    def suspend(self) -> tuple[bytes | None, PlanLock]:
        """Close the database (folding the WAL back into the file) but keep holding the lock,
        and hand the key and the lock to the caller. This object then acts closed, and its
        close() no longer touches that lock, until `resume()` gives them back."""
        if not self._open:
            raise PlanError("The plan is locked or closed.")
        self.verify()
        key, lock = self._key, self._lock
        self._close_connections()
        self._key = None
        self._lock = PlanLock(self.path)  # never acquired: releasing it does nothing
        return key, lock

    def resume(self, key: bytes | None, lock: PlanLock) -> None:
        """Undo `suspend()` when the file was not swapped after all."""
        self._use(key, lock)

    def close(self) -> None:
        """Close the database (SQLite checkpoints the WAL), forget the key, drop the lock."""
        self._close_connections()
        self._key = None
        self._lock.release()

    def _close_connections(self) -> None:
        """Close every connection. A plain plan's log holds its text in the clear: it is
        overwritten once SQLite has folded it back (an encrypted plan's log is encrypted)."""
        if self._open and not self.encrypted:
            with wiping_logs_once_closed(self.path):
                self._dispose_connections()
        else:
            self._dispose_connections()
        self._open = False

    def _dispose_connections(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self._engine is not None:
            self._engine.dispose()
        self._reader = None
        self._engine = None
        self._sessions = None

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


def refuse_symlink(path: Path) -> None:
    """A plan is used under its own name, never through a symbolic link: protecting would
    replace the link and leave the plain target, removing would remove only the link."""
    if path.is_symlink():
        raise FileSystemError(
            mark(
                "{path} is a symbolic link, not a plan file. Open the file it points to "
                "instead: {target}"
            ),
            path=path,
            target=os.path.realpath(path),
        )


def _read_plan_header(path: Path) -> bytes:
    if not path.parent.is_dir():
        raise FileSystemError(mark("The folder {folder} does not exist."), folder=path.parent)
    refuse_symlink(path)
    if path.is_dir():
        raise FileSystemError(mark("{path} is a folder, not a plan file."), path=path)
    if not path.exists():
        raise FileSystemError(mark("There is no plan at {path}."), path=path)
    if not path.is_file():  # a FIFO or a device: reading it could wait forever
        raise FileSystemError(
            mark("{path} is not a plan file (it is not an ordinary file)."), path=path
        )
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
    if path.exists() or path.is_symlink():
        raise FileSystemError(
            mark("There is already a file at {path}; choose another name."), path=path
        )
    if not os.access(path.parent, os.W_OK):
        raise FileSystemError(
            mark("The folder {folder} is read-only. Choose a folder you can write to."),
            folder=path.parent,
        )


def _check_integrity(connection: sqlcipher.Connection, encrypted: bool) -> None:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if [row[0] for row in rows] != ["ok"]:
        raise damaged(encrypted)


def _schema_revision(connection: sqlcipher.Connection, encrypted: bool) -> str:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.OperationalError as error:
        raise damaged(encrypted) from error
    if row is None:
        raise damaged(encrypted)
    return str(row[0])


def _bring_up_to_date(path: Path, key: bytes | None, encrypted: bool, *, check: bool) -> bool:
    """Check the file (its integrity unless `check` is False and it is up to date); refuse a
    newer schema; back up and upgrade an older one. True when the integrity was checked."""
    new_sidecars = [p for p in sidecars(path, "-wal", "-shm") if not p.exists()]
    try:
        connection = connect_raw(path, key)
        try:
            if check:
                _check_integrity(connection, encrypted)
            revision = _schema_revision(connection, encrypted)
            if not check and revision != SCHEMA_REVISION:
                _check_integrity(connection, encrypted)  # an upgrade writes: check first
                check = True
        finally:
            connection.close()
    except sqlcipher.Error as error:
        _remove_if_left_empty(new_sidecars)
        raise translate(error, path, encrypted=encrypted) from error
    if revision == SCHEMA_REVISION:
        return check
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
    return True


def _build(building: Path, key: bytes | None, salt: bytes | None, populate: Populate) -> None:
    from planner.core.db import make_engine, make_session_factory, unit_of_work
    from planner.core.migrate import upgrade

    upgrade(building, key, salt)
    engine = make_engine(building, key)
    try:
        with unit_of_work(make_session_factory(engine)) as session:
            populate(session)
    finally:
        engine.dispose()  # the last connection closing folds the WAL back into the file


def _make_files_private(path: Path) -> None:
    """Plans made by older versions were readable by other accounts (0644): tighten the plan,
    its side files and its safety copies to 0600 (the folder is the person's choice)."""
    for file in [*sidecars(path, "", *SIDECARS), *backups_of(path)]:
        if file.exists():
            make_private(file)


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
