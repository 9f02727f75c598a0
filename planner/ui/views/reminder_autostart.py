""" "Remind me even when the planner is closed": a log-in entry that starts the planner quietly
in the system tray. It belongs to this computer account, not to the plan, and is not offered in
shelter use, where a tray icon at log-in would tell the next person that the planner is here."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QWidget

from planner import autostart
from planner.paths import AppPaths


def planner_command(paths: AppPaths) -> list[str]:
    """How to start this same planner at log-in (its data folder named; never a plan)."""
    program = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "planner"]
    )
    return [*program, "--data-dir", str(paths.data_dir)]


class AutostartToggle(QCheckBox):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remind me even &when the planner is closed"), parent)
        self.paths = paths
        self.setObjectName("autostartToggle")
        self.setAccessibleDescription(
            self.tr(
                "Starts the planner quietly in the system tray when you log in to this "
                "computer, so that reminders come back on time."
            )
        )
        self.refresh(shelter=False)
        self.toggled.connect(self._apply)

    def refresh(self, shelter: bool) -> None:
        self.setVisible(not shelter)
        self.blockSignals(True)
        self.setChecked(autostart.is_enabled())
        self.blockSignals(False)

    def _apply(self, on: bool) -> None:
        if on:
            autostart.enable(planner_command(self.paths))
        else:
            autostart.disable()
