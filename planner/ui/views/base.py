"""What every section of the main window shares: loading, refreshing on change, forgetting."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.core.changes import NOTHING, Change
from planner.ui.context import AppContext
from planner.ui.ops import Ops


class SectionView(QWidget):
    """A section reloads when data it shows changed, at once if visible, else when shown.

    Subclasses set `watches` (the kinds of change, see planner.ui.events) and implement
    `reload()` (read through `self.ops.read`) and `clear()` (forget everything shown).
    """

    watches: Change = NOTHING

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = ops
        self._stale = True
        context.events.changed.connect(self._on_changed)
        context.events.locked.connect(self._on_locked)
        context.events.unlocked.connect(self._on_unlocked)

    def title(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def heading(self, text: str) -> QLabel:
        """The section's visible heading, larger and bold, read first by screen readers."""
        label = QLabel(text, self)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        label.setFont(font)
        label.setAccessibleName(text)
        return label

    def column_layout(self) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading(self.title()))
        return layout

    def _on_changed(self, kinds: Change) -> None:
        if not kinds & self.watches:
            return
        if self.isVisible():
            self.reload()
            self._stale = False
        else:
            self._stale = True

    def _on_locked(self) -> None:
        self.clear()
        self._stale = True

    def _on_unlocked(self) -> None:
        # Closing a plan always says `locked` first, which marks every view stale; a view
        # that is not stale was loaded from this plan as it was shown: no second load.
        if self._stale and self.isVisible():
            self.reload()
            self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.context.is_open:
            self.reload()
            self._stale = False
