"""Plan files: creating, opening, protecting, refusing what cannot be trusted."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.errors import (
    DamagedPlanError,
    FileSystemError,
    NewerSchemaError,
    PassphraseRequiredError,
    PlanError,
    PlanInUseError,
    WrongPassphraseError,
)
from planner.core.plans import PlanFile, is_protected
from planner.core.services import children
from planner.core.services.plan import NewPlan, get_details, start_plan
from tests.conftest import PASSPHRASE

NAMES = (b"Maya", b"Alvarez", b"Aunt Rosa", b"xX_FreeRobux_Xx")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_makes_a_plan_that_opens_with_its_details(tmp_path, catalog):
    path = tmp_path / "new.plan"
    details = NewPlan(name="Our plan", country="US", mode="shelter")
    PlanFile.create(path, lambda s: start_plan(s, details, catalog)).close()

    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        opened = get_details(session)
    assert (opened.name, opened.country, opened.mode) == ("Our plan", "US", "shelter")
    assert not is_protected(path)


def test_a_failed_create_leaves_no_file_behind(tmp_path):
    path = tmp_path / "new.plan"

    def broken(_session):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        PlanFile.create(path, broken)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite_and_needs_an_existing_folder(tmp_path, catalog):
    existing = tmp_path / "kept.plan"
    existing.write_bytes(b"precious")
    fill = lambda s: start_plan(s, NewPlan(name="x", country="US"), catalog)  # noqa: E731
    with pytest.raises(FileSystemError, match="already a file"):
        PlanFile.create(existing, fill)
    assert existing.read_bytes() == b"precious"
    with pytest.raises(FileSystemError, match="does not exist"):
        PlanFile.create(tmp_path / "missing" / "x.plan", fill)


def test_protected_plan_holds_no_plaintext_in_file_wal_or_backups(protected_plan_path):
    with PlanFile.open(protected_plan_path, PASSPHRASE) as plan:
        with plan.unit_of_work() as session:
            children.add_child(session, "Zanzibar", 2015)
        wal = protected_plan_path.with_name(protected_plan_path.name + "-wal")
        files = [protected_plan_path, wal]
        files.append(plan.make_backup())
        for file in files:
            data = file.read_bytes()
            assert data, file
            for name in (*NAMES, b"Zanzibar", b"SQLite format 3"):
                assert name not in data, (file, name)


def test_protected_plan_opens_only_with_its_passphrase(protected_plan_path):
    assert is_protected(protected_plan_path)
    before = digest(protected_plan_path)
    with pytest.raises(PassphraseRequiredError):
        PlanFile.open(protected_plan_path)
    with pytest.raises(WrongPassphraseError, match="passphrase is wrong, or the file is damaged"):
        PlanFile.open(protected_plan_path, "not the passphrase")
    assert digest(protected_plan_path) == before
    assert sorted(p.name for p in protected_plan_path.parent.iterdir()) == ["protected.plan"]
    with PlanFile.open(protected_plan_path, PASSPHRASE) as plan, plan.unit_of_work() as session:
        assert [c.nickname for c in children.list_children(session)] == ["Maya", "Leo"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", DamagedPlanError),
        (b"short", DamagedPlanError),
        (bytes(range(256)) * 40, PassphraseRequiredError),
    ],
    ids=["empty", "cut-to-a-few-bytes", "random-bytes"],
)
def test_files_that_are_not_plans_are_refused_untouched(tmp_path, content, error):
    path = tmp_path / "bad.plan"
    path.write_bytes(content)
    with pytest.raises(error):
        PlanFile.open(path)
    assert path.read_bytes() == content


def test_random_bytes_with_a_passphrase_give_the_one_message(tmp_path):
    path = tmp_path / "bad.plan"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(WrongPassphraseError, match="passphrase is wrong, or the file is damaged"):
        PlanFile.open(path, "anything")
    assert path.read_bytes() == bytes(range(256)) * 40


def test_truncated_plan_is_refused_untouched(demo_plan_path):
    data = demo_plan_path.read_bytes()
    demo_plan_path.write_bytes(data[: len(data) // 3])
    before = digest(demo_plan_path)
    with pytest.raises(DamagedPlanError, match="damaged"):
        PlanFile.open(demo_plan_path)
    assert digest(demo_plan_path) == before


def test_a_plain_sqlite_file_that_is_not_a_plan_is_refused(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(DamagedPlanError, match="not a plan"):
        PlanFile.open(path)
    assert digest(path) == before


def test_a_plan_from_a_newer_version_is_refused_untouched(demo_plan_path):
    connection = sqlite3.connect(demo_plan_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = digest(demo_plan_path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        PlanFile.open(demo_plan_path)
    assert digest(demo_plan_path) == before


def test_missing_files_folders_and_directories_are_file_system_problems(tmp_path):
    with pytest.raises(FileSystemError, match="no plan"):
        PlanFile.open(tmp_path / "absent.plan")
    with pytest.raises(FileSystemError, match="does not exist"):
        PlanFile.open(tmp_path / "absent" / "x.plan")
    with pytest.raises(FileSystemError, match="is a folder"):
        PlanFile.open(tmp_path)


def test_one_process_at_a_time(demo_plan_path):
    with PlanFile.open(demo_plan_path):
        with pytest.raises(PlanInUseError, match="open in another window"):
            PlanFile.open(demo_plan_path)
        code = (
            "import sys; from planner.core.plans import PlanFile\n"
            "from planner.core.errors import PlanInUseError\n"
            "try:\n    PlanFile.open(sys.argv[1])\n"
            "except PlanInUseError:\n    sys.exit(5)\n"
        )
        other = subprocess.run([sys.executable, "-c", code, str(demo_plan_path)], check=False)
        assert other.returncode == 5
    with PlanFile.open(demo_plan_path):  # free again once closed
        pass


def test_a_closed_plan_refuses_work(demo_plan_path):
    plan = PlanFile.open(demo_plan_path)
    plan.close()
    assert not plan.is_open
    with pytest.raises(PlanError, match="locked or closed"), plan.unit_of_work():
        pass


def test_an_error_inside_an_action_rolls_the_whole_action_back(empty_plan_path):
    with PlanFile.open(empty_plan_path) as plan:
        with pytest.raises(RuntimeError), plan.unit_of_work() as session:
            children.add_child(session, "Ada", 2015)
            raise RuntimeError("the window crashed halfway")
        with plan.unit_of_work() as session:
            assert children.list_children(session) == []


def test_closing_folds_the_wal_back_into_the_plan(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        children.add_child(session, "Ada", 2015)
    assert not demo_plan_path.with_name(demo_plan_path.name + "-wal").exists()
    assert not demo_plan_path.with_name(demo_plan_path.name + ".lock").exists()


def test_integrity_check_reports_ok_on_a_good_plan(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        assert plan.integrity_problems() == []
