"""Write a PNG of every section and every dialog of the demo plan, the unlock screen and shelter
use into docs/screenshots/, on a 1024x768 screen (an old shelter computer), light and dark, at
100% and at a 150% font. Run with `make screenshots`; look at every one.

    docs/screenshots/*.png                   light, 100% (the README shows these)
    docs/screenshots/dark/*.png              dark palette, 100%
    docs/screenshots/large-font/*.png        light, 150% font (QT_FONT_DPI=144)
    docs/screenshots/dark-large-font/*.png   dark palette, 150% font
    docs/screenshots/es/*.png                light, 100%, in Spanish (the plans and the system)

Each variant runs in its own process: the screen and the font size are fixed when Qt starts.
A window or dialog larger than the screen is reported, and the run fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SCREEN = (1024, 768)
PASSPHRASE = "lantern orchard violet"
VARIANTS = {
    "light-100": ("", "96", False),
    "dark-100": ("dark", "96", True),
    "light-150": ("large-font", "144", False),
    "dark-150": ("dark-large-font", "144", True),
    "spanish-100": ("es", "96", False),
}
# The variants whose plans, and whose system, speak Spanish.
SPANISH = {"spanish-100"}
# The language of the plans made in this process (set by `take`).
LANGUAGE = ["en"]


def main() -> int:
    if len(sys.argv) > 1:
        return take(sys.argv[1])
    with tempfile.TemporaryDirectory() as temp:
        config = Path(temp) / "screen.json"
        width, height = SCREEN
        screen = {"name": "old", "x": 0, "y": 0, "width": width, "height": height}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        failed = 0
        for variant, (_folder, font_dpi, _dark) in VARIANTS.items():
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "QT_FONT_DPI": font_dpi,
            }
            if variant in SPANISH:  # the unlock screen, before any plan, follows the system
                env.update(LANG="es_MX.UTF-8", LC_ALL="es_MX.UTF-8", LANGUAGE="es_MX")
            failed |= subprocess.run([sys.executable, __file__, variant], env=env).returncode
    return failed


def take(variant: str) -> int:
    from PySide6.QtWidgets import QApplication, QStyleFactory

    folder, _font_dpi, dark = VARIANTS[variant]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    if dark:
        app.setPalette(dark_palette())
    from planner.ui import dialog_fit, edges, i18n, style

    if variant in SPANISH:
        LANGUAGE[0] = "es"
        i18n.install("es")
    edges.install(app)  # as the planner starts (planner/ui/launch.py)
    style.install(app)
    dialog_fit.install(app)
    out = OUT / folder if folder else OUT
    out.mkdir(parents=True, exist_ok=True)
    shots = Shots(out)
    with tempfile.TemporaryDirectory() as temp:
        shots.all(Path(temp))
    for problem in shots.problems:
        print(f"{variant}: {problem}", file=sys.stderr)
    return 1 if shots.problems else 0


def dark_palette():  # type: ignore[no-untyped-def]
    """A dark palette like the desktops' own dark themes, for the dark screenshots."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#363636"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.BrightText, "#ffffff"),
        (roles.Highlight, "#2f6fc4"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#f0f0f0"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Link, "#8ab4f8"),
        (roles.Light, "#505050"),
        (roles.Midlight, "#444444"),
        (roles.Mid, "#5a5a5a"),
        (roles.Dark, "#1a1a1a"),
        (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


class Shots:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.problems: list[str] = []

    def grab(self, widget, name: str) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
        available = widget.screen().availableGeometry()
        frame = widget.frameGeometry()
        if frame.width() > available.width() or frame.height() > available.height():
            size = f"{frame.width()}x{frame.height()}"
            room = f"{available.width()}x{available.height()}"
            self.problems.append(f"{name} is {size}: larger than the screen's {room}")
        widget.grab().save(str(self.out / f"{name}.png"))
        print(self.out / f"{name}.png")

    def all(self, folder: Path) -> None:
        from planner.paths import AppPaths
        from planner.ui.controller import WindowController

        paths = AppPaths(folder)
        home = WindowController(paths, make_plan(folder, None))
        home.start()
        window = home.main_window
        assert window is not None
        for index, section_id in enumerate(window.sections, start=1):
            window.show_section(section_id)
            self.grab(window, f"{index:02d}-{section_id}")
        self.dialogs(window)
        self.dialog(window, "dialog-passphrase", home.plan_actions.protect)
        self.problem_in_editor(window)
        home.quick_exit()

        protected = WindowController(paths, make_plan(folder, PASSPHRASE))
        protected.start()
        assert protected.unlock_screen is not None
        self.grab(protected.unlock_screen, "unlock-screen")
        protected.quick_exit()

        restoring_plan = make_plan(folder, PASSPHRASE, name="restoring.plan")
        restoring = WindowController(paths, restoring_plan, PASSPHRASE)
        restoring.start()
        restoring.restore_backup(folder / "chosen-backup.plan")  # waits for the passphrase
        assert restoring.unlock_screen is not None
        self.grab(restoring.unlock_screen, "unlock-restore-backup")
        restoring.quick_exit()

        shelter = WindowController(paths, make_plan(folder, PASSPHRASE, "shelter"), PASSPHRASE)
        shelter.start()
        assert shelter.main_window is not None
        self.grab(shelter.main_window, "shelter-mode")
        shelter.quick_exit()
        self.first_run(folder)
        self.shelter_hand_over(folder)

    def dialogs(self, window) -> None:  # type: ignore[no-untyped-def]
        sections = window.sections
        for name, opener in (
            ("dialog-child", lambda: sections["children"].children_panel.add_child()),
            ("dialog-device", lambda: chosen_child(sections).devices.add_device()),
            ("dialog-rule", lambda: chosen_child(sections).rules.add_rule()),
            ("dialog-rule-agreed-on", lambda: first_rule(chosen_child(sections)).edit_selected()),
            ("dialog-apps", lambda: sections["apps"].add_apps()),
            ("dialog-add-setting", lambda: first_app(sections["apps"]).settings.add_setting()),
            ("dialog-conversation", lambda: sections["conversations"].open_editor(None)),
            ("dialog-concern", lambda: sections["concerns"].open_editor(None)),
            ("dialog-follow-up", lambda: offer_follow_up(window)),
            ("dialog-contact", lambda: sections["contacts"].add_contact()),
            ("dialog-reminder", lambda: sections["reminders"].add_reminder()),
            ("dialog-settings", window.open_settings),
            ("dialog-restore", window.open_restore),
            ("dialog-help", window.open_help),
            ("dialog-shortcuts", window.open_shortcuts),
            ("dialog-about", window.open_about),
        ):
            self.dialog(window, name, opener)

    def dialog(self, window, name: str, opener: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication, QDialog

        window.show_section("overview")
        opener()
        QApplication.processEvents()
        windows = QApplication.topLevelWidgets()
        shown = [w for w in windows if isinstance(w, QDialog) and w.isVisible()]
        if not shown:
            self.problems.append(f"{name}: no dialog opened")
            return
        self.grab(shown[-1], name)
        for dialog in shown:
            dialog.reject()
        QApplication.processEvents()

    def problem_in_editor(self, window) -> None:  # type: ignore[no-untyped-def]
        """An editor saying inside itself why the plan cannot take what was typed."""
        from PySide6.QtWidgets import QDialogButtonBox

        contacts = window.sections["contacts"]
        window.show_section("contacts")
        contacts.add_contact()
        editor = contacts.editor
        editor.phone.setText("555-0199")
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        self.grab(editor, "dialog-contact-problem")
        editor.done(0)

    def first_run(self, folder: Path) -> None:
        from planner.core.catalog import load_catalog
        from planner.ui.dialogs.first_run import FirstRunWizard
        from planner.ui.screen_fit import place_on_screen

        wizard = FirstRunWizard(load_catalog(), folder / "new.plan")
        place_on_screen(wizard)
        wizard.show()
        self.grab(wizard, "first-run")
        wizard.close()

    def shelter_hand_over(self, folder: Path) -> None:
        """The shelter home screen, a new family's plan, and the hand-over on a USB stick."""
        from PySide6.QtCore import QPoint
        from PySide6.QtWidgets import QWizard

        from planner.app_settings import remember_shelter_use
        from planner.paths import AppPaths
        from planner.ui.controller import WindowController

        paths = AppPaths(folder / "shelter")
        paths.plans_dir.mkdir(parents=True)
        remember_shelter_use(paths)
        plan = make_plan(paths.plans_dir, PASSPHRASE, "shelter").rename(
            paths.plans_dir / "plan-K7QM.plan"  # the kind of neutral name the planner suggests
        )
        controller = WindowController(paths, paths.default_plan)
        controller.start()
        home = controller.unlock_screen
        assert home is not None
        self.grab(home, "shelter-home")
        controller.open_plan_file(plan)
        self.grab(home, "shelter-home-locked")
        controller.show_home()
        home.new_plan_requested.emit()
        wizard = controller.first_run
        assert isinstance(wizard, QWizard)
        self.grab(wizard, "shelter-new-family")
        wizard.reject()
        controller.quick_exit()
        opened = WindowController(paths, plan, PASSPHRASE)
        opened.start()
        window, actions = opened.main_window, opened.plan_actions
        assert window is not None
        window.shelter_menu.popup(window.shelter_button.mapToGlobal(QPoint(0, 0)))
        self.grab(window.shelter_menu, "shelter-family-plans-menu")
        window.shelter_menu.hide()
        stick = folder / "USB stick"
        stick.mkdir()
        actions.save_copy_to(stick)
        self.grab(shown(actions.dialog), "shelter-saved-to-usb")
        window.remove_plan_requested.emit()
        self.grab(shown(actions.dialog), "shelter-remove")
        opened.quick_exit()
        from_stick = WindowController(paths, stick / plan.name, PASSPHRASE)
        from_stick.start()
        assert from_stick.main_window is not None
        from_stick.main_window.remove_plan_requested.emit()
        self.grab(shown(from_stick.plan_actions.dialog), "shelter-remove-refused")
        from_stick.quick_exit()


def chosen_child(sections):  # type: ignore[no-untyped-def]
    """The Children section with its first child chosen, so its panels can add."""
    view = sections["children"]
    view.children_panel.select_row(0)
    return view


def first_rule(children_view):  # type: ignore[no-untyped-def]
    children_view.rules.select_row(0)
    return children_view.rules


def first_app(apps_view):  # type: ignore[no-untyped-def]
    apps_view.select_row(0)
    return apps_view


def offer_follow_up(window) -> None:  # type: ignore[no-untyped-def]
    """The question after a talk with a follow-up date: add a reminder for it?"""
    import datetime as dt

    from planner.core.services import children, conversations

    leo = window.ops.read(lambda s: children.list_children(s)[-1], None)
    talk = window.ops.run(
        lambda s: conversations.save_conversation(
            s,
            window.context.catalog,
            held_on=dt.date.today(),
            child_ids=[leo.id],
            said="Talked about a new friend from a game.",
            follow_up="Ask whether the friend asked to move to another app",
            follow_up_on=dt.date.today() + dt.timedelta(days=3),
        ),
        conversations.save_conversation,
    )
    window.offer_follow_up("conversation", talk.id)


def shown(widget):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    assert isinstance(widget, QDialog) and widget.isVisible()
    return widget


def make_plan(folder: Path, passphrase: str | None, mode: str = "home", name: str = "") -> Path:
    from planner.core.catalog import load_catalog
    from planner.core.demo import build_demo
    from planner.core.plans import PlanFile
    from planner.core.services.plan import NewPlan, get_details, update_details

    catalog = load_catalog()
    path = folder / (name or f"{mode}-{'protected' if passphrase else 'plain'}.plan")

    def fill(session):  # type: ignore[no-untyped-def]
        build_demo(session, catalog)
        name = "Family A, room 12" if mode != "home" else get_details(session).name
        details = NewPlan(name=name, country="US", mode=mode, language=LANGUAGE[0])
        update_details(session, details, catalog)

    PlanFile.create(path, fill, passphrase).close()
    return path


if __name__ == "__main__":
    sys.exit(main())
