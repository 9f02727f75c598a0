"""The planner's own files on disk: flushing, private modes, hidden names, and removal that
overwrites first. Every module that writes a plan, a copy or a leftover uses these.

Overwriting with zeros is a best effort, never forensic erasure: SSDs, USB sticks, copy-on-write
file systems and file-system journals may keep old blocks, and the operating system may have
copies (swap, snapshots, cloud sync). On an ordinary disk (ext4, NTFS, APFS without snapshots)
the overwritten blocks hold zeros.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

# SQLite's side files: the write-ahead log, its index, and the rollback journal.
SIDECARS = ("-wal", "-shm", "-journal")
# Only the planner's account may read what the planner keeps (POSIX modes; ignored on Windows).
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_BINARY = getattr(os, "O_BINARY", 0)


def hidden(path: Path, kind: str) -> Path:
    """`.<name>.<kind>` beside `path`: a temporary or leftover file of that plan."""
    return path.with_name(f".{path.name}.{kind}")


def sidecars(path: Path, *suffixes: str) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in suffixes]


def exists(path: Path) -> bool:
    """True for a file, and for a symbolic link even when what it points to is gone."""
    return path.exists() or path.is_symlink()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a removal in `folder` durable (POSIX); Windows has no folder handles."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Tighten an existing file to 0600 or folder to 0700; never raises (a FAT stick has no
    modes, a file of another account cannot be changed)."""
    with contextlib.suppress(OSError):
        mode = PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE
        if not path.is_symlink() and stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)


def private_folder(folder: Path) -> Path:
    """Create `folder` (and missing parents) as 0700, or tighten it when it exists."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    make_private(folder)
    return folder


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files that SQLite or a library creates meanwhile get 0600 and folders 0700."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def wipe(path: Path) -> None:
    """Overwrite a file's bytes with zeros, flush, then unlink it (best effort, see the module's
    docstring). Only a regular file with no other name is overwritten: never the target of a
    symbolic link, nor a file still reachable under another name (a hard link)."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | _BINARY
    try:
        fd = os.open(path, flags)
    except OSError:
        fd = -1
    if fd >= 0:
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
                _write_zeros(fd, info.st_size)
        except OSError:
            pass  # overwriting is a bonus; removing is what matters
        finally:
            os.close(fd)
    path.unlink(missing_ok=True)


def remove_with_sidecars(path: Path) -> None:
    """Wipe `path` and SQLite's side files beside it (see `wipe`)."""
    for file in sidecars(path, "", *SIDECARS):
        if exists(file):
            wipe(file)


@contextlib.contextmanager
def wiping_logs_once_closed(path: Path) -> Iterator[None]:
    """SQLite deletes a plan's -wal (and -journal) when its last connection closes, without
    overwriting it: the blocks keep the text. Give each a second, hidden name before closing,
    and wipe that once SQLite has let go (left alone when a connection still holds the log)."""
    kept: list[Path] = []
    for suffix in ("-wal", "-journal"):
        log = path.with_name(path.name + suffix)
        second = closing_name(path, suffix)
        with contextlib.suppress(OSError):
            second.unlink(missing_ok=True)
            os.link(log, second)
            kept.append(second)
    try:
        yield
    finally:
        for second in kept:
            with contextlib.suppress(OSError):
                wipe(second)


def closing_name(path: Path, suffix: str) -> Path:
    """The hidden second name of a plan's log while it is being closed (see above)."""
    return hidden(path, f"closing{suffix}")


def _write_zeros(fd: int, size: int) -> None:
    block = bytes(1024 * 1024)
    remaining = size
    while remaining > 0:
        remaining -= os.write(fd, block[: min(remaining, len(block))])
    os.fsync(fd)
