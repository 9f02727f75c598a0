"""The unlock screen: the first thing a protected plan shows, and what a locked plan shows.

In shelter use it is the shelter home screen too: start a plan for a new family, open a family's
plan (from this computer or a USB stick), unlock the plan that was locked, or leave. Nothing on
it says whose plans are on this computer: no family's name, no list of plans. A locked plan is
named only by its file name, which staff chose to be neutral.

It imports nothing but Qt, so it appears before the database layer is even loaded.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.announce import announcer


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class UnlockScreen(QWidget):
    # The person entered a passphrase and pressed Open.
    passphrase_entered = Signal(str)
    # The person pressed Quick exit.
    quick_exit_requested = Signal()
    # Shelter use: "Start a plan for a new family".
    new_plan_requested = Signal()
    # Shelter use: "Open a family's plan…".
    open_plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, shelter: bool = False) -> None:
        super().__init__(parent)
        self.shelter = shelter
        self.setObjectName("shelterHome" if shelter else "unlockScreen")
        self.setWindowTitle(self.tr("Planner"))
        self.heading = QLabel(self.tr("This plan is locked"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = _note(self.tr("Enter the passphrase to open it."), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # file names and paths, as typed
        self.message.setAccessibleName(self.tr("Message"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._submit)
        self.quick_exit_button = QPushButton(self.tr("Quick exit"), self)
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        if shelter:
            self.resize(640, 440)
            self._lay_out_shelter_home()
        else:
            self.resize(520, 320)
            self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.quick_exit_button)
        box = QWidget(self)
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(self.explanation)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        self._centre(box)

    def _lay_out_shelter_home(self) -> None:
        self.new_plan_button = QPushButton(self.tr("&Start a plan for a new family"), self)
        self.new_plan_button.setObjectName("newFamilyPlan")
        self.new_plan_button.clicked.connect(self.new_plan_requested)
        self.open_plan_button = QPushButton(self.tr("Open a &family's plan…"), self)
        self.open_plan_button.setObjectName("openFamilyPlan")
        self.open_plan_button.clicked.connect(self.open_plan_requested)
        self.open_plan_button.setAccessibleDescription(
            self.tr("Choose a plan file on this computer or on a USB stick.")
        )
        # The passphrase row of a plan waiting to be unlocked; hidden when there is none.
        self.unlock_box = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, row)
        unlock = QVBoxLayout(self.unlock_box)
        unlock.setContentsMargins(0, 0, 0, 0)
        unlock.addWidget(self.explanation)
        unlock.addLayout(form)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        self.unlock_rule = rule
        box = QWidget(self)
        box.setMinimumWidth(360)
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(self.unlock_box)
        inner.addWidget(self.message)
        inner.addWidget(rule)
        inner.addWidget(self.new_plan_button)
        inner.addWidget(_note(self.tr("A new plan, in a file of its own on this computer."), box))
        inner.addSpacing(8)
        inner.addWidget(self.open_plan_button)
        inner.addWidget(_note(self.tr("From this computer or from a USB stick."), box))
        inner.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quick_exit_button)
        inner.addLayout(buttons)
        chain = [
            self.passphrase,
            self.open_button,
            self.new_plan_button,
            self.open_plan_button,
            self.quick_exit_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # reading order: the buttons were made first
        self.show_waiting_plan(None)
        # Centred between stretches rather than by alignment: an aligned box gets only its
        # size hint, and its wrapped notes would be cut off instead of taking a second line.
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box, 3)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def _centre(self, box: QWidget) -> None:
        # Centred by stretches, not by alignment: an aligned widget is given the height its
        # wrapped labels need at the window's whole width, so longer (Spanish) lines were cut.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_waiting_plan(self, file_name: str | None) -> None:
        """Shelter use: the plan (by its neutral file name) whose passphrase is asked, or None
        for the home screen alone."""
        if not self.shelter:
            return
        waiting = file_name is not None
        self.unlock_box.setVisible(waiting)
        self.unlock_rule.setVisible(waiting)
        self.open_button.setDefault(waiting)
        if waiting:
            self.heading.setText(self.tr("A plan is locked"))
            self.explanation.setText(
                self.tr("Enter the passphrase of %1 to open it.").replace("%1", str(file_name))
            )
        else:
            self.heading.setText(self.tr("Family plans"))

    def show_error(self, text: str) -> None:
        """Say what went wrong, keep the screen usable, and let the person try again."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        announcer.say(self.message, text, urgent=True)
        self.passphrase.selectAll()
        self._focus_first()
        self.open_button.setEnabled(True)

    def show_message(self, text: str) -> None:
        """Shelter use: what was just done (a plan removed), read out to screen readers."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        announcer.say(self.message, text)

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.open_button.setText(self.tr("&Open"))  # after "Restore the backup"
        self.open_button.setEnabled(True)
        self._focus_first()

    def set_busy(self, busy: bool) -> None:
        self.open_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Opening…"))

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Please enter the passphrase."))
            return
        self.passphrase.clear()  # do not keep the passphrase in a widget longer than needed
        self.set_busy(True)
        self.passphrase_entered.emit(text)

    def _focus_first(self) -> None:
        if self.shelter and not self.unlock_box.isVisibleTo(self):
            self.new_plan_button.setFocus()
        else:
            self.passphrase.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_first()
