"""Choosing a passphrase: the strength hint in words, the checks, and the dialog used to protect
a plan or change its passphrase (the first-run wizard uses the same hint and checks)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.passphrase_strength import Strength, strength


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


def passphrase_hint(passphrase: str) -> str:
    """How strong a passphrase is, in words a worried person can act on."""
    if not passphrase:
        return ""
    return {
        Strength.TOO_SHORT: _t("Too short. Use at least 8 characters; a few words is best."),
        Strength.WEAK: _t("Too easy to guess. A few ordinary words you will remember work well."),
        Strength.FAIR: _t("Fair. One or two more words would make it stronger."),
        Strength.STRONG: _t("Strong."),
    }[strength(passphrase)]


def passphrase_problem(first: str, second: str) -> str:
    """Why these two entries cannot be used as a passphrase ("" when they can)."""
    if not first:
        return _t("Type the passphrase twice.")
    if strength(first) in (Strength.TOO_SHORT, Strength.WEAK):
        return _t(
            "The passphrase is too short or too easy to guess: use at least 8 characters, "
            "or a few words."
        )
    if first != second:
        return _t("The two passphrases are not the same. Type them again.")
    return ""


def recovery_warning() -> str:
    return _t(
        "A forgotten passphrase cannot be recovered, by anyone. Write it down and keep it "
        "somewhere safe, and keep a backup of the plan."
    )


class PassphraseDialog(QDialog):
    """Ask for a new passphrase twice; Save stays off until it can be used."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = self._field(self.tr("New passphrase"))
        self.second = self._field(self.tr("New passphrase again"))
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        warning = QLabel(recovery_warning(), self)
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()
        self.resize(480, self.sizeHint().height())

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        self.hint.setText(passphrase_hint(first))
        problem = passphrase_problem(first, second) if second else ""
        self.problem.setText(problem)
        # Empty lines would leave a hole above the warning: each shows when it has words.
        self.hint.setVisible(bool(self.hint.text()))
        self.problem.setVisible(bool(problem))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(second) and not passphrase_problem(first, second))

    def passphrase(self) -> str:
        return self.first.text()
