"""The sections of the main window, in the order the navigation lists them.

A section's module is imported, and its view built, when the section is first shown: the
navigation needs only each section's title, which is kept here in the view's own translation
context (a test checks that it is the title the view shows).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner.ui.views.base import SectionView


@dataclass(frozen=True)
class SectionEntry:
    section_id: str
    module: str  # under planner.ui.views
    class_name: str
    title_text: str  # the English title, as the view's title() writes it

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_text)

    def view_class(self) -> type[SectionView]:
        found: object = getattr(
            importlib.import_module(f"planner.ui.views.{self.module}"), self.class_name
        )
        assert isinstance(found, type) and issubclass(found, SectionView)
        return found


SECTIONS = (
    SectionEntry("overview", "overview", "OverviewView", "Overview"),
    SectionEntry("children", "children", "ChildrenView", "Children"),
    SectionEntry("apps", "apps", "AppsView", "Apps & settings"),
    SectionEntry("conversations", "conversations", "ConversationsView", "Conversations"),
    SectionEntry("concerns", "concerns", "ConcernsView", "Concerns"),
    SectionEntry("contacts", "contacts", "ContactsView", "Contacts"),
    SectionEntry("reminders", "reminders", "RemindersView", "Reminders"),
    SectionEntry("guidance", "guidance", "GuidanceView", "Guidance"),
    SectionEntry("export", "export", "ExportView", "Export and print"),
)
