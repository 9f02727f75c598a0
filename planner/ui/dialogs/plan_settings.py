"""The plan's settings: its name, country, language, home or shelter use, and auto-lock time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import Catalog
from planner.core.dto import PlanDetails
from planner.core.idle_lock import LONGEST_MINUTES, SHORTEST_MINUTES
from planner.core.services.plan import LANGUAGES, NewPlan
from planner.ui.dialogs.editor import EditorDialog

LANGUAGE_NAMES = {"en": "English", "es": "Español"}


@dataclass(frozen=True, slots=True)
class PlanSettings:
    details: NewPlan
    idle_minutes: int


class PlanSettingsDialog(EditorDialog):
    def __init__(
        self,
        catalog: Catalog,
        details: PlanDetails,
        idle_minutes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan settings"))
        self.name = QLineEdit(details.name, self)
        self.country = QComboBox(self)
        for code, country in sorted(catalog.countries.items(), key=lambda c: c[1].name.en):
            self.country.addItem(country.name.get(details.language), code)
        self.country.setCurrentIndex(max(0, self.country.findData(details.country)))
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(details.language)))
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("At home"), "home")
        self.mode.addItem(self.tr("In a shelter or agency"), "shelter")
        self.mode.setCurrentIndex(max(0, self.mode.findData(details.mode)))
        self.idle = QSpinBox(self)
        self.idle.setRange(SHORTEST_MINUTES, LONGEST_MINUTES)
        self.idle.valueChanged.connect(self._name_the_unit)
        self.idle.setValue(idle_minutes)
        self._name_the_unit(idle_minutes)
        self.idle.setAccessibleDescription(
            self.tr("A protected plan locks itself after this long without use.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Plan &name:"), self.name)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Used:"), self.mode)
        form.addRow(self.tr("Lock after &idle:"), self.idle)
        note = QLabel(
            self.tr(
                "The country chooses the built-in contacts and the paper size of printed plans."
            )
            + " "
            # Widgets take their words when built: the window follows the plan's next opening.
            + self.tr("A new language shows the next time the plan is opened or unlocked."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _name_the_unit(self, minutes: int) -> None:
        self.idle.setSuffix(self.tr(" minute") if minutes == 1 else self.tr(" minutes"))

    def value(self) -> PlanSettings:
        return PlanSettings(
            details=NewPlan(
                name=self.name.text(),
                country=str(self.country.currentData()),
                language=str(self.language.currentData()),
                mode=str(self.mode.currentData()),
            ),
            idle_minutes=self.idle.value(),
        )
