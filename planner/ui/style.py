"""A focus outline that anyone can see, drawn in the colours of the system palette.

Many styles show keyboard focus faintly (a slightly different frame on a text box, a dotted
line on a button). The planner keeps the system's style and palette, dark and high-contrast
themes included, and adds one thing: a 2-pixel frame in the palette's Highlight colour just
outside whichever control has the keyboard focus. No colour is ever written down here.

Qt's own QFocusFrame places the frame (in the style's focus-frame margins, outside the
control, above its neighbours); only its painting is ours. A Python QProxyStyle would also
do, but it is called for every pixel metric of every paint and slows typing.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QFocusFrame, QWidget

OUTLINE = 2  # pixels: thick enough to see at a glance, thin enough to hide nothing


class OutlineFrame(QFocusFrame):
    """The frame round the focused control: a Highlight-coloured line, nothing inside."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), OUTLINE)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = OUTLINE // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))


class FocusOutline(QObject):
    """Keeps one outline round the control that has the keyboard focus, in any window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: OutlineFrame | None = None
        app.focusChanged.connect(self._follow)

    @property
    def widget(self) -> QWidget | None:
        """The control the outline is drawn round now (None: no control has the focus)."""
        frame = self._live_frame()
        return None if frame is None else frame.widget()

    def _live_frame(self) -> OutlineFrame | None:
        # The frame belongs to a window; closing that window deletes it with the window.
        frame = self._frame
        return frame if frame is not None and shiboken6.isValid(frame) else None

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = _control(new)
        frame = self._live_frame()
        if target is None:
            if frame is not None:
                frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes "no widget"
            return
        if frame is None:
            frame = self._frame = OutlineFrame(target.window())
        frame.setWidget(target)


def _control(widget: QWidget | None) -> QWidget | None:
    """What to outline: the whole combo box or spin box, not the text box inside it."""
    if widget is None or widget.isWindow():
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


def install(app: QApplication) -> FocusOutline:
    """Draw a visible focus outline from now on; call once, before any window."""
    return FocusOutline(app)
