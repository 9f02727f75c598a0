"""Spanish is longer than English: its lines wrap, and nothing is cut (at 1024x768)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from planner.core.errors import PlanInUseError
from planner.core.sqlerrors import damaged
from planner.ui import i18n
from planner.ui.unlock import UnlockScreen
from tests.ui.test_translations import built_qm  # noqa: F401  (a fixture)


def cut_labels(window: QWidget) -> list[str]:
    """Visible word-wrapped labels given less height than their text needs at their width."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window)
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_the_unlock_screen_shows_whole_spanish_lines(qtbot, built_qm: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert i18n.install("es")
    try:
        screen = UnlockScreen()
        qtbot.addWidget(screen)
        screen.resize(1024, 768)
        screen.show()
        qtbot.waitExposed(screen)
        for error in (
            damaged(True),
            PlanInUseError(
                "This plan is open in another window or program. Close it there, then try again."
            ),
        ):
            screen.show_error(error.message)
            for _ in range(3):  # the new text asks for a new layout, done on the next events
                QApplication.processEvents()
            assert screen.message.text().startswith(("La frase", "Este plan"))
            assert cut_labels(screen) == []
    finally:
        i18n.install("en")


def test_the_concern_dialog_wraps_warning_signs(qtbot, ui_context, built_qm: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from PySide6.QtCore import Qt

    from planner.ui.main_window import MainWindow
    from tests.ui.test_accessibility import open_dialog

    assert i18n.install("es")
    try:
        ui_context.language = "es"
        window = MainWindow(ui_context)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        dialog = open_dialog(qtbot, window, "concern editor")
        signs = dialog.signs
        assert signs.wordWrap()
        assert signs.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        widest = max(signs.visualItemRect(item).right() for item in signs.all_items())
        assert widest <= signs.viewport().width()
        assert dialog.width() <= 1024 and dialog.height() <= 768
        assert cut_labels(dialog) == []
        dialog.reject()
    finally:
        i18n.install("en")
