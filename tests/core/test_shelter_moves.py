"""Shelter hand-over in the core: a plan is removed only from the planner's own data folder,
never from a family's USB stick, and a saved copy is read back where it was written."""

from __future__ import annotations

import shutil

import pytest

from planner.core.errors import PlanError
from planner.core.plans import PlanFile
from planner.core.protection import is_in_data_folder, remove_plan_from_data_folder, save_copy_to
from planner.core.services import children
from tests.conftest import PASSPHRASE


@pytest.fixture
def data_dir(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    (folder / "plans").mkdir(parents=True)
    return folder


@pytest.fixture
def stick(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_a_plan_in_the_data_folder_is_removed_with_its_backups(templates, data_dir):
    plan_path = shutil.copy2(templates["demo"], data_dir / "plans" / "plan-AB12.plan")
    other = shutil.copy2(templates["demo"], data_dir / "plans" / "plan-CD34.plan")
    with PlanFile.open(plan_path) as plan:
        backup = plan.make_backup()
    assert is_in_data_folder(plan_path, data_dir)
    removed = remove_plan_from_data_folder(plan_path, data_dir)
    assert set(removed) >= {plan_path, backup}
    assert sorted(p.name for p in (data_dir / "plans").iterdir()) == [other.name]


def test_a_plan_on_the_stick_is_refused_and_left_as_it_was(templates, data_dir, stick):
    on_stick = shutil.copy2(templates["demo-protected"], stick / "plan-AB12.plan")
    before = on_stick.read_bytes()
    assert not is_in_data_folder(on_stick, data_dir)
    with pytest.raises(PlanError, match="not in the planner's own folder"):
        remove_plan_from_data_folder(on_stick, data_dir)
    assert on_stick.read_bytes() == before
    assert sorted(p.name for p in stick.iterdir()) == ["plan-AB12.plan"]


def test_a_link_in_the_data_folder_to_the_stick_is_refused_too(templates, data_dir, stick):
    on_stick = shutil.copy2(templates["demo"], stick / "plan-AB12.plan")
    link = data_dir / "plans" / "plan-AB12.plan"
    link.symlink_to(on_stick)
    assert not is_in_data_folder(link, data_dir)
    with pytest.raises(PlanError):
        remove_plan_from_data_folder(link, data_dir)
    assert on_stick.exists() and link.is_symlink()


def test_a_path_that_only_starts_like_the_data_folder_is_outside_it(templates, data_dir):
    lookalike = data_dir.with_name(data_dir.name + "-stick")
    lookalike.mkdir()
    plan_path = shutil.copy2(templates["demo"], lookalike / "plan-AB12.plan")
    assert not is_in_data_folder(plan_path, data_dir)


def test_the_copy_on_the_stick_is_the_plan_read_back(templates, data_dir, stick):
    plan_path = shutil.copy2(templates["demo-protected"], data_dir / "plans" / "plan-AB12.plan")
    with PlanFile.open(plan_path, PASSPHRASE) as plan:
        with plan.unit_of_work() as session:
            children.add_child(session, "Noor", 2015)
        copy = save_copy_to(plan, stick)
    assert sorted(p.name for p in stick.iterdir()) == ["plan-AB12.plan"]  # nothing beside it
    with PlanFile.open(copy, PASSPHRASE) as opened, opened.unit_of_work() as session:
        assert "Noor" in [c.nickname for c in children.list_children(session)]
