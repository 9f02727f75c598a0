"""Add a household rule (a suggested one that fits the child's age, or the family's own words),
and record the day a rule was agreed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import NamedTuple

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import AgreementItem, Catalog
from planner.ui import words
from planner.ui.date_fields import in_planner_style
from planner.ui.dialogs.editor import EditorDialog
from planner.ui.models.table import Column, DtoTableModel


class RuleValue(NamedTuple):
    guidance_item_id: str | None
    custom_text: str | None
    agreed_on: dt.date | None


def fitting_items(catalog: Catalog, age: int) -> list[AgreementItem]:
    return [i for i in catalog.guidance.agreement_items if i.ages[0] <= age <= i.ages[1]]


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    """A date field that opens a calendar and cannot go past today."""
    edit = QDateEdit(parent)
    in_planner_style(edit)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate())
    chosen = day or dt.date.today()
    edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
    return edit


def chosen_day(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class RuleEditor(EditorDialog):
    def __init__(
        self,
        catalog: Catalog,
        language: str,
        age: int,
        already: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a household rule"))
        self.suggested_choice = QRadioButton(
            self.tr("A &suggested rule for age %1").replace("%1", str(age)), self
        )
        # A list, not a drop-down: the suggestions are whole sentences and must be read in full.
        offered = [i for i in fitting_items(catalog, age) if i.id not in already]
        self.suggestions: DtoTableModel[AgreementItem] = DtoTableModel(
            [Column(self.tr("Rule"), lambda item: words.localized(item.text, language))], self
        )
        self.suggestions.set_rows(offered)
        self.suggestion = QListView(self)
        self.suggestion.setModel(self.suggestions)
        self.suggestion.setWordWrap(True)
        self.suggestion.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when resized
        self.suggestion.setSpacing(3)
        self.suggestion.setAlternatingRowColors(True)
        self.suggestion.setAccessibleName(self.tr("Suggested rules"))
        if offered:
            self.suggestion.setCurrentIndex(self.suggestions.index(0, 0))
        self.own_choice = QRadioButton(self.tr("In our &own words"), self)
        self.own_text = QPlainTextEdit(self)
        self.own_text.setTabChangesFocus(True)
        self.own_text.setFixedHeight(70)
        self.own_text.setAccessibleName(self.tr("The rule in your own words"))
        self.agreed = QCheckBox(self.tr("We &agreed on it on:"), self)
        self.agreed_on = date_edit(self)
        self.agreed_on.setAccessibleName(self.tr("Date it was agreed"))
        group = QButtonGroup(self)
        group.addButton(self.suggested_choice)
        group.addButton(self.own_choice)
        self._build_layout()
        has_suggestions = self.suggestions.rowCount() > 0
        self.suggested_choice.setEnabled(has_suggestions)
        (self.suggested_choice if has_suggestions else self.own_choice).setChecked(True)
        self.suggested_choice.toggled.connect(self._update)
        self.own_text.textChanged.connect(self._update)
        self.suggestion.selectionModel().currentChanged.connect(self._update)
        self.agreed.toggled.connect(self._update)
        self._update()
        self.resize(560, 460)

    def _build_layout(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Rules work best when they are agreed together, and looked at again "
                "every few months."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.suggested_choice)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.own_choice)
        layout.addWidget(self.own_text)
        form = QFormLayout()
        form.addRow(self.agreed, self.agreed_on)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _update(self) -> None:
        suggested = self.suggested_choice.isChecked()
        self.suggestion.setEnabled(suggested)
        self.own_text.setEnabled(not suggested)
        self.agreed_on.setEnabled(self.agreed.isChecked())
        if suggested:
            ready = self.suggestion.currentIndex().isValid()
        else:
            ready = bool(self.own_text.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def value(self) -> RuleValue:
        agreed_on = chosen_day(self.agreed_on) if self.agreed.isChecked() else None
        if self.suggested_choice.isChecked():
            chosen = self.suggestions.row_at(self.suggestion.currentIndex().row())
            return RuleValue(chosen.id, None, agreed_on)
        return RuleValue(None, self.own_text.toPlainText(), agreed_on)


class AgreedOnDialog(EditorDialog):
    """When a rule was agreed; "not agreed yet" takes the date away again."""

    def __init__(
        self, rule_text: str, agreed_on: dt.date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the rule as agreed"))
        rule = QLabel(self.tr("When did you agree on this rule?") + "\n\n" + rule_text, self)
        rule.setWordWrap(True)
        self.day = date_edit(self, agreed_on)
        self.not_yet = QCheckBox(self.tr("&Not agreed yet"), self)
        self.not_yet.toggled.connect(lambda checked: self.day.setDisabled(checked))
        form = QFormLayout()
        form.addRow(self.tr("&Agreed on:"), self.day)
        self.day.setAccessibleName(self.tr("Agreed on"))
        form.addRow("", self.not_yet)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def value(self) -> dt.date | None:
        return None if self.not_yet.isChecked() else chosen_day(self.day)
