"""Date and time fields written in the planner's one date style (planner.core.dates).

A field shows "4 Dec 2026" or "4 Dec 2026 18:00" and reads back what is typed in that same
order: a locale's numeric short format (12/4/26 2:14 AM) let typed digits land in the wrong
section (day for month, PM for AM).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

DATE_FORMAT = "d MMM yyyy"
DATETIME_FORMAT = "d MMM yyyy HH:mm"


def in_planner_style(edit: QDateTimeEdit) -> QDateTimeEdit:
    """`edit` with the planner's format: a day only for a QDateEdit, else day and time."""
    edit.setDisplayFormat(DATE_FORMAT if isinstance(edit, QDateEdit) else DATETIME_FORMAT)
    return edit
