"""Where the planner keeps its files: platform folders, overridable for tests and USB use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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
