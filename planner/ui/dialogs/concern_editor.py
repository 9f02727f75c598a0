"""Write down a concern: what happened, who it was, the warning signs seen and what was done.

Text only, never images: the note saying so is always in view, with the steps to take now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import Catalog
from planner.core.dto import AppUseDTO, ChildDTO, ConcernDTO
from planner.core.models import CONCERN_STATUSES
from planner.core.services.apps import app_display_name
from planner.core.services.concerns import ConcernInput
from planner.ui import style, words
from planner.ui.dialogs.editor import EditorDialog
from planner.ui.dialogs.log_fields import (
    CheckList,
    OptionalDate,
    long_text,
    past_date,
    to_date,
    to_qdate,
)


class ConcernEditor(EditorDialog):
    def __init__(
        self,
        concern: ConcernDTO | None,
        children: list[ChildDTO],
        app_uses: list[AppUseDTO],
        catalog: Catalog,
        language: str,
        parent: QWidget | None = None,
        preselect_child: int | None = None,
        country: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit concern") if concern else self.tr("Write down a concern"))
        self._app_uses = app_uses
        self._catalog = catalog
        self._language = language
        self._country = country  # the plan's: the steps name that country's numbers
        # No parent until the scroll area takes it: Tab then reaches the area before it.
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(self._facts(children), 5)
        columns.addLayout(self._signs_and_actions(), 4)
        columns.addWidget(self._what_to_do_now(), 3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._images_note())
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.child.currentIndexChanged.connect(self._fill_apps)
        if concern is not None:
            self._load(concern)
        else:
            chosen = self.child.findData(preselect_child) if preselect_child is not None else 0
            self.child.setCurrentIndex(max(0, chosen))
            self._fill_apps()
        self.resize(1000, 680)

    # -- building -----------------------------------------------------------------------

    def _images_note(self) -> QLabel:
        note = QLabel(
            self.tr(
                "<b>Images and videos are never stored here, by design.</b> Keeping sexual "
                "images of a child is a crime, even for a parent collecting evidence. Write "
                "down the username, the profile address, the date and what was said instead."
            ),
            self,
        )
        note.setObjectName("imagesNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setMargin(8)
        note.setAutoFillBackground(True)
        note.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        note.setAccessibleName(self.tr("Images and videos are never stored here"))
        return note

    def _facts(self, children: list[ChildDTO]) -> QFormLayout:
        self.occurred_on = past_date(self, None, self.tr("Date it happened"))
        self.child = QComboBox(self)
        for child in children:
            self.child.addItem(child.nickname, child.id)
        self.app = QComboBox(self)
        self.app.setEditable(True)
        self.app.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = self.app.lineEdit()
        assert typed is not None  # an editable combo box always has one
        typed.setPlaceholderText(self.tr("Choose or type the app's name"))
        self.other_username = QLineEdit(self)
        self.other_profile = QLineEdit(self)
        self.other_profile.setPlaceholderText(self.tr("The address of their profile page"))
        self.what_happened = long_text(self, self.tr("What happened"), 120)
        self.status = QComboBox(self)
        for status in CONCERN_STATUSES:
            self.status.addItem(words.concern_status(status), status)
        self.follow_up_on = OptionalDate(self, self.tr("Follow-up date"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in (
            (self.tr("&Date:"), self.occurred_on),
            (self.tr("C&hild:"), self.child),
            (self.tr("A&pp:"), self.app),
            (self.tr("Their &username:"), self.other_username),
            (self.tr("Their p&rofile address:"), self.other_profile),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        what_label = QLabel(self.tr("What happ&ened:"), self)
        what_label.setBuddy(self.what_happened)
        form.addRow(what_label)
        form.addRow(self.what_happened)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("F&ollow-up:"), self.follow_up_on)
        self.status.setAccessibleName(self.tr("Status"))
        return form

    def _signs_and_actions(self) -> QVBoxLayout:
        column = QVBoxLayout()
        signs_label = QLabel(self.tr("&Warning signs you saw:"), self)
        self.signs = CheckList(self, self.tr("Warning signs you saw"))
        self.signs.set_choices(
            (
                words.localized(s.title, self._language),
                s.id,
                words.localized(s.text, self._language),
            )
            for s in self._catalog.guidance.signs
        )
        signs_label.setBuddy(self.signs)
        # Long signs (longer still in Spanish) wrap at words instead of running off the side.
        self.signs.setWordWrap(True)
        self.signs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.signs.setResizeMode(QListView.ResizeMode.Adjust)
        self.sign_text = QLabel(self)
        self.sign_text.setObjectName("signDescription")
        self.sign_text.setWordWrap(True)
        self.sign_text.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.sign_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.signs.currentItemChanged.connect(self._describe_sign)
        self._describe_sign(None)
        column.addWidget(signs_label)
        column.addWidget(self.signs, 1)
        column.addWidget(self.sign_text)
        column.addWidget(self._actions())
        return column

    def _actions(self) -> QGroupBox:
        box = QGroupBox(self.tr("What was done"), self)
        self.blocked = QCheckBox(self.tr("&Blocked them"), box)
        self.reported = QCheckBox(self.tr("Reported to the &app"), box)
        self.platform_number = QLineEdit(box)
        self.cybertipline_number = QLineEdit(box)
        self.police_number = QLineEdit(box)
        self.other_action = QLineEdit(box)
        self.reported.toggled.connect(self.platform_number.setEnabled)
        self.platform_number.setEnabled(False)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.blocked)
        form.addRow(self.reported)
        for label, field in (
            (self.tr("The app's report &number:"), self.platform_number),
            (self.tr("&CyberTipline report number:"), self.cybertipline_number),
            (self.tr("Po&lice report number:"), self.police_number),
            (self.tr("Anything else you d&id:"), self.other_action),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        return box

    def _what_to_do_now(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to do now"), self)
        box.setObjectName("whatToDoNow")
        column = QVBoxLayout(box)
        steps = self._catalog.guidance.worry_steps_for(self._country)
        for number, step in enumerate(steps, start=1):
            label = QLabel(f"{number}. {words.localized(step.title, self._language)}", box)
            label.setObjectName("stepTitle")
            label.setWordWrap(True)
            label.setFont(style.scaled_font(label, style.BODY, bold=True))
            column.addWidget(label)
            # The step's words in full, not in a tooltip: they hold the number to call.
            detail = QLabel(words.localized(step.text, self._language), box)
            detail.setObjectName("stepText")
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(detail)
        column.addStretch(1)
        return box

    # -- values -------------------------------------------------------------------------

    def _fill_apps(self) -> None:
        typed = self.app.currentText()
        child_id = self.child.currentData()
        self.app.clear()
        self.app.addItem("", None)
        for use in self._app_uses:
            if use.child_id == child_id:
                self.app.addItem(app_display_name(self._catalog, use), use.id)
        self.app.setCurrentIndex(0)
        self.app.setEditText(typed if self.app.findText(typed) < 0 else "")

    def _describe_sign(self, item: QListWidgetItem | None) -> None:
        self.sign_text.setText(
            item.toolTip()
            if item is not None
            else self.tr("Move through the list to read what each sign looks like.")
        )

    def _load(self, concern: ConcernDTO) -> None:
        self.occurred_on.setDate(to_qdate(concern.occurred_on))
        self.child.setCurrentIndex(max(0, self.child.findData(concern.child_id)))
        self._fill_apps()
        if concern.app_use_id is not None:
            self.app.setCurrentIndex(max(0, self.app.findData(concern.app_use_id)))
        else:
            self.app.setEditText(concern.app_name)
        self.other_username.setText(concern.other_username)
        self.other_profile.setText(concern.other_profile)
        self.what_happened.setPlainText(concern.what_happened)
        self.signs.set_checked(concern.warning_signs)
        self.blocked.setChecked(concern.blocked)
        self.reported.setChecked(concern.reported_to_platform)
        self.platform_number.setText(concern.platform_report_number)
        self.cybertipline_number.setText(concern.cybertipline_report_number)
        self.police_number.setText(concern.police_report_number)
        self.other_action.setText(concern.other_action)
        self.status.setCurrentIndex(max(0, self.status.findData(concern.status)))
        self.follow_up_on.set_value(concern.follow_up_on)

    def _app_choice(self) -> tuple[int | None, str]:
        """A known app of the child (its id), or the name as typed."""
        text = self.app.currentText().strip()
        index = self.app.findText(text, Qt.MatchFlag.MatchFixedString)
        if text and index > 0:
            return self.app.itemData(index), ""
        return None, text

    def value(self) -> ConcernInput:
        app_use_id, typed_name = self._app_choice()
        reported = self.reported.isChecked()
        return ConcernInput(
            occurred_on=to_date(self.occurred_on.date()),
            child_id=int(self.child.currentData()),
            what_happened=self.what_happened.toPlainText(),
            app_use_id=app_use_id,
            app_name=typed_name,
            other_username=self.other_username.text(),
            other_profile=self.other_profile.text(),
            warning_signs=tuple(self.signs.checked()),
            blocked=self.blocked.isChecked(),
            reported_to_platform=reported,
            platform_report_number=self.platform_number.text() if reported else "",
            cybertipline_report_number=self.cybertipline_number.text(),
            police_report_number=self.police_number.text(),
            other_action=self.other_action.text(),
            follow_up_on=self.follow_up_on.value(),
            status=str(self.status.currentData()),
        )
