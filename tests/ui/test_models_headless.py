"""The table models without a window (as Vorta tests its archive table): plain DTO rows in,
what a view would show out, and pytest-qt's model tester on each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from planner.core.catalog import Catalog
from planner.core.dto import ChildDTO, ReminderDTO
from planner.ui.models.catalog_apps import AppFilterProxy, CatalogAppModel
from planner.ui.models.reminders import reminder_state
from planner.ui.models.table import ROW_ROLE, Column, DtoTableModel, LazyTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
NOW = dt.datetime(2026, 12, 4, 15, 30)
KIDS = [ChildDTO(1, "Maya", 2013, ""), ChildDTO(2, "Leo", 2016, "likes <b>chess</b>")]
COLUMNS = [
    Column[ChildDTO]("Nickname", lambda c: c.nickname),
    Column[ChildDTO]("Born", lambda c: str(c.birth_year), tooltip=lambda c: c.notes),
]


def reminder(next_due: dt.datetime | None, active: bool = True) -> ReminderDTO:
    return ReminderDTO(
        id=1,
        title="Review friends",
        rrule="FREQ=WEEKLY",
        starts_at=NOW,
        next_due=next_due,
        snoozed_until=None,
        active=active,
        child_id=None,
        app_use_id=None,
        setting_agreement_id=None,
        contact_id=None,
        conversation_id=None,
        concern_id=None,
    )


def cells(model: DtoTableModel[ChildDTO]) -> list[list[str]]:
    return [
        [model.index(r, c).data(DISPLAY) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_table_model_reports_its_rows_headers_and_tooltips(qtmodeltester: ModelTester) -> None:
    model = DtoTableModel(COLUMNS)
    model.set_rows(KIDS)
    assert cells(model) == [["Maya", "2013"], ["Leo", "2016"]]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Nickname",
        "Born",
    ]
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "likes <b>chess</b>"
    assert model.index(0, 0).data(ROW_ROLE) is KIDS[0]
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Maya"
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_a_lazy_model_loads_page_by_page_and_stops_at_the_end(
    qtmodeltester: ModelTester,
) -> None:
    many = [ChildDTO(i, f"Kid {i}", 2015, "") for i in range(450)]
    pages: list[tuple[int, int]] = []

    def load(offset: int, limit: int) -> list[ChildDTO]:
        pages.append((offset, limit))
        return many[offset : offset + limit]

    model = LazyTableModel(COLUMNS, load, lambda: len(many))
    model.reload()
    assert (model.rowCount(), model.total, pages) == (200, 450, [(0, 200)])
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and pages[-1] == (400, 200)
    assert model.index(449, 0).data(DISPLAY) == "Kid 449"
    qtmodeltester.check(model)


def test_the_reminder_state_column_reads_the_cores_state() -> None:
    yesterday, later = NOW - dt.timedelta(days=1), NOW + dt.timedelta(hours=2)
    model = DtoTableModel([Column[ReminderDTO]("State", lambda r: reminder_state(r, NOW))])
    model.set_rows([reminder(yesterday), reminder(later), reminder(yesterday, active=False)])
    states = [model.index(r, 0).data(DISPLAY) for r in range(3)]
    assert states == ["Overdue", "Upcoming", "Turned off"]


def test_the_app_list_ticks_filters_and_keeps_added_apps_unticked(
    qtmodeltester: ModelTester, catalog: Catalog
) -> None:
    model = CatalogAppModel(catalog)
    first, second = list(catalog.apps)[:2]
    model.set_already([first])
    ticked, check = Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    assert model.setData(model.index(model.row_of(second)), ticked, check)
    assert not model.setData(model.index(model.row_of(first)), ticked, check)
    assert model.checked_ids() == [second]
    assert "already added" in model.index(model.row_of(first)).data(DISPLAY)
    qtmodeltester.check(model)

    proxy = AppFilterProxy()
    proxy.setSourceModel(model)
    name = catalog.apps[second].name
    proxy.set_text(name.upper())
    shown = [proxy.index(r, 0).data(DISPLAY).split("\n")[0] for r in range(proxy.rowCount())]
    assert shown and all(name.casefold() in title.casefold() for title in shown)
    qtmodeltester.check(proxy)
