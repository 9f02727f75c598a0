"""Alembic, run in-process against one plan file (imported only when a schema must change)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from planner.core.db import make_engine
from planner.core.errors import DamagedPlanError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(path: Path, key: bytes | None, salt: bytes | None = None, to: str = "head") -> None:
    """Upgrade in one transaction: a failure halfway leaves the file as it was."""
    # Foreign keys off while tables are rebuilt: dropping a parent table with them on would
    # cascade deletes into children. They are checked once the new schema is in place.
    engine = make_engine(path, key, salt, foreign_keys=False, wal=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, to)
            problems = connection.execute(text("PRAGMA foreign_key_check")).all()
            if problems:
                raise DamagedPlanError(
                    "The plan's links between records are broken; it was not changed."
                )
    finally:
        engine.dispose()
