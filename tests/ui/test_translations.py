"""The Spanish window: the translation file is complete, the language is chosen as promised, and
no English is left in any window a Spanish-speaking family opens.

How "English left in a window" is found: every visible text (labels, buttons, titles, tabs, list
items, table headers, placeholders, accessible names and descriptions, tooltips, menu items) is
compared with the English sources of planner_es.ts whose Spanish differs. A text that IS such a
source (or matches one with its %1 filled in) was built in English although a translation exists:
an untranslated call, a wrong context or a window built before the language was installed. Plan
data and catalog content are never sources, so the demo plan can be walked as it is, and words
that are the same in both languages ("App", "No", "Web") are not sources whose Spanish differs.
"""

from __future__ import annotations

import ast
import io
import re
import shutil
import subprocess
import sys
import tokenize
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.paths import AppPaths
from planner.ui import i18n
from tests.ui.translation_walk import spanish_sources, walk_main_window, walk_start_screens

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "planner_es.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
TOOLS = Path(sys.executable).parent
# The Makefile's LUPDATE and LUPDATE_SOURCES (`make translations`), without source locations.
LUPDATE = [
    str(TOOLS / "pyside6-lupdate"),
    *("-tr-function-alias", "tr+=_t", "-extensions", "py", "-locations", "none"),
    "planner/ui",
    "planner/app.py",
]
PLACEHOLDER = re.compile(r"%\d")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def keys(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found |= {(name, m.findtext("source") or "") for m in context.iter("message")}
    return found


def mnemonic(text: str) -> bool:
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


# -- the translation file -------------------------------------------------------------------


def test_every_message_has_a_finished_spanish_translation() -> None:
    problems = []
    for message in messages(TS_FILE):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"not translated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        elif mnemonic(source) != mnemonic(text):
            problems.append(f"keyboard shortcut (&) lost or added: {source!r} -> {text!r}")
    assert not problems, "Fix in Qt Linguist (pyside6-linguist):\n" + "\n".join(problems)


def test_the_translation_file_has_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([*LUPDATE, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    missing = keys(fresh) - keys(TS_FILE)
    assert len(keys(fresh)) > 500, "lupdate found too few strings: check its options"
    assert not missing, "Run `make translations`, then translate these:\n" + "\n".join(
        f"{context or '(module helper)'}: {source!r}" for context, source in sorted(missing)
    )


def test_no_translated_call_hides_inside_an_f_string() -> None:
    """lupdate reads an f-string as one string: a tr() inside it is never collected."""
    hidden = []
    for path in sorted((ROOT / "planner" / "ui").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for token in tokens:
            prefix = token.string[:2].lower()
            is_fstring = token.type == tokenize.STRING and "f" in prefix
            if is_fstring and re.search(r"\b(tr|_t|translate)\(", token.string):
                hidden.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    assert not hidden, "Move the tr() call out of the f-string:\n" + "\n".join(hidden)


def test_module_helpers_use_the_context_lupdate_files_them_under() -> None:
    """lupdate files every _t("...") under the empty context; the helper must look there."""
    wrong = []
    for path in sorted((ROOT / "planner" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.FunctionDef) and node.name == "_t"):
                continue
            contexts = [
                call.args[0].value
                for call in ast.walk(node)
                if isinstance(call, ast.Call)
                and getattr(call.func, "attr", "") == "translate"
                and call.args
                and isinstance(call.args[0], ast.Constant)
            ]
            if contexts != [""]:
                wrong.append(f"{path.relative_to(ROOT)}: translate({contexts}, text)")
    assert not wrong, 'Use QCoreApplication.translate("", text) in _t:\n' + "\n".join(wrong)


def test_the_window_languages_are_the_plan_languages() -> None:
    from planner.core.services.plan import LANGUAGES

    assert i18n.LANGUAGES == LANGUAGES
    assert {f"planner_{code}.ts" for code in LANGUAGES if code != "en"} <= {
        path.name for path in TS_FILE.parent.glob("planner_*.ts")
    }


# -- choosing the language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "language"),
    [("es_MX", "es"), ("es", "es"), ("es-US", "es"), ("en_GB", "en"), ("fr_FR", "en"), ("C", "en")],
)
def test_the_system_locale_chooses_spanish_for_any_spanish(locale: str, language: str) -> None:
    assert i18n.language_of_locale(locale) == language


def test_the_remembered_language_wins_over_the_system(planner_home: Path) -> None:
    paths = AppPaths(planner_home)
    system = i18n.language_of_locale(i18n.QLocale.system().name())
    assert i18n.preferred_language(paths) == system
    other = "es" if system == "en" else "en"
    i18n.remember_language(paths, other)
    assert i18n.preferred_language(paths) == other
    assert paths.settings_file.read_text(encoding="utf-8").count(":") == 1  # only the code


def test_a_damaged_settings_file_falls_back_to_the_system(planner_home: Path) -> None:
    paths = AppPaths(planner_home)
    paths.settings_file.write_text("{not json", encoding="utf-8")
    system = i18n.language_of_locale(i18n.QLocale.system().name())
    assert i18n.preferred_language(paths) == system
    i18n.remember_language(paths, "es")  # and it is written anew, not left broken
    assert i18n.remembered_language(paths) == "es"


# -- Spanish installed -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def built_qm() -> Path:
    """What `make` does before run and test: the .qm is built from the committed .ts."""
    if not QM_FILE.exists() or QM_FILE.stat().st_mtime < TS_FILE.stat().st_mtime:
        lrelease = TOOLS / "pyside6-lrelease"
        subprocess.run(
            [str(lrelease), "-silent", str(TS_FILE), "-qm", str(QM_FILE)],
            check=True,
            capture_output=True,
        )
    return QM_FILE


@pytest.fixture
def spanish(qapp, built_qm: Path) -> Iterator[None]:
    assert i18n.install("es")
    yield
    i18n.install("en")


def test_qt_own_buttons_and_dates_are_spanish_too(spanish: None, qtbot) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QDialogButtonBox

    from planner.ui import words

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}
    assert texts == {"Guardar", "Cancelar"}
    assert "nov" in words.date_text(dt.date(2026, 11, 29))
    assert i18n.installed_language() == "es"


def test_qt_file_dialog_and_questions_speak_spanish(spanish: None, qtbot) -> None:
    """Qt's own Spanish misses "Look in:" and "Files of type:"; the planner fills them."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Buscar en:", "Nombre del archivo:", "Archivos de tipo:"} <= labels
    assert {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)} == {
        "Abrir",
        "Cancelar",
    }
    question = QMessageBox()
    qtbot.addWidget(question)
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert {b.text().replace("&", "") for b in question.buttons()} == {"Sí", "No"}


def test_a_missing_translation_file_leaves_the_window_in_english(qapp, tmp_path: Path) -> None:
    assert not i18n.install("es", tmp_path)
    assert i18n.installed_language() == "en"


def test_a_spanish_plan_opens_in_spanish_and_is_remembered(
    qtbot, built_qm, demo_plan_path, planner_home, catalog
) -> None:
    from planner.ui.controller import WindowController

    set_language(demo_plan_path, catalog, "es")
    controller = WindowController(AppPaths(planner_home), demo_plan_path)
    try:
        controller.start()
        window = controller.main_window
        assert window is not None
        assert window.windowTitle() == "Planificador"
        assert window.navigation.item(0).text() == "Resumen"
        assert i18n.remembered_language(AppPaths(planner_home)) == "es"
    finally:
        controller.quick_exit()
        i18n.install("en")


def set_language(path: Path, catalog, language: str) -> None:
    from planner.core.plans import PlanFile
    from planner.core.services.plan import NewPlan, get_details, update_details

    with PlanFile.open(path) as plan, plan.unit_of_work() as session:
        details = get_details(session)
        new = NewPlan(name=details.name, country=details.country, language=language)
        update_details(session, new, catalog)


# -- no English left in any window -----------------------------------------------------------


def test_no_window_shows_english_in_spanish(
    spanish, qtbot, demo_plan_path, planner_home, catalog, tmp_path
) -> None:
    set_language(demo_plan_path, catalog, "es")
    window_english = spanish_sources(TS_FILE)
    core_english = core_sources()
    found = walk_main_window(qtbot, demo_plan_path, planner_home, catalog, "es")
    found += walk_start_screens(qtbot, catalog, tmp_path)
    left = sorted(
        {
            f"{where}: {text!r}"
            for where, text in found
            if window_english(text) or text.strip() in core_english
        }
    )
    assert not left, "English text in the Spanish window:\n" + "\n".join(left)


def core_sources() -> set[str]:
    """The core table's English messages: whole sentences, which plan data never repeats."""
    from planner.core.i18n import translations

    return {
        source
        for source, spanish in translations("es").items()
        if source != spanish and source.endswith(".") and "{" not in source
    }


def test_the_unlock_screen_says_the_core_errors_in_spanish(
    spanish, qtbot, protected_plan_path, planner_home
) -> None:
    from PySide6.QtCore import Qt

    from planner.core.plans import PlanFile
    from planner.ui.controller import WindowController
    from tests.conftest import PASSPHRASE

    controller = WindowController(AppPaths(planner_home), protected_plan_path)
    try:
        controller.start()
        screen = controller.unlock_screen
        assert screen is not None
        qtbot.keyClicks(screen.passphrase, "not it")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        wrong = screen.message.text()
        with PlanFile.open(protected_plan_path, PASSPHRASE):  # open elsewhere: in use
            qtbot.keyClicks(screen.passphrase, PASSPHRASE)
            qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        in_use = screen.message.text()
        assert wrong == "La frase de contraseña no es correcta, o el archivo está dañado."
        assert in_use.startswith("Este plan está abierto en otra ventana u otro programa.")
    finally:
        controller.quick_exit()


def test_an_editor_says_the_core_validation_in_spanish(spanish, qtbot, catalog, tmp_path) -> None:
    from PySide6.QtWidgets import QWizard

    from planner.ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(catalog, tmp_path / "new.plan")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.name_page
    while wizard.currentPage() is not page:
        wizard.button(QWizard.WizardButton.NextButton).click()
    page.name.setText("")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert page.error.text() == "Escriba un nombre para el plan."


def test_spanish_adds_no_keyboard_shortcut_clash(
    qapp, built_qm, qtbot, demo_plan_path, planner_home, catalog, tmp_path
) -> None:
    """Two buttons with the same Alt+letter in one window: Spanish must not add any."""
    shutil.copy2(demo_plan_path, tmp_path / "english.plan")
    from tests.ui.translation_walk import clashes

    english = clashes(qtbot, tmp_path / "english.plan", planner_home, catalog, tmp_path / "en")
    set_language(demo_plan_path, catalog, "es")
    assert i18n.install("es")
    try:
        spanish = clashes(qtbot, demo_plan_path, planner_home, catalog, tmp_path / "es")
    finally:
        i18n.install("en")
    worse = {
        where: letters
        for where, letters in spanish.items()
        if len(letters) > len(english.get(where, []))
    }
    assert not worse, f"Shortcut letters used twice in Spanish only: {worse} (English: {english})"
