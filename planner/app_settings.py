"""The app-level settings file (`settings.json` in the data folder): never anything about a plan
or a family, only how the planner is used on this computer (the window's language, shelter use).

Read before any plan is open, so it imports nothing heavy. Failing to read it gives the defaults;
failing to write it only means the next start does not remember: not worth interrupting anyone.
"""

from __future__ import annotations

import json
import os

from planner.paths import AppPaths

USE = "use"
SHELTER_USE = "shelter"


def read_settings(paths: AppPaths) -> dict[str, object]:
    try:
        stored = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def write_setting(paths: AppPaths, key: str, value: str) -> None:
    """Set one key; the other keys are kept. The file is replaced whole, never half written."""
    stored = read_settings(paths)
    if stored.get(key) == value:
        return
    stored[key] = value
    file = paths.settings_file
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        partial = file.with_suffix(".tmp")
        partial.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, file)
    except OSError:
        return


def in_shelter_use(paths: AppPaths) -> bool:
    """Shelter use: the first screen is the shelter home screen. Remembered once a shelter plan
    is created or opened here, and kept: a shelter computer stays one."""
    return read_settings(paths).get(USE) == SHELTER_USE


def remember_shelter_use(paths: AppPaths) -> None:
    write_setting(paths, USE, SHELTER_USE)
