"""Offline installation: the Linux wheelhouse installs into a fresh venv with no network at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.long

ROOT = Path(__file__).resolve().parents[2]
DEAD_PROXY = "http://127.0.0.1:9"  # the discard port: nothing answers there


def offline_environment() -> dict[str, str]:
    """No index, no config files (they may name other indexes), and proxies that lead nowhere."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.upper().startswith(("PIP_", "NO_PROXY"))
    }
    env.update({"PIP_NO_INDEX": "1", "PIP_CONFIG_FILE": os.devnull})
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        env[name] = env[name.upper()] = DEAD_PROXY
    return env


def test_the_wheelhouse_installs_and_runs_offline(tmp_path: Path) -> None:
    wheelhouse = tmp_path / "wheelhouse"
    subprocess.run(
        [
            "make",
            "wheelhouse",
            f"WHEELHOUSE={wheelhouse}",
            "WHEEL_PYTHONS=3.11",
            "WHEEL_TARGETS=linux",
        ],
        cwd=ROOT,
        check=True,
        timeout=900,
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    env = offline_environment()
    subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--find-links",
            str(wheelhouse),
            "family-safety-planner",
        ],
        check=True,
        timeout=900,
        env=env,
    )
    program = str(venv / "bin" / "family-safety-planner")
    env["QT_QPA_PLATFORM"] = "offscreen"
    plan = str(tmp_path / "demo.plan")
    for args in (["check", "--help"], ["demo", "--plan", plan], ["check", "--plan", plan]):
        result = subprocess.run(
            [program, *args], capture_output=True, text=True, timeout=120, env=env
        )
        assert result.returncode == 0, result.stderr
    assert "Integrity: ok" in result.stdout
