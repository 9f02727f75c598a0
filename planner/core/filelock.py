"""One process at a time per plan: an OS lock on a small `<plan>.lock` file beside it.

The OS drops the lock when the process dies, so a crash never leaves a plan stuck "in use".
A separate file is used because SQLite's own locks live on the plan file itself.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from planner.core.errors import FileSystemError, PlanInUseError


def lock_path_for(plan_path: Path) -> Path:
    return plan_path.with_name(plan_path.name + ".lock")


class PlanLock:
    def __init__(self, plan_path: Path) -> None:
        self.path = lock_path_for(plan_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        while True:
            fd = self._open()
            if not _try_lock(fd):
                os.close(fd)
                raise PlanInUseError(
                    "This plan is open in another window or program. "
                    "Close it there, then try again."
                )
            # Another process may have removed the lock file between our open and our lock;
            # then we hold a lock on a file nobody else can see, so start again.
            if _same_file(fd, self.path):
                self._fd = fd
                return
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            # Unlink while still holding the lock, so no one can take it on a dying file.
            self.path.unlink(missing_ok=True)
        os.close(fd)
        if sys.platform == "win32":
            # Another process may have it open; the last one to close cleans up.
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError as error:
            raise FileSystemError(
                "The planner cannot write in the folder {folder}. "
                "Move the plan to a folder you can write to.",
                folder=self.path.parent,
            ) from error
        except OSError as error:
            raise FileSystemError(
                "The planner cannot use the folder {folder}: {reason}.",
                folder=self.path.parent,
                reason=error.strerror,
            ) from error


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
