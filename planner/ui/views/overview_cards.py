"""One card per child on the overview, with risk badges that wrap like words in a sentence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.core.overview_read import AppSummary, ChildOverview, Risk
from planner.ui import style, words
from planner.ui.views import risk_badges

# A card names this many due reminders and counts the rest.
SHOWN_REMINDERS = 3


def risk_text(risk: Risk) -> str:
    name = words.capability(risk.key)
    if risk.value == "limited":
        return QCoreApplication.translate("ChildCard", "%1 (limited)").replace("%1", name)
    return name


class BadgeStrip(QWidget):
    """An app's risk badges, wrapped to the width like words.

    Painted rather than built from one label each: a big plan shows hundreds of apps. Each
    badge is words, an icon and a colour (see risk_badges); the legend explains them.
    """

    GAP = risk_badges.GAP

    def __init__(self, risks: tuple[Risk, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risks = risks
        self.texts = [risk_text(risk) for risk in risks]
        # Layouts ask for the height at many widths: measure the words once per font.
        self._sizes: tuple[int, list[int]] | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setToolTip(risk_badges.legend_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes = None
        super().changeEvent(event)

    def _badge_sizes(self) -> tuple[int, list[int]]:
        """The badges' height and each badge's width, in the current font."""
        if self._sizes is None:
            metrics = self.fontMetrics()
            widths = [risk_badges.badge_width(metrics, text) for text in self.texts]
            self._sizes = (risk_badges.badge_height(metrics), widths)
        return self._sizes

    def _rects(self, width: int) -> list[QRect]:
        height, widths = self._badge_sizes()
        x = y = 0
        rects = []
        for badge_width in widths:
            if x > 0 and x + badge_width > width:
                x, y = 0, y + height + self.GAP
            rects.append(QRect(x, y, badge_width, height))
            x += badge_width + self.GAP
        return rects

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self._rects(width)
        return rects[-1].bottom() + 1 if rects else 0

    def sizeHint(self) -> QSize:
        rects = self._rects(1 << 20)  # all on one line
        return QSize(rects[-1].right() + 1, rects[-1].height()) if rects else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        rects = self._rects(0)  # one badge a line
        widest = max((rect.width() for rect in rects), default=0)
        return QSize(widest, rects[0].height() if rects else 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for risk, text, rect in zip(self.risks, self.texts, self._rects(self.width()), strict=True):
            risk_badges.paint_badge(painter, rect, risk.value == "yes", text, self)


class ChildCard(QFrame):
    """What the plan holds for one child, and a way into their apps."""

    # The person asked to see this child's apps (the child's id).
    open_apps = Signal(int)

    def __init__(self, data: ChildOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setObjectName(f"childCard-{data.child.id}")
        style.make_card(self)
        child = data.child
        self.name = QLabel(self._name_text(), self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.name.setFont(font)
        self.open_button = QPushButton(
            self.tr("&Open %1's apps").replace("%1", child.nickname), self
        )
        self.open_button.setObjectName("openChildApps")  # one per card: Alt+O goes round them
        self.open_button.clicked.connect(lambda: self.open_apps.emit(child.id))
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.M, style.S, style.M, style.M)
        layout.setSpacing(style.XS)
        layout.addLayout(top)
        layout.addLayout(self._facts())
        layout.addWidget(self._apps())
        summary = self.summary()
        self.setAccessibleName(self._name_text())
        self.setAccessibleDescription(summary)
        # The button is what the keyboard reaches: it carries the card's words too.
        self.open_button.setAccessibleDescription(summary)

    def _name_text(self) -> str:
        child = self.data.child
        age = child.age_in(dt.date.today().year)
        # %2 first: a nickname that happens to hold "%2" must stay as typed.
        return self.tr("%1, age %2").replace("%2", str(age)).replace("%1", child.nickname)

    def _facts(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts: dict[str, QLabel] = {}
        for key, label, text in self._fact_rows():
            value = QLabel(text, self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.facts[key] = value
        style.set_tone(self.facts["concerns"], "concern" if self.data.open_concerns else None)
        return form

    def _fact_rows(self) -> list[tuple[str, str, str]]:
        data = self.data
        counts = data.settings
        due = [r.title for r in data.due_reminders[:SHOWN_REMINDERS]]
        more = len(data.due_reminders) - len(due)
        if more > 0:
            due.append(self.tr("and %1 more").replace("%1", str(more)))
        return [
            (
                "settings",
                self.tr("Settings:"),
                self.tr("%1 agreed, %2 in place, %3 to discuss")
                .replace("%1", str(counts.agreed))
                .replace("%2", str(counts.in_place))
                .replace("%3", str(counts.to_discuss)),
            ),
            (
                "conversation",
                self.tr("Last conversation:"),
                words.date_text(data.last_conversation)
                if data.last_conversation
                else self.tr("none noted yet"),
            ),
            (
                "reminders",
                self.tr("Reminders due:"),
                "\n".join(due) if due else self.tr("none"),
            ),
            ("concerns", self.tr("Open concerns:"), str(data.open_concerns)),
        ]

    def _apps(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setColumnStretch(1, 1)
        heading = QLabel(self.tr("Apps in use:"), box)
        grid.addWidget(heading, 0, 0, 1, 2)
        if not self.data.apps:
            grid.addWidget(QLabel(self.tr("none added yet"), box), 1, 0, 1, 2)
        for row, app in enumerate(self.data.apps, start=1):
            name = QLabel(app.name, box)
            # A long app name wraps rather than pushing every badge to the right.
            name.setWordWrap(True)
            name.setMaximumWidth(name.fontMetrics().averageCharWidth() * 24)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._badges(app, box), row, 1)
        return box

    def _badges(self, app: AppSummary, parent: QWidget) -> QWidget:
        if app.known and not app.risks:
            return QLabel(self.tr("no risky features known"), parent)
        if app.known or not app.risks:
            return self._strip(app, parent) if app.risks else self._not_known(parent)
        # The family's own app, partly checked: what they recorded, and that the rest is not
        # known yet (never shown as safe).
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(style.XS)
        column.addWidget(self._strip(app, box))
        column.addWidget(self._not_known(box))
        return box

    def _strip(self, app: AppSummary, parent: QWidget) -> BadgeStrip:
        strip = BadgeStrip(app.risks, parent)
        strip.setAccessibleName(self.app_text(app))
        return strip

    @staticmethod
    def _not_known(parent: QWidget) -> QWidget:
        unknown = risk_badges.unknown_app_text()
        return risk_badges.IconText(risk_badges.UNKNOWN_ICON, "unknown", unknown, parent)

    def app_text(self, app: AppSummary) -> str:
        said = [risk_text(risk) for risk in app.risks]
        if not app.known:
            said.append(risk_badges.unknown_app_text())
        if not said:
            return app.name
        return self.tr("%1: %2").replace("%2", ", ".join(said)).replace("%1", app.name)

    def summary(self) -> str:
        """The card in one paragraph, for screen readers."""
        facts = [f"{label} {text}" for _key, label, text in self._fact_rows()]
        apps = "; ".join(self.app_text(app) for app in self.data.apps) or self.tr("none")
        return " ".join([*facts, self.tr("Apps in use:"), apps])
