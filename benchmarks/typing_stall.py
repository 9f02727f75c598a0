"""The longest event-loop stall while a person types a search in Conversations (in-process).

    typing_stall.py planner PLAN DATA_DIR   the real main window, built by the controller
    typing_stall.py floor                   a bare window with one line edit (the floor)

A 5 ms heartbeat timer records when the event loop gets round to it; a word is typed one key
every 120 ms (a quick typist), then the loop runs on past the search's 250 ms pause so that the
search itself, and the table's refill, fall inside the measured time. Prints JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

WORD = "stranger"
KEY_INTERVAL_MS = 120
HEARTBEAT_MS = 5
SETTLE_MS = 900  # after the last key: longer than the search pause plus the search


def planner_field(plan: Path, data_dir: Path) -> tuple[QLineEdit, object]:
    from planner.paths import AppPaths
    from planner.ui.controller import WindowController

    controller = WindowController(AppPaths(data_dir), plan)
    controller.start()
    window = controller.main_window
    assert window is not None, "the plan did not open"
    view = window.show_section("conversations")
    return view.search, controller  # type: ignore[attr-defined]


def floor_field() -> tuple[QLineEdit, object]:
    window = QMainWindow()
    field = QLineEdit(window)
    window.setCentralWidget(field)
    window.resize(1280, 800)
    window.show()
    return field, window


def measure(field: QLineEdit) -> dict[str, float]:
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    field.setFocus()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    keys = list(WORD)

    def type_next() -> None:
        if keys:
            QTest.keyClick(field, keys.pop(0))
            QTimer.singleShot(KEY_INTERVAL_MS, type_next)
        else:
            QTimer.singleShot(SETTLE_MS, app.quit)

    heartbeat.start()
    QTimer.singleShot(KEY_INTERVAL_MS, type_next)
    app.exec()
    gaps = [later - earlier for earlier, later in zip(beats, beats[1:], strict=False)]
    return {"longest_gap_ms": max(gaps) * 1000, "beats": len(beats), "typed": field.text()}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "planner":
        field, keep = planner_field(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        field, keep = floor_field()
    result = measure(field)
    if sys.argv[1] == "planner":
        result["result_count"] = keep.main_window.sections[  # type: ignore[attr-defined]
            "conversations"
        ].result_count.text()
        keep.context.plan.close()  # type: ignore[attr-defined]
    print(json.dumps(result))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
