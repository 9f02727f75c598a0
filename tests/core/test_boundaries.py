"""Architecture rules: the core has no Qt, and nothing in the planner can reach a network."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import planner

PACKAGE = Path(planner.__file__).resolve().parent
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "asyncio",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebSockets",
}


def _core_modules() -> list[str]:
    core = PACKAGE / "core"
    return [
        "planner." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for path in sorted(core.rglob("*.py"))
        if "migrations" not in path.parts and path.name != "__init__.py"
    ]


def test_planner_core_imports_no_qt():
    modules = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "banned = ('PySide6', 'shiboken6', 'planner.ui')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(banned))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_planner_module_imports_a_networking_module():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in _imported_names(path):
            if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_no_module_of_the_planner_is_longer_than_a_reader_can_hold():
    # 450 lines, as docs/architecture.md asks; migrations are written once and never edited.
    too_long = {
        str(path.relative_to(PACKAGE)): length
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
        and (length := len(path.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert too_long == {}
