"""No plaintext of a once-plain plan in the raw blocks of a real ext4 disk after "Protect" or
"Remove this plan from this computer".

The disk is a file in tmp_path formatted with mkfs.ext4 and loop-mounted (root only; skipped
with the reason elsewhere). The plan's text is written through the services, the plan is closed
and reopened (so SQLite's write-ahead log comes and goes), a plain safety copy is made, then the
plan is protected or removed; the image is unmounted and its bytes searched for the text.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.core.plans import PlanFile
from planner.core.protection import remove_plan_from_computer
from planner.core.rekey import protect
from planner.core.services import children
from tests.conftest import PASSPHRASE

SECRET = "Maya is at the Elm St shelter, room 12, ZEBRA-ORCHID-4417"


def _run(*args: str) -> str:
    result = subprocess.run(list(args), capture_output=True, text=True, check=False)
    return "" if result.returncode == 0 else (result.stderr.strip() or f"{args[0]} failed")


@contextlib.contextmanager
def ext4_disk(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(mount point, image file) of a fresh 64 MB ext4 file system."""
    if os.geteuid() != 0:
        pytest.skip("mounting a loop device needs root")
    if shutil.which("mkfs.ext4") is None:
        pytest.skip("mkfs.ext4 is not installed")
    image, mount_point = tmp_path / "disk.img", tmp_path / "disk"
    with image.open("wb") as file:
        file.truncate(64 * 1024 * 1024)
    mount_point.mkdir()
    problem = _run("mkfs.ext4", "-q", "-F", str(image)) or _run(
        "mount", "-o", "loop", str(image), str(mount_point)
    )
    if problem:
        pytest.skip(f"this machine does not allow a loop-mounted ext4 disk: {problem}")
    try:
        yield mount_point, image
    finally:
        _run("umount", str(mount_point))


def _write_secret_plan(templates: dict[str, Path], folder: Path) -> Path:
    plan_path = Path(shutil.copy2(templates["empty"], folder / "family.plan"))
    with PlanFile.open(plan_path) as plan:
        with plan.unit_of_work() as session:
            children.add_child(session, "Maya", 2014, notes=f"{SECRET}\n" * 50)
        plan.make_backup()  # a plain safety copy beside the plan
    with PlanFile.open(plan_path) as plan, plan.unit_of_work() as session:
        children.add_child(session, "Leo", 2016, notes=SECRET)  # through a second WAL
    return plan_path


def _image_holds_secret(image: Path, mount_point: Path) -> bool:
    os.sync()
    assert _run("umount", str(mount_point)) == ""
    return SECRET.encode() in image.read_bytes()


def test_the_text_is_on_the_disk_before_anything_is_done(templates, tmp_path):
    # The check below would prove nothing if the disk never held the text.
    with ext4_disk(tmp_path) as (mount_point, image):
        _write_secret_plan(templates, mount_point)
        assert _image_holds_secret(image, mount_point)


def test_no_plaintext_is_left_on_the_disk_after_protect(templates, tmp_path):
    with ext4_disk(tmp_path) as (mount_point, image):
        plan_path = _write_secret_plan(templates, mount_point)
        protect(PlanFile.open(plan_path), PASSPHRASE).close()
        assert not _image_holds_secret(image, mount_point)


def test_no_plaintext_is_left_on_the_disk_after_remove(templates, tmp_path):
    with ext4_disk(tmp_path) as (mount_point, image):
        plan_path = _write_secret_plan(templates, mount_point)
        remove_plan_from_computer(plan_path)
        assert not _image_holds_secret(image, mount_point)
