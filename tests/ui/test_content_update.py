"""Help -> Update safety information from a file, as a shelter's staff would do it: the update
is checked, its changes shown with the changed number marked, and once applied the new number
and the new app are what the window shows; a tampered file is refused and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from planner.core.content_packs.format import build_pack
from planner.core.content_packs.keys import TEST_KEYS_VARIABLE
from planner.core.services import contacts
from planner.ui.dialogs.content_update import ContentUpdateDialog
from planner.ui.main_window import MainWindow
from tests.content_packs import (
    CHANGED_NUMBER,
    NEWER,
    TODAY,
    changed_resources,
    new_test_key,
    pack_files,
)


@pytest.fixture
def main_window(qtbot, ui_context):  # type: ignore[no-untyped-def]
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def update(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _pem, private = new_test_key(tmp_path / "keys")
    monkeypatch.setenv(TEST_KEYS_VARIABLE, str(tmp_path / "keys"))
    target = tmp_path / "usb" / "update.fspack"
    target.parent.mkdir()
    files = pack_files(changed_resources(tmp_path / "resources"))
    target.write_bytes(build_pack(files, NEWER, TODAY, private))
    return target


def test_an_update_is_shown_then_applied_and_the_window_follows(qtbot, main_window, update):
    window = main_window
    window.content_update.check(update)
    review = window.content_update.dialog
    assert isinstance(review, ContentUpdateDialog)
    lines = [review.changes.item(row) for row in range(review.changes.count())]
    first = lines[0]
    assert CHANGED_NUMBER in first.text() and first.font().bold() and not first.icon().isNull()
    assert any(item.text() == "New app: Test Chat" for item in lines)
    words = " ".join(label.text() for label in review.findChildren(QLabel))
    assert "TEST key" in words and "signed by the planner's makers." not in words

    review.accept()

    assert "test-chat" in window.context.catalog.apps
    content = window.context.content
    assert content is not None and content.version.text == NEWER
    with window.context.plan.unit_of_work() as session:
        listed = contacts.list_contacts(session, catalog=window.context.catalog)
        phones = [contact.phone for contact in listed]
    assert CHANGED_NUMBER in phones


def test_a_tampered_update_is_refused_in_plain_words(qtbot, main_window, update):
    data = bytearray(update.read_bytes())
    data[len(data) // 2] ^= 0x04
    update.write_bytes(bytes(data))
    before = main_window.context.catalog

    main_window.content_update.check(update)

    box = main_window.content_update.dialog
    assert isinstance(box, QMessageBox) and "Nothing was changed." in box.text()
    assert main_window.context.catalog is before
    box.close()
    assert QApplication.activeModalWidget() is None


def test_about_says_which_safety_information_is_in_use_and_a_test_key(qtbot, main_window, update):
    main_window.content_update.check(update)
    main_window.content_update.dialog.accept()
    main_window.open_about()
    words = main_window.about_dialog.content_label.text()
    assert f"version {NEWER} (updated from a file)" in words
    assert "TEST key" in words
