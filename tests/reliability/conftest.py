"""Helpers for the reliability tests: the real CLI, folder fingerprints, and real file systems
that are read-only or full (Linux mounts; skipped where the sandbox does not allow them)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.ui.conftest import ui_context  # noqa: F401  (the window's fixture, for test_window_errors)


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` (names relative to it) and the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _mount(*args: str) -> str:
    """Run mount/umount; the error text when the sandbox refuses, else ""."""
    result = subprocess.run(list(args), capture_output=True, text=True, check=False)
    return "" if result.returncode == 0 else (result.stderr.strip() or f"{args[0]} failed")


class MountRefusedError(Exception):
    """This machine does not let the tests mount file systems (not root, or a sandbox)."""


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """`folder` seen through a read-only bind mount: even root cannot write there."""
    view = folder.with_name(folder.name + "-read-only")
    view.mkdir()
    problem = _mount("mount", "--bind", str(folder), str(view))
    if problem:
        raise MountRefusedError(problem)
    try:
        problem = _mount("mount", "-o", "remount,bind,ro", str(view))
        if problem:
            raise MountRefusedError(problem)
        yield view
    finally:
        _mount("umount", str(view))


@contextlib.contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """A real, tiny file system (tmpfs) mounted on `folder`."""
    folder.mkdir(exist_ok=True)
    problem = _mount("mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder))
    if problem:
        raise MountRefusedError(problem)
    try:
        yield folder
    finally:
        _mount("umount", str(folder))


def fill_up(folder: Path) -> Path:
    """Write zeros until the disk under `folder` has no space left, in smaller and smaller
    pieces so that not even one block is free."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 1 << 12, 1 << 9, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return filler
