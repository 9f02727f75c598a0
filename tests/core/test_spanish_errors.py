"""Refusals that name what a person typed or chose (a field, a value, a folder) read in Spanish
too, with that field or value in them: raised for real, on a real plan in tmp_path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from planner.core import rekey
from planner.core.catalog import Catalog
from planner.core.errors import FileSystemError, PlannerError, ValidationError
from planner.core.export.to_file import ExportChoice, export_to_file
from planner.core.json_backup import backup_document, backup_json, read_backup
from planner.core.plans import PlanFile
from planner.core.protection import save_copy_to
from planner.core.services import reminders

START = dt.datetime(2026, 12, 1, 18, 0)


def spanish(error: pytest.ExceptionInfo[PlannerError]) -> str:
    return error.value.in_language("es")


def test_a_passphrase_too_short_says_how_long_it_must_be(plan: PlanFile) -> None:
    with pytest.raises(ValidationError) as refused:
        rekey.protect(plan, "corta")

    assert spanish(refused) == "La frase de contraseña debe tener al menos 8 caracteres."
    assert refused.value.message == "A passphrase must be at least 8 characters long."


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (
            "FREQ=HOURLY",
            "La regla de repetición 'FREQ=HOURLY' no es válida: "
            "un recordatorio se repite como mucho una vez al día.",
        ),
        (
            "FREQ=WEEKLY;INTERVAL=0",
            "La regla de repetición 'FREQ=WEEKLY;INTERVAL=0' no es válida: "
            "INTERVAL debe ser un número entero de 1 a 1000.",
        ),
        (
            "FREQ=WEEKLY;BYDAY=2MO",
            "La regla de repetición 'FREQ=WEEKLY;BYDAY=2MO' no es válida: "
            "2MO no es un día que pueda darse en esta regla.",
        ),
    ],
)
def test_a_repeat_rule_that_is_not_valid_says_why_in_spanish(
    session: Session, rule: str, words: str
) -> None:
    data = reminders.ReminderInput(title="Revisar TikTok", rule=rule, starts_at=START)

    with pytest.raises(ValidationError) as refused:
        reminders.add_reminder(session, data)

    assert spanish(refused) == words
    assert reminders.list_reminders(session) == []


def test_a_gone_item_is_named_with_its_own_word(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        reminders.complete(session, 999, START)

    assert spanish(refused) == "Ese recordatorio ya no existe en este plan."


def write_backup(plan: PlanFile, target: Path, change: dict[str, object]) -> Path:
    with plan.unit_of_work() as session:
        document = backup_document(session)
    document["plan"].update(change)
    target.write_text(backup_json(document), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"name": 2026}, "plan.name debe ser texto."),
        ({"name": "   "}, "plan.name está vacío: el planificador necesita un nombre para el plan."),
        (
            {"country": "XX"},
            "plan.country: 'XX' no es válido como país. Elija uno de estos:",
        ),
    ],
)
def test_a_backup_with_a_bad_field_names_the_field_in_spanish(
    plan: PlanFile, tmp_path: Path, change: dict[str, object], words: str
) -> None:
    backup = write_backup(plan, tmp_path / "backup.json", change)

    with pytest.raises(ValidationError) as refused:
        read_backup(backup)

    assert spanish(refused).startswith(words)


def test_a_backup_missing_a_list_says_which_one(plan: PlanFile, tmp_path: Path) -> None:
    backup = write_backup(plan, tmp_path / "backup.json", {})
    document = json.loads(backup.read_text(encoding="utf-8"))
    del document["reminders"]
    backup.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(ValidationError) as refused:
        read_backup(backup)

    assert spanish(refused) == "La copia de seguridad no tiene el campo «reminders»."


def test_an_export_to_a_folder_that_does_not_exist_names_the_folder(
    plan: PlanFile, catalog: Catalog, tmp_path: Path
) -> None:
    folder = tmp_path / "USB"

    with pytest.raises(FileSystemError) as refused:
        export_to_file(plan, catalog, ExportChoice("html"), folder / "plan.html")

    assert spanish(refused) == f"La carpeta {folder} no existe."
    assert not folder.exists()


def test_a_copy_to_a_stick_that_is_not_there_says_to_check_it(
    plan: PlanFile, tmp_path: Path
) -> None:
    stick = tmp_path / "FAMILIA"

    with pytest.raises(FileSystemError) as refused:
        save_copy_to(plan, stick)

    assert spanish(refused) == (
        f"La carpeta {stick} no existe. Si está en una memoria USB, compruebe que está conectada."
    )


def test_a_copy_never_overwrites_and_says_so_in_spanish(plan: PlanFile, tmp_path: Path) -> None:
    stick = tmp_path / "FAMILIA"
    stick.mkdir()
    (stick / plan.path.name).write_text("la copia de otra familia", encoding="utf-8")

    with pytest.raises(FileSystemError) as refused:
        save_copy_to(plan, stick)

    assert spanish(refused).startswith(
        f"Ya hay un archivo llamado {plan.path.name} en {stick}. No se sobrescribió nada"
    )
    assert (stick / plan.path.name).read_text(encoding="utf-8") == "la copia de otra familia"
