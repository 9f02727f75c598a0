"""Start the reminder watcher at log-in ("remind me even when the planner is closed").

One small file per system, written and removed here, and nothing else is touched:
- Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/family-safety-planner.desktop`;
- Windows: a `.cmd` file in the Startup folder (a shortcut would need COM);
- macOS: a LaunchAgent property list, loaded by launchd at the next log-in.

The command runs the planner with `--tray`. It never holds a plan's name or a passphrase: the
file is readable by anyone using the account, so it must not say whose plan this is.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping
from pathlib import Path

from planner.core.export.files import replace_atomically

TRAY_FLAG = "--tray"
NEUTRAL_NAME = "Planner reminders"
XDG_FILE = "family-safety-planner.desktop"
WINDOWS_FILE = "family-safety-planner.cmd"
MAC_LABEL = "org.familysafetyplanner.reminders"
# Options that would name a plan or carry a secret into a file others can read.
_PRIVATE_OPTIONS = ("--plan", "--passphrase")
# Characters that make the freedesktop Exec key quote an argument.
_XDG_RESERVED = set(" \t\"'\\><~|&;$*?#()`")


def enable(
    command: list[str],
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """Write (or rewrite) the log-in entry that runs `command --tray`; returns its path."""
    _check(command)
    arguments = command if TRAY_FLAG in command else [*command, TRAY_FLAG]
    path = autostart_file(platform, home, environ)
    content = _content(platform, arguments)
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(partial: Path) -> None:
        partial.write_bytes(content)

    replace_atomically(path, write)
    return path


def disable(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> None:
    autostart_file(platform, home, environ).unlink(missing_ok=True)


def is_enabled(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> bool:
    path = autostart_file(platform, home, environ)
    if not path.is_file():
        return False
    if platform in ("win32", "darwin"):
        return True
    # Desktop settings tools switch an entry off inside the file instead of deleting it.
    lines = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}
    return not lines & {"Hidden=true", "X-GNOME-Autostart-enabled=false"}


def autostart_file(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    home = home or Path.home()
    environ = os.environ if environ is None else environ
    if platform == "win32":
        roaming = Path(environ.get("APPDATA") or home / "AppData" / "Roaming")
        startup = roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
        return startup / WINDOWS_FILE
    if platform == "darwin":
        return home / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"
    config = environ.get("XDG_CONFIG_HOME", "")
    # The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    folder = Path(config) if os.path.isabs(config) else home / ".config"
    return folder / "autostart" / XDG_FILE


def _check(command: list[str]) -> None:
    if not command:
        raise ValueError("The autostart command is empty.")
    for argument in command:
        if argument.startswith(_PRIVATE_OPTIONS) or argument.endswith(".plan"):
            raise ValueError("The autostart command must not name a plan or carry a passphrase.")
        if any(mark in argument for mark in "\r\n\0"):
            raise ValueError("An autostart argument cannot hold a line break.")


def _content(platform: str, arguments: list[str]) -> bytes:
    if platform == "win32":
        return _windows_cmd(arguments)
    if platform == "darwin":
        return _launch_agent(arguments)
    return _desktop_entry(arguments)


def _desktop_entry(arguments: list[str]) -> bytes:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={NEUTRAL_NAME}",
        "Comment=Shows reminders when they are due",
        f"Exec={' '.join(_xdg_quote(argument) for argument in arguments)}",
        "Terminal=false",
        # Not an application to pick from a menu: only the session starts it.
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _xdg_quote(argument: str) -> str:
    """Quote for the Exec key, then escape for a desktop-file string value."""
    if argument and not _XDG_RESERVED & set(argument):
        quoted = argument
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
        quoted = f'"{inner}"'
    # A literal % would start a field code; a backslash is an escape in any string value.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def _windows_cmd(arguments: list[str]) -> bytes:
    if any('"' in argument for argument in arguments):
        raise ValueError("A Windows autostart argument cannot hold a double quote.")
    lines = [
        "@echo off",
        # Read the lines below as UTF-8, so that a folder with accents in its name still works.
        "chcp 65001 >nul",
        # `start ""` lets the console window close at once; "" is the window title.
        'start "" ' + " ".join(_cmd_quote(argument) for argument in arguments),
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _cmd_quote(argument: str) -> str:
    # Doubled %, or cmd expands it; a final backslash would escape the closing quote.
    inner = argument.replace("%", "%%")
    if inner.endswith("\\"):
        inner += "\\"
    return f'"{inner}"'


def _launch_agent(arguments: list[str]) -> bytes:
    agent = {
        "Label": MAC_LABEL,
        "ProgramArguments": arguments,
        "RunAtLoad": True,
        # Only in a graphical log-in session: the watcher shows a menu-bar icon.
        "LimitLoadToSessionType": "Aqua",
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(agent)
