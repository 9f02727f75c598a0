"""A confirmation that names what will be lost, without blocking the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    on_yes: Callable[[], object],
    default_yes: bool = False,
    answers: tuple[str, str] | None = None,
) -> QMessageBox:
    """Ask; run `on_yes` only when the person chose Yes. "No" is the default button, unless
    `default_yes` (an offer that loses nothing, such as adding a reminder). `answers` words
    the two buttons by what they do ("Remove the plan", "Keep it") where Yes and No would
    leave a worried person unsure which is which."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    if answers is not None:
        box.button(QMessageBox.StandardButton.Yes).setText(answers[0])
        box.button(QMessageBox.StandardButton.No).setText(answers[1])
    box.setDefaultButton(
        QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    )

    def finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes.value:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box
