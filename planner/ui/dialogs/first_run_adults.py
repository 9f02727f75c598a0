"""The first-run wizard's caregivers page: the adults who sign the family agreement. Optional:
a plan can start without them, and the Children section adds them (and trusted adults) later."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from planner.core.errors import ValidationError
from planner.core.services import validate
from planner.ui.dialogs.entry_list_page import EntryListPage
from planner.ui.dialogs.first_run_pages import show_error
from planner.ui.models.table import Column

MAX_NAME = 100  # as the Adult table's name and relationship columns


@dataclass(frozen=True)
class CaregiverEntry:
    name: str
    relationship: str


class CaregiversPage(EntryListPage[CaregiverEntry]):
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
        self.build_list(
            [
                (self.tr("Na&me:"), self.name),  # N is the wizard's Next
                (self.tr("Re&lationship:"), self.relationship),
            ],
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Relationship"), lambda c: c.relationship),
            ],
            ("caregiversTable", self.tr("Caregivers added")),
            (self.tr("&Add caregiver"), self.tr("&Remove caregiver")),
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def initializePage(self) -> None:
        self.name.setFocus()

    def add_typed(self) -> bool:
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

    def validatePage(self) -> bool:
        """Nobody is needed; a name still in the fields is added, as if Enter had been pressed."""
        typed = self.name.text().strip() or self.relationship.text().strip()
        return not typed or self.add_typed()
