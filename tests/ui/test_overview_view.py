"""The overview as a parent sees it: each child at a glance, and what is overdue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from planner.core.services import apps, children
from planner.ui import words
from planner.ui.views.overview import OverviewView
from planner.ui.views.overview_cards import BadgeStrip, ChildCard

TODAY = dt.date.today()


def make_view(qtbot, ui_context, ops, size=(1024, 768)):
    view = OverviewView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def card_for(view, nickname: str) -> ChildCard:
    return next(c for c in view.cards if c.data.child.nickname == nickname)


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_both_demo_children_have_a_card_with_their_age(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert [card.name.text() for card in view.cards] == ["Maya, age 14", "Leo, age 10"]


def badges(card: ChildCard) -> list[str]:
    return [text for strip in card.findChildren(BadgeStrip) for text in strip.texts]


def test_apps_show_risk_badges_in_words(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    maya = card_for(view, "Maya")
    assert {"Instagram", "Snapchat", "TikTok", "Discord"} <= set(texts(maya))
    assert "Contact from strangers (limited)" in badges(maya)
    assert "Location sharing" in badges(maya)
    leo = card_for(view, "Leo")
    assert "Live streaming (limited)" in badges(leo)  # YouTube
    assert "Location sharing" not in badges(leo)
    described = [w.accessibleName() for w in leo.findChildren(QWidget)]
    assert "Roblox: Private messages (limited), Contact from strangers (limited)" in described


def test_the_last_conversation_reminders_and_concerns_are_shown(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    maya, leo = card_for(view, "Maya"), card_for(view, "Leo")
    assert maya.facts["conversation"].text() == words.date_text(TODAY - dt.timedelta(days=12))
    assert leo.facts["conversation"].text() == words.date_text(TODAY - dt.timedelta(days=3))
    assert maya.facts["reminders"].text() == "Review friends and followers with Maya"
    assert (maya.facts["concerns"].text(), leo.facts["concerns"].text()) == ("0", "1")
    assert maya.facts["settings"].text().endswith("to discuss")


def test_the_household_line_counts_what_is_overdue(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert view.due_label.text() == "Reminders due: 2"
    assert view.check_label.text() == "Settings not checked for over 90 days: 0"
    assert view.never_label.text().startswith("Settings never checked: ")
    assert view.never_label.text() != "Settings never checked: 0"  # the demo has unchecked ones
    assert view.concerns_label.text() == "Open concerns: 1"
    assert "Reminders due: 2" in view.household_frame.accessibleName()


def test_the_open_apps_button_asks_for_that_childs_apps(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    leo = card_for(view, "Leo")
    assert leo.open_button.text() == "&Open Leo's apps"
    with qtbot.waitSignal(view.open_child_apps) as blocker:
        qtbot.mouseClick(leo.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [leo.data.child.id]


def test_a_new_child_gets_a_card_when_the_plan_changes(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    ops.run(lambda s: children.add_child(s, "Ana", TODAY.year - 9), children.add_child)
    ana = card_for(view, "Ana")
    assert ana.facts["conversation"].text() == "none noted yet"
    assert "none added yet" in texts(ana)
    assert len(view.findChildren(ChildCard)) == 3  # the old cards are gone, not hidden


def test_locking_forgets_every_card_and_count(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    ui_context.events.locked.emit()
    assert view.cards == [] and view.findChildren(ChildCard) == []
    assert view.due_label.text() == "Reminders due: –"


def test_twelve_children_scroll_at_1024_by_768(qtbot, ui_context, ops):
    for number in range(10):
        ops.run(
            lambda s, n=number: children.add_child(s, f"Kid {n}", TODAY.year - 9),
            children.add_child,
        )
    view = make_view(qtbot, ui_context, ops)
    assert len(view.cards) == 12
    scroll = view.findChild(QScrollArea, "overviewCards")
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    assert not scroll.horizontalScrollBar().isVisible()
    buttons = [card.open_button for card in view.cards]
    assert all(a.nextInFocusChain() is b for a, b in zip(buttons, buttons[1:], strict=False))


def test_an_app_the_planner_does_not_know_is_shown_as_not_known(qtbot, ui_context, ops):
    leo_id = ops.read(lambda s: children.list_children(s)[1].id, 0)
    ops.run(
        lambda s: apps.add_app_use(s, ui_context.catalog, leo_id, custom_name="Starling Chat"),
        apps.add_app_use,
    )
    view = make_view(qtbot, ui_context, ops)
    leo = card_for(view, "Leo")
    assert "Not known yet: check what it allows" in texts(leo)
    assert "no risky features known" not in texts(leo)
    assert "Starling Chat: Not known yet: check what it allows" in leo.summary()


def test_an_open_concern_stands_out_in_words_and_colour(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    leo, maya = card_for(view, "Leo"), card_for(view, "Maya")
    assert leo.facts["concerns"].text() == "1" and leo.facts["concerns"].font().bold()
    assert not maya.facts["concerns"].font().bold()
    plain = maya.facts["concerns"].palette().color(maya.facts["concerns"].foregroundRole())
    marked = leo.facts["concerns"].palette().color(leo.facts["concerns"].foregroundRole())
    assert plain != marked


def test_safety_information_over_a_year_old_says_so_and_how_to_update(qtbot, ui_context, ops):
    from dataclasses import replace

    from planner.core.content_packs.store import content_in_use

    content = content_in_use(ui_context.paths.content_dir)
    ui_context.content = replace(content, checked=TODAY.replace(year=TODAY.year - 2))
    view = make_view(qtbot, ui_context, ops)
    assert view.content_note.isVisible()
    assert "more than a year ago" in view.content_note.text()
    assert "Update safety information from a file" in view.content_note.text()
    ui_context.content = content
    view.reload()
    assert not view.content_note.isVisible()
