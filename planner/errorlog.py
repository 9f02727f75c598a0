"""The technical log: where a bug's traceback goes, without any of the plan's content.

Exception messages can quote user text (a database error shows the values it was given), so
only the exception's type and the code locations are written, never its message or values.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

from planner.core.files import PRIVATE_FILE, private_folder


def log_bug(log_file: Path, error: BaseException) -> Path | None:
    """Append the bug's type and stack to the log; None when the log cannot be written."""
    stack = traceback.extract_tb(error.__traceback__)
    kind = f"{type(error).__module__}.{type(error).__qualname__}"
    lines = [f"{dt.datetime.now().isoformat(timespec='seconds')} {kind}\n"]
    lines.extend(stack.format())
    try:
        private_folder(log_file.parent.parent)  # the data folder
        private_folder(log_file.parent)
        # 0600 from creation on: the log names files and code of a family's planner.
        fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.writelines(lines)
    except OSError:
        return None
    return log_file
