"""Rotating backups beside a plan: the last five kept, whatever made them; and putting one back."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.core.errors import (
    NewerSchemaError,
    PassphraseRequiredError,
    PlanInUseError,
    WrongPassphraseError,
)
from planner.core.plans import PlanFile
from planner.core.safety_copies import (
    KEEP_BACKUPS,
    backup_time,
    backups_of,
    make_verified_backup,
    restore_from_rotating_backup,
)
from planner.core.services import children
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "plans"


def nicknames(path: Path, passphrase: str | None = None) -> list[str]:
    with PlanFile.open(path, passphrase) as plan, plan.unit_of_work() as session:
        return sorted(c.nickname for c in children.list_children(session))


def add_child(path: Path, name: str, passphrase: str | None = None) -> None:
    with PlanFile.open(path, passphrase) as plan, plan.unit_of_work() as session:
        children.add_child(session, name, 2015)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_manual_and_upgrade_backups_rotate_together_keeping_the_last_five(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        made = [plan.make_backup(reason) for reason in ["manual"] * 4 + ["before-upgrade"] * 3]
    assert backups_of(demo_plan_path) == made[-KEEP_BACKUPS:]
    assert all(not old.exists() for old in made[:-KEEP_BACKUPS])
    assert [backup_time(b) for b in made] == sorted(backup_time(b) for b in made)


def test_the_backup_made_before_an_upgrade_pushes_out_the_oldest(tmp_path):
    path = tmp_path / "old.plan"
    shutil.copy2(FIXTURES / "schema-0001.plan", path)
    manual = [make_verified_backup(path, None, "manual") for _ in range(KEEP_BACKUPS)]

    PlanFile.open(path).close()  # upgrades, after a backup

    kept = backups_of(path)
    assert len(kept) == KEEP_BACKUPS
    assert kept[:-1] == manual[1:] and "before-upgrade" in kept[-1].name


def test_restoring_a_backup_puts_it_back_and_keeps_the_plan_as_it_was(demo_plan_path):
    before = nicknames(demo_plan_path)
    with PlanFile.open(demo_plan_path) as plan:
        chosen = plan.make_backup()
    add_child(demo_plan_path, "Added after the backup")

    kept = restore_from_rotating_backup(demo_plan_path, None, chosen)

    assert nicknames(demo_plan_path) == before
    assert "before-restore" in kept.name and kept in backups_of(demo_plan_path)
    assert "Added after the backup" in nicknames(kept)
    assert not any(p.name.startswith(".") for p in demo_plan_path.parent.iterdir())


def test_a_protected_plan_is_restored_with_its_passphrase(protected_plan_path):
    with PlanFile.open(protected_plan_path, PASSPHRASE) as plan:
        chosen = plan.make_backup()
    add_child(protected_plan_path, "Later", PASSPHRASE)

    with pytest.raises(PassphraseRequiredError):
        restore_from_rotating_backup(protected_plan_path, None, chosen)
    with pytest.raises(WrongPassphraseError):
        restore_from_rotating_backup(protected_plan_path, "not it", chosen)
    assert "Later" in nicknames(protected_plan_path, PASSPHRASE)

    kept = restore_from_rotating_backup(protected_plan_path, PASSPHRASE, chosen)
    assert "Later" not in nicknames(protected_plan_path, PASSPHRASE)
    assert "Later" in nicknames(kept, PASSPHRASE)


def test_restoring_refuses_while_the_plan_is_open(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        chosen = plan.make_backup()
        before = digest(demo_plan_path)
        with pytest.raises(PlanInUseError):
            restore_from_rotating_backup(demo_plan_path, None, chosen)
    assert digest(demo_plan_path) == before


def test_a_backup_from_a_newer_version_or_damaged_is_refused_untouched(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        newer, damaged = plan.make_backup(), plan.make_backup()
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    damaged.write_bytes(damaged.read_bytes()[:9000])
    before = digest(demo_plan_path)

    with pytest.raises(NewerSchemaError):
        restore_from_rotating_backup(demo_plan_path, None, newer)
    with pytest.raises(WrongPassphraseError, match="damaged"):
        restore_from_rotating_backup(demo_plan_path, None, damaged)
    assert digest(demo_plan_path) == before
    assert len(backups_of(demo_plan_path)) == 2


def test_a_damaged_plan_is_kept_byte_for_byte_before_the_backup_replaces_it(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        chosen = plan.make_backup()
    with demo_plan_path.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xee" * 4096)
    damaged = demo_plan_path.read_bytes()

    kept = restore_from_rotating_backup(demo_plan_path, None, chosen)

    assert kept.name.endswith(".damaged") and kept.read_bytes() == damaged
    with PlanFile.open(demo_plan_path) as plan:
        assert plan.integrity_problems() == []
