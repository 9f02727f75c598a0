"""Protecting, re-keying and unprotecting a plan; saving it elsewhere; removing it for good."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core import crypto, rekey
from planner.core.errors import (
    FileSystemError,
    PassphraseRequiredError,
    PlanError,
    PlanInUseError,
    ValidationError,
    WrongPassphraseError,
)
from planner.core.passphrase_strength import MIN_LENGTH, Strength, strength
from planner.core.plans import PlanFile, is_protected
from planner.core.protection import remove_plan_from_computer, save_copy_to
from planner.core.rekey import CRASH_POINTS, change_passphrase, protect, remove_passphrase
from planner.core.safety_copies import backups_of
from planner.core.services import children
from tests.conftest import PASSPHRASE
from tests.read_only import read_only

NAMES = (b"Maya", b"Alvarez", b"Aunt Rosa")
NEW_PASSPHRASE = "lantern orchard violet compass"


def content(plan: PlanFile) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for comparing a plan before and after."""
    with plan.unit_of_work() as session:
        connection = session.connection()
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).all()
        return {
            name: sorted(
                (tuple(row) for row in connection.exec_driver_sql(f'SELECT * FROM "{name}"')),
                key=repr,
            )
            for (name,) in tables
        }


def content_of(path: Path, passphrase: str | None) -> dict[str, list[tuple[object, ...]]]:
    with PlanFile.open(path, passphrase) as plan:
        return content(plan)


def assert_no_plaintext(files: list[Path]) -> None:
    for file in files:
        data = file.read_bytes()
        for name in (*NAMES, b"SQLite format 3"):
            assert name not in data, (file.name, name)


# -- protect ----------------------------------------------------------------------------------


def test_protect_leaves_no_plaintext_in_the_file_its_wal_or_its_backups(demo_plan_path):
    plan = PlanFile.open(demo_plan_path)
    old_backup = plan.make_backup()
    assert b"Aunt Rosa" in old_backup.read_bytes()
    before = content(plan)

    protected = protect(plan, PASSPHRASE)
    try:
        assert protected.encrypted and protected.is_open and not plan.is_open
        assert not old_backup.exists()
        with protected.unit_of_work() as session:  # fills the -wal under the new key
            children.add_child(session, "Zanzibar", 2016)
        wal = demo_plan_path.with_name(demo_plan_path.name + "-wal")
        assert wal.stat().st_size > 0
        (backup,) = backups_of(demo_plan_path)
        assert_no_plaintext([demo_plan_path, wal, backup])
        assert b"Zanzibar" not in wal.read_bytes()
        assert not any(p.name.startswith(".") for p in demo_plan_path.parent.iterdir())
    finally:
        protected.close()

    assert is_protected(demo_plan_path)
    with pytest.raises(PassphraseRequiredError):
        PlanFile.open(demo_plan_path)
    assert _nicknames(demo_plan_path, PASSPHRASE) == ["Maya", "Leo", "Zanzibar"]
    after = content_of(demo_plan_path, PASSPHRASE)
    after["child"] = [row for row in after["child"] if "Zanzibar" not in row]
    assert _without_modified(after) == _without_modified(before)
    assert content_of(backup, PASSPHRASE)["child"] == before["child"]


def _without_modified(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, object]:
    """Adding a child touches the plan's "modified" time; everything else must be equal."""
    return {name: table for name, table in rows.items() if name != "plan"}


