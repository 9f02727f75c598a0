"""Bare DB-API connections to a plan file, without SQLAlchemy.

The window's first screen reads through one of these (planner.core.overview_read), so that
showing a plan never waits for the ORM to load; the ORM's engine applies the same pragmas
(planner.core.db).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from planner.core.crypto import key_literal

# WAL + synchronous=FULL: a committed action survives a crash or power loss.
# secure_delete overwrites deleted text instead of leaving it in free pages.
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
)


def connect_raw(path: Path, key: bytes | None, salt: bytes | None = None) -> Any:
    """A bare DB-API connection with the key applied (and nothing else changed in the file)."""
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {key_literal(key, salt)}")
    return connection


def configure(connection: Any, *, foreign_keys: bool = True, wal: bool = True) -> None:
    """The pragmas every working connection to a plan carries (`wal=False`: see make_engine)."""
    connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    for pragma in CONNECTION_PRAGMAS:
        if wal or "journal_mode" not in pragma:
            connection.execute(pragma)
