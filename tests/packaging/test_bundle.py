"""The PyInstaller bundle, run as a person would: `make bundle` builds it, then it is started."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.long

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "dist" / "family-safety-planner"
PROGRAM = FOLDER / ("family-safety-planner" + (".exe" if sys.platform == "win32" else ""))


@pytest.fixture(scope="module")
def bundle() -> Path:
    # Make rebuilds only when the code, the resources or the spec changed since the last build.
    subprocess.run(["make", "bundle"], cwd=ROOT, check=True, timeout=1200)
    return PROGRAM


def run(bundle: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(bundle), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return result


def test_demo_check_and_export(bundle: Path, tmp_path: Path) -> None:
    plan = tmp_path / "demo.plan"
    run(bundle, "demo", "--plan", str(plan))  # runs every Alembic migration from the bundle
    assert "Integrity: ok" in run(bundle, "check", "--plan", str(plan)).stdout
    if "export" not in run(bundle, "--help").stdout:
        return  # the export command is not there yet
    assert "--out" in run(bundle, "export", "--help").stdout, "update this test's export call"
    pdf = tmp_path / "plan.pdf"
    run(bundle, "export", "--plan", str(plan), "--format", "pdf", "--out", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_protected_plan_works_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    plan = tmp_path / "safe.plan"
    run(bundle, "demo", "--plan", str(plan), "--passphrase-stdin", stdin="bundle pass\n")
    checked = run(bundle, "check", "--plan", str(plan), "--passphrase-stdin", stdin="bundle pass\n")
    assert "protected with a passphrase" in checked.stdout


def test_the_window_starts_and_stays_up(bundle: Path, tmp_path: Path) -> None:
    plan = tmp_path / "demo.plan"
    run(bundle, "demo", "--plan", str(plan))
    window = subprocess.Popen(
        [str(bundle), "--plan", str(plan)],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        time.sleep(4)
        assert window.poll() is None, window.communicate()[1]
    finally:
        window.terminate()
        window.communicate(timeout=30)  # waits, and closes the stderr pipe


def test_no_network_code_is_bundled(bundle: Path) -> None:
    networked = [
        path
        for path in FOLDER.rglob("*")
        if any(word in path.name for word in ("Network", "qvnc", "qtuiotouch"))
    ]
    assert networked == []
