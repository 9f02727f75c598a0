"""Contacts as a person uses them: read, add, copy, hide, delete."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.core.services import contacts
from planner.ui.views.contacts import ContactsView
from tests.ui.conftest import reopen
from tests.ui.test_translations import built_qm  # noqa: F401  (a fixture)


def make_view(qtbot, ui_context, ops):
    view = ContactsView(ui_context, ops)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def names(view) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def test_the_built_in_us_contacts_are_listed_emergency_first(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    assert view.model.index(0, 0).data() == "Emergency"
    phones = {view.model.index(r, 2).data() for r in range(view.model.rowCount())}
    assert {"911", "1-800-843-5678", "1-888-373-7888"} <= phones


def test_adding_a_contact_through_the_editor_saves_it(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    qtbot.mouseClick(view.add_button, qtbot_button())
    editor = view.editor
    assert editor is not None and editor.isVisible()
    editor.kind.setCurrentIndex(editor.kind.findData("caseworker"))
    qtbot.keyClicks(editor.name, "Ms. Okafor (caseworker)")
    qtbot.keyClicks(editor.phone, "555-0123")
    editor.accept()
    assert "Ms. Okafor (caseworker)" in names(view)
    with reopen(ui_context).unit_of_work() as session:
        saved = [c for c in contacts.list_contacts(session) if c.kind == "caseworker"]
    assert [(c.name, c.phone) for c in saved] == [("Ms. Okafor (caseworker)", "555-0123")]


def test_a_contact_the_plan_cannot_take_is_explained_inside_the_editor(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    before = names(view)
    qtbot.mouseClick(view.add_button, qtbot_button())
    editor = view.editor
    assert editor is not None
    qtbot.keyClicks(editor.phone, "555-0199")
    qtbot.keyClicks(editor.notes, "Met at the school fair")

    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), qtbot_button())

    # The editor stays, with what was typed, and says why above the fields: no box on top.
    assert editor.isVisible()
    assert editor.problem is not None and editor.problem.isVisible()
    assert "name" in editor.problem.text().casefold()
    assert editor.problem.accessibleName() == editor.problem.text()
    assert (editor.phone.text(), editor.notes.toPlainText()) == (
        "555-0199",
        "Met at the school fair",
    )
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert names(view) == before

    qtbot.keyClicks(editor.name, "Coach Rivera")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), qtbot_button())

    assert not editor.isVisible()
    assert "Coach Rivera" in names(view)


def test_copy_number_puts_it_on_the_clipboard(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)
    qtbot.mouseClick(view.copy_phone_button, qtbot_button())
    assert QGuiApplication.clipboard().text() == "911"


def test_hiding_a_built_in_contact_and_showing_it_again(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    rows = range(view.model.rowCount())
    hotline = next(r for r in rows if view.model.row_at(r).kind == "hotline")
    name = view.model.row_at(hotline).name
    view.select_row(hotline)
    qtbot.mouseClick(view.hide_button, qtbot_button())
    assert name not in names(view)
    view.show_hidden.setChecked(True)
    assert f"{name} (hidden)" in names(view)


def test_the_emergency_number_cannot_be_hidden(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    view.select_row(0)  # the emergency number comes first
    qtbot.mouseClick(view.hide_button, qtbot_button())
    assert "Emergency" in [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "cannot be hidden" in ops.last_message.text()
    ops.last_message.close()


def test_deleting_an_own_contact_asks_first_and_names_it(qtbot, ui_context, ops):
    view = make_view(qtbot, ui_context, ops)
    own = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).builtin_id is None)
    name = view.model.row_at(own).name
    view.select_row(own)
    assert view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, qtbot_button())
    assert name in view.confirmation.text()
    view.confirmation.done(QMessageBox.StandardButton.Yes.value)
    assert name not in names(view)


def test_the_model_passes_the_model_tester(qtmodeltester, ui_context, ops, qtbot):
    view = make_view(qtbot, ui_context, ops)
    qtmodeltester.check(view.model)


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_built_in_contacts_are_shown_in_the_plans_language(qtbot, ui_context, ops, built_qm):  # noqa: F811
    from planner.ui import i18n

    assert i18n.install("es")
    try:
        ui_context.language = "es"
        view = make_view(qtbot, ui_context, ops)
        assert view.model.index(0, 1).data() == "Emergencias (policía, ambulancia, bomberos)"
        hours = {view.model.index(r, 5).data() for r in range(view.model.rowCount())}
        assert "Las 24 horas del día, los 7 días de la semana" in hours
        assert "24 hours a day, 7 days a week" not in hours
        trafficking = next(
            r
            for r in range(view.model.rowCount())
            if view.model.index(r, 2).data() == "1-888-373-7888"
        )
        view.select_row(trafficking)
        view.edit_selected()
        assert view.editor is not None
        assert view.editor.name.text() == "Línea Nacional Contra la Trata de Personas"
        assert view.editor.languages.text() == "English, Español"
        view.editor.reject()
    finally:
        i18n.install("en")
