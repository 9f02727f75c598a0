"""The first-run wizard walked as a person would, then the plan file read back fresh."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from planner.core.errors import PassphraseRequiredError
from planner.core.export.to_file import ExportChoice, export_to_file
from planner.core.general_checklist import GENERAL_CHECKS
from planner.core.plans import PlanFile
from planner.core.services import apps, children, contacts
from planner.core.services.plan import get_details
from planner.render.pdf import write_fitted_pdf
from planner.ui.dialogs.first_run import FirstRunWizard
from planner.ui.dialogs.passphrase import passphrase_hint
from tests.pdfs import pdf_page_texts

LEFT = Qt.MouseButton.LeftButton
PASSPHRASE = "purple kettle quiet morning"


def make_wizard(qtbot, catalog, path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(catalog, path)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def click_next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)


def tick(qtbot, picker, text: str) -> None:
    picker.search.clear()
    qtbot.keyClicks(picker.search, text)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)


def walk_to_children(qtbot, wizard, passphrase: str | None) -> None:
    """With a passphrase: shelter use (which needs one); without: at home."""
    assert wizard.currentPage() is wizard.mode_page
    if passphrase is not None:
        qtbot.keyClick(wizard.mode_page.shelter, Qt.Key.Key_Space)
        assert wizard.mode_page.mode() == "shelter"
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.name_page
    wizard.name_page.name.clear()
    qtbot.keyClicks(wizard.name_page.name, "Family A, room 12")
    click_next(qtbot, wizard)
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    if passphrase is None:
        qtbot.keyClick(page.without, Qt.Key.Key_Space)
        assert page.without.isChecked() and not page.first.isEnabled()
    else:
        assert not page.without.isVisible() and page.shelter_note.isVisible()
        qtbot.keyClicks(page.first, passphrase)
        assert page.hint.text() == "Strong."
        qtbot.keyClicks(page.second, passphrase)
    qtbot.keyClick(page.second if passphrase else page.without, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.country_page
    qtbot.keyClicks(wizard.country_page.country, "Can")
    assert wizard.country_page.code() == "CA"
    assert "Emergency number: 911" in wizard.country_page.emergency.text()
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.children_page


def add_children(qtbot, wizard, caregivers: tuple[tuple[str, str], ...] = ()) -> None:
    """Sam and Ari, then on the next page each caregiver's name and relationship (Enter adds)."""
    page = wizard.children_page
    qtbot.keyClicks(page.nickname, "Sam")
    qtbot.keyClicks(page.year, "2013")
    qtbot.keyClick(page.year, Qt.Key.Key_Return)  # Enter adds the child and stays
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.nickname, "Ari")
    qtbot.keyClicks(page.year, "2017")
    qtbot.mouseClick(page.add_button, LEFT)
    assert [(c.nickname, c.birth_year) for c in page.entries()] == [("Sam", 2013), ("Ari", 2017)]
    click_next(qtbot, wizard)
    adults = wizard.caregivers_page
    assert wizard.currentPage() is adults
    for name, relationship in caregivers:
        assert wizard.focusWidget() is adults.name
        qtbot.keyClicks(adults.name, name)
        qtbot.keyClick(adults.name, Qt.Key.Key_Tab)
        qtbot.keyClicks(wizard.focusWidget(), relationship)
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
        assert wizard.currentPage() is adults
    assert [(a.name, a.relationship) for a in adults.entries()] == list(caregivers)
    click_next(qtbot, wizard)  # caregivers are optional
    assert wizard.currentPage() is wizard.apps_page


