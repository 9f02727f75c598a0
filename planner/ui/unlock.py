"""The unlock screen: the first thing a protected plan shows, and what a locked plan shows.

It imports nothing but Qt, so it appears before the database layer is even loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.announce import announcer


class UnlockScreen(QWidget):
    # The person entered a passphrase and pressed Open.
    passphrase_entered = Signal(str)
    # The person pressed Quick exit.
    quick_exit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.setWindowTitle(self.tr("Planner"))
        self.heading = QLabel(self.tr("This plan is locked"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        explanation = QLabel(self.tr("Enter the passphrase to open it."), self)
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._submit)
        self.quick_exit_button = QPushButton(self.tr("Quick exit"), self)
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        self._lay_out(explanation)
        self.resize(520, 320)

    def _lay_out(self, explanation: QLabel) -> None:
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
        inner.addWidget(explanation)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        self._centre(box)

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

    def show_error(self, text: str) -> None:
        """Say what went wrong, keep the screen usable, and let the person try again."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        announcer.say(self.message, text, urgent=True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.open_button.setEnabled(True)

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.open_button.setEnabled(True)
        self.passphrase.setFocus()

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()
