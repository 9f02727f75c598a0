"""Walk every window a person can reach and read what it shows, for tests/ui/test_translations.py.

The main window is walked section by section; in each, the first row of every table is chosen
(so Edit and Delete are enabled) and every button that opens a window ("…") is clicked: the
dialog or question it opens is read, then cancelled, so nothing in the plan changes. The export
section's buttons are left out: they open file and print dialogs, which are Qt's own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner.core.plans import PlanFile
from planner.paths import AppPaths
from planner.ui import i18n
from planner.ui.context import AppContext

Found = list[tuple[str, str]]  # (where, text)
SKIPPED_SECTIONS = {"export"}
ROWS_READ = 30


def spanish_sources(ts: Path) -> Callable[[str], bool]:
    """A test for "this text is English that has a different Spanish translation"."""
    exact: set[str] = set()
    patterns = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        if source == (message.findtext("translation") or ""):
            continue
        for variant in {source, source.replace("&", "")}:
            exact.add(variant.strip())
            # Filled-in placeholders: only sources with enough words of their own to be sure.
            literal = re.sub(r"%\d", "", variant)
            if "%" in variant and len(literal.strip()) >= 10:
                pieces = re.split(r"%\d", variant)
                patterns.append(re.compile(".+?".join(re.escape(p) for p in pieces), re.S))

    def is_english(text: str) -> bool:
        text = text.strip()
        return text in exact or any(p.fullmatch(text) for p in patterns)

    return is_english


def texts_of(window: QWidget) -> Iterator[str]:
    """Every text a person sees or hears in the window, line by line."""
    for text in _raw_texts(window):
        if text:
            yield text
            yield from (line for line in text.splitlines() if line != text)


def _raw_texts(window: QWidget) -> Iterator[str]:
    yield window.windowTitle()
    for action in window.findChildren(QAction):
        yield action.text()
    for widget in [window, *window.findChildren(QWidget)]:
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        yield widget.toolTip()
        yield from _own_texts(widget)


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QSpinBox):
        yield widget.suffix()
    elif isinstance(widget, QWizardPage):
        yield widget.title()
        yield widget.subTitle()
    elif isinstance(widget, QAbstractItemView):
        yield from _item_texts(widget)


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    # Some models (QListWidget's) hide rowCount/columnCount from Python: ask for indexes.
    columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(ROWS_READ):
            index = model.index(row, column)
            if not index.isValid():
                break
            yield str(model.data(index) or "")


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Letters that two visible things in the window answer to with Alt."""
    texts = [text for widget in _shortcut_owners(window) for text in _shortcut_texts(widget)]
    letters = Counter(
        match.group(1).lower()
        for text in texts
        if (match := re.search(r"&([^&\s])", text.replace("&&", "")))
    )
    return sorted(letter for letter, count in letters.items() if count > 1)


def _shortcut_owners(window: QWidget) -> list[QWidget]:
    if isinstance(window, QMenu):
        return [window]
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]