def test_protect_keeps_every_row_and_the_schema_revision(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        before = content(plan)
        protect(plan, PASSPHRASE).close()
    after = content_of(demo_plan_path, PASSPHRASE)
    assert after == before
    assert after["alembic_version"] == before["alembic_version"] != []
    assert sum(len(rows) for rows in after.values()) > 50


def test_the_new_file_carries_a_fresh_salt_in_its_header(demo_plan_path):
    with PlanFile.open(demo_plan_path) as plan:
        protect(plan, PASSPHRASE).close()
    first = crypto.read_header(demo_plan_path)
    assert not crypto.header_is_plain(first)
    with PlanFile.open(demo_plan_path, PASSPHRASE) as plan:
        change_passphrase(plan, PASSPHRASE).close()  # same passphrase, new salt, new key
    assert crypto.read_header(demo_plan_path) != first
    assert content_of(demo_plan_path, PASSPHRASE)["child"]


def test_the_lock_is_held_throughout_and_passes_to_the_returned_plan(demo_plan_path):
    plan = PlanFile.open(demo_plan_path)
    protected = protect(plan, PASSPHRASE)
    plan.close()  # closing the old handle must not free the lock the new one holds
    with pytest.raises(PlanInUseError):
        PlanFile.open(demo_plan_path, PASSPHRASE)
    with pytest.raises(PlanError, match="locked or closed"), plan.unit_of_work():
        pass
    protected.close()
    PlanFile.open(demo_plan_path, PASSPHRASE).close()


def test_flows_refuse_the_wrong_kind_of_plan_and_leave_it_usable(
    demo_plan_path, protected_plan_path
):
    with PlanFile.open(demo_plan_path) as plain:
        with pytest.raises(PlanError, match="no passphrase yet"):
            change_passphrase(plain, NEW_PASSPHRASE)
        with pytest.raises(PlanError, match="no passphrase"):
            remove_passphrase(plain)
        with pytest.raises(ValidationError, match="cannot be empty"):
            protect(plain, "")
        assert content(plain)["child"]
    with PlanFile.open(protected_plan_path, PASSPHRASE) as secret:
        with pytest.raises(PlanError, match="already has a passphrase"):
            protect(secret, NEW_PASSPHRASE)
        with pytest.raises(ValidationError):
            change_passphrase(secret, "")
        assert content(secret)["child"]
    closed = PlanFile.open(demo_plan_path)
    closed.close()
    with pytest.raises(PlanError, match="locked or closed"):
        protect(closed, PASSPHRASE)


def test_a_failed_swap_leaves_the_plan_as_it_was_and_still_open(demo_plan_path, monkeypatch):
    plan = PlanFile.open(demo_plan_path)
    backup = plan.make_backup()
    before = content(plan)

    def full_disk(_source: object, _target: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rekey.os, "replace", full_disk)
    with pytest.raises(FileSystemError, match="not changed"):
        protect(plan, PASSPHRASE)
    monkeypatch.undo()
    try:
        assert plan.is_open and not is_protected(demo_plan_path)
        assert content(plan) == before  # the same handle still works
        assert backup.exists()
        assert not any(p.name.startswith(".") for p in demo_plan_path.parent.iterdir())
        with pytest.raises(PlanInUseError):  # and it still holds the lock
            PlanFile.open(demo_plan_path)
    finally:
        plan.close()


# -- change and remove ------------------------------------------------------------------------


def test_change_passphrase_retires_the_old_one_and_its_backups(protected_plan_path):
    plan = PlanFile.open(protected_plan_path, PASSPHRASE)
    old_backup = plan.make_backup()
    before = content(plan)
    changed = change_passphrase(plan, NEW_PASSPHRASE)
    changed.close()

    with pytest.raises(WrongPassphraseError):
        PlanFile.open(protected_plan_path, PASSPHRASE)
    assert content_of(protected_plan_path, NEW_PASSPHRASE) == before
    assert not old_backup.exists()
    (backup,) = backups_of(protected_plan_path)
    assert_no_plaintext([protected_plan_path, backup])
    with pytest.raises(WrongPassphraseError):
        PlanFile.open(backup, PASSPHRASE)
    assert content_of(backup, NEW_PASSPHRASE) == before


def test_remove_passphrase_makes_the_plan_readable_with_nothing_lost(protected_plan_path):
    plan = PlanFile.open(protected_plan_path, PASSPHRASE)
    old_backup = plan.make_backup()
    before = content(plan)
    plain = remove_passphrase(plan)
    assert not plain.encrypted
    plain.close()

    assert not is_protected(protected_plan_path)
    assert content_of(protected_plan_path, None) == before
    with sqlite3.connect(protected_plan_path) as readable:  # any SQLite tool can read it now
        names = [row[0] for row in readable.execute("SELECT nickname FROM child ORDER BY id")]
        people = {row[0] for row in readable.execute("SELECT name FROM contact")}
    readable.close()
    assert names == ["Maya", "Leo"]
    assert any("Aunt Rosa" in person for person in people)
    assert not old_backup.exists()
    (backup,) = backups_of(protected_plan_path)
    assert not is_protected(backup)
    assert content_of(backup, None) == before


# -- crashes ----------------------------------------------------------------------------------

CHILD = """
import sys
from pathlib import Path
from planner.core import rekey
from planner.core.plans import PlanFile

operation, path, old, new = sys.argv[1:5]
plan = PlanFile.open(Path(path), old or None)
if operation == "protect":
    plan = rekey.protect(plan, new)
elif operation == "change":
    plan = rekey.change_passphrase(plan, new)
else:
    plan = rekey.remove_passphrase(plan)
plan.close()
"""

SWAPPED_FROM = CRASH_POINTS.index("replaced")
OPERATIONS = {
    # operation: (fixture, old passphrase, new passphrase)
    "protect": ("demo_plan_path", None, PASSPHRASE),
    "change": ("protected_plan_path", PASSPHRASE, NEW_PASSPHRASE),
    "remove": ("protected_plan_path", PASSPHRASE, None),
}
# The quick run crashes protect before, at and after each kind of step, and the other two (the
# same code) once either side of the swap; `make test-long` crashes all three at every point.
QUICK = {
    "protect": {"suspended", "exported", "linked", "replaced", "backups-removed"},
    "change": {"verified", "folder-synced"},
    "remove": {"verified", "folder-synced"},
}
CASES = [
    pytest.param(
        operation,
        point,
        id=f"{operation}-{point}",
        marks=() if point in QUICK[operation] else pytest.mark.long,
    )
    for operation in OPERATIONS
    for point in CRASH_POINTS
]


@pytest.mark.parametrize(("operation", "point"), CASES)
def test_a_crash_at_any_point_leaves_one_good_plan(operation, point, request):
    fixture, old, new = OPERATIONS[operation]
    path: Path = request.getfixturevalue(fixture)
    with PlanFile.open(path, old) as plan:
        before = content(plan)
        plan.make_backup()
    old_header = crypto.read_header(path)

    env = {**os.environ, "FSP_TEST_CRASH_AT": point}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, operation, str(path), old or "", new or ""],
        env=env,
        capture_output=True,
        check=False,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr.decode()

    swapped = CRASH_POINTS.index(point) >= SWAPPED_FROM
    good, other = (new, old) if swapped else (old, new)
    assert is_protected(path) == (good is not None)
    if good is not None:  # the other passphrase (or none) is refused
        refused = WrongPassphraseError if other is not None else PassphraseRequiredError
        with pytest.raises(refused):
            PlanFile.open(path, other)
    with PlanFile.open(path, good) as plan:  # opening checks the file, then tidies up
        assert content(plan) == before
    assert not any(p.name.startswith(".") for p in path.parent.iterdir())

    backups = backups_of(path)
    if not swapped:
        assert crypto.read_header(path) == old_header
        assert len(backups) == 1 and crypto.read_header(backups[0]) == old_header
        return
    # Every backup left is under the new key: none holds plain text or opens with the old one.
    for backup in backups:
        header = crypto.read_header(backup)
        assert header == crypto.read_header(path) != old_header
    if operation == "protect":
        assert_no_plaintext([path, *backups])


