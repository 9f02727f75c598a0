"""`export`, `backup` and `restore` as a person or a script runs them: real processes, real
files, PDFs read back with pypdf."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.catalog import load_catalog
from planner.core.json_backup import backup_document, backup_json
from planner.core.plans import PlanFile
from planner.core.services import apps, children
from tests.conftest import PASSPHRASE
from tests.pdfs import pdf_text

EVIL_NAME = '<script>alert(1)</script> & "Zoë"'
DEMO_APPS = ("Instagram", "Snapchat", "TikTok", "Discord", "Roblox", "Minecraft", "YouTube")
DEMO_CONTACTS = ("NCMEC CyberTipline", "National Human Trafficking Hotline", "Aunt Rosa")


def run(*args: str, stdin: str = "", home: Path | None = None):
    env = dict(os.environ)
    if home is not None:
        env["FAMILY_SAFETY_PLANNER_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def ok(result) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def refused(result, words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture(scope="module")
def exported(templates, tmp_path_factory) -> Path:
    """The demo plan exported once in each way the acceptance asks for."""
    folder = tmp_path_factory.mktemp("exports")
    plan = shutil.copy2(templates["demo"], folder / "demo.plan")
    for audience, suffix, extra in (
        ("family", "", ["--include-log"]),
        ("youth", "-maya", ["--child", "maya"]),
    ):
        for fmt in ("pdf", "html"):
            out = folder / f"{audience}{suffix}.{fmt}"
            ok(run("export", "--plan", str(plan), "--format", fmt, "--audience", audience,
                   *extra, "--out", str(out), home=folder))  # fmt: skip
    return folder


def test_the_family_pdf_names_every_child_app_and_contact(exported):
    text = pdf_text(exported / "family.pdf")

    for words in ("Maya", "Leo", *DEMO_APPS, *DEMO_CONTACTS, "xX_FreeRobux_Xx", "Sofia Alvarez"):
        assert words in text
    assert "Page 1 of" in text


def test_the_youth_pdf_holds_nothing_private_or_about_another_child(exported):
    text = pdf_text(exported / "youth-maya.pdf")
    html = (exported / "youth-maya.html").read_text(encoding="utf-8")

    for words in ("Maya", "Instagram", "Discord", "NCMEC CyberTipline", "Aunt Rosa", "911"):
        assert words in text
    for private in ("xX_FreeRobux_Xx", "Leo", "(not given)", "Robux", "Roblox", "dinner"):
        assert private not in text
        assert private not in html


def test_the_html_exports_are_self_contained(exported):
    for name in ("family.html", "youth-maya.html"):
        html = (exported / name).read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and "@media print" in html
        assert "<script" not in html and "src=" not in html
        # The only links are phone numbers to call, made of digits.
        links = re.findall(r'href="([^"]*)"', html)
        assert all(re.fullmatch(r"tel:\+?\d+", link) for link in links)


def test_no_partial_files_are_left_beside_the_exports(exported):
    assert not [p.name for p in exported.iterdir() if p.name.startswith(".")]


def test_a_child_named_like_markup_is_escaped_in_html_and_intact_in_the_pdf(
    demo_plan_path, tmp_path
):
    catalog = load_catalog()
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        kid = children.add_child(session, EVIL_NAME, 2012)
        apps.add_app_use(session, catalog, kid.id, catalog_app_id="minecraft")
    for fmt in ("html", "pdf"):
        ok(run("export", "--plan", str(demo_plan_path), "--format", fmt, "--audience", "youth",
               "--child", EVIL_NAME, "--out", str(tmp_path / f"evil.{fmt}")))  # fmt: skip

    html = (tmp_path / "evil.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Zoë&#34;" in html
    assert EVIL_NAME in pdf_text(tmp_path / "evil.pdf")


def test_exports_warn_that_the_file_is_not_encrypted(demo_plan_path, tmp_path):
    out = tmp_path / "plan.html"
    result = run("export", "--plan", str(demo_plan_path), "--format", "html", "--out", str(out))

    ok(result)
    assert f"Warning: {out} is NOT encrypted" in result.stderr
    assert str(out) in result.stdout


def test_an_existing_file_is_replaced_only_with_force(demo_plan_path, tmp_path):
    out = tmp_path / "plan.pdf"
    out.write_text("keep me")
    args = ("export", "--plan", str(demo_plan_path), "--format", "pdf", "--out", str(out))

    refused(run(*args), "add --force to replace it")
    assert out.read_text() == "keep me"

    ok(run(*args, "--force"))
    assert out.read_bytes().startswith(b"%PDF")


def test_youth_exports_need_a_known_child(demo_plan_path, tmp_path):
    out = tmp_path / "youth.pdf"
    base = ("export", "--plan", str(demo_plan_path), "--format", "pdf", "--out", str(out))

    refused(run(*base, "--audience", "youth"), "--audience youth needs --child NAME")
    refused(run(*base, "--audience", "youth", "--child", "Sam"), "Its children are: Maya, Leo.")
    refused(
        run(*base, "--audience", "youth", "--child", "Maya", "--include-log"),
        "never includes the conversation log",
    )
    refused(run(*base, "--child", "Maya"), "--child is for --audience youth")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.plan"]


def test_a_protected_plan_backs_up_and_restores_to_the_same_json(protected_plan_path, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    restored = tmp_path / "restored.plan"
    secret = PASSPHRASE + "\n"

    backed_up = run("backup", "--plan", str(protected_plan_path), "--passphrase-stdin",
                    "--out", str(first), stdin=secret)  # fmt: skip
    ok(backed_up)
    assert "NOT encrypted" in backed_up.stderr
    ok(run("restore", "--from", str(first), "--plan", str(restored), "--passphrase-stdin",
           stdin=secret))  # fmt: skip
    ok(run("export", "--plan", str(restored), "--passphrase-stdin", "--format", "json",
           "--out", str(second), stdin=secret))  # fmt: skip

    one, two = (json.loads(path.read_text(encoding="utf-8")) for path in (first, second))
    one.pop("exported_at"), two.pop("exported_at")
    assert one == two
    assert b"Maya" not in restored.read_bytes()  # the new plan is encrypted


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda text: text[: len(text) // 2], "The backup is not complete (it ends too early)."),
        (
            lambda text: text.replace('"birth_year": ', '"birth_year": "', 1).replace(
                ',\n      "notes"', '",\n      "notes"', 1
            ),
            "children[0].birth_year must be a whole number.",
        ),
        (
            lambda text: text.replace('"family-safety-planner-backup"', '"photos"'),
            "not a Family Safety Planner backup",
        ),
        (
            lambda text: text.replace('"version": 1', '"version": 7'),
            "This backup was made by a newer version of the planner.",
        ),
    ],
)
def test_a_broken_backup_is_refused_and_makes_no_plan(demo_plan_path, tmp_path, damage, message):
    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        good = backup_json(backup_document(session))
    bad = tmp_path / "bad.json"
    bad.write_text(damage(good), encoding="utf-8")
    target = tmp_path / "new" / "restored.plan"
    target.parent.mkdir()

    refused(run("restore", "--from", str(bad), "--plan", str(target)), message)
    assert list(target.parent.iterdir()) == []
