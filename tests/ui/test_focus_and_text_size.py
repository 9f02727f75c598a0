"""What a person with low vision relies on: an outline round the control that has the keyboard
focus, drawn in the system's own highlight colour (so a high-contrast theme shows it in its
colours), and words that grow with the system font size without being cut off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from planner.ui import style
from planner.ui.main_window import MainWindow
from planner.ui.unlock import UnlockScreen
from tests.ui.test_accessibility import each_tab

BLACK, WHITE, YELLOW = QColor("black"), QColor("white"), QColor("yellow")


@pytest.fixture
def outline(qtbot) -> Iterator[style.FocusOutline]:
    app = QApplication.instance()
    installed = style.install(app)
    yield installed
    app.focusChanged.disconnect(installed._follow)
    installed.setParent(None)


@pytest.fixture
def high_contrast() -> Iterator[QPalette]:
    """A black, white and yellow palette, as high-contrast themes set it."""
    app = QApplication.instance()
    before = app.palette()
    palette = QPalette(before)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, BLACK)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, WHITE)
    palette.setColor(QPalette.ColorRole.Highlight, YELLOW)
    palette.setColor(QPalette.ColorRole.HighlightedText, BLACK)
    app.setPalette(palette)
    yield palette
    app.setPalette(before)


def colour_beside(window: QWidget, widget: QWidget) -> QColor:
    """The colour one pixel left of the control, half way down: where the outline runs."""
    image = window.grab().toImage()
    point = widget.mapTo(window, QPoint(-1, widget.height() // 2))
    return image.pixelColor(point)


def unlock_screen(qtbot) -> UnlockScreen:
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.passphrase)
    return screen


def test_the_focused_control_has_an_outline_in_the_highlight_colour(qtbot, outline):
    screen = unlock_screen(qtbot)
    highlight = screen.palette().color(QPalette.ColorRole.Highlight)
    assert outline.widget is screen.passphrase
    assert colour_beside(screen, screen.passphrase) == highlight
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Tab)
    assert outline.widget is screen.open_button
    assert colour_beside(screen, screen.open_button) == highlight
    assert colour_beside(screen, screen.passphrase) != highlight


def test_a_high_contrast_palette_colours_the_outline(qtbot, outline, high_contrast):
    screen = unlock_screen(qtbot)
    assert colour_beside(screen, screen.passphrase) == YELLOW
    assert screen.passphrase.palette().color(QPalette.ColorRole.Base) == BLACK


@pytest.fixture
def large_text() -> Iterator[QFont]:
    """The system font at 150%, as a person who needs larger text sets it."""
    app = QApplication.instance()
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(font)
    yield font
    app.setFont(before)


def cut_off(window: QWidget) -> list[str]:
    """Buttons and labels on screen that are smaller than their words need."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint()
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            need = widget.sizeHint()
            if widget.wordWrap():
                need.setWidth(0)  # wrapping labels may be narrow, as long as tall enough
                need.setHeight(widget.heightForWidth(widget.width()))
        else:
            continue
        if widget.width() < need.width() - 1 or widget.height() < need.height() - 1:
            found.append(f"{widget.text()!r}: {widget.size().toTuple()} < {need.toTuple()}")
    return found


def test_text_at_150_percent_fits_the_main_window(qtbot, ui_context, large_text):
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.protection_label.font().pointSizeF() == large_text.pointSizeF()
    problems = []
    for section_id in window.sections:
        view = window.show_section(section_id)
        for tab in each_tab(view):
            QApplication.processEvents()
            problems += [f"{section_id}{tab}: {p}" for p in cut_off(window)]
    assert not problems, "\n".join(problems)
