"""Overview: the household's overdue items, then one card per child."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.core.overview_read import CHECK_AFTER_DAYS, PlanOverview, read_overview
from planner.ui import events, style, words
from planner.ui.context import AppContext
from planner.ui.empty_state import EmptyState
from planner.ui.flow_layout import FlowLayout
from planner.ui.ops import Ops
from planner.ui.views.base import SectionView
from planner.ui.views.overview_cards import ChildCard
from planner.ui.views.risk_badges import Legend


class OverviewView(SectionView):
    watches = (events.CHILDREN | events.APPS | events.SETTINGS | events.CONVERSATIONS) | (
        events.CONCERNS | events.REMINDERS | events.PLAN
    )
    # The person asked to see one child's apps (the child's id); the main window switches.
    open_child_apps = Signal(int)
    # The plan has no children yet and the person asked to add the first.
    add_child_requested = Signal()

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.cards: list[ChildCard] = []
        layout = self.column_layout()
        layout.addWidget(self._household_line())
        self.content_note = QLabel(self)
        self.content_note.setObjectName("contentNote")
        self.content_note.setWordWrap(True)
        self.content_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.content_note)
        layout.addWidget(Legend(self))
        self.empty = EmptyState(
            "users",
            self.tr("No children in this plan yet. Add the first to see their apps and settings."),
            self.tr("Add a child…"),
            self,
        )
        self.empty.activated.connect(self.add_child_requested)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.cards_area = QScrollArea(self)
        self.cards_area.setObjectName("overviewCards")
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.holder = QWidget(self.cards_area)
        self.card_layout = QVBoxLayout(self.holder)
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.card_layout.addStretch(1)
        self.cards_area.setWidget(self.holder)
        layout.addWidget(self.cards_area, 1)

    def title(self) -> str:
        return self.tr("Overview")

    def _household_line(self) -> QFrame:
        frame = self.household_frame = QFrame(self)
        frame.setObjectName("householdLine")
        style.make_card(frame)
        row = FlowLayout(frame, style.S)
        row.setContentsMargins(style.S, style.XS, style.S, style.XS)
        self.household_title = QLabel(self.tr("For the household:"), frame)
        font = self.household_title.font()
        font.setBold(True)
        self.household_title.setFont(font)
        row.addWidget(self.household_title)
        self.due_label = QLabel(frame)
        self.check_label = QLabel(frame)
        self.never_label = QLabel(frame)
        self.concerns_label = QLabel(frame)
        for label in self._household_labels():
            row.addWidget(label)
        self._show_household(None)
        return frame

    # -- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        catalog = self.context.catalog
        now = dt.datetime.now()
        overview = self.ops.read_sql(lambda c: read_overview(c, catalog, now), None)
        self._show_content_age(now.date())
        self._show_household(overview)
        self._show_cards(overview)

    def _show_content_age(self, today: dt.date) -> None:
        """Apps change their settings often: safety information over a year old says so, and
        how to bring it up to date without going online."""
        content = self.context.content
        stale = content is not None and content.is_stale(today)
        self.content_note.setVisible(stale)
        if content is not None and stale:
            self.content_note.setText(
                self.tr(
                    "The safety information in this planner was checked on %1, more than a year "
                    "ago: apps may have changed their settings since. To update it from a file "
                    "(a USB stick), use Help, Update safety information from a file."
                ).replace("%1", words.date_text(content.checked, long=True))
            )

    def clear(self) -> None:
        self._show_household(None)
        self._show_cards(None)

    def _show_household(self, overview: PlanOverview | None) -> None:
        def count(value: int | None) -> str:
            return "–" if value is None else str(value)

        due = None if overview is None else overview.due_reminders
        check = None if overview is None else overview.settings_to_check
        concerns = None if overview is None else overview.open_concerns
        never = None if overview is None else overview.settings_never_checked
        self.due_label.setText(self.tr("Reminders due: %1").replace("%1", count(due)))
        self.never_label.setText(self.tr("Settings never checked: %1").replace("%1", count(never)))
        self.check_label.setText(
            self.tr("Settings not checked for over %1 days: %2")
            .replace("%2", count(check))
            .replace("%1", str(CHECK_AFTER_DAYS))
        )
        self.concerns_label.setText(self.tr("Open concerns: %1").replace("%1", count(concerns)))
        # An open concern is the one thing here that may need acting on today: it stands out.
        style.set_tone(self.concerns_label, "concern" if concerns else None)
        self.household_frame.setAccessibleName(self.household_text())

    def _household_labels(self) -> tuple[QLabel, ...]:
        return (self.due_label, self.check_label, self.never_label, self.concerns_label)

    def household_text(self) -> str:
        parts = [label.text() for label in self._household_labels()]
        return " ".join([self.household_title.text(), "; ".join(parts)])

    def _show_cards(self, overview: PlanOverview | None) -> None:
        for card in self.cards:
            # Out of the tree now (not at the next event loop turn): nothing stale stays findable.
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        if overview is None:
            self.empty.hide()
            return
        self.empty.setVisible(not overview.children)
        for data in overview.children:
            card = ChildCard(data, self.holder)
            card.open_apps.connect(self.open_child_apps)
            self.card_layout.insertWidget(self.card_layout.count() - 1, card)
            self.cards.append(card)
        self._chain_tab_order()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.cards:
            # The cards' wrapped lines answer a height for a width only roughly, and their
            # scroll area, trusting that, cut the bottom of their words at a large font: their
            # column is given at least the height they need at its width.
            self.holder.setMinimumHeight(self._cards_height(self.holder.width()))
        return super().event(event)

    def _cards_height(self, width: int) -> int:
        needed = sum(
            card.heightForWidth(width) if card.hasHeightForWidth() else card.sizeHint().height()
            for card in self.cards
        )
        return max(needed, self.card_layout.totalMinimumSize().height())

    def _chain_tab_order(self) -> None:
        """Cards added later would otherwise be reached out of reading order."""
        buttons = [card.open_button for card in self.cards]
        for first, second in zip(buttons, buttons[1:], strict=False):
            QWidget.setTabOrder(first, second)
