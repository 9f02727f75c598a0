"""Choose the apps a child uses from the catalog, or add one by name.

Keyboard: type to search, Down or Enter to reach the list, arrows to move, Space to tick,
Enter to add.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import APP_CATEGORIES, Catalog
from planner.ui import words
from planner.ui.models.catalog_apps import AppFilterProxy, CatalogAppModel

# Keys that take the person from the search box into the list (Enter too: it "goes" to the
# matches rather than closing the dialog or finishing the wizard half-way).
_TO_LIST_KEYS = (
    Qt.Key.Key_Down,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
)


class AppPickerWidget(QWidget):
    """Search box, kind of app, the tickable list, and a field for an app the list lacks."""

    # The ticked apps or the typed name changed.
    changed = Signal()

    def __init__(self, catalog: Catalog, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CatalogAppModel(catalog, language, self)
        self.proxy = AppFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("appSearch")
        self.search.setPlaceholderText(self.tr("Start typing an app's name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("All kinds of apps"), None)
        for category in APP_CATEGORIES:
            self.category.addItem(words.app_category(category), category)
        self.category.currentIndexChanged.connect(self._filter)
        self.list = QListView(self)
        self.list.setObjectName("appList")
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Apps"))
        self.list.setAccessibleDescription(self.tr("Press Space to tick or untick an app."))
        # A click on an app's name ticks it, as a click on its box does.
        self._pressed: tuple[int, object] | None = None
        self.list.pressed.connect(self._remember_press)
        self.list.clicked.connect(self._tick_on_click)
        self.chosen_count = QLabel(self)
        self.chosen_count.setObjectName("chosenCount")
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.custom = QLineEdit(self)
        self.custom.setObjectName("customApp")
        self.custom.setPlaceholderText(self.tr("An app that is not in the list"))
        self.custom.setMaxLength(100)
        self.custom.textChanged.connect(self.changed)
        self.model.dataChanged.connect(self.changed)
        self.changed.connect(self._count_chosen)
        self.setFocusProxy(self.search)  # arriving on the picker (a new tab) lands in the search
        self._lay_out()
        self._filter()
        self._count_chosen()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Search by name:"), self.search)
        form.addRow(self.tr("&Kind of app:"), self.category)
        list_label = QLabel(self.tr("Tick the a&pps (Space ticks the one selected):"), self)
        list_label.setBuddy(self.list)
        custom_form = QFormLayout()
        custom_form.setContentsMargins(0, 0, 0, 0)
        custom_form.addRow(self.tr("Or add an app by na&me:"), self.custom)
        self.search.setAccessibleName(self.tr("Search by name"))
        self.category.setAccessibleName(self.tr("Kind of app"))
        self.custom.setAccessibleName(self.tr("Add an app by name"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_count)
        layout.addWidget(self.empty_note)
        layout.addLayout(custom_form)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.list)
        self.setTabOrder(self.list, self.custom)

    # -- what the caller reads and sets ---------------------------------------------------

    def chosen_ids(self) -> list[str]:
        return self.model.checked_ids()

    def custom_name(self) -> str | None:
        return self.custom.text().strip() or None

    def set_chosen(self, app_ids: Iterable[str], custom_name: str | None = None) -> None:
        self.model.set_checked(app_ids)
        self.custom.setText(custom_name or "")

    def set_already(self, app_ids: Iterable[str]) -> None:
        self.model.set_already(app_ids)

    def has_choice(self) -> bool:
        return bool(self.chosen_ids() or self.custom_name())

    # -- behaviour ------------------------------------------------------------------------

    def _remember_press(self, index: QModelIndex) -> None:
        self._pressed = (index.row(), index.data(Qt.ItemDataRole.CheckStateRole))

    def _tick_on_click(self, index: QModelIndex) -> None:
        # The box itself was clicked when its state changed between press and click.
        pressed, self._pressed = self._pressed, None
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if pressed != (index.row(), state) or not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        ticked = Qt.CheckState(state) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        self.proxy.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def _count_chosen(self) -> None:
        count = len(self.chosen_ids()) + (1 if self.custom_name() else 0)
        if count == 1:
            text = self.tr("1 app chosen")
        else:
            text = self.tr("%1 apps chosen").replace("%1", str(count))
        self.chosen_count.setText(text)
        self.chosen_count.setAccessibleName(text)

    def _filter(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_category(self.category.currentData())
        empty = self.proxy.rowCount() == 0
        self.empty_note.setVisible(empty)
        if empty:
            self.empty_note.setText(
                self.tr("No app in the list matches. You can add it by name below.")
            )
        elif not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows or Enter in the search box go to the list, so the hands stay on the keys."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _TO_LIST_KEYS
            and self.proxy.rowCount() > 0
        ):
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)


class AppPicker(QDialog):
    """The picker in a dialog: `chosen_ids()` and `custom_name()` once accepted."""

    def __init__(
        self,
        catalog: Catalog,
        language: str = "en",
        already: Iterable[str] = (),
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add apps"))
        self.picker = AppPickerWidget(catalog, language, self)
        self.picker.set_already(already)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.changed.connect(self._update_button)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self._update_button()
        self.resize(560, 600)
        self.picker.search.setFocus()

    def chosen_ids(self) -> list[str]:
        return self.picker.chosen_ids()

    def custom_name(self) -> str | None:
        return self.picker.custom_name()

    def _update_button(self) -> None:
        self.add_button.setEnabled(self.picker.has_choice())
