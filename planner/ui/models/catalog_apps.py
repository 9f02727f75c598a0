"""The catalog's apps as a tickable list, and the filter that searches it by name and kind."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.core.catalog import App, Catalog

Index = QModelIndex | QPersistentModelIndex
APP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


def short_summary(text: str) -> str:
    """The first sentence: enough to recognise an app without filling the row."""
    first, dot, _rest = text.partition(". ")
    return first + "." if dot else text


class CatalogAppModel(QAbstractListModel):
    """One row per catalog app: its name (marked when closed) over a one-sentence summary.

    Apps the child already has are listed but cannot be ticked, so the list never shrinks
    under the person's eyes and they can see the app is there.
    """

    def __init__(self, catalog: Catalog, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._apps: list[App] = list(catalog.apps.values())
        self._language = language
        self._checked: set[str] = set()
        self._already: set[str] = set()

    # -- what the dialog asks -----------------------------------------------------------

    def checked_ids(self) -> list[str]:
        return [app.id for app in self._apps if app.id in self._checked]

    def set_checked(self, app_ids: Iterable[str]) -> None:
        self._checked = set(app_ids) - self._already
        self._all_changed()

    def set_already(self, app_ids: Iterable[str]) -> None:
        self._already = set(app_ids)
        self._checked -= self._already
        self._all_changed()

    def row_of(self, app_id: str) -> int:
        return next(row for row, app in enumerate(self._apps) if app.id == app_id)

    # -- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._apps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._apps):
            return None
        app = self._apps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._title(app)}\n{short_summary(app.summary.get(self._language))}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._title(app)}. {short_summary(app.summary.get(self._language))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return app.summary.get(self._language)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = app.id in self._checked or app.id in self._already
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return {APP_ID_ROLE: app.id, CATEGORY_ROLE: app.category, NAME_ROLE: app.name}.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._apps[index.row()].id not in self._already:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        app_id = self._apps[index.row()].id
        if app_id in self._already:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(app_id)
        else:
            self._checked.discard(app_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _title(self, app: App) -> str:
        marks = []
        if app.status == "closed":
            marks.append(_t("closed"))
        if app.id in self._already:
            marks.append(_t("already added"))
        return f"{app.name} ({', '.join(marks)})" if marks else app.name

    def _all_changed(self) -> None:
        if self._apps:
            self.dataChanged.emit(self.index(0), self.index(len(self._apps) - 1))


class AppFilterProxy(QSortFilterProxyModel):
    """Keeps the apps whose name contains the search text and, when chosen, of one kind."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._category: str | None = None

    def set_text(self, text: str) -> None:
        self._refilter(text.strip().casefold(), self._category)

    def set_category(self, category: str | None) -> None:
        self._refilter(self._text, category)

    def _refilter(self, text: str, category: str | None) -> None:
        # begin/endFilterChange are Qt 6.9+; the project still accepts 6.8.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._text, self._category = text, category
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._text, self._category = text, category
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._category is not None and index.data(CATEGORY_ROLE) != self._category:
            return False
        return self._text in str(index.data(NAME_ROLE)).casefold()
