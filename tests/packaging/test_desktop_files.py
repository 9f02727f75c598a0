"""Linux desktop integration: the launcher, the AppStream metadata and the icons are valid."""

from __future__ import annotations

import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from planner.ui.launch import DESKTOP_FILE_ID
from tests.tools import system_tool

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.familysafetyplanner.planner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def validate(tool: str, package: str, *args: str) -> str:
    command = [system_tool(tool, package), *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def desktop_entry() -> dict[str, str]:
    return dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)


def test_the_desktop_file_is_valid_and_neutral() -> None:
    assert validate("desktop-file-validate", "desktop-file-utils", str(DESKTOP)) == ""
    entry = desktop_entry()
    assert entry["GenericName"] == "Planner"
    assert entry["Icon"] == APP_ID
    assert entry["Name[es]"] and entry["Comment[es]"]


def test_the_window_matches_its_launcher() -> None:
    """Shells match a window to its launcher by the desktop file id (Wayland's app id) or by the
    X11 WM_CLASS; both must be the file's name, or the dock shows a second, generic icon."""
    assert DESKTOP.name == f"{DESKTOP_FILE_ID}.desktop"
    assert desktop_entry()["StartupWMClass"] == DESKTOP_FILE_ID


def test_the_metainfo_is_valid_pedantically_and_matches_the_project() -> None:
    report = validate(
        "appstreamcli", "appstream", "validate", "--pedantic", "--no-net", str(METAINFO)
    )
    # Only notes ("I:") may remain: Debian 12's appstream 0.16 does not know AppStream 1.0's
    # <developer> tag yet and says so as a note.
    assert not [line for line in report.splitlines() if line[:2] in ("E:", "W:", "P:")], report
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("project_license") == project["license"]
    assert component.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert component.find("name[@{http://www.w3.org/XML/1998/namespace}lang='es']") is not None
    assert component.find("developer/name") is not None
    assert component.find("releases/release").get("version") == project["version"]  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256])
def test_each_icon_has_its_size(size: int) -> None:
    image = QImage(str(ROOT / "resources" / "icons" / f"planner-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
