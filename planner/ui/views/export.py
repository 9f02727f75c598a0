"""Export: preview the printable plan (for the family or one young person), save it as PDF or
HTML, print it, and save a backup or a calendar of the reminders. Exported files are plain files:
the view says so before and after every save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from planner.core.dto import ChildDTO
from planner.core.services import children
from planner.ui import events, style
from planner.ui.context import AppContext
from planner.ui.file_dialogs import private_file_dialog
from planner.ui.flow_layout import FlowLayout
from planner.ui.ops import Ops
from planner.ui.views.base import SectionView
from planner.ui.wrapped_check import wrapped_check_box

if TYPE_CHECKING:
    from planner.core.export.summary import FamilySummary
    from planner.core.export.to_file import ExportChoice
    from planner.core.export.youth import YouthSummary

FAMILY = "family"


class ExportView(SectionView):
    watches = events.EVERYTHING

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        layout = self.column_layout()
        self.audience = QComboBox(self)
        self.audience.currentIndexChanged.connect(self._on_options_changed)
        self.include_log, log_row = wrapped_check_box(
            self.tr("Include the conversation log and the concerns (private: off by default)"),
            self,
        )
        self.include_log.toggled.connect(self._on_options_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Plan for:"), self.audience)
        form.addRow("", log_row)
        # Off by default: a calendar is often shared, or shown on a phone's lock screen.
        self.calendar_titles, titles_row = wrapped_check_box(
            self.tr(
                "Give calendar events the reminders' own titles (anyone who sees the calendar "
                "or a phone's lock screen can read them)"
            ),
            self,
        )
        form.addRow("", titles_row)
        layout.addLayout(form)
        self.warning = QLabel(
            self.tr(
                "Saved and printed copies are NOT encrypted, even when the plan has a "
                "passphrase: anyone who finds them can read them. Keep them somewhere safe."
            ),
            self,
        )
        self.warning.setObjectName("exportWarning")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        # Qt's PDFs are untagged: a screen reader reads the web page far better.
        self.reader_note = QLabel(
            self.tr("For a screen reader, save the web page version: it reads best."), self
        )
        self.reader_note.setObjectName("exportReaderNote")
        self.reader_note.setWordWrap(True)
        layout.addWidget(self.reader_note)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(self.tr("Preview of the printed plan"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        style.show_as_paper(self.preview)
        layout.addWidget(self.preview, 1)
        layout.addLayout(self._buttons())
        self.result = QLabel(self)
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

    def title(self) -> str:
        return self.tr("Export and print")

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()  # wraps on a narrow window
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.pdf_button.clicked.connect(lambda: self._ask_where("pdf"))
        self.html_button = QPushButton(self.tr("Save as &web page…"), self)
        self.html_button.clicked.connect(lambda: self._ask_where("html"))
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self.print_plan)
        self.backup_button = QPushButton(self.tr("Save a &backup…"), self)
        self.backup_button.setAccessibleDescription(
            self.tr("The whole plan as one file, to restore it later or on another computer.")
        )
        self.backup_button.clicked.connect(lambda: self._ask_where("json"))
        self.calendar_button = QPushButton(self.tr("Reminders to &calendar…"), self)
        self.calendar_button.setAccessibleDescription(
            self.tr("A calendar file of the reminders, with neutral titles unless chosen above.")
        )
        self.calendar_button.clicked.connect(lambda: self._ask_where("ics"))
        for button in (
            self.pdf_button,
            self.html_button,
            self.print_button,
            self.backup_button,
            self.calendar_button,
        ):
            row.addWidget(button)
        return row

    # -- preview ------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.audience.currentData()
        kids: list[ChildDTO] = self.ops.read(children.list_children, [])
        self.audience.blockSignals(True)
        self.audience.clear()
        self.audience.addItem(self.tr("The family (adults)"), FAMILY)
        for child in kids:
            self.audience.addItem(
                self.tr("%1 (young person's plan)").replace("%1", child.nickname), child.id
            )
        self.audience.setCurrentIndex(max(0, self.audience.findData(chosen)))
        self.audience.blockSignals(False)
        self._on_options_changed()

    def clear(self) -> None:
        self.audience.clear()
        self.preview.clear()
        self.result.clear()

    def _on_options_changed(self) -> None:
        youth = self.audience.currentData() not in (None, FAMILY)
        self.include_log.setEnabled(not youth)
        if youth:
            self.include_log.setChecked(False)
        html = self.page_html(for_pdf=True)
        if html is not None:
            self.preview.setHtml(html)

    def view_model(self) -> FamilySummary | YouthSummary | None:
        from planner.core.export.to_file import view_model

        catalog, choice = self.context.catalog, self._choice("pdf")
        return self.ops.read(lambda s: view_model(s, catalog, choice), None)

    def _choice(self, kind: str) -> ExportChoice:
        from planner.core.export.to_file import READABLE, ExportChoice

        if kind == "ics":
            return ExportChoice(kind, calendar_titles=self.calendar_titles.isChecked())
        if kind not in READABLE:
            return ExportChoice(kind)  # the whole plan, whoever is chosen above
        audience = self.audience.currentData()
        if audience in (None, FAMILY):
            return ExportChoice(kind, include_log=self.include_log.isChecked())
        return ExportChoice(kind, child_id=int(audience))

    def page_html(self, for_pdf: bool) -> str | None:
        from planner.core.export.html import render_html

        view = self.view_model()
        return None if view is None else render_html(view, for_pdf=for_pdf)

    # -- saving and printing --------------------------------------------------------------

    def _ask_where(self, kind: str) -> None:
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "html": self.tr("Web pages (*.html)"),
            "json": self.tr("Plan backups (*.json)"),
            "ics": self.tr("Calendar files (*.ics)"),
        }
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = private_file_dialog(self, self.tr("Save as"), folder, filters[kind])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.selectFile(self.suggested_name(kind))
        dialog.fileSelected.connect(lambda name: self.save(kind, Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def suggested_name(self, kind: str) -> str:
        """What the file holds and the day it was made ("family-plan-2026-12-04.pdf"), never a
        name: file lists and "recent files" menus are seen by others."""
        if kind == "json":
            what = "plan-backup"
        elif kind == "ics":
            what = "reminders"
        else:
            what = "family-plan" if self.audience.currentData() in (None, FAMILY) else "my-plan"
        return f"{what}-{dt.date.today().isoformat()}.{kind}"

    def save(self, kind: str, path: Path) -> bool:
        """Write the export; True when it was written. Errors are shown, nothing is half-written."""
        from planner.core.errors import PlannerError

        try:
            self._write(kind, path)
        except PlannerError as error:
            self.result.setText(error.message)
            self.context.events.announce.emit(error.message)
            return False
        except OSError as error:
            message = self.tr("The file could not be written: %1.").replace(
                "%1", error.strerror or str(error)
            )
            self.result.setText(message)
            self.context.events.announce.emit(message)
            return False
        message = self.tr("Saved to %1. This file is not encrypted.").replace("%1", str(path))
        self.result.setText(message)
        self.context.events.announce.emit(message)
        return True

    def _write(self, kind: str, path: Path) -> None:
        from planner.core.export.to_file import export_to_file
        from planner.render.pdf import write_fitted_pdf

        plan = self.context.plan
        if plan is not None:
            export_to_file(plan, self.context.catalog, self._choice(kind), path, write_fitted_pdf)

    def print_plan(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        QDialog.open(dialog)  # the stubs give QPrintDialog only open(receiver, member)

    def print_to(self, printer: QPrinter) -> None:
        """Print the chosen plan as its PDF would be; a printer that cannot start is said."""
        from planner.core.errors import PlannerError
        from planner.core.export.html import pdf_layouts
        from planner.render.pdf import print_on

        view = self.view_model()
        if view is None:
            return
        try:
            print_on(printer, pdf_layouts(view), view.cover.language)
        except PlannerError as error:
            self.result.setText(error.message)
            self.context.events.announce.emit(error.message)
            return
        self.result.setText(self.tr("Sent to the printer. Printed copies are not locked."))