def test_leftovers_are_removed_only_once_the_plan_is_known_good(protected_plan_path):
    leftover = protected_plan_path.with_name(f".{protected_plan_path.name}.protecting")
    leftover.write_bytes(b"half-written copy")
    retired = protected_plan_path.with_name(f".{protected_plan_path.name}.retired")
    os.link(protected_plan_path, retired)  # a crash just before the swap leaves this
    with pytest.raises(WrongPassphraseError):
        PlanFile.open(protected_plan_path, "not the passphrase")
    assert leftover.exists() and retired.exists()

    assert _nicknames(protected_plan_path, PASSPHRASE) == ["Maya", "Leo"]
    assert not leftover.exists() and not retired.exists()
    # The retired name pointed at the plan itself: it was unlinked, never overwritten.
    assert _nicknames(protected_plan_path, PASSPHRASE) == ["Maya", "Leo"]


def _nicknames(path: Path, passphrase: str | None) -> list[str]:
    with PlanFile.open(path, passphrase) as plan, plan.unit_of_work() as session:
        return [child.nickname for child in children.list_children(session)]


# -- removing a plan from this computer ---------------------------------------------------------


def test_remove_plan_from_computer_removes_every_trace_and_nothing_else(demo_plan_path):
    folder = demo_plan_path.parent
    with PlanFile.open(demo_plan_path) as plan:
        backups = [plan.make_backup(), plan.make_backup("before-upgrade")]
    wal = demo_plan_path.with_name("demo.plan-wal")
    wal.write_bytes(b"Maya " * 100)
    stale_lock = demo_plan_path.with_name("demo.plan.lock")
    stale_lock.write_bytes(b"")
    leftover = folder / ".demo.plan.protecting"
    leftover.write_bytes(b"Aunt Rosa " * 100)
    unrelated = [
        folder / "other.plan",
        folder / "demo.plan.notes.txt",
        folder / "demo.planner",
        folder / "other.plan.20240101-000000-000000-manual.bak",
    ]
    for file in unrelated:
        file.write_bytes(b"keep me")
    with backups[0].open("rb") as still_open:  # sees the bytes after the name is gone
        removed = remove_plan_from_computer(demo_plan_path)
        remains = still_open.read()

    assert set(removed) == {demo_plan_path, wal, stale_lock, leftover, *backups}
    assert sorted(folder.iterdir()) == sorted(unrelated)
    assert all(file.read_bytes() == b"keep me" for file in unrelated)
    assert remains and remains == bytes(len(remains))  # overwritten with zeros first


def test_remove_plan_from_computer_refuses_while_the_plan_is_open(protected_plan_path):
    with PlanFile.open(protected_plan_path, PASSPHRASE):
        with pytest.raises(PlanInUseError):
            remove_plan_from_computer(protected_plan_path)
        assert protected_plan_path.exists()
    removed = remove_plan_from_computer(protected_plan_path)
    assert removed == [protected_plan_path]
    assert list(protected_plan_path.parent.iterdir()) == []


