"""Add or edit a reminder: what to remember, what it is about, how often, from when.

Times are local wall-clock times (see planner.core.recurrence): "every week at 18:00" stays at
18:00 across daylight-saving changes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core import recurrence
from planner.core.dto import ReminderDTO
from planner.core.errors import ValidationError
from planner.core.services.reminders import SUBJECTS, ReminderInput
from planner.core.services.suggestions import SuggestedReminder
from planner.ui import words
from planner.ui.date_fields import in_planner_style
from planner.ui.dialogs.editor import EditorDialog
from planner.ui.models.reminders import SubjectChoice

CUSTOM = "custom"


class ReminderEditor(EditorDialog):
    def __init__(
        self,
        choices: list[SubjectChoice],
        initial: ReminderDTO | SuggestedReminder | None = None,
        parent: QWidget | None = None,
        kept_subject: SubjectChoice | None = None,
    ) -> None:
        """`kept_subject`: what an edited reminder is about when that is not a child or an
        app (a conversation, a concern...): offered first so saving does not drop it."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit reminder")
            if isinstance(initial, ReminderDTO)
            else self.tr("Add a reminder")
        )
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.about = QComboBox(self)
        for choice in ([kept_subject] if kept_subject else []) + choices:
            self.about.addItem(choice.label, _key(choice.field, choice.id))
        self.repeat = QComboBox(self)
        for preset, label in self._preset_words().items():
            self.repeat.addItem(label, preset)
        self.repeat.addItem(self.tr("Another repeat (a rule)"), CUSTOM)
        self.rule = QLineEdit(self)
        self.rule.setPlaceholderText(self.tr("for example FREQ=WEEKLY;BYDAY=SA"))
        self.starts = QDateTimeEdit(self)
        in_planner_style(self.starts)
        self.starts.setCalendarPopup(True)
        self.starts.setDateTime(_qt(_next_evening()))
        self.in_words = QLabel(self)
        self.in_words.setWordWrap(True)
        self.in_words.setObjectName("ruleInWords")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        if initial is not None:
            self._load(initial)
        for signal in (self.title.textChanged, self.rule.textChanged, self.starts.dateTimeChanged):
            signal.connect(self._check)
        self.repeat.currentIndexChanged.connect(self._check)
        self._check()
        self.resize(520, self.sizeHint().height())

    def _preset_words(self) -> dict[str, str]:
        return {
            recurrence.ONCE: self.tr("Once (does not repeat)"),
            "weekly": self.tr("Every week"),
            "every-2-weeks": self.tr("Every 2 weeks"),
            "monthly": self.tr("Every month"),
            "every-3-months": self.tr("Every 3 months"),
            "every-6-months": self.tr("Every 6 months"),
            "yearly": self.tr("Every year"),
        }

    def _lay_out(self) -> None:
        form = QFormLayout()
        for label, widget in (
            (self.tr("&What to remember:"), self.title),
            (self.tr("&About:"), self.about),
            (self.tr("&Repeats:"), self.repeat),
            (self.tr("Custom r&ule:"), self.rule),
            (self.tr("&First time:"), self.starts),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow("", self.in_words)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _load(self, initial: ReminderDTO | SuggestedReminder) -> None:
        self.title.setText(initial.title)
        self.starts.setDateTime(_qt(initial.starts_at))
        subject = next(
            ((name, getattr(initial, name)) for name in SUBJECTS if getattr(initial, name, None)),
            (None, None),
        )
        self.about.setCurrentIndex(max(0, self.about.findData(_key(*subject))))
        rule = initial.rrule if isinstance(initial, ReminderDTO) else initial.rule
        preset = recurrence.preset_for(rule, initial.starts_at)
        self.repeat.setCurrentIndex(self.repeat.findData(preset or CUSTOM))
        if preset is None:
            self.rule.setText(rule)

    def starts_at(self) -> dt.datetime:
        value = self.starts.dateTime()
        day, time = value.date(), value.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def preset(self) -> str | None:
        """The chosen preset, or None for a custom rule."""
        data = str(self.repeat.currentData())
        return None if data == CUSTOM else data

    def chosen_rule(self) -> str:
        """The rule to save; raises ValidationError for a custom rule that is not valid."""
        preset = self.preset()
        if preset is not None:
            return recurrence.rule_for_preset(preset, self.starts_at())
        return recurrence.validate_rule(self.rule.text(), self.starts_at())

    def _check(self) -> None:
        """Say the repeat in words, or why the custom rule cannot be used; Save only when fine."""
        custom = self.preset() is None
        # The rule's code is shown only to whoever chose to write one; the words say the rest.
        self.form.setRowVisible(self.rule, custom)
        try:
            rule = self.chosen_rule()
            if custom and not rule:
                raise ValidationError(self.tr("Write a rule, or choose one of the repeats."))
        except ValidationError as error:
            self.in_words.setText(error.message)
            ok = False
        else:
            self.in_words.setText(self._in_words(rule))
            ok = bool(self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _in_words(self, rule: str) -> str:
        text = words.repeat_text(rule, self.starts_at())
        if self.starts_at() < dt.datetime.now():
            warning = self.tr("This first time has passed: the reminder will be due at once.")
            return f"{text}\n{warning}"
        return text

    def subject(self) -> tuple[str | None, int | None]:
        field, _, subject_id = str(self.about.currentData() or "").partition(":")
        return (field, int(subject_id)) if field else (None, None)

    def value(self) -> ReminderInput:
        field, subject_id = self.subject()
        subject = {field: subject_id} if field is not None else {}
        return ReminderInput(
            title=self.title.text().strip(),
            rule=self.chosen_rule(),
            starts_at=self.starts_at(),
            **subject,
        )


def _key(field: str | None, subject_id: int | None) -> str:
    """The "About" entry's data: "app_use_id:3", or "" for the whole household."""
    return f"{field}:{subject_id}" if field else ""


def _qt(moment: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _next_evening() -> dt.datetime:
    """A new reminder starts tomorrow at 18:00: after school and work, before bedtime."""
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(18, 0))
