"""User text is plain text, everywhere Qt could read it as rich text.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text *looks* like HTML is drawn as HTML
("auto text"). A child's nickname of `<h1 style="color:red">CALL 555-0100 NOW</h1>` would then
show as a huge red heading, and `<img src="/etc/x.png">` would load a file from disk. Rather
than trust every place that shows plan text to remember this, one application-wide guard makes
the guess impossible: every label and message box is plain text unless it was deliberately set
to rich text (built-in words only), and a tooltip that looks like HTML is shown escaped.

Only Qt is imported here: the guard is installed before any plan is open.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QToolTip, QWidget


def escaped_html(text: str) -> str:
    """`text` as rich text that shows exactly those characters, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def tooltip_text(text: str) -> str:
    """What a tooltip should be given so that it shows `text` as written."""
    return escaped_html(text) if GuiQt.mightBeRichText(text) else text


def make_plain(widget: QObject) -> None:
    """A label or message box left on "auto" becomes plain text."""
    if isinstance(widget, QLabel | QMessageBox) and widget.textFormat() == Qt.TextFormat.AutoText:
        widget.setTextFormat(Qt.TextFormat.PlainText)


# The events `guard` looks at; everything else passes untouched.
GUARDED_EVENTS = (QEvent.Type.Polish, QEvent.Type.ToolTip)


def guard(watched: QObject, event: QEvent) -> bool:
    """Called by the application's one event filter (planner.ui.lock.QuickExitKeys) for the
    GUARDED_EVENTS: labels and message boxes turn plain as they are first laid out (Polish
    comes once per widget, before it is shown); tooltips that look like HTML are escaped.
    True when the event was handled here."""
    if event.type() == QEvent.Type.Polish:
        make_plain(watched)
        return False
    return isinstance(event, QHelpEvent) and _show_tooltip(watched, event)


def _show_tooltip(watched: QObject, event: QHelpEvent) -> bool:
    """Show the tooltip escaped when it looks like HTML; True when it was shown here."""
    if not isinstance(watched, QWidget):
        return False
    text = _tooltip_of(watched, event)
    if not text or not GuiQt.mightBeRichText(text):
        return False  # Qt shows it as it is
    QToolTip.showText(event.globalPos(), escaped_html(text), watched)
    return True


def _tooltip_of(widget: QWidget, event: QHelpEvent) -> str:
    view = widget.parentWidget()
    if isinstance(view, QAbstractItemView) and widget is view.viewport():
        index = view.indexAt(event.pos())
        value = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        return value if isinstance(value, str) else ""
    return widget.toolTip()
