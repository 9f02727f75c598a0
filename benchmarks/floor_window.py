"""Floor: the least a PySide6 window can cost. QApplication, an empty QMainWindow shown, one
round of events, exit (offscreen). The planner's start-up figures are ratios against this."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)  # the size the planner opens at
    window.show()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