def pick_apps_and_finish(qtbot, wizard) -> None:
    page = wizard.apps_page
    assert [wizard.apps_page.tabs.tabText(i) for i in range(2)] == ["Sam", "Ari"]
    sam = page.pickers[0][1]
    tick(qtbot, sam, "snap")
    tick(qtbot, sam, "disc")
    qtbot.keyClicks(sam.custom, "Pet Chat World")
    page.tabs.setCurrentIndex(1)
    tick(qtbot, page.pickers[1][1], "robl")
    with qtbot.waitSignal(wizard.plan_created, timeout=20000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert not wizard.isVisible()
    assert wizard.created_plan is not None and wizard.created_plan.is_open
    wizard.created_plan.close()


def check_saved_plan(plan: PlanFile, catalog, mode: str) -> None:
    with plan.unit_of_work() as session:
        details = get_details(session)
        assert (details.name, details.country, details.mode) == ("Family A, room 12", "CA", mode)
        kids = {c.nickname: c for c in children.list_children(session)}
        assert {name: c.birth_year for name, c in kids.items()} == {"Sam": 2013, "Ari": 2017}
        sam_apps = apps.list_app_uses(session, kids["Sam"].id)
        assert [u.catalog_app_id or u.custom_name for u in sam_apps] == [
            "discord",
            "snapchat",
            "Pet Chat World",
        ]
        ari_apps = apps.list_app_uses(session, kids["Ari"].id)
        assert [u.catalog_app_id for u in ari_apps] == ["roblox"]
        settings = apps.list_settings(session)
        expected = sum(len(catalog.apps[a].settings) for a in ("discord", "snapchat", "roblox"))
        # The family's own app, unknown to the planner, brings the general checks.
        assert len(settings) == expected + len(GENERAL_CHECKS)
        assert {s.state for s in settings} == {"to_discuss"}
        builtin = {c.builtin_id for c in contacts.list_contacts(session) if c.builtin_id}
        assert builtin == {c.id for c in catalog.countries["CA"].contacts}


def test_walking_the_whole_wizard_in_shelter_use(qtbot, catalog, tmp_path):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    walk_to_children(qtbot, wizard, PASSPHRASE)
    file_name = wizard.name_page.file_name.text()
    assert re.fullmatch(r"plan-[A-Z2-9]{4}", file_name)  # neutral, never the family's name
    add_children(qtbot, wizard)
    pick_apps_and_finish(qtbot, wizard)
    path = tmp_path / f"{file_name}.plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    with pytest.raises(PassphraseRequiredError):
        PlanFile.open(path)
    with PlanFile.open(path, PASSPHRASE) as plan:
        assert plan.encrypted
        check_saved_plan(plan, catalog, "shelter")


def test_a_shelter_plan_needs_a_passphrase_and_a_free_neutral_file_name(qtbot, catalog, tmp_path):
    (tmp_path / "room-12.plan").write_bytes(b"another family's plan")
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    qtbot.keyClick(wizard.mode_page.shelter, Qt.Key.Key_Space)
    click_next(qtbot, wizard)
    page = wizard.name_page
    assert page.file_name.isVisible() and page.file_name.text().startswith("plan-")
    qtbot.keyClicks(page.name, "Family B")
    for bad, why in (("", "letters or digits"), ("../x", "letters or digits")):
        page.file_name.setText(bad)
        click_next(qtbot, wizard)
        assert wizard.currentPage() is page and why in page.error.text()
    page.file_name.clear()
    qtbot.keyClicks(page.file_name, "ROOM-12")  # the same name to Windows and FAT sticks
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "already a plan named ROOM-12" in page.error.text()
    page.file_name.setText("room-14")
    click_next(qtbot, wizard)
    passphrase_page = wizard.passphrase_page
    assert wizard.currentPage() is passphrase_page
    click_next(qtbot, wizard)
    assert wizard.currentPage() is passphrase_page
    assert "a family's plan needs one" in passphrase_page.error.text()
    assert wizard.name_page.plan_path(tmp_path / "family.plan") == tmp_path / "room-14.plan"


def test_walking_the_whole_wizard_without_a_passphrase(qtbot, catalog, tmp_path):
    path = tmp_path / "family.plan"
    wizard = make_wizard(qtbot, catalog, path)
    walk_to_children(qtbot, wizard, None)
    add_children(qtbot, wizard)
    pick_apps_and_finish(qtbot, wizard)
    with PlanFile.open(path) as plan:
        assert not plan.encrypted
        check_saved_plan(plan, catalog, "home")


def test_the_caregivers_of_the_first_run_sign_the_family_agreement(qtbot, catalog, tmp_path):
    path = tmp_path / "family.plan"
    wizard = make_wizard(qtbot, catalog, path)
    walk_to_children(qtbot, wizard, None)
    add_children(qtbot, wizard, (("Dana Kim", "mother"), ("Luis Ortega", "grandfather")))
    pick_apps_and_finish(qtbot, wizard)
    with PlanFile.open(path) as plan:
        with plan.unit_of_work() as session:
            adults = [(a.name, a.relationship, a.role) for a in children.list_adults(session)]
        assert adults == [("Dana Kim", "mother", "caregiver"),
                          ("Luis Ortega", "grandfather", "caregiver")]  # fmt: skip
        export_to_file(
            plan, catalog, ExportChoice("pdf"), tmp_path / "family.pdf", write_fitted_pdf
        )
    agreement = [
        page for page in pdf_page_texts(tmp_path / "family.pdf") if "Our family agreement" in page
    ]
    assert len(agreement) == 1
    for name in ("Sam", "Ari"):
        assert f"{name} Child" in agreement[0]
    for name in ("Dana Kim", "Luis Ortega"):
        assert f"{name} Caregiver" in agreement[0]


def test_caregiver_problems_are_explained_on_the_page(qtbot, catalog, tmp_path):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    walk_to_children(qtbot, wizard, None)
    add_children(qtbot, wizard, (("Dana Kim", ""),))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)
    page = wizard.caregivers_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.relationship, "father")
    qtbot.mouseClick(page.add_button, LEFT)
    assert page.error.text() == "Please enter the caregiver's name."
    qtbot.keyClicks(page.name, "Dana Kim")
    click_next(qtbot, wizard)  # what is typed is added first, and here it cannot be
    assert wizard.currentPage() is page and "Dana Kim is already on the list" in page.error.text()
    page.name.clear()
    qtbot.keyClicks(page.name, "Sam Kim")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.apps_page
    assert [(a.name, a.relationship) for a in page.entries()] == [
        ("Dana Kim", ""),
        ("Sam Kim", "father"),
    ]


