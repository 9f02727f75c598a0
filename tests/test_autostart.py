"""Autostart files for Linux, Windows and macOS, written into a temporary home folder."""

from __future__ import annotations

import plistlib
import subprocess

import pytest

from planner import autostart
from tests.tools import system_tool

COMMAND = ["/opt/Family Planner/planner", "--data-dir", "/media/usb/50% off"]


def test_linux_writes_a_valid_neutral_desktop_entry(tmp_path):
    path = autostart.enable(COMMAND, platform="linux", home=tmp_path, environ={})
    assert path == tmp_path / ".config" / "autostart" / "family-safety-planner.desktop"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Name=Planner reminders" in lines
    assert "NoDisplay=true" in lines
    assert "X-GNOME-Autostart-enabled=true" in lines
    assert 'Exec="/opt/Family Planner/planner" --data-dir "/media/usb/50%% off" --tray' in lines
    assert autostart.is_enabled(platform="linux", home=tmp_path, environ={})


def test_linux_desktop_entry_passes_desktop_file_validate(tmp_path):
    tool = system_tool("desktop-file-validate", "desktop-file-utils")
    awkward = ["/home/a$b/my `app`/planner\\x", 'say "hi"', "~tilde", "x;y&z"]
    path = autostart.enable(awkward, platform="linux", home=tmp_path, environ={})
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_linux_respects_an_absolute_xdg_config_home_only(tmp_path):
    config = tmp_path / "config"
    path = autostart.enable(["planner"], "linux", tmp_path, {"XDG_CONFIG_HOME": str(config)})
    assert path == config / "autostart" / "family-safety-planner.desktop"
    relative = autostart.autostart_file("linux", tmp_path, {"XDG_CONFIG_HOME": "config"})
    assert relative == tmp_path / ".config" / "autostart" / "family-safety-planner.desktop"


def test_linux_entry_switched_off_by_the_desktop_counts_as_disabled(tmp_path):
    path = autostart.enable(["planner"], platform="linux", home=tmp_path, environ={})
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Autostart-enabled=true", "Autostart-enabled=false"), "utf-8")
    assert not autostart.is_enabled(platform="linux", home=tmp_path, environ={})


def test_windows_writes_a_cmd_file_in_the_startup_folder(tmp_path):
    path = autostart.enable([r"C:\Program Files\Planner\planner.exe"], "win32", tmp_path, {})
    startup = tmp_path / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
    assert path == startup / "Programs" / "Startup" / "family-safety-planner.cmd"
    data = path.read_bytes()
    assert data.endswith(b"\r\n")
    assert data.decode("utf-8").splitlines()[-1] == (
        r'start "" "C:\Program Files\Planner\planner.exe" "--tray"'
    )
    assert autostart.is_enabled("win32", tmp_path, {})


def test_windows_uses_appdata_and_escapes_percent_and_final_backslash(tmp_path):
    roaming = tmp_path / "Roaming"
    command = ["planner.exe", "--data-dir", "D:\\100%\\"]
    path = autostart.enable(command, "win32", tmp_path, {"APPDATA": str(roaming)})
    assert path.is_relative_to(roaming)
    assert '"D:\\100%%\\\\" "--tray"' in path.read_text(encoding="utf-8")


def test_macos_writes_a_launch_agent(tmp_path):
    path = autostart.enable(
        ["/Applications/Planner.app/Contents/MacOS/planner"], "darwin", tmp_path
    )
    assert path == tmp_path / "Library" / "LaunchAgents" / "org.familysafetyplanner.reminders.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "org.familysafetyplanner.reminders"
    assert agent["ProgramArguments"] == [
        "/Applications/Planner.app/Contents/MacOS/planner",
        "--tray",
    ]
    assert agent["RunAtLoad"] is True
    assert autostart.is_enabled("darwin", tmp_path)


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_disable_removes_the_file_and_is_harmless_twice(tmp_path, platform):
    autostart.enable(["planner", "--tray"], platform, tmp_path, {})
    autostart.disable(platform, tmp_path, {})
    autostart.disable(platform, tmp_path, {})
    assert not autostart.is_enabled(platform, tmp_path, {})
    assert not autostart.autostart_file(platform, tmp_path, {}).exists()


@pytest.mark.parametrize(
    "command",
    [
        ["planner", "--plan", "/home/x/family.plan"],
        ["planner", "--plan=/home/x/family.plan"],
        ["planner", "/home/x/family.plan"],
        ["planner", "--passphrase-stdin"],
        ["planner", "line\nbreak"],
        [],
    ],
)
def test_a_command_that_names_a_plan_or_a_secret_is_refused(tmp_path, command):
    with pytest.raises(ValueError):
        autostart.enable(command, "linux", tmp_path, {})
    assert not (tmp_path / ".config").exists()
