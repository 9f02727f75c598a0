"""Every screen as a screen-reader or keyboard user meets it: each control has a name Qt reports
to assistive technology, and Tab walks each screen in reading order and reaches every control.

The walk covers the main window with each section (and each tab inside it) on the demo plan,
every editor the sections open (opened through the views' own methods), plan settings, help,
about, the unlock screen and every page of the first-run wizard.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from planner.ui.dialogs.first_run import FirstRunWizard
from planner.ui.main_window import MainWindow
from planner.ui.unlock import UnlockScreen

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
)
# Pixels a control may sit above the one before it and still count as on the same line.
TOLERANCE = 8
NAME = QAccessible.Text.Name
PASSPHRASE = "purple kettle quiet morning"


# -- what Qt reports ----------------------------------------------------------------------


def control_of(widget: QWidget) -> QWidget:
    """The control a part belongs to: the line edit of a spin box or combo box is the box."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget


def takes_tab(widget: QWidget, window: QWidget) -> bool:
    """What Tab stops at (Qt's own test): visible, enabled, tab-focusable, no focus proxy."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisibleTo(window)
        and widget.isEnabled()
    )


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for the control.

    On Linux, Qt reports a combo box's current item as its Name and its label through the
    "labelled by" relation, so for combo boxes the relation (or an accessible name) counts.
    """
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    if isinstance(widget, QComboBox):
        labels = iface.relations(QAccessible.RelationFlag.Label)
        label_names = [label.text(NAME) for label, _relation in labels]
        return widget.accessibleName() or next((n for n in label_names if n.strip()), "")
    return iface.text(NAME).strip()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    names = [type(widget).__name__, widget.objectName(), text]
    owner = widget.parentWidget()
    while owner is not None and not owner.isWindow() and not owner.objectName():
        owner = owner.parentWidget()
    if owner is not None and not owner.isWindow():
        names.append(f"in {owner.objectName()}")
    return " ".join(part for part in names if part)


def unnamed_controls(window: QWidget) -> list[str]:
    """Controls a person can reach whose name Qt reports as empty."""
    found = []
    for widget in window.findChildren(QWidget):
        control = control_of(widget)
        if control is not widget or not isinstance(widget, CONTROLS):
            continue
        reachable = takes_tab(widget, window) or (
            widget.focusProxy() is not None and widget.isVisibleTo(window)
        )
        if reachable and not spoken_name(widget):
            found.append(describe(widget))
    return found


def tab_chain(window: QWidget) -> list[QWidget]:
    """The controls Tab visits, once round the window, from the first one in reading order
    (Tab goes round in a circle: where Qt's list starts does not matter to a person)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        control = control_of(widget)
        if takes_tab(widget, window) and control not in chain:
            chain.append(control)
        widget = widget.nextInFocusChain()
    if not chain:
        return chain
    first = min(chain, key=lambda w: reading_key(place(w, window)))
    start = chain.index(first)
    return chain[start:] + chain[:start]


def reading_key(rect: QRect) -> tuple[int, int]:
    """Top to bottom, then left to right; tops a few pixels apart are on the same line."""
    return (rect.top() // (2 * TOLERANCE), rect.left())


def place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def comes_after(before: QRect, after: QRect) -> bool:
    """Reading order: the next control is on a later line, further along the same line, or
    at the top of a column to the right of this one."""
    below = after.top() >= before.bottom() - TOLERANCE
    same_line = after.top() >= before.top() - TOLERANCE and after.left() >= before.left()
    next_column = after.left() >= before.right() - TOLERANCE
    return below or same_line or next_column


def tab_order_problems(window: QWidget) -> list[str]:
    chain = tab_chain(window)
    problems = [
        f"Tab goes back from {describe(a)} to {describe(b)}"
        for a, b in zip(chain, chain[1:], strict=False)
        if not comes_after(place(a, window), place(b, window))
    ]
    expected = {control_of(w) for w in window.findChildren(QWidget) if takes_tab(w, window)}
    problems += [f"Tab never reaches {describe(w)}" for w in expected - set(chain)]
    return problems


def check(window: QWidget, where: str) -> list[str]:
    """Everything wrong on the screen as it is shown now, one line each."""
    QApplication.processEvents()
    assert tab_chain(window), f"{where}: nothing to reach with Tab"
    return (
        [f"{where}: no name: {n}" for n in unnamed_controls(window)]
        + [f"{where}: {p}" for p in tab_order_problems(window)]
        + [f"{where}: shared key {c}" for c in mnemonic_clashes(window)]
    )


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys that two different controls on screen claim: Qt then only moves focus
    between them, so neither is a keyboard path. (The same control repeated, like the button
    on each card of a list, shares one object name and is meant to cycle.)"""
    claims: dict[str, dict[str, str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        for text in _mnemonic_texts(widget):
            found = re.search(r"&([^&\s])", text.replace("&&", ""))
            if found:
                owners = claims.setdefault(found.group(1).lower(), {})
                owners[widget.objectName() or text] = text
    return [
        f"Alt+{key.upper()}: {' / '.join(sorted(owners.values()))}"
        for key, owners in sorted(claims.items())
        if len(owners) > 1
    ]


def _mnemonic_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count())]
    return []


