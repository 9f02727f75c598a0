"""A folder nobody may write to, root included: CI runs as root, who ignores mode bits."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """The folder made unwritable, for root too (CI runs as root, who ignores mode bits): an
    immutable folder (chattr +i) as root, mode 0555 for anyone else."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    as_root = os.geteuid() == 0
    if as_root:
        made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip(f"this file system has no immutable folders: {made.stderr!r}")
    else:
        folder.chmod(0o555)
    try:
        yield
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)
