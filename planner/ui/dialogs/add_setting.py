"""Add a setting to an app's checklist: a recommended one not yet listed, or the family's own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import RecommendedSetting


class AddSettingDialog(QDialog):
    """`choice()` is ("catalog", setting id) or ("custom", title) once accepted."""

    def __init__(
        self,
        available: Sequence[RecommendedSetting],
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a setting"))
        self.recommended_option = QRadioButton(self.tr("A &recommended setting"), self)
        self.own_option = QRadioButton(self.tr("Your &own setting"), self)
        self.recommended = QComboBox(self)
        self.recommended.setAccessibleName(self.tr("Recommended setting"))
        for setting in available:
            self.recommended.addItem(setting.title.get(language), setting.id)
        self.own = QLineEdit(self)
        self.own.setAccessibleName(self.tr("Your own setting"))
        self.own.setMaxLength(200)
        self.own.setPlaceholderText(self.tr("For example: Phone stays downstairs at night"))
        self.own.textEdited.connect(lambda: self.own_option.setChecked(True))
        self.recommended_option.toggled.connect(self._update)
        self.own_option.toggled.connect(self._update)
        self.own.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.recommended_option, self.recommended)
        form.addRow(self.own_option, self.own)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not available:
            note = QLabel(self.tr("Every recommended setting is already on the list."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
            self.recommended_option.setEnabled(False)
            self.recommended.setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        (self.recommended_option if available else self.own_option).setChecked(True)
        self.resize(520, self.sizeHint().height())

    def choice(self) -> tuple[str, str]:
        if self.recommended_option.isChecked():
            return "catalog", str(self.recommended.currentData())
        return "custom", self.own.text()

    def _update(self) -> None:
        own = self.own_option.isChecked()
        self.recommended.setEnabled(not own and self.recommended.count() > 0)
        self.add_button.setEnabled(bool(self.own.text().strip()) if own else True)
