"""The About dialog: version from the package metadata, the plans folder, truthful licences."""

from __future__ import annotations

from importlib.metadata import metadata, version
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.paths import AppPaths
from planner.ui.about import COMPONENTS, AboutDialog, Component


def test_shows_the_version_and_the_plans_folder(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(AppPaths(tmp_path / "plans here"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version_label.text() == f"Version {version('family-safety-planner')}"
    assert dialog.folder_label.text() == str(tmp_path / "plans here")
    assert dialog.folder_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_version_has_one_source() -> None:
    import tomllib

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert version("family-safety-planner") == pyproject["project"]["version"]


@pytest.mark.parametrize(
    "component", [c for c in COMPONENTS if c.distribution], ids=lambda c: c.name
)
def test_each_licence_is_what_the_package_metadata_says(component: Component) -> None:
    assert component.distribution is not None
    meta = metadata(component.distribution)
    stated = {meta.get("License-Expression"), meta.get("License")}
    stated |= {c.rsplit(" :: ", 1)[1] for c in meta.get_all("Classifier") or [] if "License" in c}
    assert component.licence in stated
