"""Where the planner keeps its files: platform folders, overridable for tests and USB use."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from planner.core.files import make_private, private_folder

APP_NAME = "FamilySafetyPlanner"
HOME_VARIABLE = "FAMILY_SAFETY_PLANNER_HOME"
PLAN_SUFFIX = ".plan"
# A shelter keeps one plan per family. Their files get short neutral names ("plan-K7QM"): anyone
# who looks in the folder or on a USB stick sees file names, so they must not say whose plan it
# is. Letters and digits that cannot be mistaken for each other, easy to read out and type.
_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_PLAN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _-]{0,39}")
# Names Windows keeps for devices, with any extension ("con.plan" cannot be created there).
_RESERVED = re.compile(r"(con|prn|aux|nul|com[1-9]|lpt[1-9])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> AppPaths:
        """--data-dir wins, then FAMILY_SAFETY_PLANNER_HOME, then the platform's data folder."""
        if data_dir:
            return cls(Path(data_dir).expanduser())
        if os.environ.get(HOME_VARIABLE):
            return cls(Path(os.environ[HOME_VARIABLE]).expanduser())
        # platformdirs is imported here only: most runs pass a folder or the variable.
        from platformdirs import user_data_dir

        return cls(Path(user_data_dir(APP_NAME, appauthor=False)))

    def make_folder(self, folder: Path) -> Path:
        """Create `folder` with any missing parents; those inside the data folder (and the data
        folder itself) are private, 0700: only this account can list the family's plans."""
        if folder == self.data_dir or self.data_dir in folder.parents:
            private_folder(self.data_dir)
            for parent in reversed(folder.relative_to(self.data_dir).parents):
                private_folder(self.data_dir / parent)
            return private_folder(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def make_private(self) -> None:
        """Tighten what older versions left readable by other accounts (0644 files, 0755
        folders) in the data folder: 0600 and 0700. Never raises."""
        if not self.data_dir.is_dir():
            return
        make_private(self.data_dir)
        for folder, names, files in os.walk(self.data_dir):
            for name in [*names, *files]:
                make_private(Path(folder) / name)

    @property
    def plans_dir(self) -> Path:
        return self.data_dir / "plans"

    @property
    def default_plan(self) -> Path:
        return self.plans_dir / f"family{PLAN_SUFFIX}"

    @property
    def settings_file(self) -> Path:
        """App-level settings, not a plan's: today only the window's language code."""
        return self.data_dir / "settings.json"

    @property
    def content_dir(self) -> Path:
        """Safety information updates imported from files (planner/core/content_packs)."""
        return self.data_dir / "content"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "planner.log"


def is_plan_file_name(name: str) -> bool:
    """A name that can be used for a plan file in any file system (USB sticks are often FAT):
    letters, digits, spaces, "-" and "_", starting with a letter or digit, at most 40, and not
    a name Windows keeps for a device."""
    return (
        _PLAN_NAME.fullmatch(name) is not None
        and name == name.rstrip()
        and _RESERVED.fullmatch(name) is None
    )


def plan_file_in(folder: Path, name: str) -> Path:
    return folder / f"{name}{PLAN_SUFFIX}"


def plan_name_taken(folder: Path, name: str) -> bool:
    """A plan, or any of its backups and working files, already uses this name (in any case:
    Windows, macOS and FAT sticks do not tell "Plan" from "plan")."""
    start = plan_file_in(folder, name).name.lower()
    try:
        return any(entry.name.lower().startswith(start) for entry in folder.iterdir())
    except OSError:
        return False  # no folder yet: every name is free


def suggest_plan_name(folder: Path) -> str:
    """A neutral name no plan in `folder` uses yet, such as "plan-K7QM"."""
    while True:
        name = "plan-" + "".join(secrets.choice(_CODE_LETTERS) for _ in range(4))
        if not plan_name_taken(folder, name):
            return name
