"""A plan's write-ahead log read as SQLite reads it, to notice committed changes it would drop.

When SQLite opens a plan after a crash it replays the -wal file up to the first frame whose
checksum is wrong, and silently drops the rest; closing then folds the log into the plan and
deletes it. A damaged frame in the middle would so lose every later change without a word.
Before the plan is opened, `frames_beyond_damage` counts the committed frames SQLite would drop;
PlanFile.open then keeps a copy of the log beside the plan, and `check` says so.

Format: https://www.sqlite.org/fileformat2.html#walformat (a 32-byte header, then frames of a
24-byte header and one page; checksums chain over the header and every frame).
"""

from __future__ import annotations

import datetime as dt
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

from planner.core.errors import FileSystemError
from planner.core.files import fsync_file, private_umask

_MAGIC = (0x377F0682, 0x377F0683)  # the low bit: checksums over big-endian words
_HEADER = struct.Struct(">8I")
_FRAME_HEADER = struct.Struct(">6I")
_MASK = 0xFFFFFFFF


def frames_beyond_damage(wal: Path) -> int:
    """How many frames of committed changes SQLite would drop (0 for an intact log)."""
    try:
        data = wal.read_bytes()
    except OSError:
        return 0
    if len(data) < _HEADER.size:
        return 0
    magic, _version, page_size, _seq, salt1, salt2, check1, check2 = _HEADER.unpack_from(data)
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return 0  # not a log SQLite would read at all
    big_endian = bool(magic & 1)
    sums = _checksum(data[:24], 0, 0, big_endian)
    if sums != (check1, check2):
        return 0
    frame_size = _FRAME_HEADER.size + page_size
    frames = [
        offset
        for offset in range(_HEADER.size, len(data) - frame_size + 1, frame_size)
        if _FRAME_HEADER.unpack_from(data, offset)[2:4] == (salt1, salt2)
    ]
    for index, offset in enumerate(frames):
        header = _FRAME_HEADER.unpack_from(data, offset)
        sums = _checksum(data[offset : offset + 8], *sums, big_endian)
        sums = _checksum(data[offset + 24 : offset + frame_size], *sums, big_endian)
        if sums != header[4:6]:
            rest = frames[index:]
            committed = [o for o in rest if _FRAME_HEADER.unpack_from(data, o)[1] != 0]
            return len(rest) if committed else 0  # an unfinished last write is not a loss
    return 0


def keep_copy(wal: Path) -> Path:
    """Copy the log beside the plan under a visible name, before SQLite drops part of it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = wal.with_name(f"{wal.name}.{stamp}.damaged")
    with private_umask():
        shutil.copyfile(wal, kept)
    fsync_file(kept)
    return kept


@dataclass(frozen=True, slots=True)
class DamagedLog:
    """A write-ahead log SQLite could only partly apply: how much it dropped, and the copy."""

    dropped_frames: int
    kept_copy: Path


def keep_damaged_log(path: Path) -> DamagedLog | None:
    """Before SQLite replays the log (and deletes it on closing), keep a copy of a log whose
    committed changes it would drop."""
    wal = path.with_name(path.name + "-wal")
    dropped = frames_beyond_damage(wal) if wal.is_file() else 0
    if not dropped:
        return None
    try:
        return DamagedLog(dropped, keep_copy(wal))
    except OSError as error:
        raise FileSystemError(
            "The plan's log {path} is damaged and no copy of it could be kept beside it "
            "({reason}), so the plan was not opened. Free some space and try again.",
            path=wal,
            reason=error.strerror,
        ) from error


def _checksum(data: bytes, s1: int, s2: int, big_endian: bool) -> tuple[int, int]:
    words = struct.iter_unpack(">2I" if big_endian else "<2I", data)
    for first, second in words:
        s1 = (s1 + first + s2) & _MASK
        s2 = (s2 + second + s1) & _MASK
    return s1, s2
