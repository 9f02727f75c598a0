"""Bad input through the real command line: a clear message, the documented exit code, no
traceback, and every file in the person's folder byte-for-byte as it was (nothing added either).

CASES is the one table: a name, how the input is made, the command, the exit code and the words
the message must hold. Exit codes are those of `family-safety-planner --help`.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from planner.core.json_backup import backup_document, backup_json
from planner.core.plans import PlanFile
from tests.cli.test_export_cli import pdf_text
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


def _restore_changed(change: Callable[[dict[str, Any]], object]) -> Callable[[Setup], list[str]]:
    return lambda s: restore(s.backup(change), s.folder / "new.plan")


def _rule(rule: str) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["reminders"][0].update(rrule=rule)


def _preference(value: str) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["preferences"].append({"key": "idle_lock_minutes", "value": value})


def _raw_backup(s: Setup, text: str) -> list[str]:
    return restore(s.write("family-backup.json", text), s.folder / "new.plan")


def _deeply_nested(s: Setup) -> list[str]:
    return _raw_backup(s, "[" * 200_000 + "]" * 200_000)


def _huge_number(s: Setup) -> list[str]:
    text = s.backup().read_text()
    return _raw_backup(s, text.replace('"version": 1', '"version": ' + "9" * 5000, 1))


def _many_children(s: Setup) -> list[str]:
    def add(document: dict[str, Any]) -> None:
        child = document["children"][0]
        document["children"] += [{**child, "id": 1000 + n} for n in range(60_000)]

    return restore(s.backup(add), s.folder / "new.plan")


def _fifo(s: Setup, name: str) -> Path:
    path = s.folder / name
    os.mkfifo(path)
    return path


def _symlinked_plan(s: Setup) -> list[str]:
    target = s.plan(name="real.plan")
    link = s.folder / "family.plan"
    link.symlink_to(target)
    return check(link)


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
    *(
        Case(f"backup with the repeat rule {rule}", _restore_changed(_rule(rule)), 2, words)
        for rule, words in (
            ("FREQ=DAILY;INTERVAL=0", "reminders[0].rrule: The repeat rule"),
            ("FREQ=DAILY;INTERVAL=abc", "INTERVAL must be a whole number"),
            ("FREQ=DAILY;UNTIL=abc", "reminders[0].rrule: The repeat rule"),
            ("FREQ=DAILY;BYYEARDAY=366;BYMONTH=1", "cannot use BYYEARDAY"),
            ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6", "BYSETPOS names a position"),
            ("FREQ=HOURLY", "at most once a day"),
        )
    ),
    *(
        Case(
            f"backup with idle_lock_minutes {value}", _restore_changed(_preference(value)), 2, words
        )
        for value, words in (
            ("nan", "preferences["),
            ("inf", "whole number of minutes from 1 to 240"),
            ("1e308", "whole number of minutes from 1 to 240"),
            ("abc", "whole number of minutes from 1 to 240"),
            ("0", "whole number of minutes from 1 to 240"),
        )
    ),
    Case(
        "backup with an unknown preference",
        _restore_changed(lambda d: d["preferences"].append({"key": "x", "value": "1"})),
        2,
        "no setting called 'x'",
    ),
    Case(
        "backup with country ZZ",
        _restore_changed(lambda d: d["plan"].update(country="ZZ")),
        2,
        "plan.country: 'ZZ' is not a valid country",
    ),
    Case(
        "backup with a built-in contact of no country",
        _restore_changed(lambda d: d["contacts"][0].update(builtin_id="us-made-up")),
        2,
        "names a built-in contact the planner does not have",
    ),
    Case(
        "backup with a nickname of control characters only",
        _restore_changed(lambda d: d["children"][0].update(nickname="\x1b\x07\x00")),
        2,
        "children[0].nickname is empty",
    ),
    Case(
        "backup with a child born in the future",
        _restore_changed(lambda d: d["children"][0].update(birth_year=2999)),
        2,
        "children[0].birth_year: The birth year 2999 is in the future",
    ),
    Case(
        "backup with a made-up answer about what an app allows",
        _restore_changed(
            lambda d: d["app_uses"][0].update(capabilities={"location_sharing": "only at night"})
        ),
        2,
        "app_uses[0].capabilities.location_sharing must be one of: yes, limited, no",
    ),
    Case(
        "backup saying a catalog app does not share location",
        _restore_changed(
            lambda d: d["app_uses"][0].update(capabilities={"location_sharing": "no"})
        ),
        2,
        "app_uses[0].capabilities must be empty",
    ),
    Case("backup nested 200,000 deep", _deeply_nested, 2, "nested too deeply"),
    Case("backup with a 5,000-digit number", _huge_number, 2, "a number far too long"),
    Case(
        "backup with NaN",
        lambda s: _raw_backup(s, '{"format": NaN}'),
        2,
        "holds NaN",
    ),
    Case("backup with 60,000 children", _many_children, 2, "at most 50 children"),
    Case(
        "backup that is a FIFO",
        lambda s: restore(_fifo(s, "family-backup.json"), s.folder / "new.plan"),
        2,
        "it is not a file",
    ),
    Case("plan that is a FIFO", lambda s: check(_fifo(s, "family.plan")), 6, "not a plan file"),
    Case("plan path that is a symbolic link", _symlinked_plan, 6, "symbolic link"),
    Case(
        "a new plan with a one-letter passphrase",
        lambda s: ["demo", "--plan", str(s.folder / "new.plan"), "--passphrase-stdin"],
        2,
        "at least 8 characters",
        stdin="x\n",
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
    assert len(CASES) >= 40


# -- hostile backups that restore, but must not say what the file says ------------------------

SPOOF = "555-ABUSER"


def _spoof_builtins(document: dict[str, Any]) -> None:
    for contact in document["contacts"]:
        if contact["builtin_id"]:
            contact.update(phone=SPOOF, text_number=SPOOF, name=f"Call {SPOOF}", web="evil.example")


def _exports(plan: Path, folder: Path) -> str:
    """The plan as the command line prints it: HTML and PDF exports, as text."""
    html, pdf = folder / "plan.html", folder / "plan.pdf"
    for fmt, out in (("html", html), ("pdf", pdf)):
        result = run_cli("export", "--plan", str(plan), "--format", fmt, "--out", str(out))
        assert result.returncode == 0, result.stderr
    return html.read_text(encoding="utf-8") + pdf_text(pdf)


def test_a_backup_cannot_change_a_built_in_number(templates, tmp_path):
    setup = Setup(tmp_path, templates, contextlib.ExitStack())
    result = run_cli(*restore(setup.backup(_spoof_builtins), tmp_path / "new.plan"))
    assert result.returncode == 0, result.stderr

    printed = _exports(tmp_path / "new.plan", tmp_path)
    assert SPOOF not in printed
    assert "911" in printed  # the catalog's emergency number for the US
    with PlanFile.open(tmp_path / "new.plan") as plan, plan.unit_of_work() as session:
        stored = backup_document(session)["contacts"]
    assert SPOOF not in json.dumps(stored)


def test_a_plan_edited_behind_the_planners_back_still_lists_the_catalogs_numbers(
    templates, tmp_path
):
    plan = Path(shutil.copy2(templates["demo"], tmp_path / "family.plan"))
    connection = sqlite3.connect(plan)
    connection.execute(
        "UPDATE contact SET phone = ?, name = ? WHERE builtin_id IS NOT NULL", (SPOOF, SPOOF)
    )
    connection.commit()
    connection.close()

    assert SPOOF not in _exports(plan, tmp_path)


def test_control_characters_in_a_backup_are_dropped(templates, tmp_path):
    def hostile(document: dict[str, Any]) -> None:
        document["children"][0].update(nickname="Sam\x1b[31m\x07", notes="line\r\x1b]0;owned\x07")
        document["reminders"][0].update(title="Talk\x1b[2J now")

    setup = Setup(tmp_path, templates, contextlib.ExitStack())
    result = run_cli(*restore(setup.backup(hostile), tmp_path / "new.plan"))
    assert result.returncode == 0, result.stderr
    listed = run_cli("reminders", "--plan", str(tmp_path / "new.plan"))
    with PlanFile.open(tmp_path / "new.plan") as plan, plan.unit_of_work() as session:
        document = backup_document(session)

    assert document["children"][0]["nickname"] == "Sam[31m"
    assert document["children"][0]["notes"] == "line]0;owned"
    assert "\x1b" not in json.dumps(document, ensure_ascii=False) + listed.stdout + listed.stderr


@pytest.mark.parametrize("rule", ["FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;BYYEARDAY=366;BYMONTH=1"])
def test_a_bad_rule_already_stored_in_a_plan_gets_a_message_not_a_bug(rule, templates, tmp_path):
    plan = Path(shutil.copy2(templates["demo"], tmp_path / "family.plan"))
    connection = sqlite3.connect(plan)
    connection.execute("UPDATE reminder SET rrule = ?", (rule,))
    connection.commit()
    connection.close()

    listed = run_cli("reminders", "--plan", str(plan))
    printed = run_cli(
        "export", "--plan", str(plan), "--format", "html", "--out", str(tmp_path / "p.html")
    )
    calendar = run_cli(
        "export", "--plan", str(plan), "--format", "ics", "--out", str(tmp_path / "p.ics")
    )

    assert listed.returncode == 0, listed.stderr
    assert f"A custom repeat ({rule})" in listed.stdout
    assert printed.returncode == 0, printed.stderr
    assert calendar.returncode == 2
    assert "The repeat rule" in calendar.stderr
    for result in (listed, printed, calendar):
        assert "Traceback" not in result.stderr
