"""Visible edges for check boxes, radio buttons and text fields on a dark palette.

Fusion (the style Qt uses where the desktop names none) draws these edges a shade darker than
the window. On a dark palette that is near-black on near-black: an empty check box cannot be
seen at all, so a person cannot tell whether "Include the conversation log" is ticked. On a
dark palette the edge is drawn again in the "edge" tone (planner.ui.style.TONES, checked
against dark windows and bases); light palettes and other styles are left as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from planner.ui import style

_EDGED = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox: "box",
    QStyle.PrimitiveElement.PE_IndicatorRadioButton: "round",
    QStyle.PrimitiveElement.PE_FrameLineEdit: "box",
}


class VisibleEdges(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        shape = _EDGED.get(element)
        if shape is None or not style.is_dark(option.palette):
            return
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.tone("edge", option.palette), 1))
        if shape == "round":
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def install(app: QApplication) -> None:
    """Wrap the application's style when it is Fusion; call once, before any window."""
    current = app.style()
    if current.name().casefold() == "fusion" and not isinstance(current, VisibleEdges):
        app.setStyle(VisibleEdges("Fusion"))
