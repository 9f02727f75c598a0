"""Plan text is shown as written: markup typed into any field is never drawn as HTML."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip, QWidget

from planner.core.catalog import load_catalog
from planner.core.plans import PlanFile
from planner.core.services import apps, children, contacts, conversations, reminders
from planner.core.services.contacts import ContactInput
from planner.core.services.plan import NewPlan, get_details, update_details
from planner.core.services.reminders import ReminderInput
from planner.paths import AppPaths
from planner.ui.controller import WindowController

MARKUP = '<h1 style="color:red">CALL 555-0100 NOW</h1><img src="/etc/x.png">'


def fill_every_field(path) -> None:  # type: ignore[no-untyped-def]
    catalog = load_catalog()
    with PlanFile.open(path) as plan, plan.unit_of_work() as s:
        details = get_details(s)
        update_details(s, NewPlan(MARKUP, details.country, details.language, details.mode), catalog)
        child = children.add_child(s, MARKUP, 2014, MARKUP)
        children.add_device(s, child.id, "phone", MARKUP, MARKUP)
        apps.add_app_use(s, catalog, child.id, custom_name=MARKUP, purpose=MARKUP)
        contacts.add_contact(s, ContactInput(kind="other", name=MARKUP, notes=MARKUP))
        reminders.add_reminder(
            s, ReminderInput(MARKUP, "FREQ=WEEKLY", dt.datetime(2026, 12, 1, 18, 0), child.id)
        )
        conversations.save_conversation(
            s, catalog, held_on=dt.date(2026, 11, 30), child_ids=[child.id], said=MARKUP
        )


def seen(label: QLabel) -> str:
    """What a person sees in the label: the text itself, or what its HTML draws."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_markup_in_every_field_is_shown_as_written(qtbot, demo_plan_path, planner_home):
    fill_every_field(demo_plan_path)
    controller = WindowController(AppPaths(planner_home), demo_plan_path)
    controller.start()
    window = controller.main_window
    assert window is not None
    shown_somewhere = 0
    for section_id in window.sections:
        window.show_section(section_id)
        QApplication.processEvents()
        for widget in QApplication.allWidgets():
            if isinstance(widget, QLabel) and "CALL 555-0100" in widget.text():
                assert MARKUP in seen(widget), (section_id, widget.text())
                shown_somewhere += 1
            if isinstance(widget, QWidget) and "CALL 555-0100" in widget.toolTip():
                QApplication.sendEvent(
                    widget, QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(1, 1), QPoint(1, 1))
                )
                shown = QTextDocument()
                shown.setHtml(QToolTip.text())
                assert MARKUP in shown.toPlainText(), (section_id, widget.toolTip())
    assert shown_somewhere > 3  # the nickname, plan name, reminder... were on screen
    box = QMessageBox(QMessageBox.Icon.Warning, "Planner", MARKUP, QMessageBox.StandardButton.Ok)
    box.open()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    controller.quick_exit()
