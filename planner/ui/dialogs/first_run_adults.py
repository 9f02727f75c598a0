"""The first-run wizard's caregivers page: the adults who sign the family agreement. Optional:
a plan can start without them, and the Children section adds them (and trusted adults) later."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner.core.errors import ValidationError
from planner.core.services import validate
from planner.ui.dialogs.first_run_pages import error_label, show_error
from planner.ui.models.table import Column, DtoTableModel

MAX_NAME = 100  # as the Adult table's name and relationship columns


@dataclass(frozen=True)
class CaregiverEntry:
    name: str
    relationship: str


class CaregiversPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The caregivers"))
        self.setSubTitle(
            self.tr(
                "Optional: the adults who look after the children; each gets a line to sign on "
                "the family agreement. You can also add them later, with trusted adults and "
                "phone numbers, in the Children section."
            )
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("caregiverName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Caregiver's name"))
        self.relationship = QLineEdit(self)
        self.relationship.setObjectName("caregiverRelationship")
        self.relationship.setMaxLength(MAX_NAME)
        self.relationship.setPlaceholderText(
            self.tr("For example: mother, grandfather, foster carer")
        )
        self.relationship.setAccessibleName(self.tr("Relationship to the children"))
        for field in (self.name, self.relationship):
            field.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add caregiver"), self)
        self.add_button.clicked.connect(self.add_typed_caregiver)
        self.model: DtoTableModel[CaregiverEntry] = DtoTableModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Relationship"), lambda c: c.relationship),
            ],
            self,
        )
        self.table = self._table()
        self.remove_button = QPushButton(self.tr("&Remove caregiver"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = error_label(self)
        self._lay_out()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("caregiversTable")
        table.setAccessibleName(self.tr("Caregivers added"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name)  # N is the wizard's Next
        form.addRow(self.tr("Re&lationship:"), self.relationship)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(remove_row)

    def initializePage(self) -> None:
        self.name.setFocus()

    def entries(self) -> list[CaregiverEntry]:
        return self.model.rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the caregiver's fields adds them (and does not leave the page)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_typed_caregiver()
            return True
        return super().eventFilter(watched, event)

    def add_typed_caregiver(self) -> bool:
        """Adds the caregiver typed in the fields; False (with the reason shown) when it cannot."""
        try:
            name = validate.required_text(
                self.name.text(), self.tr("the caregiver's name"), MAX_NAME
            )
            relationship = validate.optional_text(
                self.relationship.text(), self.tr("the relationship"), MAX_NAME
            )
            if any(entry.name == name for entry in self.model.rows()):
                raise ValidationError(self.tr("%1 is already on the list.").replace("%1", name))
        except ValidationError as error:
            show_error(self.error, error.message)
            return False
        show_error(self.error, "")
        self.model.set_rows([*self.model.rows(), CaregiverEntry(name, relationship)])
        self.name.clear()
        self.relationship.clear()
        self.name.setFocus()
        return True

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            kept = self.model.rows()
            del kept[rows[0].row()]
            self.model.set_rows(kept)

    def validatePage(self) -> bool:
        """Nobody is needed; a name still in the fields is added, as if Enter had been pressed."""
        typed = self.name.text().strip() or self.relationship.text().strip()
        return not typed or self.add_typed_caregiver()
