"""The pages of the first-run wizard. Each checks its own input and shows problems on itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from planner.core.catalog import Catalog
from planner.core.errors import ValidationError
from planner.core.services import validate
from planner.paths import is_plan_file_name, plan_file_in, plan_name_taken, suggest_plan_name
from planner.ui.announce import announcer
from planner.ui.dialogs.passphrase import passphrase_hint, passphrase_problem, recovery_warning


def error_label(parent: QWidget) -> QLabel:
    """A line for the page's problem, in words (read by screen readers when it changes)."""
    label = QLabel(parent)
    label.setObjectName("pageError")
    label.setWordWrap(True)
    label.setFrameShape(QLabel.Shape.Box)
    label.setMargin(4)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setAccessibleName(message)
    label.setVisible(bool(message))
    announcer.say(label, message, urgent=True)


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ModePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "This planner helps you keep children safe online: the apps they use, the "
                "settings you agree, the talks you have and who to call. It works offline; "
                "nothing leaves this computer."
            )
        )
        self.home = QRadioButton(self.tr("At &home, for our own family"), self)
        self.shelter = QRadioButton(
            self.tr("In a &shelter or service, for a family we support"), self
        )
        group = QButtonGroup(self)
        group.addButton(self.home)
        group.addButton(self.shelter)
        self.home.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr("Where will you use this plan?"), self))
        layout.addWidget(self.home)
        layout.addWidget(
            self._explain(self.tr("One plan for your own children, kept on this computer."))
        )
        layout.addWidget(self.shelter)
        layout.addWidget(
            self._explain(
                self.tr(
                    "For staff: one plan per family you support, which can travel with the "
                    "family on a USB stick."
                )
            )
        )
        layout.addStretch(1)

    def _explain(self, text: str) -> QLabel:
        label = _note(text, self)
        label.setIndent(24)
        return label

    def mode(self) -> str:
        return "shelter" if self.shelter.isChecked() else "home"


