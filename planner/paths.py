"""Where the planner keeps its files: platform folders, overridable for tests and USB use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from planner.core.files import make_private, private_folder

APP_NAME = "FamilySafetyPlanner"
HOME_VARIABLE = "FAMILY_SAFETY_PLANNER_HOME"
PLAN_SUFFIX = ".plan"


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
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "planner.log"
