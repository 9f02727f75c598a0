"""Conversations: the log of safety talks with the children, newest first, searchable."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from planner.core.dto import ConversationDTO
from planner.core.services import conversations
from planner.ui import events, words
from planner.ui.context import AppContext
from planner.ui.dialogs.confirm import confirm
from planner.ui.dialogs.conversation_editor import ConversationEditor
from planner.ui.models.table import Column
from planner.ui.ops import Ops
from planner.ui.views.log_view import LogView, excerpt, section


class ConversationsView(LogView[ConversationDTO, ConversationEditor]):
    watches = events.CONVERSATIONS | events.CHILDREN | events.PLAN

    def __init__(self, context: AppContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(context, ops, parent)
        self._topic_titles = {
            topic.id: words.localized(topic.title, context.language)
            for topic in context.catalog.guidance.topics
        }
        self.table.setObjectName("conversationsTable")
        self.set_column_widths([110, 140, 260])

    def title(self) -> str:
        return self.tr("Conversations")

    def add_text(self) -> str:
        return self.tr("&Log a conversation…")

    def noun(self, count: int) -> str:
        if count == 1:
            return self.tr("1 conversation")
        return self.tr("%1 conversations").replace("%1", QLocale().toString(count))

    def columns(self) -> list[Column[ConversationDTO]]:
        return [
            Column(self.tr("Date"), lambda c: words.date_text(c.held_on)),
            Column(self.tr("Children"), lambda c: self.names(c.child_ids)),
            Column(self.tr("Topics"), self._topics, self._topics),
            Column(self.tr("What was said"), lambda c: excerpt(c.said), lambda c: c.said),
        ]

    def _topics(self, conversation: ConversationDTO) -> str:
        return ", ".join(self._topic_titles.get(t, t) for t in conversation.topics)

    # -- data ---------------------------------------------------------------------------

    def load(
        self, session: Session, child_id: int | None, query: str, offset: int, limit: int
    ) -> list[ConversationDTO]:
        return conversations.list_conversations(
            session, child_id=child_id, query=query, offset=offset, limit=limit
        )

    def count(self, session: Session, child_id: int | None, query: str) -> int:
        return conversations.count_conversations(session, child_id, query)

    def details_html(self, entry: ConversationDTO) -> str:
        when = words.date_text(entry.held_on, long=True)
        follow_up_on = (
            self.tr("On %1.").replace("%1", words.date_text(entry.follow_up_on))
            if entry.follow_up_on
            else ""
        )
        return "".join(
            (
                section(self.tr("When and with whom"), f"{when}: {self.names(entry.child_ids)}"),
                section(self.tr("Topics"), self._topics(entry)),
                section(self.tr("What was said"), entry.said),
                section(self.tr("What the child wants"), entry.child_wants),
                section(self.tr("Follow-up"), f"{entry.follow_up} {follow_up_on}"),
            )
        )

    def nothing_yet(self) -> str:
        return self.tr(
            "No conversations written down yet. After a talk, choose “Log a conversation” "
            "to keep what was said and what the child wants."
        )

    # -- actions ------------------------------------------------------------------------

    def make_editor(self, entry: ConversationDTO | None) -> ConversationEditor:
        return ConversationEditor(
            entry,
            self.known_children,
            self.context.catalog,
            self.context.language,
            self,
            preselect_child=self.child_filter.currentData(),
        )

    def save(self, editor: ConversationEditor, entry: ConversationDTO | None) -> None:
        value = editor.value()
        catalog = self.context.catalog
        saved = self.ops.run(
            lambda s: conversations.save_conversation(
                s,
                catalog,
                conversation_id=entry.id if entry else None,
                held_on=value.held_on,
                child_ids=value.child_ids,
                topics=value.topics,
                said=value.said,
                child_wants=value.child_wants,
                follow_up=value.follow_up,
                follow_up_on=value.follow_up_on,
            ),
            conversations.save_conversation,
            self.tr("Conversation saved.") if entry else self.tr("Conversation added."),
        )
        self.after_save(saved)

    def delete(self, entry: ConversationDTO) -> None:
        self.confirmation = confirm(
            self,
            self.tr("Delete conversation"),
            self.tr(
                "Delete the conversation of %1 with %2? What was said, what the child wants "
                "and the follow-up will be lost. This cannot be undone."
            )
            .replace("%1", words.date_text(entry.held_on))
            .replace("%2", self.names(entry.child_ids)),
            lambda: self.ops.run(
                lambda s: conversations.delete_conversation(s, entry.id),
                conversations.delete_conversation,
                self.tr("Conversation deleted."),
            ),
        )