class NamePage(QWizardPage):
    """The plan's name and, in shelter use, the neutral name of its file in `folder`."""

    def __init__(self, mode_page: ModePage, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_page = mode_page
        self.folder = folder
        self.setTitle(self.tr("The plan's name"))
        self.name = QLineEdit(self)
        self.name.setObjectName("planName")
        self.name.setMaxLength(validate.MAX_SHORT_TEXT)
        self.name.setAccessibleName(self.tr("Name of the plan"))
        self.file_name = QLineEdit(self)
        self.file_name.setObjectName("planFileName")
        self.file_name.setMaxLength(40)
        self.file_name.setAccessibleName(self.tr("Name of the plan's file"))
        self.file_note = _note(
            self.tr(
                "Use a neutral name, not the family's: anyone who looks in the folder or on "
                "the USB stick sees it. The suggested one is unique on this computer."
            ),
            self,
        )
        self.error = error_label(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Plan's name:"), self.name)
        form.addRow(self.tr("&File name:"), self.file_name)
        form.addRow("", self.file_note)
        form.addRow(self.error)
        self.form = form

    def initializePage(self) -> None:
        shelter = self.mode_page.mode() == "shelter"
        self.form.setRowVisible(1, shelter)
        self.form.setRowVisible(2, shelter)
        if shelter:
            self.setSubTitle(
                self.tr(
                    "A name for staff to tell this family's plan apart, such as a room number. "
                    "It is shown inside the window, never in its title bar."
                )
            )
            self.name.setPlaceholderText(self.tr("For example: Family A, room 12"))
            if not self.file_name.text():
                self.file_name.setText(suggest_plan_name(self.folder))
        else:
            self.setSubTitle(
                self.tr("A name to tell plans apart. It is never shown in the window's title bar.")
            )
            if not self.name.text():
                self.name.setText(self.tr("Our family plan"))
                self.name.selectAll()

    def plan_path(self, home_path: Path) -> Path:
        """Where the plan will be: its own file in shelter use, the default plan at home."""
        if self.mode_page.mode() != "shelter":
            return home_path
        return plan_file_in(self.folder, self.file_name.text())

    def validatePage(self) -> bool:
        message = self._problem()
        show_error(self.error, message)
        return not message

    def _problem(self) -> str:
        try:
            validate.required_text(self.name.text(), self.tr("a name for the plan"))
        except ValidationError as error:
            return error.message
        if self.mode_page.mode() != "shelter":
            return ""
        file_name = self.file_name.text()
        if not is_plan_file_name(file_name):
            return self.tr(
                "A file name needs letters or digits, and may have spaces, “-” and “_” "
                "(at most 40 characters)."
            )
        if plan_name_taken(self.folder, file_name):
            taken = self.tr("There is already a plan named %1 on this computer. Choose another.")
            return taken.replace("%1", file_name)
        return ""


class PassphrasePage(QWizardPage):
    """A passphrase twice; at home a plan may go without one, in shelter use never: the next
    person at a shelter's computer must not be able to open the last family's plan."""

    def __init__(self, mode_page: ModePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_page = mode_page
        self.setTitle(self.tr("Protect the plan with a passphrase"))
        self.setSubTitle(
            self.tr(
                "With a passphrase the plan is encrypted: nobody can read it without the "
                "passphrase. A few ordinary words that you will remember work well."
            )
        )
        self.first = self._password_field("passphrase")
        self.second = self._password_field("passphraseAgain")
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(lambda text: self.hint.setText(passphrase_hint(text)))
        warning = _note(recovery_warning(), self)
        self.without = QCheckBox(self.tr("Continue &without a passphrase"), self)
        self.without.setObjectName("withoutPassphrase")
        self.without.toggled.connect(self._without_toggled)
        without_note = _note(
            self.tr(
                "Without a passphrase, anyone using this computer can open the plan. You can "
                "add one later with “Protect with a passphrase…”."
            ),
            self,
        )
        without_note.setIndent(24)
        self.without_note = without_note
        self.shelter_note = _note(
            self.tr(
                "In a shelter or service every family's plan needs a passphrase: the next "
                "person at this computer, or whoever finds the USB stick, must not be able to "
                "read it. Agree it with the family; only they and you should know it."
            ),
            self,
        )
        self.shelter_note.setObjectName("shelterPassphraseNote")
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Type it again:"), self.second)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addWidget(self.without)
        layout.addWidget(without_note)
        layout.addWidget(self.shelter_note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        shelter = self.mode_page.mode() == "shelter"
        if shelter:
            self.without.setChecked(False)
        self.without.setVisible(not shelter)
        self.without_note.setVisible(not shelter)
        self.shelter_note.setVisible(shelter)

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(
            self.tr("Passphrase") if name == "passphrase" else self.tr("Passphrase again")
        )
        return field

    def _without_toggled(self, without: bool) -> None:
        for field in (self.first, self.second):
            field.setEnabled(not without)
        show_error(self.error, "")

    def passphrase(self) -> str | None:
        return None if self.without.isChecked() else self.first.text()

    def validatePage(self) -> bool:
        if self.without.isChecked():
            return True
        if not self.first.text() and self.mode_page.mode() == "shelter":
            message = self.tr("Type a passphrase twice: a family's plan needs one.")
        elif not self.first.text():
            message = self.tr("Type a passphrase twice, or tick “Continue without a passphrase”.")
        else:
            message = passphrase_problem(self.first.text(), self.second.text())
        show_error(self.error, message)
        return not message


class CountryPage(QWizardPage):
    def __init__(self, catalog: Catalog, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setTitle(self.tr("Your country"))
        self.setSubTitle(
            self.tr(
                "The planner adds the helplines and emergency number of your country, and "
                "prints on the paper size used there."
            )
        )
        self.country = QComboBox(self)
        self.country.setObjectName("country")
        self.country.setAccessibleName(self.tr("Country"))
        for code, country in sorted(
            catalog.countries.items(), key=lambda item: item[1].name.get(language)
        ):
            self.country.addItem(country.name.get(language), code)
        self.country.setCurrentIndex(max(0, self.country.findData(local_country(catalog))))
        self.emergency = QLabel(self)
        self.emergency.setObjectName("emergencyNumber")
        self.country.currentIndexChanged.connect(self._show_emergency)
        form = QFormLayout(self)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow("", self.emergency)
        missing = QLabel(
            self.tr(
                "Your country is not listed? Choose the closest one, then add your own "
                "helplines in the Contacts section."
            ),
            self,
        )
        missing.setWordWrap(True)
        form.addRow("", missing)
        self._show_emergency()

    def code(self) -> str:
        return str(self.country.currentData())

    def _show_emergency(self) -> None:
        country = self.catalog.countries[self.code()]
        self.emergency.setText(
            self.tr("Emergency number: %1").replace("%1", country.emergency_number)
        )


def local_country(catalog: Catalog, locale: QLocale | None = None) -> str:
    """The system locale's country when the catalog offers it (en_GB -> GB, es_MX -> MX).

    The system's, not the default locale: the window's language sets the default to a bare
    "es" (Spain) or "en" (United States) when the system speaks another language.
    """
    code = QLocale.territoryToCode((locale or QLocale.system()).territory())
    if code in catalog.countries:
        return code
    return "US" if "US" in catalog.countries else next(iter(catalog.countries))
