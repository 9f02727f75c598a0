"""Every command, given something wrong, answers in Spanish when the system speaks Spanish
(LANG=es_MX.UTF-8): the planner's own messages, the core's errors and argparse's lines."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from planner.cli.language import system_language
from tests.cli.test_cli import run

SPANISH = {**os.environ, "LANG": "es_MX.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def bad_calls(tmp_path: Path, plan: Path) -> dict[str, tuple[list[str], str]]:
    """Command -> (arguments with one thing wrong, the Spanish the person must read)."""
    missing = str(tmp_path / "no-such-folder" / "x.plan")
    return {
        "demo": (["demo", "--plan", missing], "La carpeta"),
        "check": (["check", "--plan", str(tmp_path / "none.plan")], "No hay ningún plan en"),
        "catalog": (["catalog", "--stale-after", "soon"], "no es un número de días"),
        "reminders": (["reminders", "--plan", str(plan), "--format", "xml"], "opción no válida"),
        "export": (["export", "--plan", str(plan), "--format", "pdf"], "faltan estos argumentos"),
        "export youth": (
            [
                "export",
                "--plan",
                str(plan),
                "--format",
                "pdf",
                "--audience",
                "youth",
                "--out",
                str(tmp_path / "y.pdf"),
            ],
            "necesita --child",
        ),
        "backup": (["backup", "--plan", str(plan), "--out", str(tmp_path)], "es una carpeta"),
        "restore": (["restore", "--from", str(tmp_path / "none.json")], "No hay ninguna copia"),
        "no command": (["--colour"], "argumentos no reconocidos"),
    }


@pytest.mark.parametrize(
    "name",
    [
        "demo",
        "check",
        "catalog",
        "reminders",
        "export",
        "export youth",
        "backup",
        "restore",
        "no command",
    ],
)
def test_a_bad_argument_is_explained_in_spanish(
    name: str, tmp_path: Path, demo_plan_path: Path
) -> None:
    arguments, spanish = bad_calls(tmp_path, demo_plan_path)[name]
    result = run(*arguments, env=SPANISH)
    assert result.returncode != 0
    assert spanish in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    for english in (
        "error: the following",
        "unrecognized",
        "invalid choice",
        "does not exist",
        "There is no",
        "is a folder",
        "usage:",
    ):
        assert english not in result.stderr


def test_english_stays_english(tmp_path: Path) -> None:
    result = run(
        "check", "--plan", str(tmp_path / "none.plan"), env={**SPANISH, "LANG": "en_GB.UTF-8"}
    )
    assert "There is no plan at" in result.stderr


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_posix_order(environ: dict[str, str], language: str) -> None:
    assert system_language(environ) == language


def test_a_backup_with_a_bad_field_is_refused_in_spanish_naming_the_field(
    tmp_path: Path, demo_plan_path: Path
) -> None:
    backup = tmp_path / "familia.json"
    assert run("backup", "--plan", str(demo_plan_path), "--out", str(backup)).returncode == 0
    document = json.loads(backup.read_text(encoding="utf-8"))
    document["children"][0]["birth_year"] = "2014"
    backup.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "restaurado.plan"

    result = run("restore", "--from", str(backup), "--plan", str(target), env=SPANISH)

    assert result.returncode != 0
    assert result.stderr.strip() == "children[0].birth_year debe ser un número entero."
    assert not target.exists()


@pytest.mark.parametrize(
    ("command", "spanish", "english"),
    [
        (
            [],
            [
                "uso: family-safety-planner",
                "--plan RUTA",
                "demo              crear un plan de ejemplo con una familia ficticia",
                "códigos de salida:",
                "3  frase de contraseña incorrecta",
            ],
            ["exit codes:", "the plan file to use", "create a sample plan"],
        ),
        (
            ["export"],
            [
                "Los archivos\nexportados NO están cifrados.",
                "--child NOMBRE",
                "el apodo del niño o niña (con youth)",
                "reemplazar ARCHIVO si ya existe",
            ],
            ["Exported files are NOT", "NAME", "the file to write"],
        ),
        (["content", "import"], ["el archivo de actualización (.fspack)"], ["apply without"]),
    ],
    ids=["the program", "export", "content import"],
)
def test_the_help_is_in_spanish(command: list[str], spanish: list[str], english: list[str]) -> None:
    result = run(*command, "--help", env=SPANISH)

    assert result.returncode == 0
    for words in spanish:
        assert words in result.stdout, result.stdout
    for words in english:
        assert words not in result.stdout
