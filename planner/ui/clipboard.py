"""Copying to the clipboard, remembering what the planner put there so a lock can clear it
(only if it is still ours: text the person copied elsewhere since is left alone)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_last_copied: str | None = None


def copy_text(text: str) -> None:
    global _last_copied
    QGuiApplication.clipboard().setText(text)
    _last_copied = text


def clear_if_ours() -> bool:
    """Empty the clipboard when it still holds the planner's text; True when it did."""
    global _last_copied
    clipboard = QGuiApplication.clipboard()
    ours = _last_copied is not None and clipboard.text() == _last_copied
    if ours:
        clipboard.clear()
    _last_copied = None
    return ours
