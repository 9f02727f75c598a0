"""How the window shows a risk: a word, an icon and a colour together, never colour alone.

A feature an app has in full ("Location sharing") gets a warning triangle and the risk colour
in a solid frame; one it has only in part ("Contact from strangers (limited)") a circle and the
limited colour in a dashed frame. An app the planner does not know says so in words, with a
question mark: it is never shown as safe. An app added by name shows the features the family
recorded it has, and the question mark until they have checked them all. The legend on the
Overview says all of this.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from planner.ui import icons, style
from planner.ui.flow_layout import FlowLayout

PAD_X, PAD_Y, GAP = 6, 2, 4
ICON = 14

FULL_ICON, LIMITED_ICON, UNKNOWN_ICON = "triangle-alert", "circle-alert", "circle-help"


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files _t() under "" (i18n.py)


def badge_width(metrics: QFontMetrics, text: str) -> int:
    return ICON + PAD_X + metrics.horizontalAdvance(text) + 2 * PAD_X


def badge_height(metrics: QFontMetrics) -> int:
    return max(metrics.height(), ICON) + 2 * PAD_Y


def paint_badge(painter: QPainter, rect: QRect, full: bool, text: str, widget: QWidget) -> None:
    """One risk badge in `rect`: frame and icon in the risk's colour, the words in text colour."""
    palette = widget.palette()
    colour = style.tone("risk" if full else "limited", palette)
    pen = QPen(colour, 2 if full else 1, Qt.PenStyle.SolidLine if full else Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
    picture = icons.pixmap(FULL_ICON if full else LIMITED_ICON, ICON, widget, colour=colour)
    top = rect.y() + (rect.height() - ICON) // 2
    painter.drawPixmap(rect.x() + PAD_X, top, picture)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    words = rect.adjusted(PAD_X + ICON + PAD_X, 0, -PAD_X, 0)
    painter.drawText(words, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


def legend_text() -> str:
    return _t(
        "Full frame and triangle: the app has this feature. Dashed frame and circle: it has it "
        "in part (limited). Question mark: the planner does not know the app yet."
    )


class IconText(QWidget):
    """An icon in a tone's colour and words beside it (the words carry the meaning)."""

    def __init__(
        self, icon_name: str, tone: str, text: str, parent: QWidget | None = None, wrap: bool = True
    ) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        icons.follow_palette(
            self,
            lambda: self.icon.setPixmap(
                icons.pixmap(icon_name, ICON, self, colour=style.tone(tone))
            ),
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text, self)
        self.label.setWordWrap(wrap)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(style.XS)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()


def unknown_app_text() -> str:
    return _t("Not known yet: check what it allows")


class Legend(QWidget):
    """The three kinds of badge, each drawn as on the cards, with the words that explain them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskLegend")
        row = FlowLayout(self, style.S)
        for icon_name, tone, text in (
            (FULL_ICON, "risk", _t("Has this feature")),
            (LIMITED_ICON, "limited", _t("Has it in part (limited)")),
            (UNKNOWN_ICON, "unknown", _t("Not known yet")),
        ):
            row.addWidget(IconText(icon_name, tone, text, self, wrap=False))
        self.setToolTip(legend_text())
        self.setAccessibleName(_t("What the badges mean"))
        self.setAccessibleDescription(legend_text())
