"""Bad input through the real command line: a clear message, the documented exit code, no
traceback, and every file in the person's folder byte-for-byte as it was (nothing added either).

CASES is the one table: a name, how the input is made, the command, the exit code and the words
the message must hold. Exit codes are those of `family-safety-planner --help`.
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from planner.core.backup import backup_document, backup_json
from planner.core.plans import PlanFile
from tests.reliability.conftest import (
    MountRefusedError,
    fill_up,
    fingerprint,
    read_only_folder,
    run_cli,
    small_disk,
)

PAGE = 4096
FIVE_MB_NOTE = "a" * 5_000_000


@dataclass
class Setup:
    """Where a case makes its input: the person's folder, the template plans, and a stack for
    what must stay open (or mounted) while the command runs."""

    folder: Path
    templates: dict[str, Path]
    stack: contextlib.ExitStack

    def plan(self, kind: str = "demo", name: str = "family.plan") -> Path:
        return Path(shutil.copy2(self.templates[kind], self.folder / name))

    def write(self, name: str, data: bytes | str) -> Path:
        path = self.folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    def backup(self, change: Callable[[dict[str, Any]], object] = lambda _d: None) -> Path:
        with PlanFile.open(self.templates["demo"]) as plan, plan.unit_of_work() as session:
            document = copy.deepcopy(backup_document(session))
        change(document)
        return self.write("family-backup.json", backup_json(document))

    def mounted(self, mount: contextlib.AbstractContextManager[Path]) -> Path:
        try:
            return self.stack.enter_context(mount)
        except MountRefusedError as refused:
            pytest.skip(f"this machine does not allow mounting a file system: {refused}")


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Setup], list[str]]  # makes the input, returns the command's arguments
    code: int
    words: str
    stdin: str = ""


def check(path: Path) -> list[str]:
    return ["check", "--plan", str(path)]


def restore(source: Path, target: Path) -> list[str]:
    return ["restore", "--from", str(source), "--plan", str(target)]


def _damaged_header(s: Setup) -> list[str]:
    plan = s.plan()
    with plan.open("r+b") as file:
        file.write(b"\xff" * 16)
    return check(plan)


def _damaged_middle_page(s: Setup) -> list[str]:
    plan = s.plan()
    pages = plan.stat().st_size // PAGE
    with plan.open("r+b") as file:
        file.seek(PAGE * (pages // 2))
        file.write(os.urandom(PAGE))
    return check(plan)


def _newer_plan(s: Setup) -> list[str]:
    plan = s.plan()
    connection = sqlite3.connect(plan)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    return check(plan)


def _open_elsewhere(s: Setup) -> list[str]:
    plan = s.plan()
    s.stack.enter_context(PlanFile.open(plan))
    return check(plan)


def _read_only_folder(s: Setup) -> list[str]:
    s.plan()
    view = s.mounted(read_only_folder(s.folder))
    return ["demo", "--plan", str(view / "new.plan")]


def _plan_in_read_only_folder(s: Setup) -> list[str]:
    s.plan()
    view = s.mounted(read_only_folder(s.folder))
    return check(view / "family.plan")


def _full_disk(s: Setup, command: Callable[[Path], list[str]]) -> list[str]:
    stick = s.mounted(small_disk(s.folder / "stick", 1024))
    shutil.copy2(s.templates["demo"], stick / "family.plan")
    fill_up(stick)
    return command(stick)


def _truncated_backup(s: Setup) -> list[str]:
    text = s.backup().read_text()
    s.write("family-backup.json", text[: len(text) // 2])
    return restore(s.folder / "family-backup.json", s.folder / "new.plan")


CASES = [
    Case("empty file", lambda s: check(s.write("family.plan", b"")), 3, "empty or cut short"),
    Case(
        "random bytes",
        lambda s: check(s.write("family.plan", os.urandom(3 * PAGE))),
        3,
        "protected with a passphrase (or the file is damaged)",
    ),
    Case(
        "truncated plan",
        lambda s: check(s.write("family.plan", s.plan().read_bytes()[: 12 * PAGE + 100])),
        3,
        "damaged",
    ),
    Case(
        "plan header overwritten",
        _damaged_header,
        3,
        "protected with a passphrase (or the file is damaged)",
    ),
    Case("a page in the middle overwritten", _damaged_middle_page, 3, "damaged"),
    Case(
        "wrong passphrase",
        lambda s: [*check(s.plan("demo-protected")), "--passphrase-stdin"],
        3,
        "The passphrase is wrong, or the file is damaged.",
        stdin="not the passphrase\n",
    ),
    Case(
        "no passphrase on standard input",
        lambda s: [*check(s.plan("demo-protected")), "--passphrase-stdin"],
        2,
        "standard input had no passphrase",
    ),
    Case("plan from a newer version", _newer_plan, 4, "made by a newer version"),
    Case("a folder instead of a file", lambda s: check(s.folder), 6, "is a folder, not a plan"),
    Case(
        "a missing folder",
        lambda s: check(s.folder / "gone" / "family.plan"),
        6,
        "does not exist",
    ),
    Case("a new plan in a read-only folder", _read_only_folder, 6, "read-only"),
    Case("a plan in a read-only folder", _plan_in_read_only_folder, 6, "Read-only file system"),
    Case(
        "a new plan on a full disk",
        lambda s: _full_disk(s, lambda stick: ["demo", "--plan", str(stick / "new.plan")]),
        6,
        "disk is full",
    ),
    Case(
        "a plan on a full disk",
        lambda s: _full_disk(s, lambda stick: check(stick / "family.plan")),
        6,
        "disk is full",
    ),
    Case("a plan open elsewhere", _open_elsewhere, 5, "open in another window or program"),
    Case("truncated backup", _truncated_backup, 2, "not complete (it ends too early)"),
    Case(
        "backup from a newer version",
        lambda s: restore(s.backup(lambda d: d.update(version=2)), s.folder / "new.plan"),
        2,
        "made by a newer version",
    ),
    Case(
        "backup with wrong types",
        lambda s: restore(
            s.backup(lambda d: d["children"][0].update(birth_year="2014")), s.folder / "new.plan"
        ),
        2,
        "children[0].birth_year must be a whole number",
    ),
    Case(
        "backup with a 5 MB note",
        lambda s: restore(
            s.backup(lambda d: d["children"][0].update(notes=FIVE_MB_NOTE)), s.folder / "new.plan"
        ),
        2,
        "children[0].notes is too long: at most 1,000,000 characters",
    ),
    Case(
        "a backup that is not text",
        lambda s: restore(s.write("family-backup.json", os.urandom(2048)), s.folder / "n.plan"),
        2,
        "not a planner backup",
    ),
    Case(
        "restore over an existing plan",
        lambda s: restore(s.backup(), s.plan()),
        6,
        "already a file",
    ),
    Case(
        "export over an existing file",
        lambda s: [
            "export",
            "--plan",
            str(s.plan()),
            "--format",
            "html",
            "--out",
            str(s.write("plan.html", "<p>mine</p>")),
        ],  # fmt: skip
        2,
        "add --force to replace it",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_gets_a_message_an_exit_code_and_changes_nothing(case, templates, tmp_path):
    folder = tmp_path / "user"
    folder.mkdir()
    with contextlib.ExitStack() as stack:
        args = case.make(Setup(folder, templates, stack))
        before = fingerprint(folder)
        result = run_cli(*args, stdin=case.stdin)
        after = fingerprint(folder)
    assert result.returncode == case.code, result.stderr
    assert case.words in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert after == before


def test_the_table_tries_enough_bad_inputs():
    assert len(CASES) >= 15
