"""`content status` and `content import`, run as a shelter's staff would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.content_packs.format import build_pack
from planner.core.content_packs.keys import TEST_KEYS_VARIABLE
from tests.content_packs import (
    CHANGED_NUMBER,
    NEWER,
    TODAY,
    changed_resources,
    new_test_key,
    pack_files,
)
from tests.pdfs import pdf_text


def run(home: Path, keys: Path, *args: str, stdin: str = ""):  # type: ignore[no-untyped-def]
    env = {**os.environ, "FAMILY_SAFETY_PLANNER_HOME": str(home), TEST_KEYS_VARIABLE: str(keys)}
    return subprocess.run(
        [sys.executable, "-m", "planner", *args], input=stdin, capture_output=True, text=True,
        check=False, env=env, timeout=120,
    )  # fmt: skip


@pytest.fixture
def update(tmp_path: Path) -> Path:
    _pem, private = new_test_key(tmp_path / "keys")
    files = pack_files(changed_resources(tmp_path / "resources"))
    target = tmp_path / "usb" / f"safety-information-{NEWER}.fspack"
    target.parent.mkdir()
    target.write_bytes(build_pack(files, NEWER, TODAY, private))
    return target


def test_import_shows_the_changes_asks_and_then_the_catalog_follows(update, tmp_path):
    home, keys = tmp_path / "home", tmp_path / "keys"
    before = run(home, keys, "content", "status")
    assert before.returncode == 0 and "built into this planner" in before.stdout

    declined = run(home, keys, "content", "import", str(update), stdin="n\n")
    assert declined.returncode == 0, declined.stderr
    changed = f"CyberTipline (US): the phone changes from 1-800-843-5678 to {CHANGED_NUMBER}"
    assert f"!! NCMEC {changed}" in declined.stdout
    assert "New app: Test Chat" in declined.stdout and "Nothing was changed." in declined.stdout
    assert not (home / "content").exists() or not any((home / "content").iterdir())

    applied = run(home, keys, "content", "import", str(update), "--yes")
    assert applied.returncode == 0, applied.stderr
    assert f"now uses safety information {NEWER}" in applied.stdout
    status = run(home, keys, "content", "status")
    assert f"{NEWER} (imported from a file)" in status.stdout
    assert "TEST key" in status.stdout
    listed = run(home, keys, "catalog", "--format", "json")
    assert "Test Chat" in listed.stdout and CHANGED_NUMBER in listed.stdout


def test_a_tampered_update_is_refused_with_exit_2_and_no_traceback(update, tmp_path):
    data = bytearray(update.read_bytes())
    data[len(data) // 2] ^= 0x04
    update.write_bytes(bytes(data))
    refused = run(tmp_path / "home", tmp_path / "keys", "content", "import", str(update), "--yes")
    assert refused.returncode == 2
    assert "Nothing was changed." in refused.stderr
    assert "Traceback" not in refused.stderr + refused.stdout


def test_a_plan_using_an_app_the_update_removed_still_opens_and_exports(tmp_path):
    _pem, private = new_test_key(tmp_path / "keys")
    resources = changed_resources(tmp_path / "resources", number=False, new_app=False)
    (resources / "catalog" / "apps" / "roblox.toml").unlink()
    update = tmp_path / "update.fspack"
    files = pack_files(resources)
    update.write_bytes(build_pack(files, NEWER, TODAY, private))
    home, keys = tmp_path / "home", tmp_path / "keys"
    plan = tmp_path / "demo.plan"
    assert run(home, keys, "demo", "--plan", str(plan)).returncode == 0
    applied = run(home, keys, "content", "import", str(update), "--yes")
    assert "No longer in the catalog: Roblox" in applied.stdout

    checked = run(home, keys, "check", "--plan", str(plan))
    exported = run(home, keys, "export", "--plan", str(plan), "--format", "html",
                   "--out", str(tmp_path / "plan.html"))  # fmt: skip

    assert checked.returncode == 0, checked.stderr
    assert exported.returncode == 0, exported.stderr
    assert "roblox (no longer in the catalog)" in (tmp_path / "plan.html").read_text("utf-8")


def test_a_pack_built_by_the_maintainers_tool_reaches_the_printed_plan(tmp_path):
    """What `make content-pack` runs, with a test key: the new number is in the family PDF."""
    pem, _private = new_test_key(tmp_path / "keys")
    resources = changed_resources(tmp_path / "resources")
    info = resources / "content.toml"
    info.write_text(f'version = "{NEWER}"\nchecked = {TODAY.isoformat()}\n', encoding="utf-8")
    tool = Path(__file__).resolve().parents[2] / "packaging" / "content_pack.py"
    built = subprocess.run(
        [sys.executable, str(tool), "build", "--key", str(pem), "--out", str(tmp_path / "dist"),
         "--resources", str(resources)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    home, keys = tmp_path / "home", tmp_path / "keys"
    pack = tmp_path / "dist" / f"safety-information-{NEWER}.fspack"
    assert run(home, keys, "content", "import", str(pack), "--yes").returncode == 0
    plan = tmp_path / "demo.plan"
    assert run(home, keys, "demo", "--plan", str(plan)).returncode == 0

    out = tmp_path / "plan.pdf"
    exported = run(home, keys, "export", "--plan", str(plan), "--format", "pdf", "--out", str(out))

    assert exported.returncode == 0, exported.stderr
    assert CHANGED_NUMBER in pdf_text(out)