def test_remove_plan_from_computer_says_when_there_is_nothing_to_remove(tmp_path):
    with pytest.raises(FileSystemError, match="no plan"):
        remove_plan_from_computer(tmp_path / "absent.plan")
    with pytest.raises(FileSystemError, match="does not exist"):
        remove_plan_from_computer(tmp_path / "absent" / "x.plan")
    assert list(tmp_path.iterdir()) == []


# -- saving a copy elsewhere ------------------------------------------------------------------


def test_save_copy_to_a_stick_stays_encrypted_and_opens_with_the_same_passphrase(
    protected_plan_path, tmp_path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    with PlanFile.open(protected_plan_path, PASSPHRASE) as plan:
        with plan.unit_of_work() as session:
            children.add_child(session, "Zanzibar", 2016)  # still in the WAL: must be copied
        before = content(plan)
        copy = save_copy_to(plan, stick)
        assert copy == stick / protected_plan_path.name
        with pytest.raises(FileSystemError, match="already a file"):
            save_copy_to(plan, stick)
    assert list(stick.iterdir()) == [copy]
    assert_no_plaintext([copy])
    assert b"Zanzibar" not in copy.read_bytes()
    assert crypto.read_header(copy) == crypto.read_header(protected_plan_path)
    assert content_of(copy, PASSPHRASE) == before
    with pytest.raises(WrongPassphraseError):
        PlanFile.open(copy, NEW_PASSPHRASE)


def test_save_copy_to_of_a_plain_plan_is_plain_and_complete(demo_plan_path, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    with PlanFile.open(demo_plan_path) as plan:
        before = content(plan)
        copy = save_copy_to(plan, stick)
    assert not is_protected(copy)
    assert content_of(copy, None) == before


def test_save_copy_to_explains_folders_it_cannot_use(demo_plan_path, tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_bytes(b"")
    with PlanFile.open(demo_plan_path) as plan:
        with pytest.raises(FileSystemError, match="does not exist"):
            save_copy_to(plan, tmp_path / "unplugged")
        with pytest.raises(FileSystemError, match="not a folder"):
            save_copy_to(plan, a_file)
        with pytest.raises(FileSystemError, match="already a file"):
            save_copy_to(plan, demo_plan_path.parent)  # its own folder: the plan itself


def test_save_copy_to_a_read_only_folder_is_refused(demo_plan_path, tmp_path):
    locked = tmp_path / "read-only"
    locked.mkdir()
    with read_only(locked), PlanFile.open(demo_plan_path) as plan:
        with pytest.raises(FileSystemError, match="read-only"):
            save_copy_to(plan, locked)
        assert list(locked.iterdir()) == []


# -- strength -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("", Strength.TOO_SHORT),
        ("Xk9#mQ2", Strength.TOO_SHORT),
        ("aaaaaaaaaaaaaaaaaaaa", Strength.WEAK),
        ("abababababababab", Strength.WEAK),
        ("password", Strength.WEAK),
        ("Password123!", Strength.WEAK),
        ("12345678", Strength.WEAK),
        ("abcdefghijkl", Strength.WEAK),
        ("qwertyuiop", Strength.WEAK),
        ("sunflower", Strength.WEAK),
        ("hellohellohello", Strength.WEAK),
        ("Tr0ub4dor&3", Strength.FAIR),
        ("mountainriver", Strength.FAIR),
        ("blue tiger lamp", Strength.FAIR),
        ("kT9#mQ2$vLp!x", Strength.STRONG),
        ("correct horse battery staple", Strength.STRONG),
        ("lantern orchard violet compass", Strength.STRONG),
        ("ciruela-mañana-tejado", Strength.STRONG),
    ],
)
def test_strength_hints(passphrase, expected):
    assert strength(passphrase) is expected


def test_min_length_matches_the_too_short_rule():
    assert MIN_LENGTH == 8
    assert strength("x" * 7) is Strength.TOO_SHORT
    assert strength("a1b2c3d4") is not Strength.TOO_SHORT


def test_protect_says_what_became_of_the_plain_safety_copies(templates, tmp_path):
    path = Path(shutil.copy2(templates["demo"], tmp_path / "family.plan"))
    plan = PlanFile.open(path)
    plan.make_backup()
    plan.make_backup()

    plan = protect(plan, PASSPHRASE)
    plan.close()

    assert plan.change_message == (
        "The plan is now protected with the new passphrase. Its 2 earlier safety copies "
        "(not protected) were overwritten and removed. A new safety copy was made."
    )
    assert [is_protected(copy) for copy in backups_of(path)] == [True]
