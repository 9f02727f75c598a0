"""The first-run wizard: home or shelter, a name, a passphrase, the country, the children, the
caregivers who sign the family agreement (optional) and the children's apps. Finishing creates
the plan file in one transaction; nothing is written before.

The launch code shows it when no plan exists (and, in shelter use, for each further family),
then takes `created_plan` on `plan_created`. A shelter's plan is created in a file of its own
with a neutral name; at home, the plan is the default plan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage
from sqlalchemy.orm import Session

from planner.core.catalog import Catalog
from planner.core.errors import PlannerError
from planner.core.plans import PlanFile
from planner.core.services import apps, children
from planner.core.services.plan import LANGUAGES, NewPlan, start_plan
from planner.ui.dialog_fit import room_on_screen
from planner.ui.dialogs.app_picker import AppPickerWidget
from planner.ui.dialogs.first_run_adults import CaregiversPage
from planner.ui.dialogs.first_run_children import ChildEntry, ChildrenPage
from planner.ui.dialogs.first_run_pages import (
    CountryPage,
    ModePage,
    NamePage,
    PassphrasePage,
    error_label,
    show_error,
)

# What was picked for one child: catalog app ids and an app typed by name.
Picks = tuple[list[str], str | None]


class AppsPage(QWizardPage):
    """One tab per child, each with its own app picker; picks survive going Back and forth."""

    def __init__(
        self,
        catalog: Catalog,
        language: str,
        children_page: ChildrenPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.children_page = children_page
        self.pickers: list[tuple[ChildEntry, AppPickerWidget]] = []
        self._picks: dict[ChildEntry, Picks] = {}
        self.setTitle(self.tr("The apps each child uses"))
        self.setSubTitle(
            self.tr(
                "Tick the apps each child uses. Their recommended settings go on a checklist "
                "as “To discuss”. You can change all of this later."
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("childAppTabs")
        # Typing goes to the search box, not to the tabs: Ctrl+Tab changes child (see the hint).
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = error_label(self)
        hint = QLabel(self.tr("Ctrl+Tab moves to the next child."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self._remember()
        self.tabs.clear()
        for _entry, picker in self.pickers:
            picker.deleteLater()
        self.pickers = []
        for entry in self.children_page.entries():
            picker = AppPickerWidget(self.catalog, self.language, self.tabs)
            picker.set_chosen(*self._picks.get(entry, ([], None)))
            self.tabs.addTab(picker, entry.nickname.replace("&", "&&"))
            self.pickers.append((entry, picker))
        show_error(self.error, "")
        if self.pickers:
            self.pickers[0][1].search.setFocus()

    def cleanupPage(self) -> None:
        # Going Back keeps the ticks, so a child added on the way is the only change.
        self._remember()

    def _remember(self) -> None:
        for entry, picker in self.pickers:
            self._picks[entry] = (picker.chosen_ids(), picker.custom_name())

    def choices(self) -> list[tuple[ChildEntry, Picks]]:
        return [(entry, (p.chosen_ids(), p.custom_name())) for entry, p in self.pickers]

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        message = wizard.create_plan()
        show_error(self.error, message)
        return not message


class FirstRunWizard(QWizard):
    # The plan file was created; `created_plan` holds it, open.
    plan_created = Signal()

    def __init__(
        self,
        catalog: Catalog,
        path: Path,
        parent: QWidget | None = None,
        *,
        further_family: bool = False,
    ) -> None:
        """`path`: the default plan. A shelter's plans go beside it, each in its own file.
        `further_family`: shelter use already chosen; start at the plan's name."""
        super().__init__(parent)
        self.catalog = catalog
        self.path = Path(path)
        self.created_plan: PlanFile | None = None
        language = QLocale().name().split("_")[0]
        self.language = language if language in LANGUAGES else "en"
        # Neutral on purpose, like the main window: title bars are seen by anyone nearby.
        self.setWindowTitle(self.tr("Set up the planner"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.mode_page = ModePage(self)
        self.name_page = NamePage(self.mode_page, self.path.parent, self)
        self.passphrase_page = PassphrasePage(self.mode_page, self)
        self.country_page = CountryPage(catalog, self.language, self)
        self.children_page = ChildrenPage(self)
        self.caregivers_page = CaregiversPage(self)
        self.apps_page = AppsPage(catalog, self.language, self.children_page, self)
        for page in (
            self.mode_page,
            self.name_page,
            self.passphrase_page,
            self.country_page,
            self.children_page,
            self.caregivers_page,
            self.apps_page,
        ):
            self.addPage(page)
        if further_family:
            self.mode_page.shelter.setChecked(True)
            self.setStartId(self.pageIds()[1])
        self.accepted.connect(self._announce)
        # Qt lays a wizard out itself (planner.ui.dialog_fit leaves it alone): it is kept
        # within the screen here, for a 1024x768 screen at a 150% font (683x512).
        self.resize(QSize(720, 620).boundedTo(room_on_screen(self)))

    def details(self) -> NewPlan:
        return NewPlan(
            name=self.name_page.name.text(),
            country=self.country_page.code(),
            language=self.language,
            mode=self.mode_page.mode(),
        )

    def create_plan(self) -> str:
        """Create the plan file with everything chosen; "" when done, else the reason."""
        if self.created_plan is not None:
            return ""
        details, choices, catalog = self.details(), self.apps_page.choices(), self.catalog
        caregivers = self.caregivers_page.entries()

        def populate(session: Session) -> None:
            start_plan(session, details, catalog)
            for adult in caregivers:
                children.add_adult(session, adult.name, adult.relationship, role="caregiver")
            for entry, (app_ids, custom) in choices:
                child = children.add_child(session, entry.nickname, entry.birth_year)
                for app_id in app_ids:
                    apps.add_app_use(session, catalog, child.id, catalog_app_id=app_id)
                if custom:
                    apps.add_app_use(
                        session, catalog, child.id, custom_name=custom, language=details.language
                    )

        # Deriving the key from a passphrase takes a moment on purpose (it slows guessing).
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.created_plan = PlanFile.create(
                self.name_page.plan_path(self.path), populate, self.passphrase_page.passphrase()
            )
        except PlannerError as error:
            return error.message
        finally:
            QGuiApplication.restoreOverrideCursor()
        return ""

    def _announce(self) -> None:
        if self.created_plan is not None:
            self.plan_created.emit()
