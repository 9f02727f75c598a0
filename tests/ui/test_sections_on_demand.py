"""The main window builds a section the first time it is shown: only the overview at start."""

from __future__ import annotations

import pytest

from planner.ui.main_window import MainWindow
from planner.ui.views.registry import SECTIONS


@pytest.fixture
def window(qtbot, ui_context) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def section_views(window: MainWindow) -> list[str]:
    built = [window.stack.widget(index) for index in range(window.stack.count())]
    return [w.objectName() for w in built if w.objectName().startswith("section-")]


def test_only_the_overview_is_built_when_the_window_opens(window):
    assert section_views(window) == ["section-overview"]
    assert [window.navigation.item(row).text() for row in range(window.navigation.count())] == [
        entry.title_text for entry in SECTIONS
    ]


def test_choosing_a_section_in_the_navigation_builds_and_shows_it(qtbot, window):
    window.navigation.setCurrentRow(3)
    shown = window.current_section()
    assert shown.objectName() == "section-conversations"
    assert shown.isVisible()
    assert window.stack.indexOf(shown) == 3


def test_every_section_shows_the_title_the_navigation_lists(window):
    for row in range(len(SECTIONS)):
        window.navigation.setCurrentRow(row)
        assert window.current_section().title() == window.navigation.item(row).text()


def test_a_card_leads_to_the_apps_section_even_before_it_was_built(qtbot, window):
    overview = window.sections["overview"]
    first = overview.cards[0]  # type: ignore[attr-defined]
    first.open_button.click()
    assert window.current_section().objectName() == "section-apps"
