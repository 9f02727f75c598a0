"""A plan in Spanish exports in Spanish: the family and youth summaries, as HTML and as PDF
(made by the real command, read back with poppler's pdftotext)."""

from __future__ import annotations

import html as html_lib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.catalog import Catalog
from planner.core.export.youth import youth_summary
from planner.core.plans import PlanFile
from planner.core.services import children, plan

FAMILY_HEADINGS_ES = (
    "Plan de seguridad familiar",
    "En este plan",
    "Recordatorios",
    "A quién contactar",
    "Registro de conversaciones",
    "Preocupaciones",
    "Nuestro acuerdo familiar",
    "Firmas",
    "Si un niño o una niña está en peligro ahora mismo, llame al 911.",
)
FAMILY_HEADINGS_EN = (
    "Family safety plan",
    "In this plan",
    "Reminders",
    "Who to contact",
    "Conversation log",
    "Our family agreement",
    "Signed",
    "Made on",
    "Household rules with",
    "Settings we agreed",
    "To discuss",
    "Every 2 weeks",
    "How to reach them",
)
YOUTH_HEADINGS_ES = (
    "Plan de seguridad en internet de Maya",
    "Mis apps y los ajustes que acordamos",
    "Consejos para cuidarte",
    "A quién se lo puedo contar",
    "Líneas de ayuda a las que puedes llamar o escribir",
    "Si algo sale mal",
    "Si estás en peligro ahora mismo, llama al 911.",
)
YOUTH_HEADINGS_EN = (
    "online safety plan",
    "My apps and the settings we agreed",
    "Tips for staying safe",
    "Who I can tell",
    "Helplines you can call or text",
    "If something goes wrong",
    "If you are in danger right now",
)
SPANISH_DATE = re.compile(
    r"\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre) de \d{4}\b"
)
ENGLISH_MONTHS = ("January", "March", "April", "June", "July", "August", "November", "December")


def export(plan_path: Path, home: Path, out: Path, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planner", "export", "--plan", str(plan_path), *args,
         "--out", str(out)],
        capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "FAMILY_SAFETY_PLANNER_HOME": str(home)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def pdf_text(path: Path) -> str:
    """The PDF's words, with line breaks inside table cells undone."""
    assert shutil.which("pdftotext"), "pdftotext is missing: install poppler-utils"
    found = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(found.stdout.split())


def html_text(path: Path) -> str:
    """The words a browser shows: tags dropped, entities decoded, spaces joined."""
    words = re.sub(r"<style>.*?</style>|<[^>]+>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return " ".join(html_lib.unescape(words).split())


def make_spanish(plan_path: Path, catalog: Catalog) -> None:
    with PlanFile.open(plan_path) as opened, opened.unit_of_work() as session:
        details = plan.get_details(session)
        plan.update_details(
            session, plan.NewPlan(details.name, details.country, "es", details.mode), catalog
        )


@pytest.fixture(scope="module")
def exported(templates, catalog, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The demo plan switched to Spanish and exported once in each way."""
    folder = tmp_path_factory.mktemp("spanish")
    plan_path = Path(shutil.copy2(templates["demo"], folder / "demo.plan"))
    make_spanish(plan_path, catalog)
    for fmt in ("pdf", "html"):
        export(plan_path, folder, folder / f"family.{fmt}", "--format", fmt, "--include-log")
        export(plan_path, folder, folder / f"youth.{fmt}", "--format", fmt,
               "--audience", "youth", "--child", "maya")  # fmt: skip
    return folder


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_the_family_summary_is_in_spanish(exported, fmt):
    text = (
        pdf_text(exported / "family.pdf") if fmt == "pdf" else html_text(exported / "family.html")
    )

    for words in FAMILY_HEADINGS_ES:
        assert words in text
    for words in FAMILY_HEADINGS_EN:
        assert words not in text
    assert SPANISH_DATE.search(text)
    assert not [month for month in ENGLISH_MONTHS if month in text]
    assert "Cada 2 semanas" in text  # a reminder's repeat


def test_the_youth_summary_is_in_spanish(exported):
    for text in (pdf_text(exported / "youth.pdf"), html_text(exported / "youth.html")):
        for words in YOUTH_HEADINGS_ES:
            assert words in text
        for words in YOUTH_HEADINGS_EN:
            assert words not in text
        assert SPANISH_DATE.search(text)


def test_pdf_pages_are_numbered_in_spanish(exported):
    for name in ("family.pdf", "youth.pdf"):
        text = pdf_text(exported / name)
        assert "Página 1 de " in text
        assert "Page 1 of" not in text


def test_the_contacts_speak_spanish_with_their_official_names(exported, catalog):
    family, youth = pdf_text(exported / "family.pdf"), pdf_text(exported / "youth.pdf")
    hotline = catalog.country("US").contacts
    tipline = next(contact for contact in hotline if contact.id == "us-cybertipline")

    assert tipline.description.get("es") in html_text(exported / "family.html")
    assert "El lugar nacional para denunciar la explotación sexual" in family  # a PDF may break it
    assert "CyberTipline del NCMEC" in family and "NCMEC CyberTipline" not in family
    assert "Línea Nacional Contra la Trata de Personas" in family
    assert "Línea Nacional Contra la Trata de Personas" in youth
    assert "Las 24 horas del día, los 7 días de la semana" in youth
    assert "The national place to report" not in family
    assert "Aunt Rosa" in family  # the family's own contacts stay as they typed them


def test_the_guidance_in_the_summaries_is_spanish(exported, catalog):
    family, youth = html_text(exported / "family.html"), html_text(exported / "youth.html")
    tips = {tip.id: tip for tip in catalog.guidance.tips}

    assert tips["its-not-your-fault"].title.get("es") in youth
    assert tips["its-not-your-fault"].title.en not in youth
    signs = [sign.title for sign in catalog.guidance.signs]
    assert any(sign.get("es") in family for sign in signs)  # the demo concern's warning signs
    assert not [sign.en for sign in signs if sign.en in family]


def test_catalog_settings_are_spanish_where_the_catalog_has_spanish(demo_plan_path, catalog):
    make_spanish(demo_plan_path, catalog)
    with PlanFile.open(demo_plan_path) as opened, opened.unit_of_work() as session:
        maya = next(kid for kid in children.list_children(session) if kid.nickname == "Maya")
        summary = youth_summary(session, catalog, maya.id)
    titles = {setting.title for app in summary.apps for setting in app.settings}
    spanish = {s.title.get("es") for s in catalog.settings.values() if "es" in s.title.translations}
    english = {s.title.en for s in catalog.settings.values() if "es" in s.title.translations}

    assert titles
    assert not titles & english - spanish  # a translated setting never shows its English title
