"""The plan's main window: for now the plan's name and what it holds."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from planner.core.plans import PlanFile
from planner.core.services.plan import counts, get_details


class PlanWindow(QMainWindow):
    def __init__(self, plan: PlanFile) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Planner"))
        with plan.unit_of_work() as session:
            details = get_details(session)
            held = counts(session)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        title = QLabel(details.name, central)
        title.setObjectName("planName")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for label, number in held.as_rows():
            value = QLabel(str(number), central)
            value.setAccessibleName(label)
            self.count_labels[label] = value
            form.addRow(self.tr(label.capitalize()) + ":", value)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.resize(640, 480)
