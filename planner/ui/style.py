"""The window's look (docs/design-system.md): a focus outline anyone can see, the spacing
and type scales, the few tones checked against light and dark palettes, cards, and the
printed page's paper in the Export preview.

The focus outline, drawn in the colours of the system palette:

Many styles show keyboard focus faintly (a slightly different frame on a text box, a dotted
line on a button). The planner keeps the system's style and palette, dark and high-contrast
themes included, and adds a 2-pixel frame in the palette's Highlight colour just outside
whichever control has the keyboard focus.

Qt's own QFocusFrame places the frame (in the style's focus-frame margins, outside the
control, above its neighbours); only its painting is ours. A Python QProxyStyle would also
do, but it is called for every pixel metric of every paint and slows typing.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QFrame,
    QLabel,
    QWidget,
)

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


# -- the design system (docs/design-system.md) --------------------------------------------------

# Spacing: one scale for every margin and gap.
XS, S, M, L = 6, 12, 18, 24

# Type scale, as factors of the system font: the person's text size choice scales them all.
TITLE, HEADING, BODY, CAPTION = 1.4, 1.15, 1.0, 0.9


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# The few colours that are not palette roles: each pair was checked against the light and the
# dark window and base colours for a contrast of at least 4.5:1 (WCAG AA for text).
TONES: dict[str, tuple[str, str]] = {
    # tone: (on a light palette, on a dark palette)
    "risk": ("#a4262c", "#ff9b94"),
    "limited": ("#8a4b00", "#ffc66d"),
    "unknown": ("#5b3fa6", "#c5b3ff"),
    "safe": ("#1f6e2c", "#8fd19e"),
    "concern": ("#a4262c", "#ff9b94"),
    # The edge of a check box or text field (planner/ui/edges.py), drawn on dark palettes only.
    "edge": ("#6b6b6b", "#a0a0a0"),
}


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """A meaning's colour (risk, limited, unknown, safe, concern) for this palette."""
    light, dark = TONES[name]
    chosen = palette if palette is not None else QApplication.palette()
    return QColor(dark if is_dark(chosen) else light)


# Cards and the navigation: only spacing, frames and palette roles, never a fixed colour.
CARD_SHEET = """
QFrame[card="true"] {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QFrame[card="true"] QLabel { background: transparent; }
"""

NAVIGATION_SHEET = """
QListWidget#navigation {
    border: none;
    background: palette(window);
    padding: 6px;
}
QListWidget#navigation::item {
    padding: 6px 12px;
    border-radius: 6px;
    color: palette(window-text);
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
"""


def make_card(frame: QFrame) -> None:
    """A card: the base colour, a thin rounded frame, the spacing scale inside."""
    frame.setProperty("card", True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    frame.setStyleSheet(CARD_SHEET)


def set_tone(label: QLabel, tone_name: str | None) -> None:
    """Words in a meaning's colour and bold (the words still say it all), or back to plain.
    The colour follows a switch between light and dark (each tone has one for both)."""
    if not label.property("followsTone"):
        from planner.ui import icons

        label.setProperty("followsTone", True)
        icons.follow_palette(label, lambda: _paint_tone(label))
    label.setProperty("tone", tone_name or "")
    _paint_tone(label)


def _paint_tone(label: QLabel) -> None:
    tone_name = str(label.property("tone") or "") or None
    palette = QApplication.palette()
    font = label.font()
    font.setBold(tone_name is not None)
    label.setFont(font)
    own = QPalette(label.palette())
    colour = tone(tone_name, palette) if tone_name else palette.color(QPalette.ColorRole.WindowText)
    own.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(own)


# The printed page's own colours: the preview shows the paper as it will come out of the
# printer, whatever the window's theme (a dark theme's base under print's dark text was black
# on near-black). Black on white is the one pair every export style sheet is written for.
PAPER, INK = "#ffffff", "#000000"


def show_as_paper(widget: QWidget) -> None:
    """Give a preview of a printed page the paper's white and the ink's black."""
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor(PAPER))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(INK))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(INK))
    widget.setPalette(palette)