def _shortcut_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QMenu | QMenuBar):
        return [action.text() for action in widget.actions()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    return []


# -- the walks ------------------------------------------------------------------------------


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def open_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def walk_main_window(qtbot, plan_path: Path, home: Path, catalog, language: str) -> Found:
    found: Found = []
    for where, window in _main_window_states(qtbot, plan_path, home, catalog, language):
        found += [(where, text) for text in texts_of(window)]
    return found


def clashes(qtbot, plan_path: Path, home: Path, catalog, temp: Path) -> dict[str, list[str]]:
    """Shortcut letters used twice, per window state (the key is the same in any language)."""
    temp.mkdir(parents=True, exist_ok=True)
    language = i18n.installed_language()
    states = list(_main_window_states(qtbot, plan_path, home, catalog, language))
    result = {where: mnemonic_clashes(window) for where, window in states}
    for where, window in _start_screen_states(qtbot, catalog, temp):
        result[where] = mnemonic_clashes(window)
    return {where: letters for where, letters in result.items() if letters}


def _main_window_states(qtbot, plan_path, home, catalog, language) -> Iterator[tuple[str, QWidget]]:
    from planner.ui.main_window import MainWindow

    context = AppContext(paths=AppPaths(home), catalog=catalog, language=language)
    context.plan = PlanFile.open(plan_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        for section_id in list(window.sections):
            section = window.show_section(section_id)
            settle()
            for table in section.findChildren(QTableView):
                if table.model() is not None and table.model().rowCount() > 0:
                    table.selectRow(0)
            settle()
            yield f"section {section_id}", window
            if section_id not in SKIPPED_SECTIONS:
                yield from _dialogs_opened_by(section, f"section {section_id}")
        for index, menu in enumerate(window.findChildren(QMenu)):
            yield f"menu {index}", menu
        for name in ("open_settings", "open_help", "open_about"):
            before = open_windows()
            getattr(window, name)()
            settle()
            yield from _read_and_cancel(open_windows() - before, name)
    finally:
        window.close()
        context.plan.close()


def _dialogs_opened_by(section: QWidget, where: str) -> Iterator[tuple[str, QWidget]]:
    buttons = [
        b
        for b in section.findChildren(QAbstractButton)
        if "…" in b.text() and b.isEnabled() and getattr(b, "menu", lambda: None)() is None
    ]
    for index, button in enumerate(buttons):
        before = open_windows()
        button.click()
        settle()
        yield from _read_and_cancel(open_windows() - before, f"{where} button {index}")


def _read_and_cancel(windows: set[QWidget], where: str) -> Iterator[tuple[str, QWidget]]:
    for dialog in windows:
        yield f"{where} {type(dialog).__name__}", dialog
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()
        settle()


def walk_start_screens(qtbot, catalog, temp: Path) -> Found:
    found: Found = []
    for where, window in _start_screen_states(qtbot, catalog, temp):
        found += [(where, text) for text in texts_of(window)]
    return found


def _start_screen_states(qtbot, catalog, temp: Path) -> Iterator[tuple[str, QWidget]]:
    from planner.ui.dialogs.first_run import FirstRunWizard
    from planner.ui.dialogs.passphrase import PassphraseDialog
    from planner.ui.unlock import UnlockScreen

    unlock = UnlockScreen()
    qtbot.addWidget(unlock)
    unlock.show()
    yield "unlock screen", unlock
    home = UnlockScreen(shelter=True)
    qtbot.addWidget(home)
    home.show()
    yield "shelter home screen", home
    home.show_waiting_plan("plan-K7QM.plan")
    yield "shelter home screen, a plan locked", home
    shelter = FirstRunWizard(catalog, temp / "new.plan", further_family=True)
    qtbot.addWidget(shelter)
    shelter.show()
    settle()
    yield "a new family's plan", shelter
    shelter.button(QWizard.WizardButton.NextButton).click()  # no name yet: the error shows
    settle()
    yield "a new family's plan, no name", shelter
    shelter.reject()
    dialog = PassphraseDialog("title")
    qtbot.addWidget(dialog)
    dialog.show()
    yield "passphrase dialog", dialog
    wizard = FirstRunWizard(catalog, temp / "new.plan")
    qtbot.addWidget(wizard)
    wizard.show()
    for step in range(7):
        settle()
        yield f"welcome page {step}", wizard
        if step < 6:  # Next on the last page would create the plan
            _fill_page(wizard, step)
            wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.reject()


def _fill_page(wizard, step: int) -> None:
    """Just enough on each welcome page to move on: no passphrase, one child, one caregiver."""
    if step == 2:
        wizard.passphrase_page.without.setChecked(True)
    elif step == 4:
        wizard.children_page.nickname.setText("Ana")
        wizard.children_page.year.setText("2015")
        wizard.children_page.add_button.click()
    elif step == 5:
        wizard.caregivers_page.name.setText("Dana")
        wizard.caregivers_page.add_button.click()
