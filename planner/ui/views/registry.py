"""The sections of the main window, in the order the navigation lists them."""

from __future__ import annotations

from planner.ui.views.base import SectionView


def section_classes() -> list[tuple[str, type[SectionView]]]:
    from planner.ui.views.apps import AppsView
    from planner.ui.views.children import ChildrenView
    from planner.ui.views.concerns import ConcernsView
    from planner.ui.views.contacts import ContactsView
    from planner.ui.views.conversations import ConversationsView
    from planner.ui.views.export import ExportView
    from planner.ui.views.guidance import GuidanceView
    from planner.ui.views.overview import OverviewView
    from planner.ui.views.reminders import RemindersView

    return [
        ("overview", OverviewView),
        ("children", ChildrenView),
        ("apps", AppsView),
        ("conversations", ConversationsView),
        ("concerns", ConcernsView),
        ("contacts", ContactsView),
        ("reminders", RemindersView),
        ("guidance", GuidanceView),
        ("export", ExportView),
    ]
