"""The window's language: English (the source) or Spanish, chosen before any window is built.

The order: the language remembered in the data folder (that of the last plan opened), else the
system's (`QLocale.system()`: "es*" is Spanish, anything else English). Opening a plan switches
the window to the plan's language; widgets take their words when they are built, so the caller
builds its windows again after a switch.

Two translators are installed: the planner's own (`planner_<lang>.qm`, built by `make` from
resources/translations/planner_<lang>.ts) and Qt's (`qtbase_<lang>.qm`, shipped with PySide6),
so that standard buttons say Guardar/Cancelar/Sí/No. Qt's Spanish leaves a few of its file
dialog's words in English ("Look in:", "Files of type:") and says "fichero" where the planner says
"archivo": a third, tiny translator fills those (`QT_GAPS`). The default QLocale follows too, for
dates and numbers.

Messages in module-level helpers named `_t` use the empty context: lupdate runs with
`-tr-function-alias tr+=_t` (see the Makefile), which files every `_t("...")` under "".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.app_settings import read_settings, write_setting
from planner.core.errors import show_messages_in
from planner.paths import AppPaths
from planner.resources import resource_path

SOURCE_LANGUAGE = "en"
# The plan's languages (planner.core.services.plan.LANGUAGES, not imported: that would load the
# database layer before the unlock screen; a test checks that the two agree).
LANGUAGES = ("en", "es")
SETTING = "language"
# Object names of the installed translators: ours carries its language, Qt's a fixed name.
_OURS = "planner-words-"
_QT_WORDS = "planner-qt-words"
# (Qt's context, Qt's English) -> the planner's words, where qtbase_<lang>.qm has none or another.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "es": {
        ("QFileDialog", "&Look in:"): "&Buscar en:",
        ("QFileDialog", "Files of &type:"): "Archivos de &tipo:",
        ("QFileDialog", "File &name:"): "&Nombre del archivo:",
    },
}


class _QtGaps(QTranslator):
    """Answers only for the Qt strings in its table; every other string falls through to Qt's."""

    def __init__(self, words: dict[tuple[str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._words = words

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None reaches Qt as a null string, "not mine": an empty string would blank the text.
        return self._words.get((context, source))

    def isEmpty(self) -> bool:
        return not self._words


def language_of_locale(name: str) -> str:
    """The planner language for a Qt locale name ("es_MX" -> "es"; "C", "fr_FR" -> "en")."""
    code = name.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def preferred_language(paths: AppPaths) -> str:
    return remembered_language(paths) or language_of_locale(QLocale.system().name())


def remembered_language(paths: AppPaths) -> str | None:
    code = read_settings(paths).get(SETTING)
    return code if isinstance(code, str) and code in LANGUAGES else None


def remember_language(paths: AppPaths, language: str) -> None:
    """Keep the language code (nothing else about the plan) for the next unlock screen."""
    write_setting(paths, SETTING, language)


def installed_language() -> str:
    """The language the window's words are in now."""
    for translator in _installed():
        if translator.objectName().startswith(_OURS):
            return translator.objectName().removeprefix(_OURS)
    return SOURCE_LANGUAGE


# Whether install() ever put a translator in place in this process (see _installed).
_ever_installed = False


def install(language: str, folder: Path | None = None) -> bool:
    """Put the window's words, Qt's standard words and the default locale in `language`.

    False when the planner's translation file is missing (an install that skipped `make`):
    the window then stays in English, dates and numbers too, rather than half translated.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication before installing a language"
    for old in _installed():
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    show_messages_in(SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        QLocale.setDefault(_locale_for(SOURCE_LANGUAGE))
        return language == SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(f"planner_{language}", str(folder or resource_path("translations"))):
        ours.setParent(None)
        QLocale.setDefault(_locale_for(SOURCE_LANGUAGE))
        return False
    ours.setObjectName(_OURS + language)
    app.installTranslator(ours)
    global _ever_installed
    _ever_installed = True
    qt_words = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{language}", qt_folder):
        qt_words.setObjectName(_QT_WORDS)
        app.installTranslator(qt_words)
    gaps = _QtGaps(QT_GAPS.get(language, {}), app)
    gaps.setObjectName(_QT_WORDS + "-gaps")
    app.installTranslator(gaps)
    QLocale.setDefault(_locale_for(language))
    show_messages_in(language)  # the core's error messages, shown in the window
    return True


def follow_plan(paths: AppPaths, language: str) -> bool:
    """The plan's language becomes the window's; True when it changed (rebuild the windows)."""
    if language not in LANGUAGES:
        return False
    remember_language(paths, language)
    if language == installed_language():
        return False
    return install(language)


def _installed() -> list[QTranslator]:
    app = QCoreApplication.instance()
    if app is None or not _ever_installed:
        # Nothing installed yet (the first start): the first findChildren call costs ~7 ms of
        # PySide6 set-up on the unlock screen's path.
        return []
    names = (_OURS, _QT_WORDS)
    return [t for t in app.findChildren(QTranslator) if t.objectName().startswith(names)]


def _locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks the language (es_MX keeps its formats)."""
    system = QLocale.system()
    if system.name() != "C" and language_of_locale(system.name()) == language:
        return system
    return QLocale(language)
