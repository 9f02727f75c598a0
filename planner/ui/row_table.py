"""The table every list in the window uses: whole rows, one at a time, each row a DTO."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner.ui.models.table import DtoTableModel


class RowTable(QTableView):
    """Read-only (changes go through editors, one action each); columns fit their contents,
    and the `stretch` column, when given, takes the width that is left."""

    def __init__(
        self, model: DtoTableModel[Any], parent: QWidget | None = None, stretch: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._rows = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        # A reload after a save (a note, a state) keeps the rows where they were under the
        # mouse, instead of jumping back to the top.
        self._scrolled = 0
        model.modelAboutToBeReset.connect(self._remember_scroll)
        model.modelReset.connect(self._restore_scroll)
        if stretch is not None:
            header = self.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _remember_scroll(self) -> None:
        self._scrolled = self.verticalScrollBar().value()

    def _restore_scroll(self) -> None:
        self.resizeRowsToContents()
        self.verticalScrollBar().setValue(self._scrolled)

    def selected(self) -> Any | None:
        """The DTO of the chosen row, or None."""
        rows = self.selectionModel().selectedRows()
        return self._rows.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Choose row `row` (as a click would) and bring it into view."""
        index = self._rows.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
