"""Run one user action: one unit of work, errors shown as plain messages, changes announced.

Every change a person makes in the window goes through `Ops.run`, so each is one transaction
and every view hears about it the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.core.changes import UseCase, changes_of
from planner.core.errors import PlannerError
from planner.ui.announce import announcer
from planner.ui.context import AppContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class Ops:
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.context = context
        self.parent = parent
        self.last_message: QMessageBox | None = None
        # Where failures are said instead of a message box (see `inside`), innermost last.
        self._told_inside: list[Callable[[str], None]] = []
        self._failures = 0

    def inside(self, show: Callable[[str], None], action: Callable[[], object]) -> bool:
        """Run `action`, whose failures are said by `show` (in the editor the person is still
        in, with what they typed) instead of a message box. True when nothing failed."""
        self._told_inside.append(show)
        failures = self._failures
        try:
            action()
        finally:
            self._told_inside.pop()
        return self._failures == failures

    def read(self, action: Callable[[Session], T], default: T) -> T:
        """Read for display; on failure the view shows `default` and the person is told."""
        result = self._call(action)
        return default if result is _FAILED else result  # type: ignore[return-value]

    def read_sql(self, action: Callable[[Any], T], default: T) -> T:
        """Like `read`, over the plan's bare DB-API connection (planner.core.overview_read):
        what the first screen shows is read without waiting for the ORM to load."""
        plan = self.context.plan
        if plan is None or not plan.is_open:
            return default
        try:
            with plan.reading() as connection:
                return action(connection)
        except PlannerError as error:
            self._tell(error.message)
            return default

    def run(
        self,
        action: Callable[[Session], T],
        use_case: UseCase | Iterable[UseCase],
        done_message: str = "",
    ) -> T | None:
        """Do a change; None when it failed (the person has already been told why).

        `use_case` names the service function(s) `action` calls: the core says what they
        change (planner.core.changes), and every view showing that hears of it."""
        changed = changes_of(use_case)
        result = self._call(action)
        if result is _FAILED:
            return None
        self.context.events.changed.emit(changed)
        if done_message:
            self.context.events.announce.emit(done_message)
        return result  # type: ignore[return-value]

    def _call(self, action: Callable[[Session], T]) -> object:
        plan = self.context.plan
        if plan is None or not plan.is_open:
            return _FAILED
        try:
            with plan.unit_of_work() as session:
                return action(session)
        except PlannerError as error:
            self._tell(error.message)
            return _FAILED

    def _tell(self, message: str) -> None:
        """Show the message without blocking, and say it at once to screen readers."""
        self._failures += 1
        if self._told_inside:
            self._told_inside[-1](message)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Ops", "Planner"),
            message,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        announcer.say(box, message, urgent=True)
        self.last_message = box


_FAILED = object()
