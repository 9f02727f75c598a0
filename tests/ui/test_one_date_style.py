"""One date style everywhere: the window's sections, its date fields and the exports write a
day the same way, in a short and a long form (planner.core.dates)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from planner.core import dates
from planner.core.export.html import _environment
from planner.ui import words
from planner.ui.date_fields import in_planner_style

DAYS = [dt.date(2026, 12, 4), dt.date(2027, 1, 31), dt.date(2026, 5, 9)]
MOMENT = dt.datetime(2026, 12, 4, 18, 5)


def test_the_window_writes_days_as_the_core_does() -> None:
    for day in DAYS:
        assert words.date_text(day) == dates.short_date(day, "en")
        assert words.date_text(day, long=True) == dates.long_date(day, "en")
    assert words.datetime_text(MOMENT) == "4 Dec 2026, 18:05"


def test_the_short_and_long_forms_name_the_month_in_the_plans_language() -> None:
    assert dates.short_date(DAYS[0], "en") == "4 Dec 2026"
    assert dates.long_date(DAYS[0], "en") == "4 December 2026"
    assert dates.short_date(DAYS[0], "es") == "4 dic 2026"
    assert dates.long_date(DAYS[0], "es") == "4 de diciembre de 2026"
    assert dates.long_moment(MOMENT, "es") == "4 de diciembre de 2026, 18:05"


def test_export_templates_write_days_in_the_same_forms() -> None:
    template = _environment().from_string(
        "{{ day | day }}|{{ day | day_short }}|{{ moment | when }}"
    )
    for lang in ("en", "es"):
        rendered = template.render(day=DAYS[0], moment=MOMENT, lang=lang)
        assert rendered.split("|") == [
            dates.long_date(DAYS[0], lang),
            dates.short_date(DAYS[0], lang),
            dates.long_moment(MOMENT, lang),
        ]


def test_date_fields_show_the_day_as_the_lists_do(qtbot) -> None:  # type: ignore[no-untyped-def]
    day_field = in_planner_style(QDateEdit())
    time_field = in_planner_style(QDateTimeEdit())
    qtbot.addWidget(day_field)
    qtbot.addWidget(time_field)
    assert day_field.displayFormat() == "d MMM yyyy"
    assert time_field.displayFormat() == "d MMM yyyy HH:mm"
