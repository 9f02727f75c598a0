"""Protect on a nearly full disk (a real, tiny tmpfs): a plain message about space, the plan
unchanged and still open, and no hidden copy left behind."""

from __future__ import annotations

import os
import shutil

import pytest

from planner.core.errors import FileSystemError
from planner.core.plans import PlanFile, is_protected
from planner.core.rekey import protect
from tests.conftest import PASSPHRASE
from tests.reliability.conftest import MountRefusedError, fingerprint, small_disk


def test_protect_on_a_nearly_full_disk_says_the_disk_is_full(templates, tmp_path):
    try:
        with small_disk(tmp_path / "stick", 1024) as stick:
            plan_path = shutil.copy2(templates["demo"], stick / "family.plan")
            free = shutil.disk_usage(stick).free
            (stick / "filler.bin").write_bytes(bytes(free - os.path.getsize(plan_path) // 2))
            before = fingerprint(stick)
            plan = PlanFile.open(plan_path)

            with pytest.raises(FileSystemError, match="nearly full"):
                protect(plan, PASSPHRASE)

            assert plan.is_open
            plan.close()
            assert fingerprint(stick) == before
            assert not is_protected(plan_path)
    except MountRefusedError as refused:
        pytest.skip(f"this machine does not allow mounting a file system: {refused}")