def test_an_empty_name_is_explained_on_the_page(qtbot, catalog, tmp_path):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    click_next(qtbot, wizard)
    page = wizard.name_page
    assert page.name.text() == "Our family plan"  # a home plan gets a ready name
    page.name.selectAll()
    qtbot.keyClick(page.name, Qt.Key.Key_Delete)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.error.isVisible() and page.error.text() == "Please enter a name for the plan."


def test_passphrase_problems_are_explained_on_the_page(qtbot, catalog, tmp_path):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.passphrase_page
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "without a passphrase" in page.error.text()
    qtbot.keyClicks(page.first, "abc")
    assert page.hint.text().startswith("Too short")
    qtbot.keyClicks(page.second, "abc")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "too short" in page.error.text()
    page.first.clear()
    qtbot.keyClicks(page.first, "lantern orchard violet")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "not the same" in page.error.text()
    assert "cannot be recovered" in " ".join(
        label.text() for label in page.findChildren(type(page.hint))
    )


def test_passphrase_hint_in_words():
    assert passphrase_hint("") == ""
    assert passphrase_hint("kettle").startswith("Too short")
    assert passphrase_hint("aaaaaaaaaaaa").startswith("Too easy to guess")
    assert passphrase_hint("Xk9#mQ2p").startswith("Fair")
    assert passphrase_hint("lantern orchard violet") == "Strong."
    assert passphrase_hint("kettle-morning").startswith("Fair")
    assert passphrase_hint(PASSPHRASE) == "Strong."


