"""One card per child on the overview, with risk badges that wrap like words in a sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.core.overview_read import AppSummary, ChildOverview, Risk
from planner.ui import words

# A card names this many due reminders and counts the rest.
SHOWN_REMINDERS = 3


def risk_text(risk: Risk) -> str:
    name = words.capability(risk.key)
    if risk.value == "limited":
        return QCoreApplication.translate("ChildCard", "%1 (limited)").replace("%1", name)
    return name


def badge_text_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) + 2 * AppList.PAD_X


class AppList(QWidget):
    """A child's apps in use, one row each: the name, then its risk badges wrapped to the width
    like words (or a note that none is known).

    One painted widget for the whole list rather than a label and a badge strip per app: a big
    plan shows hundreds of apps, and two widgets each made the overview slow to build and lay
    out. The frames take their colours from the palette (dark and high-contrast themes stay
    readable); a full feature has a solid frame, a limited one a dashed frame, and the words
    say which. Screen readers get the same rows as text (accessible description).
    """

    PAD_X, PAD_Y, GAP, ROW_GAP, NAME_CHARS = 6, 2, 4, 6, 24

    def __init__(
        self, apps: tuple[AppSummary, ...], no_risks_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.apps = apps
        self.no_risks_text = no_risks_text
        words_of: dict[Risk, str] = {}  # a few kinds of risk, repeated over many apps
        for app in apps:
            for risk in app.risks:
                if risk not in words_of:
                    words_of[risk] = risk_text(risk)
        self.badge_texts = [[words_of[risk] for risk in app.risks] for app in apps]
        # Layouts ask for the height at many widths: the words are measured once per font
        # (_measure), and only placed again for each width.
        self._sizes: _Sizes | None = None
        self._rows_at: dict[int, list[_Row]] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes = None
            self._rows_at = {}
        super().changeEvent(event)

    def _measure(self) -> _Sizes:
        """The names' column (as wide as the longest name, up to NAME_CHARS, then a name wraps),
        each name's height in it, each badge's width, in the current font."""
        if self._sizes is None:
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(app.name) for app in self.apps), default=0)
            column = min(widest, metrics.averageCharWidth() * self.NAME_CHARS) + 1
            box = QRect(0, 0, column, 1 << 16)
            wrap = Qt.TextFlag.TextWordWrap
            heights = [metrics.boundingRect(box, wrap, app.name).height() for app in self.apps]
            widths = [[badge_text_width(metrics, t) for t in texts] for texts in self.badge_texts]
            self._sizes = _Sizes(column, heights, metrics.height() + 2 * self.PAD_Y, widths)
        return self._sizes

    def _rows(self, width: int) -> list[_Row]:
        if width not in self._rows_at:
            if len(self._rows_at) > 8:
                self._rows_at = {}
            self._rows_at[width] = self._lay_out(width)
        return self._rows_at[width]

    def _lay_out(self, width: int) -> list[_Row]:
        sizes = self._measure()
        left = sizes.name_width + 2 * self.GAP
        rows, top = [], 0
        for name_height, widths in zip(sizes.name_heights, sizes.badge_widths, strict=True):
            # The name's first line sits level with the words inside the first badges.
            name = QRect(0, top + self.PAD_Y, sizes.name_width, name_height)
            if widths:
                height = sizes.badge_height
                badges = _wrap(widths, height, self.GAP, left, top, max(width, left + 1))
            else:
                badges = [self._note_rect(left, top, width)]
            row = _Row(name, badges)
            rows.append(row)
            top = row.bottom() + 1 + self.ROW_GAP
        return rows

    def _note_rect(self, left: int, top: int, width: int) -> QRect:
        box = QRect(left, top + self.PAD_Y, max(width - left, 1), 1 << 16)
        return self.fontMetrics().boundingRect(box, Qt.TextFlag.TextWordWrap, self.no_risks_text)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = self._rows(width)
        return rows[-1].bottom() + 1 if rows else 0

    def sizeHint(self) -> QSize:
        width = 1 << 14  # each app's badges on one line
        rows = self._rows(width)
        right = max((rect.right() for row in rows for rect in row.badges), default=0)
        return QSize(right + 1, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        sizes = self._measure()
        widest = max((w for widths in sizes.badge_widths for w in widths), default=0)
        width = sizes.name_width + 2 * self.GAP + widest
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rows = self._rows(self.width())
        for app, texts, row in zip(self.apps, self.badge_texts, rows, strict=True):
            if row.name.top() > event.rect().bottom() or row.bottom() < event.rect().top():
                continue  # outside what is being repainted
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(row.name, Qt.TextFlag.TextWordWrap, app.name)
            if texts:
                self._paint_badges(painter, app.risks, texts, row.badges)
            else:
                painter.drawText(row.badges[0], Qt.TextFlag.TextWordWrap, self.no_risks_text)

    def _paint_badges(
        self, painter: QPainter, risks: tuple[Risk, ...], texts: list[str], rects: list[QRect]
    ) -> None:
        palette = self.palette()
        for risk, text, rect in zip(risks, texts, rects, strict=True):
            full = risk.value == "yes"
            role = QPalette.ColorRole.Highlight if full else QPalette.ColorRole.Mid
            style = Qt.PenStyle.SolidLine if full else Qt.PenStyle.DashLine
            painter.setPen(QPen(palette.color(role), 2 if full else 1, style))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


@dataclass(frozen=True, slots=True)
class _Sizes:
    name_width: int
    name_heights: list[int]
    badge_height: int
    badge_widths: list[list[int]]


class _Row:
    """Where one app's name and its badges (or its note) go, in AppList coordinates."""

    __slots__ = ("badges", "name")

    def __init__(self, name: QRect, badges: list[QRect]) -> None:
        self.name = name
        self.badges = badges

    def bottom(self) -> int:
        return max(rect.bottom() for rect in [self.name, *self.badges])


def _wrap(widths: list[int], height: int, gap: int, left: int, top: int, width: int) -> list[QRect]:
    """Boxes of these widths placed like words from (left, top), wrapped at `width`."""
    x, y = left, top
    rects = []
    for box_width in widths:
        if x > left and x + box_width > width:
            x, y = left, y + height + gap
        rects.append(QRect(x, y, box_width, height))
        x += box_width + gap
    return rects


class ChildCard(QFrame):
    """What the plan holds for one child, and a way into their apps."""

    # The person asked to see this child's apps (the child's id).
    open_apps = Signal(int)

    def __init__(self, data: ChildOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"childCard-{data.child.id}")
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
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(QLabel(self.tr("Apps in use:"), box))
        if not self.data.apps:
            column.addWidget(QLabel(self.tr("none added yet"), box))
            return box
        self.app_list = AppList(self.data.apps, self.tr("no risky features known"), box)
        self.app_list.setAccessibleName(self.tr("Apps in use:"))
        self.app_list.setAccessibleDescription(
            "; ".join(self.app_text(app) for app in self.data.apps)
        )
        column.addWidget(self.app_list)
        return box

    def app_text(self, app: AppSummary) -> str:
        if not app.risks:
            return app.name
        risks = ", ".join(risk_text(risk) for risk in app.risks)
        return self.tr("%1: %2").replace("%2", risks).replace("%1", app.name)

    def summary(self) -> str:
        """The card in one paragraph, for screen readers."""
        facts = [f"{label} {text}" for _key, label, text in self._fact_rows()]
        apps = "; ".join(self.app_text(app) for app in self.data.apps) or self.tr("none")
        return " ".join([*facts, self.tr("Apps in use:"), apps])
