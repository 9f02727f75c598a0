"""System validators that a newcomer's machine may lack.

Outside CI a missing tool skips its test and names the package to install; under CI (`CI=true`
or `CI=1`, set by CI runners) it fails, so that a green run always means the check really ran.
"""

from __future__ import annotations

import os
import shutil

import pytest


def system_tool(name: str, package: str) -> str:
    """The path of `name`, or a skip (a failure under CI) naming the Debian package that has it."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is missing: sudo apt-get install {package}"
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(message)
    pytest.skip(message)
