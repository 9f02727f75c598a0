"""What the family found out that an app added by name allows: one choice per feature.

The catalog says this for its own apps; of the family's own app the planner knows only what
they record here. Each choice is saved at once (one transaction each), and a feature left at
"Not checked yet" stays "not known" on the overview: the app is never shown as safe.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from planner.core.catalog import CAPABILITY_KEYS
from planner.core.services import apps
from planner.ui import words
from planner.ui.ops import Ops

# The first is what a new app shows: nothing is assumed until the family has looked.
ANSWERS = (apps.NOT_CHECKED, "yes", "limited", "no")


class FamilyFacts(QGroupBox):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.app_use_id: int | None = None
        self.shown: dict[str, str] = {}
        self.setObjectName("familyFacts")
        self.setTitle(self.tr("What this app allows"))
        form = QFormLayout(self)
        self.choices: dict[str, QComboBox] = {}
        for key in CAPABILITY_KEYS:
            combo = QComboBox(self)
            combo.setObjectName(f"recorded-{key}")
            combo.setAccessibleName(words.capability(key))
            for value in ANSWERS:
                combo.addItem(self.answer_text(value), value)
            combo.activated.connect(lambda _row, key=key: self._save(key))
            label = QLabel(self.tr("%1:").replace("%1", words.capability(key)), self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.choices[key] = combo

    def answer_text(self, value: str) -> str:
        return {
            apps.NOT_CHECKED: self.tr("Not checked yet"),
            "yes": self.tr("Allows it"),
            "limited": self.tr("Allows it in part"),
            "no": self.tr("Does not allow it"),
        }[value]

    def show_app_use(self, app_use_id: int | None) -> None:
        """Shows what was recorded for this app use (None: nothing to show)."""
        self.app_use_id = app_use_id
        found: dict[str, str] = {}
        if app_use_id is not None:
            nothing: dict[int, dict[str, str]] = {}
            recorded = self.ops.read(lambda s: apps.recorded_capabilities(s, app_use_id), nothing)
            found = recorded.get(app_use_id, {})
        self.shown = {key: found.get(key, apps.NOT_CHECKED) for key in CAPABILITY_KEYS}
        for key, combo in self.choices.items():
            combo.setCurrentIndex(combo.findData(self.shown[key]))

    def clear(self) -> None:
        self.show_app_use(None)

    def _save(self, key: str) -> None:
        app_use_id, value = self.app_use_id, str(self.choices[key].currentData())
        if app_use_id is None or value == self.shown.get(key):
            return
        self.ops.run(
            lambda s: apps.set_custom_app_capability(s, app_use_id, key, value),
            apps.set_custom_app_capability,
            self.tr("%1: %2. Saved.")
            .replace("%2", self.answer_text(value))
            .replace("%1", words.capability(key)),
        )
        # What is stored now, whether saved or refused (the person was then told why).
        self.show_app_use(app_use_id)
