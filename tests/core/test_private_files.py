"""Only the planner's account can read what it keeps: after a session of core operations every
file in the data folder is 0600 and every folder 0700, with the usual umask 022 of a desktop,
and the files an older version left 0644 are tightened when they are next used."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core.demo import build_demo
from planner.core.json_backup import save_backup
from planner.core.plans import PlanFile
from planner.core.rekey import protect
from planner.core.services import children
from planner.errorlog import log_bug
from planner.paths import AppPaths
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def desktop_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def modes(folder: Path) -> dict[str, str]:
    """Every path under `folder` (itself included) and its mode, such as "0o600"."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def wanted(folder: Path) -> dict[str, str]:
    return {name: "0o700" if (folder / name).is_dir() else "0o600" for name in modes(folder)}


def test_a_session_of_core_operations_leaves_only_private_files(catalog, tmp_path):
    paths = AppPaths(tmp_path / "data")
    plan_path = paths.default_plan
    paths.make_folder(plan_path.parent)
    plan = PlanFile.create(plan_path, lambda session: build_demo(session, catalog))
    with plan.unit_of_work() as session:
        children.add_child(session, "Maya", 2014, notes="at the Elm St shelter")
    plan.make_backup()
    with plan.unit_of_work() as session:
        save_backup(session, paths.data_dir / "family-backup.json")
    protect(plan, PASSPHRASE).close()
    with PlanFile.open(plan_path, PASSPHRASE) as plan:
        plan.make_backup()
    log_bug(paths.log_file, RuntimeError("a bug"))

    found = modes(paths.data_dir)
    assert len(found) >= 6  # the folders, the plan, its copies, the backup, the log
    assert found == wanted(paths.data_dir)


def test_files_an_older_version_left_readable_are_tightened(templates, tmp_path):
    paths = AppPaths(tmp_path / "data")
    paths.plans_dir.mkdir(parents=True)
    plan_path = paths.default_plan
    plan_path.write_bytes(templates["demo"].read_bytes())
    settings = paths.settings_file
    settings.write_text("{}")
    for path in (paths.data_dir, paths.plans_dir):
        path.chmod(0o755)
    for path in (plan_path, settings):
        path.chmod(0o644)

    PlanFile.open(plan_path).close()
    assert modes(plan_path.parent)["family.plan"] == "0o600"
    paths.make_private()
    assert modes(paths.data_dir) == wanted(paths.data_dir)
