"""What the catalog knows about one app: what it allows, parent tools, how to block and report.

The catalog's facts are read-only. For an app added by name, of which the catalog knows
nothing, the facts panel holds what the family recorded it allows instead (family_facts.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import App, Capability, FactMeta
from planner.ui import clipboard, words
from planner.ui.events import AppEvents
from planner.ui.models.table import Column, DtoTableModel
from planner.ui.ops import Ops
from planner.ui.views.family_facts import FamilyFacts

STALE_AFTER_DAYS = 365


def _wrapped(parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _subheading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def numbered(steps: Iterable[str]) -> str:
    return "\n".join(f"{number}. {step}" for number, step in enumerate(steps, start=1))


class CheckedLine(QWidget):
    """ "Checked on <date>", plus a plain warning when the oldest fact is over a year old."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checked = _wrapped(self, "checkedOn")
        self.stale = _wrapped(self, "staleFlag")
        font = QFont(self.stale.font())
        font.setBold(True)
        self.stale.setFont(font)
        self.stale.setFrameShape(QLabel.Shape.Box)
        self.stale.setMargin(4)
        self.stale.setText(
            self.tr("This fact was checked more than a year ago — it may be out of date.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checked)
        layout.addWidget(self.stale)
        self.stale.hide()

    def show_metas(self, metas: Iterable[FactMeta], today: dt.date) -> None:
        oldest = min(meta.checked for meta in metas)
        self.checked.setText(self.tr("Checked on %1.").replace("%1", words.date_text(oldest)))
        self.stale.setVisible((today - oldest).days > STALE_AFTER_DAYS)

    def clear(self) -> None:
        self.checked.clear()
        self.stale.hide()


def _scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


class AppFactsPanel(QWidget):
    """Summary, the seven capabilities with their notes, when checked, and the parent tools;
    for an app added by name, what the family recorded."""

    def __init__(self, language: str, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.summary = _wrapped(self, "appSummary")
        self.family = FamilyFacts(ops, self)
        self.family.hide()  # until an app added by name is shown
        self.checked = CheckedLine(self)
        self.model: DtoTableModel[Capability] = DtoTableModel(
            [
                Column(self.tr("Feature"), lambda c: words.capability(c.key)),
                Column(self.tr("Allowed?"), lambda c: words.capability_value(c.value)),
                Column(self.tr("Note"), lambda c: c.note.get(self.language)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("capabilitiesTable")
        self.table.setAccessibleName(self.tr("What the app allows"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.tools_heading = _subheading(self.tr("Tools for parents"), self)
        self.tools = _wrapped(self, "parentTools")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.family)
        layout.addWidget(self.checked)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.tools_heading)
        layout.addWidget(self.tools)
        # Takes the room the hidden table leaves (an app added by name): the rest stays on top.
        layout.addStretch()

    def show_app(self, app: App | None, today: dt.date, app_use_id: int | None = None) -> None:
        """`None` is an app added by name (the plan's `app_use_id`): the planner has no facts
        about it, and shows what the family recorded."""
        has_facts = app is not None
        for widget in (self.checked, self.table, self.tools_heading, self.tools):
            widget.setVisible(has_facts)
        self.family.setVisible(not has_facts)
        if app is None:
            self.summary.setText(self.own_app_sentence())
            self.model.clear()
            self.family.show_app_use(app_use_id)
            return
        parts = [app.summary.get(self.language)]
        if app.status == "closed":
            closed = words.date_text(app.closed_on) if app.closed_on else ""
            parts.append(self.tr("This app has closed (%1).").replace("%1", closed))
        if app.similar_risk is not None:
            parts.append(app.similar_risk.get(self.language))
        self.summary.setText("\n\n".join(parts))
        self.checked.show_metas([app.meta, *(c.meta for c in app.capabilities.values())], today)
        self.model.set_rows(list(app.capabilities.values()))
        self.table.resizeRowsToContents()
        self.tools.setText(app.parent_tools.get(self.language))

    def own_app_sentence(self) -> str:
        return self.tr(
            "This app was added by name, so the planner has no facts about it. Look in the "
            "app's own settings and help pages, then record below what it allows. The Overview "
            "shows what you record; what you have not checked yet stays “Not known yet”."
        )

    def clear(self) -> None:
        self.summary.clear()
        self.checked.clear()
        self.model.clear()
        self.tools.clear()
        self.family.clear()
        self.family.hide()


class BlockReportPanel(QWidget):
    """How to block, how to report, and the report page as text to copy (never opened)."""

    def __init__(self, language: str, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.events = events
        # No parent until the scroll area takes it: Tab then reaches the area before it.
        content = QWidget()
        self.no_facts = _wrapped(content, "blockNoFacts")
        self.checked = CheckedLine(content)
        self.block_heading = _subheading(self.tr("How to block someone"), content)
        self.block_steps = _wrapped(content, "blockSteps")
        self.report_heading = _subheading(self.tr("How to report someone"), content)
        self.report_steps = _wrapped(content, "reportSteps")
        self.address = QLineEdit(content)
        self.address.setObjectName("reportAddress")
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Report page address"))
        address_label = QLabel(self.tr("Report page:"), content)
        address_label.setBuddy(self.address)
        self.copy_button = QPushButton(self.tr("C&opy address"), content)
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the address so you can paste it into a web browser.")
        )
        self.copy_button.clicked.connect(self.copy_address)
        self.address_row = QWidget(content)
        row = QHBoxLayout(self.address_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(address_label)
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        for widget in (
            self.no_facts,
            self.block_heading,
            self.block_steps,
            self.report_heading,
            self.report_steps,
            self.address_row,
            self.checked,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(content, self))

    def show_app(self, app: App | None, today: dt.date) -> None:
        facts = (
            self.checked,
            self.block_heading,
            self.block_steps,
            self.report_heading,
            self.report_steps,
        )
        for widget in facts:
            widget.setVisible(app is not None)
        self.no_facts.setVisible(app is None)
        if app is None:
            self.no_facts.setText(no_facts_sentence())
            self.address_row.hide()
            return
        self.block_steps.setText(numbered(app.block_steps.get(self.language)))
        self.report_steps.setText(numbered(app.report_steps.get(self.language)))
        self.address.setText(app.report_url or "")
        self.address_row.setVisible(bool(app.report_url))
        self.checked.show_metas([app.block_meta, app.report_meta], today)

    def copy_address(self) -> None:
        address = self.address.text()
        if address:
            clipboard.copy_text(address)
            self.events.announce.emit(self.tr("Address copied. Paste it into a web browser."))

    def clear(self) -> None:
        for label in (self.no_facts, self.block_steps, self.report_steps):
            label.clear()
        self.address.clear()
        self.checked.clear()


def no_facts_sentence() -> str:
    return QCoreApplication.translate(
        "AppFacts",
        "This app was added by name, so the planner has no facts about it: what it allows, "
        "how to block or how to report. Look in the app's own settings and help pages, and "
        "write what you agree in the settings checklist.",
    )
