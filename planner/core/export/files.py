"""Writing an export so that a crash or an error never leaves half a file under the real name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from planner.core.errors import FileSystemError
from planner.core.files import fsync_file


def replace_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """`write` fills a hidden temporary file beside `target`, which then replaces `target`.

    The temporary file sits in the same folder so that the final rename never crosses disks.
    """
    folder = target.parent
    if not folder.is_dir():
        raise FileSystemError("The folder {folder} does not exist.", folder=folder)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise FileSystemError(
            "The planner cannot write in {folder}: {reason}.", folder=folder, reason=error.strerror
        ) from error
    os.close(handle)
    partial = Path(name)
    try:
        write(partial)
        fsync_file(partial)
        os.replace(partial, target)
    except OSError as error:
        raise FileSystemError(
            "The planner could not write {path}: {reason}.", path=target, reason=error.strerror
        ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def write_text_atomically(target: Path, text: str) -> None:
    replace_atomically(target, lambda partial: partial.write_text(text, encoding="utf-8"))
