"""Concerns: what happened, who it was, the warning signs and what was done. Text only."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from planner.core.dto import AppUseDTO, ConcernDTO
from planner.core.services import apps, concerns
from planner.core.services.apps import app_display_name
from planner.core.services.plan import get_details
from planner.ui import events, words
from planner.ui.context import AppContext
from planner.ui.dialogs.concern_editor import ConcernEditor
from planner.ui.dialogs.confirm import confirm
from planner.ui.models.table import Column
from planner.ui.ops import Ops
from planner.ui.views.log_view import LogView, section


class ConcernsView(LogView[ConcernDTO, ConcernEditor]):
    watches = events.CONCERNS | events.CHILDREN | events.APPS | events.PLAN

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self.app_uses: list[AppUseDTO] = []
        self._app_names: dict[int, str] = {}
        self._sign_titles = {
            sign.id: words.localized(sign.title, context.language)
            for sign in context.catalog.guidance.signs
        }
        self.table.setObjectName("concernsTable")
        self.set_column_widths([110, 110, 140, 200])

    def title(self) -> str:
        return self.tr("Concerns")

    def intro_text(self) -> str:
        return self.tr(
            "Write down what worried you, in words. Never keep pictures or videos of it here "
            "or anywhere: note the username, the address, the date and what was said."
        )

    def add_text(self) -> str:
        return self.tr("&Write down a concern…")

    def noun(self, count: int) -> str:
        if count == 1:
            return self.tr("1 concern")
        return self.tr("%1 concerns").replace("%1", QLocale().toString(count))

    def nothing_yet(self) -> str:
        return self.tr(
            "No concerns written down. If something online worries you, choose “Write down a "
            "concern”: it also lists what to do now."
        )

    def columns(self) -> list[Column[ConcernDTO]]:
        return [
            Column(self.tr("Date"), lambda c: words.date_text(c.occurred_on)),
            Column(self.tr("Child"), lambda c: self.names((c.child_id,))),
            Column(self.tr("App"), self._app),
            Column(self.tr("Their username"), lambda c: c.other_username),
            Column(self.tr("Status"), lambda c: words.concern_status(c.status)),
        ]

    def _app(self, concern: ConcernDTO) -> str:
        if concern.app_use_id is not None:
            return self._app_names.get(concern.app_use_id, "")
        return concern.app_name

    # -- data ---------------------------------------------------------------------------

    def read_extra(self, session: Session) -> None:
        self.app_uses = apps.list_app_uses(session)
        catalog, lang = self.context.catalog, self.context.language
        self._app_names = {use.id: app_display_name(catalog, use, lang) for use in self.app_uses}

    def forget_extra(self) -> None:
        self.app_uses = []
        self._app_names = {}

    def load(
        self, session: Session, child_id: int | None, query: str, offset: int, limit: int
    ) -> list[ConcernDTO]:
        return concerns.list_concerns(
            session, child_id=child_id, query=query, offset=offset, limit=limit
        )

    def count(self, session: Session, child_id: int | None, query: str) -> int:
        return concerns.count_concerns(session, child_id, query)

    def details_html(self, entry: ConcernDTO) -> str:
        who = " ".join(p for p in (entry.other_username, entry.other_profile) if p)
        return "".join(
            (
                section(self.tr("When and where"), self._when_and_where(entry)),
                section(self.tr("The other person"), who),
                section(self.tr("What happened"), entry.what_happened),
                section(
                    self.tr("Warning signs"),
                    "\n".join(self._sign_titles.get(s, s) for s in entry.warning_signs),
                ),
                section(self.tr("What was done"), "\n".join(self._actions(entry))),
                section(self.tr("Follow-up"), words.date_text(entry.follow_up_on))
                if entry.follow_up_on
                else "",
            )
        )

    def _when_and_where(self, entry: ConcernDTO) -> str:
        when = words.date_text(entry.occurred_on, long=True)
        child = self.names((entry.child_id,))
        app = self._app(entry)
        place = self.tr("%1, %2, on %3.").replace("%3", app) if app else self.tr("%1, %2.")
        status = self.tr("Status: %1.").replace("%1", words.concern_status(entry.status))
        return place.replace("%1", when).replace("%2", child) + "\n" + status

    def _actions(self, entry: ConcernDTO) -> list[str]:
        done = []
        if entry.blocked:
            done.append(self.tr("Blocked them."))
        if entry.reported_to_platform:
            number = entry.platform_report_number
            done.append(
                self.tr("Reported to the app, report number %1.").replace("%1", number)
                if number
                else self.tr("Reported to the app.")
            )
        for label, number in (
            (self.tr("CyberTipline report number: %1"), entry.cybertipline_report_number),
            (self.tr("Police report number: %1"), entry.police_report_number),
        ):
            if number:
                done.append(label.replace("%1", number))
        if entry.other_action:
            done.append(entry.other_action)
        return done

    # -- actions ------------------------------------------------------------------------

    def make_editor(self, entry: ConcernDTO | None) -> ConcernEditor:
        return ConcernEditor(
            entry,
            self.known_children,
            self.app_uses,
            self.context.catalog,
            self.context.language,
            self,
            preselect_child=self.child_filter.currentData(),
            country=self.ops.read(lambda session: get_details(session).country, ""),
        )

    def save(self, editor: ConcernEditor, entry: ConcernDTO | None) -> None:
        data = editor.value()
        catalog = self.context.catalog
        saved = self.ops.run(
            lambda s: concerns.save_concern(s, catalog, data, entry.id if entry else None),
            concerns.save_concern,
            self.tr("Concern saved.") if entry else self.tr("Concern written down."),
        )
        self.after_save(saved)

    def delete(self, entry: ConcernDTO) -> None:
        self.confirmation = confirm(
            self,
            self.tr("Delete concern"),
            self.tr(
                "Delete the concern of %1 about %2? What happened, the username and the report "
                "numbers will be lost. This cannot be undone."
            )
            .replace("%1", words.date_text(entry.occurred_on))
            .replace("%2", self.names((entry.child_id,))),
            lambda: self.ops.run(
                lambda s: concerns.delete_concern(s, entry.id),
                concerns.delete_concern,
                self.tr("Concern deleted."),
            ),
        )