def each_tab(root: QWidget) -> Iterator[str]:
    """Show every tab of every visible tab widget in turn (the first tab last)."""
    yield ""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root.window()):
            continue
        for index in [*range(1, tabs.count()), 0]:
            tabs.setCurrentIndex(index)
            yield f" / {tabs.tabText(index).replace('&', '')}"


# -- the screens --------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, ui_context) -> MainWindow:
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_every_section_names_its_controls_and_tabs_in_reading_order(window):
    problems = []
    for section_id in window.sections:
        view = window.show_section(section_id)
        for tab in each_tab(view):
            problems += check(window, f"{section_id}{tab}")
    assert not problems, "\n".join(problems)


def _select_first(panel) -> None:
    panel.table.selectRow(0)


DialogOpener = Callable[[MainWindow], object]
DIALOGS: dict[str, DialogOpener] = {
    "child editor": lambda w: w.sections["children"].children_panel.add_child(),
    "adult editor": lambda w: w.sections["children"].adults.add_adult(),
    "device editor": lambda w: w.sections["children"].devices.add_device(),
    "rule editor": lambda w: w.sections["children"].rules.add_rule(),
    "agreed-on date": lambda w: (
        _select_first(w.sections["children"].rules),
        w.sections["children"].rules.edit_selected(),
    ),
    "app picker": lambda w: w.sections["apps"].add_apps(),
    "add a setting": lambda w: w.sections["apps"].settings.add_setting(),
    "conversation editor": lambda w: w.sections["conversations"].open_editor(None),
    "concern editor": lambda w: w.sections["concerns"].open_editor(None),
    "contact editor": lambda w: w.sections["contacts"].add_contact(),
    "reminder editor": lambda w: w.sections["reminders"].add_reminder(),
    "suggested reminder editor": lambda w: (
        w.sections["reminders"].suggestions.select_row(0),
        w.sections["reminders"].suggestions.edit_selected(),
    ),
    "plan settings": lambda w: w.open_settings(),
    "help": lambda w: w.open_help(),
    "about": lambda w: w.open_about(),
}
SECTION_OF = {
    "child editor": "children",
    "adult editor": "children",
    "device editor": "children",
    "rule editor": "children",
    "agreed-on date": "children",
    "app picker": "apps",
    "add a setting": "apps",
    "conversation editor": "conversations",
    "concern editor": "concerns",
    "contact editor": "contacts",
    "reminder editor": "reminders",
    "suggested reminder editor": "reminders",
}


def open_dialog(qtbot, window: MainWindow, name: str) -> QDialog:
    if name in SECTION_OF:
        window.show_section(SECTION_OF[name])
    before = set(QApplication.topLevelWidgets())
    DIALOGS[name](window)
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]
    assert len(opened) == 1, f"{name} did not open one dialog"
    qtbot.waitExposed(opened[0])
    return opened[0]


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_names_its_controls_and_tabs_in_reading_order(qtbot, window, name):
    dialog = open_dialog(qtbot, window, name)
    problems = []
    for tab in each_tab(dialog):
        problems += check(dialog, f"{name}{tab}")
    dialog.reject()
    assert not problems, "\n".join(problems)


def test_the_unlock_screen_names_its_controls_and_tabs_in_reading_order(qtbot):
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert check(screen, "unlock") == []
    screen.show_error("That passphrase does not open this plan.")
    assert check(screen, "unlock after an error") == []


def test_every_wizard_page_names_its_controls_and_tabs_in_reading_order(
    qtbot, catalog, tmp_path: Path
):
    wizard = FirstRunWizard(catalog, tmp_path / "family.plan")
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    problems = []
    while True:
        page = wizard.currentPage()
        problems += check(wizard, page.title())
        if page is wizard.passphrase_page:
            page.first.setText(PASSPHRASE)
            page.second.setText(PASSPHRASE)
        if page is wizard.children_page:
            page.nickname.setText("Sam")
            page.year.setText("2013")
            page.add_typed()
            problems += check(wizard, f"{page.title()} with a child")
        if page is wizard.caregivers_page:
            page.name.setText("Dana Kim")
            page.relationship.setText("mother")
            page.add_typed()
            problems += check(wizard, f"{page.title()} with a caregiver")
        if page is wizard.apps_page:
            break
        wizard.next()
        assert wizard.currentPage() is not page, f"stuck on {page.title()}"
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not problems, "\n".join(problems)


def test_the_checks_catch_an_unnamed_field_and_a_backwards_tab(qtbot):
    """The walk above would pass on anything if it looked at nothing: show it does look."""
    form = QWidget()
    qtbot.addWidget(form)
    unnamed = QLineEdit(form)
    upper, lower = QPushButton("&Upper", form), QPushButton("&Lower", form)
    upper.setGeometry(10, 40, 80, 24)
    lower.setGeometry(10, 80, 80, 24)
    QWidget.setTabOrder(lower, upper)
    form.show()
    qtbot.waitExposed(form)
    problems = check(form, "form")
    assert problems == [
        "form: no name: QLineEdit",
        "form: Tab goes back from QPushButton &Lower to QPushButton &Upper",
    ]
    label = QLabel("&Name:", form)
    label.setBuddy(unnamed)
    assert spoken_name(unnamed) == "Name:"
