"""A new family sets up the planner and writes down a talk without ever touching the mouse.

Every key goes to whatever has the keyboard focus at that moment (QApplication.focusWidget()),
never to a widget the test picks: if focus did not move where a person expects, the keys land
somewhere else and the test fails. What was typed is then read back from the plan file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from planner.core.plans import PlanFile
from planner.core.services import apps, children, conversations
from planner.core.services.plan import get_details
from planner.paths import AppPaths
from planner.ui.controller import WindowController
from planner.ui.dialogs.conversation_editor import ConversationEditor

PASSPHRASE = "purple kettle quiet morning"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
K = Qt.Key


def focused(qtbot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(qtbot), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(qtbot), text)


@pytest.fixture
def controller(planner_home) -> Iterator[WindowController]:
    paths = AppPaths(planner_home)
    made = WindowController(paths, paths.default_plan)
    yield made
    made.quick_exit()
    QApplication.instance().removeEventFilter(made.shift)


def set_up_with_keys(qtbot, controller: WindowController) -> None:
    controller.start()
    wizard = controller.first_run
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.isActiveWindow())
    assert focused(qtbot) is wizard.mode_page.home  # "At home" is chosen: Enter goes on
    press(qtbot, K.Key_Return)
    assert focused(qtbot) is wizard.name_page.name
    type_text(qtbot, "Kim family")  # replaces the suggested name, which is selected
    press(qtbot, K.Key_Return)
    assert focused(qtbot) is wizard.passphrase_page.first
    type_text(qtbot, PASSPHRASE)
    press(qtbot, K.Key_Tab)
    type_text(qtbot, PASSPHRASE)
    press(qtbot, K.Key_Return)
    assert focused(qtbot) is wizard.country_page.country
    type_text(qtbot, "Can")
    press(qtbot, K.Key_Return)
    assert focused(qtbot) is wizard.children_page.nickname
    type_text(qtbot, "Sam")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "2013")
    press(qtbot, K.Key_Return)  # adds Sam and goes back to the nickname
    assert focused(qtbot) is wizard.children_page.nickname
    press(qtbot, K.Key_N, ALT)  # "&Next >" (a mnemonic clicks the button a moment later)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.caregivers_page)
    assert focused(qtbot) is wizard.caregivers_page.name
    type_text(qtbot, "Dana Kim")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "mother")
    press(qtbot, K.Key_Return)  # adds Dana and goes back to the name
    assert focused(qtbot) is wizard.caregivers_page.name
    assert [a.name for a in wizard.caregivers_page.entries()] == ["Dana Kim"]
    press(qtbot, K.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.apps_page)
    qtbot.waitUntil(lambda: focused(qtbot).isVisible())
    picker = wizard.apps_page.pickers[0][1]
    assert focused(qtbot) is picker.search  # typing searches at once (Ctrl+Tab: next child)
    type_text(qtbot, "snap")
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Space)
    with qtbot.waitSignal(wizard.plan_created, timeout=20000):
        press(qtbot, K.Key_F, ALT)  # "&Finish"


def log_a_talk_with_keys(qtbot, controller: WindowController) -> None:
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.isActiveWindow())
    press(qtbot, K.Key_4, CTRL)
    view = window.current_section()
    assert view is window.sections["conversations"]
    press(qtbot, K.Key_L, ALT)  # "&Log a conversation…"
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConversationEditor))
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, ConversationEditor)
    qtbot.waitUntil(lambda: editor.isActiveWindow() and focused(qtbot).window() is editor)
    assert focused(qtbot) is editor.held_on
    assert editor.children_list.checked() == [1]  # the only child is chosen already
    press(qtbot, K.Key_T, ALT)  # "&Topics:" moves to the list of topics
    assert focused(qtbot) is editor.topics
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_S, ALT)  # "What was &said:"
    assert focused(qtbot) is editor.said
    type_text(qtbot, "We looked at Snapchat together.")
    press(qtbot, K.Key_Tab)
    assert focused(qtbot) is editor.child_wants
    type_text(qtbot, "To keep streaks with friends.")
    press(qtbot, K.Key_Tab)
    assert focused(qtbot) is editor.follow_up
    type_text(qtbot, "Check the friends list in a month")
    press(qtbot, K.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert view.model.rowCount() == 1
    assert "Snapchat" in view.details.toPlainText()


def test_first_run_and_a_conversation_with_the_keyboard_alone(qtbot, controller, planner_home):
    set_up_with_keys(qtbot, controller)
    log_a_talk_with_keys(qtbot, controller)
    controller.quick_exit()
    path = AppPaths(planner_home).default_plan
    with PlanFile.open(path, PASSPHRASE) as plan, plan.unit_of_work() as session:
        details = get_details(session)
        assert (details.name, details.country) == ("Kim family", "CA")
        (sam,) = children.list_children(session)
        assert (sam.nickname, sam.birth_year) == ("Sam", 2013)
        assert [u.catalog_app_id for u in apps.list_app_uses(session, sam.id)] == ["snapchat"]
        (talk,) = conversations.list_conversations(session)
        assert talk.child_ids == (sam.id,)
        assert talk.said == "We looked at Snapchat together."
        assert talk.child_wants == "To keep streaks with friends."
        assert talk.follow_up == "Check the friends list in a month"
        assert len(talk.topics) == 1


def test_ctrl_l_asks_to_lock_from_anywhere_in_the_window(qtbot, ui_context):
    from planner.ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    press(qtbot, K.Key_4, CTRL)
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        press(qtbot, K.Key_L, CTRL)
