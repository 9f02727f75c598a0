"""Engine and session factory for one plan file, and the unit of work every user action uses."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, update
from sqlalchemy.orm import Session, sessionmaker

from planner.core.connection import configure
from planner.core.connection import connect_raw as connect_raw  # used from here by others
from planner.core.models import Plan, utc_now

SessionFactory = sessionmaker[Session]


def make_engine(
    path: Path,
    key: bytes | None,
    salt: bytes | None = None,
    *,
    foreign_keys: bool = True,
    wal: bool = True,
) -> Engine:
    """An engine whose connections carry the key, the pragmas and real BEGIN/COMMIT.

    `wal=False` leaves the file's journal mode as it is: switching to WAL rewrites the file's
    header at once, outside any transaction, so an upgrade that fails would not leave the file
    byte-for-byte as it was."""
    engine = create_engine(
        f"sqlite:///{path}",
        creator=lambda: connect_raw(path, key, salt),
        module=sqlcipher,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        configure(dbapi_connection, foreign_keys=foreign_keys, wal=wal)

    # The driver's own transaction handling is off (isolation_level=None); we emit BEGIN
    # ourselves so that SAVEPOINTs and transactional DDL behave (SQLAlchemy's pysqlite recipe).
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> SessionFactory:
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _touch_plan)
    return factory


def _touch_plan(session: Session, _context: Any, _instances: Any) -> None:
    """Any change to the plan's content updates the plan's "modified" time.

    `session.dirty` also holds objects whose attributes were merely set to the values they had:
    those change nothing, so they must not make opening a plan write to it."""
    really_dirty = [item for item in session.dirty if session.is_modified(item)]
    changed = [*session.new, *really_dirty, *session.deleted]
    if not changed:
        return
    now = utc_now()
    for item in changed:
        if isinstance(item, Plan):
            item.modified_at = now
    session.execute(update(Plan).values(modified_at=now))


@contextmanager
def unit_of_work(factory: SessionFactory) -> Iterator[Session]:
    """One user action, one transaction: committed on success, rolled back on any error."""
    with factory() as session, session.begin():
        yield session