def test_child_problems_are_explained_on_the_page(qtbot, catalog, tmp_path):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    walk_to_children(qtbot, wizard, None)
    page = wizard.children_page
    click_next(qtbot, wizard)
    assert wizard.currentPage() is page and "at least one child" in page.error.text()
    qtbot.keyClicks(page.year, "2013")
    qtbot.keyClick(page.year, Qt.Key.Key_Return)
    assert page.error.text() == "Please enter the child's nickname."
    qtbot.keyClicks(page.nickname, "Sam")
    page.year.clear()
    qtbot.keyClicks(page.year, "20x3")
    qtbot.keyClick(page.year, Qt.Key.Key_Return)
    assert page.error.text() == "The birth year must be a year, such as 2014."
    page.year.clear()
    qtbot.keyClicks(page.year, "1950")
    qtbot.keyClick(page.year, Qt.Key.Key_Return)
    assert "too long ago" in page.error.text()
    assert page.entries() == []
    page.year.clear()
    qtbot.keyClicks(page.year, "2015")
    click_next(qtbot, wizard)  # what is typed but not yet added is not lost
    assert wizard.currentPage() is wizard.caregivers_page
    assert [c.nickname for c in page.entries()] == ["Sam"]


def test_ticks_survive_going_back_to_add_a_child(qtbot, catalog, tmp_path):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    walk_to_children(qtbot, wizard, None)
    add_children(qtbot, wizard)
    tick(qtbot, wizard.apps_page.pickers[0][1], "mine")
    for _page in ("caregivers", "children"):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), LEFT)
    page = wizard.children_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.nickname, "Kit")
    qtbot.keyClicks(page.year, "2019")
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    pickers = wizard.apps_page.pickers
    assert [entry.nickname for entry, _ in pickers] == ["Sam", "Ari", "Kit"]
    assert pickers[0][1].chosen_ids() == ["minecraft"]


def test_a_file_already_there_is_explained_and_nothing_is_overwritten(qtbot, catalog, tmp_path):
    path = tmp_path / "family.plan"
    path.write_bytes(b"someone else's file")
    wizard = make_wizard(qtbot, catalog, path)
    walk_to_children(qtbot, wizard, None)
    add_children(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert wizard.isVisible() and wizard.created_plan is None
    assert "already a file" in wizard.apps_page.error.text()
    assert path.read_bytes() == b"someone else's file"


def test_the_children_and_caregivers_models_pass_the_model_tester(
    qtmodeltester, qtbot, catalog, tmp_path
):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    walk_to_children(qtbot, wizard, None)
    add_children(qtbot, wizard, (("Dana Kim", "mother"),))
    qtmodeltester.check(wizard.children_page.model)
    qtmodeltester.check(wizard.caregivers_page.model)


def test_typing_on_the_apps_page_goes_into_the_search(qtbot, catalog, tmp_path):
    wizard = make_wizard(qtbot, catalog, tmp_path / "family.plan")
    walk_to_children(qtbot, wizard, None)
    add_children(qtbot, wizard)
    picker = wizard.apps_page.pickers[0][1]
    qtbot.waitUntil(lambda: wizard.focusWidget() is picker.search)
    qtbot.keyClicks(wizard.focusWidget(), "discord")
    assert picker.search.text() == "discord"


@pytest.mark.parametrize(
    ("locale", "country"),
    [("en_GB", "GB"), ("en_AU", "AU"), ("fr_CA", "CA"), ("fr_FR", "US"), ("C", "US")],
)
def test_the_country_comes_from_the_system_locale_when_offered(catalog, locale, country):
    from PySide6.QtCore import QLocale

    from planner.ui.dialogs.first_run_pages import local_country

    assert local_country(catalog, QLocale(locale)) == country


def test_every_offered_country_can_be_preselected(catalog):
    """Mexico and Spain, once their contacts are in resources/contacts, need no code change."""
    from PySide6.QtCore import QLocale

    from planner.ui.dialogs.first_run_pages import local_country

    for code in catalog.countries:
        territory = QLocale.codeToTerritory(code)
        assert local_country(catalog, QLocale(QLocale.Language.AnyLanguage, territory)) == code
