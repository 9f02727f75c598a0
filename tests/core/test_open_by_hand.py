"""docs/open-by-hand.md tells an auditor how to open a protected plan without the planner: its
key snippet, run as written, gives a key that opens the file with SQLCipher 4's own PRAGMA."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from tests.conftest import PASSPHRASE

DOC = Path(__file__).resolve().parents[2] / "docs" / "open-by-hand.md"


def documented_snippet() -> str:
    (code,) = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    return code


def test_the_documented_key_opens_the_plan_with_plain_sqlcipher(protected_plan_path, tmp_path):
    script = tmp_path / "plan_key.py"
    script.write_text(documented_snippet(), encoding="utf-8")
    found = subprocess.run(
        [sys.executable, str(script), str(protected_plan_path)],
        input=PASSPHRASE + "\n", capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    key = found.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", key)

    connection = sqlcipher.connect(str(protected_plan_path))
    try:
        connection.execute(f"PRAGMA key = \"x'{key}'\"")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert {"plan", "child", "conversation", "concern", "reminder"} <= tables
