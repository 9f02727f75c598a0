"""An upgrade that fails halfway leaves the plan exactly as it was, and its safety copy intact.

The failing upgrade is real: a copy of the shipped migrations with one more revision, 0005, that
creates a table and then fails. planner.core.migrate is pointed at that copy (a path, not a mock;
the database is real). An interrupted "protect with a passphrase" is covered by
tests/core/test_protection.py::test_a_crash_at_any_point_leaves_one_good_plan.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from planner.core import migrate, plans
from planner.core.connection import connect_raw
from planner.core.plans import PlanFile
from planner.core.safety_copies import backups_of
from planner.core.services import children

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "plans" / "schema-0001.plan"
BROKEN_REVISION = '''"""A migration that fails halfway (tests only)."""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    raise RuntimeError("this migration fails halfway")


def downgrade() -> None:
    op.drop_table("half_done")
'''


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def broken_migrations(tmp_path, monkeypatch):
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0005_broken.py").write_text(BROKEN_REVISION)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(plans, "KNOWN_REVISIONS", ("0001", "0002", "0003", "0004", "0005"))
    monkeypatch.setattr(plans, "SCHEMA_REVISION", "0005")
    return folder


def test_a_migration_failing_halfway_leaves_the_plan_and_its_backup_untouched(
    broken_migrations, tmp_path
):
    path = tmp_path / "family.plan"
    shutil.copy2(FIXTURE, path)
    before = digest(path)

    with pytest.raises(RuntimeError, match="fails halfway"):
        PlanFile.open(path)

    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("family")) == [
        "family.plan",
        *[b.name for b in backups_of(path)],
    ]
    (backup,) = backups_of(path)
    connection = connect_raw(backup, None)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
        assert connection.execute("SELECT nickname FROM child").fetchall() == [("Robin",)]
    finally:
        connection.close()


def test_after_a_failed_upgrade_the_real_planner_still_opens_the_plan(
    broken_migrations, tmp_path, monkeypatch
):
    path = tmp_path / "family.plan"
    shutil.copy2(FIXTURE, path)
    with pytest.raises(RuntimeError):
        PlanFile.open(path)
    monkeypatch.undo()  # the shipped migrations again

    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        assert [c.nickname for c in children.list_children(session)] == ["Robin"]
        tables = session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'half_done'"
        )
        assert tables.all() == []  # nothing of the failed revision was kept
