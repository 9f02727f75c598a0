"""Linux desktop integration: the launcher, the AppStream metadata and the icons are valid."""

from __future__ import annotations

import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.familysafetyplanner.Planner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def validate(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_file_is_valid_and_neutral() -> None:
    validate("desktop-file-validate", str(DESKTOP))
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entry["GenericName"] == "Planner"
    assert entry["Icon"] == APP_ID


def test_the_metainfo_is_valid_and_matches_the_project() -> None:
    validate("appstreamcli", "validate", "--no-net", str(METAINFO))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("project_license") == project["license"]
    assert component.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert component.find("releases/release").get("version") == project["version"]  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256])
def test_each_icon_has_its_size(size: int) -> None:
    image = QImage(str(ROOT / "resources" / "icons" / f"planner-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
