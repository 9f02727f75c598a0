"""The first-run wizard's children page: add several children, each checked as it is added."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from planner.core.errors import ValidationError
from planner.core.services import validate
from planner.ui.dialogs.entry_list_page import EntryListPage
from planner.ui.dialogs.first_run_pages import show_error
from planner.ui.models.table import Column


@dataclass(frozen=True)
class ChildEntry:
    nickname: str
    birth_year: int


class ChildrenPage(EntryListPage[ChildEntry]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The children"))
        self.setSubTitle(
            self.tr(
                "Add each child with a nickname and the year they were born. A nickname is "
                "enough: the plan never needs a full name."
            )
        )
        self.nickname = QLineEdit(self)
        self.nickname.setObjectName("childNickname")
        self.nickname.setMaxLength(100)
        self.nickname.setAccessibleName(self.tr("Nickname"))
        self.year = QLineEdit(self)
        self.year.setObjectName("childYear")
        self.year.setMaxLength(4)
        self.year.setPlaceholderText(self.tr("For example: 2014"))
        self.year.setAccessibleName(self.tr("Year of birth"))
        self.build_list(
            [(self.tr("Nic&kname:"), self.nickname), (self.tr("&Year of birth:"), self.year)],
            [
                Column(self.tr("Nickname"), lambda c: c.nickname),
                Column(self.tr("Born in"), lambda c: str(c.birth_year)),
            ],
            ("childrenTable", self.tr("Children added")),
            (self.tr("&Add child"), self.tr("&Remove child")),
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def add_typed(self) -> bool:
        try:
            nickname = validate.required_text(
                self.nickname.text(), self.tr("the child's nickname"), 100
            )
            year_text = self.year.text().strip()
            if not year_text.isdigit():
                raise ValidationError(self.tr("The birth year must be a year, such as 2014."))
            year = validate.birth_year(int(year_text))
            if any(entry.nickname == nickname for entry in self.model.rows()):
                raise ValidationError(self.tr("%1 is already on the list.").replace("%1", nickname))
        except ValidationError as error:
            show_error(self.error, error.message)
            return False
        show_error(self.error, "")
        self.model.set_rows([*self.model.rows(), ChildEntry(nickname, year)])
        self.nickname.clear()
        self.year.clear()
        self.nickname.setFocus()
        return True

    def validatePage(self) -> bool:
        typed = self.nickname.text().strip() or self.year.text().strip()
        if typed and not self.add_typed():
            return False
        if not self.model.rows():
            show_error(self.error, self.tr("Add at least one child: a nickname and a year."))
            return False
        return True
