"""The app picker as a person uses it: type to search, arrows, Space to tick, Enter to add."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from planner.ui.dialogs.app_picker import AppPicker, AppPickerWidget
from planner.ui.models.catalog_apps import APP_ID_ROLE, CatalogAppModel


def make_picker(qtbot, catalog, already=()):
    picker = AppPicker(catalog, "en", already)
    qtbot.addWidget(picker)
    picker.open()
    qtbot.waitExposed(picker)
    return picker


def shown_ids(picker) -> list[str]:
    proxy = picker.picker.proxy
    return [proxy.index(row, 0).data(APP_ID_ROLE) for row in range(proxy.rowCount())]


def test_typing_filters_the_list_by_name(qtbot, catalog):
    picker = make_picker(qtbot, catalog)
    assert len(shown_ids(picker)) == len(catalog.apps)
    qtbot.keyClicks(picker.picker.search, "snap")
    assert shown_ids(picker) == ["snapchat"]
    picker.picker.search.clear()
    qtbot.keyClicks(picker.picker.search, "zzz")
    assert shown_ids(picker) == []
    assert picker.picker.empty_note.isVisible()
    assert "add it by name" in picker.picker.empty_note.text()


def test_choosing_a_kind_of_app_keeps_only_that_kind(qtbot, catalog):
    picker = make_picker(qtbot, catalog)
    combo = picker.picker.category
    combo.setCurrentIndex(combo.findText("Messaging"))
    ids = shown_ids(picker)
    assert ids and all(catalog.apps[i].category == "messaging" for i in ids)
    assert "whatsapp" in ids and "roblox" not in ids


def test_each_row_shows_the_name_and_a_short_summary_and_closed_apps_say_so(qtbot, catalog):
    picker = make_picker(qtbot, catalog)
    model = picker.picker.model
    snapchat = model.data(model.index(model.row_of("snapchat"))).split("\n")
    assert snapchat[0] == "Snapchat"
    assert catalog.apps["snapchat"].summary.en.startswith(snapchat[1])
    assert snapchat[1].endswith(".") and len(snapchat[1]) < len(catalog.apps["snapchat"].summary.en)
    omegle = model.data(model.index(model.row_of("omegle")))
    assert omegle.startswith("Omegle (closed)")


def test_keyboard_only_search_arrow_space_enter(qtbot, catalog):
    picker = make_picker(qtbot, catalog)
    accepted = []
    picker.accepted.connect(lambda: accepted.append(True))
    assert not picker.add_button.isEnabled()
    qtbot.keyClicks(picker.picker.search, "mine")
    qtbot.keyClick(picker.picker.search, Qt.Key.Key_Down)
    assert picker.picker.list.hasFocus() or picker.focusWidget() is picker.picker.list
    qtbot.keyClick(picker.picker.list, Qt.Key.Key_Space)
    assert picker.chosen_ids() == ["minecraft"]
    assert picker.add_button.isEnabled()
    qtbot.keyClick(picker.picker.list, Qt.Key.Key_Return)
    assert accepted == [True]
    assert picker.chosen_ids() == ["minecraft"]
    assert picker.custom_name() is None


def test_enter_in_the_search_box_goes_to_the_matches_instead_of_closing(qtbot, catalog):
    picker = make_picker(qtbot, catalog)
    qtbot.keyClicks(picker.picker.search, "rob")
    qtbot.keyClick(picker.picker.search, Qt.Key.Key_Return)
    assert picker.isVisible()
    assert picker.picker.list.currentIndex().data(APP_ID_ROLE) == "roblox"


def test_several_apps_and_an_app_added_by_name(qtbot, catalog):
    picker = make_picker(qtbot, catalog)
    for name in ("roblox", "discord"):
        picker.picker.search.clear()
        qtbot.keyClicks(picker.picker.search, name)
        qtbot.keyClick(picker.picker.search, Qt.Key.Key_Down)
        qtbot.keyClick(picker.picker.list, Qt.Key.Key_Space)
    qtbot.keyClicks(picker.picker.custom, "  Tamagotchi Chat  ")
    assert picker.chosen_ids() == ["discord", "roblox"]  # catalog order
    assert picker.custom_name() == "Tamagotchi Chat"


def test_apps_the_child_already_has_are_shown_but_cannot_be_ticked(qtbot, catalog):
    picker = make_picker(qtbot, catalog, already=["tiktok"])
    model = picker.picker.model
    index = model.index(model.row_of("tiktok"))
    assert "already added" in index.data()
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert picker.chosen_ids() == []


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, catalog):
    picker = make_picker(qtbot, catalog)
    qtmodeltester.check(picker.picker.model)
    qtbot.keyClicks(picker.picker.search, "o")
    qtmodeltester.check(picker.picker.proxy)
    qtmodeltester.check(CatalogAppModel(catalog))


def test_clicking_an_apps_name_ticks_it_and_the_count_says_how_many(qtbot, catalog):  # type: ignore[no-untyped-def]
    picker = AppPickerWidget(catalog)
    qtbot.addWidget(picker)
    picker.resize(500, 600)
    picker.show()
    assert picker.chosen_count.text() == "0 apps chosen"
    index = picker.proxy.index(0, 0)
    rect = picker.list.visualRect(index)
    name_spot = rect.center() + QPoint(rect.width() // 4, 0)  # on the words, not the box
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=name_spot)
    assert len(picker.chosen_ids()) == 1
    assert picker.chosen_count.text() == "1 app chosen"
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=name_spot)
    assert picker.chosen_ids() == []
