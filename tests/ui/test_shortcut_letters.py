"""No Alt+letter is claimed twice in any window or dialog, in English and in Spanish.

Two controls with the same underlined letter make Alt+letter only move the focus between them,
so neither is a keyboard path any more. The Spanish words move the letters (&Recordarme…,
Histo&rial, &Rechazar in one section), and Qt's own buttons bring theirs (&Aceptar, &Cancelar),
so every screen is checked in both languages: each section of the main window with each of its
tabs and the menu bar, each menu, every dialog the sections open, the unlock screen and every
page of the first-run wizard. The letters are those of the real widgets, read offscreen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMenuBar, QWizard

from planner.ui import i18n
from planner.ui.dialogs.first_run import FirstRunWizard
from planner.ui.main_window import MainWindow
from planner.ui.unlock import UnlockScreen
from tests.ui.test_accessibility import DIALOGS, PASSPHRASE, each_tab, mnemonic_clashes, open_dialog
from tests.ui.test_translations import built_qm  # noqa: F401  (a fixture)

LANGUAGE_NAMES = ("en", "es")


@pytest.fixture(params=LANGUAGE_NAMES)
def language(request, qapp, built_qm: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]  # noqa: F811
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def menu_clashes(bar: QMenuBar) -> list[str]:
    """The menu bar's letters against each other, and each menu's items against each other."""
    menus = [bar, *bar.findChildren(QMenu)]
    problems = []
    for menu in menus:
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
            # Protect and Remove the passphrase are never enabled together.
            if found and action.isVisible() and action.isEnabled():
                letters.setdefault(found.group(1).lower(), []).append(action.text())
        problems += [
            f"{menu.title() or 'menu bar'}: Alt+{key.upper()}: {' / '.join(texts)}"
            for key, texts in sorted(letters.items())
            if len(texts) > 1
        ]
    return problems


@pytest.fixture
def window(qtbot, language: str, ui_context) -> MainWindow:  # type: ignore[no-untyped-def]
    ui_context.language = language
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_no_section_claims_a_letter_twice(window: MainWindow) -> None:
    problems = menu_clashes(window.menuBar())
    for section_id in window.sections:
        view = window.show_section(section_id)
        for tab in each_tab(view):
            problems += [f"{section_id}{tab}: {c}" for c in mnemonic_clashes(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_claims_a_letter_twice(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window, name)
    problems = []
    for tab in each_tab(dialog):
        problems += [f"{name}{tab}: {c}" for c in mnemonic_clashes(dialog)]
    dialog.reject()
    assert not problems, "\n".join(problems)


def test_the_start_screens_claim_no_letter_twice(  # type: ignore[no-untyped-def]
    qtbot, language: str, catalog, tmp_path: Path
) -> None:
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    screen.show()
    problems = [f"unlock: {c}" for c in mnemonic_clashes(screen)]
    wizard = FirstRunWizard(catalog, tmp_path / "family.plan")
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    while True:
        page = wizard.currentPage()
        problems += [f"{page.title()}: {c}" for c in mnemonic_clashes(wizard)]
        if page is wizard.passphrase_page:
            page.first.setText(PASSPHRASE)
            page.second.setText(PASSPHRASE)
        if page is wizard.children_page:
            page.nickname.setText("Sam")
            page.year.setText("2013")
            page.add_typed()
        if page is wizard.apps_page:
            break
        wizard.next()
        assert wizard.currentPage() is not page, f"stuck on {page.title()}"
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not problems, "\n".join(problems)
