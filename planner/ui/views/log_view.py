"""What the conversation log and the concern log share: a child filter, a search box that
searches as you type, a lazily loaded table, a details pane and add/edit/delete buttons.

Logs can hold tens of thousands of entries, so the table never holds them all: it counts the
matches and loads one page at a time as the person scrolls (LazyTableModel).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)
from sqlalchemy.orm import Session

from planner.core.dto import ChildDTO
from planner.core.services import children
from planner.ui.context import AppContext
from planner.ui.dialogs.editor import EditorDialog
from planner.ui.flow_layout import FlowLayout
from planner.ui.models.table import Column, LazyTableModel
from planner.ui.ops import Ops
from planner.ui.row_table import RowTable
from planner.ui.views.base import SectionView


class LogEntry(Protocol):
    """What both logs' entries have: an id and maybe a follow-up date."""

    @property
    def id(self) -> int: ...

    @property
    def follow_up_on(self) -> dt.date | None: ...


Entry = TypeVar("Entry", bound=LogEntry)
Editor = TypeVar("Editor", bound=EditorDialog)
SEARCH_DELAY_MS = 250  # long enough to skip most keystrokes, short enough to feel instant


class LogView(SectionView, Generic[Entry, Editor]):
    """A searchable log. Subclasses say what an entry looks like and how it is read and saved."""

    # After an entry with a follow-up date was saved: its id (a reminder may be proposed for it).
    follow_up_saved = Signal(int)

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.editor: Editor | None = None
        self.confirmation: QMessageBox | None = None
        self.child_names: dict[int, str] = {}
        self.known_children: list[ChildDTO] = []
        layout = self.column_layout()
        if self.intro_text():
            intro = QLabel(self.intro_text(), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(self._filters())
        self.model: LazyTableModel[Entry] = LazyTableModel(
            self.columns(), self._load_page, self._count, self
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._table())
        self.details = QTextBrowser(self)
        self.details.setObjectName("logDetails")
        self.details.setAccessibleName(self.tr("Details of the chosen entry"))
        self.details.setOpenLinks(False)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self._refresh())
        self.search.textChanged.connect(self.search_timer.start)

    # -- what a subclass says -----------------------------------------------------------

    def columns(self) -> list[Column[Entry]]:
        raise NotImplementedError

    def noun(self, count: int) -> str:
        """'1 conversation', '3 conversations'."""
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def intro_text(self) -> str:
        """A sentence under the heading, if the section needs one."""
        return ""

    def load(
        self, session: Session, child_id: int | None, query: str, offset: int, limit: int
    ) -> list[Entry]:
        raise NotImplementedError

    def count(self, session: Session, child_id: int | None, query: str) -> int:
        raise NotImplementedError

    def details_html(self, entry: Entry) -> str:
        raise NotImplementedError

    def make_editor(self, entry: Entry | None) -> Editor:
        """The editor for `entry` (None: a new one), not yet shown."""
        raise NotImplementedError

    def save(self, editor: Editor, entry: Entry | None) -> None:
        """Save what the accepted `editor` holds (one user action)."""
        raise NotImplementedError

    def open_editor(self, entry: Entry | None) -> None:
        if not self.known_children:
            self.context.events.announce.emit(self.tr("Add a child first."))
            return
        editor = self.make_editor(entry)
        editor.save_with(self.ops, lambda: self.save(editor, entry))
        self.editor = editor
        editor.open()

    def delete(self, entry: Entry) -> None:
        raise NotImplementedError

    def read_extra(self, session: Session) -> None:
        """Read what the columns need besides the children (e.g. the apps); in one read."""

    def forget_extra(self) -> None:
        """Forget what `read_extra` read (called on lock)."""

    # -- building -----------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        child_label = QLabel(self.tr("S&how:"), self)
        self.child_filter = QComboBox(self)
        self.child_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        child_label.setBuddy(self.child_filter)
        self.child_filter.currentIndexChanged.connect(lambda _index: self._refresh())
        search_label = QLabel(self.tr("&Search:"), self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Words to look for"))
        self.search.setAccessibleName(self.tr("Search"))
        search_label.setBuddy(self.search)
        self.result_count = QLabel(self)
        self.result_count.setObjectName("resultCount")
        for widget in (child_label, self.child_filter, search_label):
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        row.addWidget(self.result_count)
        return row

    def _table(self) -> QTableView:
        self.table = RowTable(self.model, self)
        self.table.setAccessibleName(self.title())
        self.table.setWordWrap(False)  # one line per entry: rows never need measuring
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Activation is Enter or a double click (a single click where the platform says so).
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        return self.table

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()  # wraps on a narrow window
        self.add_button = QPushButton(self.add_text(), self)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        return row

    def set_column_widths(self, widths: Sequence[int]) -> None:
        """Starting widths; the last column takes what is left. People can drag them."""
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    # -- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.selected()
        self.known_children = self.ops.read(self._read_children, [])
        self.child_names = {child.id: child.nickname for child in self.known_children}
        self._fill_child_filter()
        self._refresh(keep=chosen)

    def _read_children(self, session: Session) -> list[ChildDTO]:
        self.read_extra(session)
        return children.list_children(session)

    def _fill_child_filter(self) -> None:
        current = self.child_filter.currentData()
        self.child_filter.blockSignals(True)
        self.child_filter.clear()
        self.child_filter.addItem(self.tr("All children"), None)
        for child in self.known_children:
            self.child_filter.addItem(child.nickname, child.id)
        self.child_filter.setCurrentIndex(max(0, self.child_filter.findData(current)))
        self.child_filter.blockSignals(False)

    def _refresh(self, *, keep: Entry | None = None) -> None:
        """Count and load the first page again for the current filter and search words."""
        self.search_timer.stop()
        self.table.scrollToTop()  # new results are read from the top
        self.model.reload()
        self._show_count()
        if keep is not None:
            self.select_id(keep.id)
        self._show_details()

    def _load_page(self, offset: int, limit: int) -> list[Entry]:
        child_id, query = self.child_filter.currentData(), self.search.text()
        return self.ops.read(lambda s: self.load(s, child_id, query, offset, limit), [])

    def _count(self) -> int:
        child_id, query = self.child_filter.currentData(), self.search.text()
        return self.ops.read(lambda s: self.count(s, child_id, query), 0)

    def _show_count(self) -> None:
        total = self.model.total
        if total == 0 and self.search.text().strip():
            self.result_count.setText(self.tr("Nothing found"))
        else:
            self.result_count.setText(self.noun(total))

    def clear(self) -> None:
        for dialog in (self.editor, self.confirmation):
            if dialog is not None:
                dialog.close()
        self.editor = self.confirmation = None
        self.search_timer.stop()
        self.model.clear()
        self.details.clear()
        self.child_filter.blockSignals(True)
        self.child_filter.clear()
        self.child_filter.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.result_count.clear()
        self.known_children = []
        self.child_names = {}
        self.forget_extra()

    def selected(self) -> Entry | None:
        return self.table.selected()

    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def select_id(self, entry_id: int) -> None:
        """Select the entry if it is among the rows loaded so far."""
        for row, entry in enumerate(self.model.rows()):
            if entry.id == entry_id:
                self.select_row(row)
                return

    def _show_details(self) -> None:
        entry = self.selected()
        self.edit_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        if entry is not None:
            self.details.setHtml(self.details_html(entry))
        elif self.model.total:
            self.details.setPlainText(self.tr("Choose an entry to read all of it."))
        else:
            self.details.setPlainText(self.empty_text())

    def empty_text(self) -> str:
        if self.search.text().strip() or self.child_filter.currentData() is not None:
            return self.tr("Nothing matches. Try fewer words, or show all children.")
        return self.nothing_yet()

    def nothing_yet(self) -> str:
        return self.tr("Nothing written down yet.")

    def names(self, child_ids: Sequence[int]) -> str:
        return ", ".join(self.child_names.get(child_id, "?") for child_id in child_ids)

    # -- actions ------------------------------------------------------------------------

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.open_editor(entry)

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.delete(entry)

    def after_save(self, entry: Entry | None) -> None:
        """Select what was saved and tell whoever proposes reminders about its follow-up."""
        if entry is None:
            return
        self.select_id(entry.id)
        if entry.follow_up_on is not None:
            self.follow_up_saved.emit(entry.id)


def section(heading: str, body: str) -> str:
    """One titled paragraph of the details pane; `body` is plain text, escaped here."""
    if not body.strip():
        return ""
    text = html.escape(body).replace("\n", "<br>")
    return f"<p><b>{html.escape(heading)}</b><br>{text}</p>"


def excerpt(text: str, length: int = 90) -> str:
    """The start of a long text on one line, for a table cell."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"
