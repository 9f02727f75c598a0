"""A whole window session leaves nothing outside the data folder but the file the person chose:
no recent-files list, no Qt file-dialog history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from planner.paths import AppPaths
from planner.ui.controller import WindowController


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_open_export_and_save_a_copy_leave_no_trace_outside_the_data_folder(
    qtbot, tmp_path, monkeypatch, demo_plan_path
):
    home = tmp_path / "home"
    for variable, folder in {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
    }.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    data = home / "planner-data"
    usb = tmp_path / "usb"
    usb.mkdir()
    plan = data / "plans" / "family.plan"
    plan.parent.mkdir(parents=True)
    plan.write_bytes(demo_plan_path.read_bytes())

    controller = WindowController(AppPaths(data), plan)
    controller.start()
    window = controller.main_window
    assert window is not None
    export = window.show_section("export")
    export.pdf_button.click()  # type: ignore[attr-defined]
    chosen = export.file_dialog  # type: ignore[attr-defined]
    assert isinstance(chosen, QFileDialog)
    assert chosen.testOption(QFileDialog.Option.DontUseNativeDialog)
    chosen.selectFile(str(usb / "plan.pdf"))
    chosen.accept()
    window.save_copy_requested.emit()
    copy_dialog = controller.plan_actions.dialog
    copy_dialog.selectFile(str(usb))
    copy_dialog.accept()
    qtbot.waitUntil(lambda: (usb / "plan.pdf").exists() and len(list(usb.iterdir())) == 2)
    controller.quick_exit()
    qtbot.wait(10)  # the deleted dialogs save their settings, then forget them

    outside = {p for p in files_under(home) if data not in p.parents}
    assert outside == set()
    assert {p.name for p in usb.iterdir()} == {"plan.pdf", "family.plan"}
    assert not any("FileDialog" in p.read_text(errors="ignore") for p in files_under(data))
