"""Hidden files beside a plan, and removing what an interrupted action left of them.

All are recognised and removed by the next `PlanFile.open()` once the plan itself has been
checked, and by `remove_plan_from_computer`:
- `.<name>.protecting`: a re-keyed copy being written (planner.core.rekey, plus its `-journal`);
- `.<name>.retired`: a second name (hard link) for the old file, kept only so that its bytes can be
  overwritten with zeros once the new file has replaced it;
- `.<name>.creating`: a plan being created (see `PlanFile.create`), or a safety copy being put
  in a plan's place;
- `.<name>.closing-wal`, `.<name>.closing-journal`: a log's second name while the plan closes
  (planner.core.files.wiping_logs_once_closed).
Beside those, in the plan's folder: `.<other>.creating` of a plan whose creation was killed,
and `.<file>.<random>.part` of a backup or export that was killed while being written.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable
from pathlib import Path

from planner.core.errors import PlanError
from planner.core.filelock import PlanLock
from planner.core.files import SIDECARS, closing_name, exists, hidden, sidecars, wipe
from planner.core.safety_copies import backups_of

PROTECTING = "protecting"
RETIRED = "retired"
CREATING = "creating"
# A `.part` file this old is no longer being written by anyone.
STALE_PART_SECONDS = 3600


def temp_files(path: Path) -> list[Path]:
    """Every hidden file an action on the plan at `path` may leave beside it."""
    names = [hidden(path, kind) for kind in (PROTECTING, CREATING)]
    return [
        *(name.with_name(name.name + suffix) for name in names for suffix in ("", *SIDECARS)),
        hidden(path, RETIRED),
        *(closing_name(path, suffix) for suffix in ("-wal", "-journal")),
    ]


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Remove what an interrupted protect/change/remove, create or close left beside `path`,
    and the folder's abandoned `.creating` and `.part` files.

    Call only once the plan at `path` has been opened and checked, with its lock held (as
    `PlanFile.open` does). Never raises: a leftover that cannot be removed stays for next time.
    """
    removed: list[Path] = []
    retired = hidden(path, RETIRED)
    if exists(retired) and not _same_file(retired, path):
        # A swap finished but its cleanup did not: the backups are all from before the swap
        # (plain text, or under the old passphrase), and the retired file is the old plan.
        removed += _wiped(backups_of(path))
    # A retired name for the plan itself (a crash before the swap) is only unlinked: wipe never
    # overwrites a file that has another name.
    removed += _wiped(leftover for leftover in temp_files(path) if exists(leftover))
    removed += _wiped(_abandoned_in_folder(path.parent))
    return removed


def _wiped(paths: Iterable[Path]) -> list[Path]:
    done: list[Path] = []
    for path in paths:
        with contextlib.suppress(OSError):
            wipe(path)
            done.append(path)
    return done


def _abandoned_in_folder(folder: Path) -> list[Path]:
    """`.<plan>.creating` files whose plan no one is creating (its lock is free), and `.part`
    files no one has written to for an hour."""
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f".*.{CREATING}"):
            name = leftover.name.removeprefix(".").removesuffix(f".{CREATING}")
            if _lock_is_free(folder / name):
                found += [side for side in sidecars(leftover, "", *SIDECARS) if exists(side)]
        deadline = time.time() - STALE_PART_SECONDS
        found += [part for part in folder.glob(".*.part") if part.lstat().st_mtime < deadline]
    return found


def _lock_is_free(plan: Path) -> bool:
    lock = PlanLock(plan)
    try:
        lock.acquire()
    except PlanError:
        return False
    lock.release()
    return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
