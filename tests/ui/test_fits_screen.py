"""The real window on an old 1024x768 shelter screen, at 100% and at a 150% font: the window,
its Quick exit control and the welcome flow lie inside the screen (issue 15)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("fit_probe.py")


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, width, height = inner
    left, top, outer_width, outer_height = outer
    fits_across = x >= left and x + width <= left + outer_width
    return fits_across and y >= top and y + height <= top + outer_height


@pytest.mark.parametrize("font_dpi", ["96", "144"], ids=["100%", "150% font"])
def test_the_window_and_quick_exit_fit_a_1024x768_screen(tmp_path: Path, font_dpi: str) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "old", "x": 0, "y": 0, "width": 1024, "height": 768}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_FONT_DPI": font_dpi,
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, check=True
    )
    placed = json.loads(done.stdout.strip().splitlines()[-1])
    assert inside(placed["window"], placed["screen"])
    assert placed["quick_exit_visible"]
    assert inside(placed["quick_exit"], placed["screen"])
    assert inside(placed["protect"], placed["screen"])
    assert inside(placed["first_run"], placed["screen"])


def test_a_dialog_taller_than_the_screen_scrolls_with_its_buttons_in_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    from planner.ui import dialog_fit

    app = QApplication.instance()
    installed = dialog_fit.install(app)  # type: ignore[arg-type]
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        layout = QVBoxLayout(dialog)
        for number in range(80):
            layout.addWidget(QLabel(f"Line {number}", dialog))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, dialog)
        layout.addWidget(buttons)
        dialog.show()
        room = dialog_fit.room_on_screen(dialog)
        assert dialog.height() <= room.height() and dialog.width() <= room.width()
        assert buttons.isVisible() and buttons.geometry().bottom() <= dialog.height()
    finally:
        app.removeEventFilter(installed)  # type: ignore[union-attr]
