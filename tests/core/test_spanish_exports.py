"""A plan in Spanish exports in Spanish: the family and youth summaries, as HTML and as PDF
(made by the real command, read back with pypdf)."""

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
from planner.core.export.summary import family_summary
from planner.core.plans import PlanFile
from planner.core.services import plan
from tests.pdfs import pdf_text

FAMILY_HEADINGS_ES = (
    "Plan de seguridad familiar",
    "A quién llamar",
    "Próximos recordatorios",
    "A quién contactar",
    "Registro de conversaciones",
    "Preocupaciones",
    "Nuestro acuerdo familiar",
    "Lista de ajustes",
    "Si un niño o una niña está en peligro ahora mismo, llame al 911.",
)
FAMILY_HEADINGS_EN = (
    "Family safety plan",
    "Who to call",
    "Next reminders",
    "Who to contact",
    "Conversation log",
    "Our family agreement",
    "Settings checklist",
    "Made on",
    "Household rules with",
    "Settings we agreed",
    "To discuss",
    "Every 2 weeks",
    "How to reach them",
)
YOUTH_HEADINGS_ES = (
    "Mi plan de seguridad",
    "Mis apps",
    "Consejos para cuidarte",
    "A quién se lo puedo contar",
    "Líneas de ayuda a las que puedes llamar o escribir",
    "Si algo sale mal",
    "Si estás en peligro ahora mismo, llama al 911.",
)
YOUTH_HEADINGS_EN = (
    "My safety plan",
    "My apps",
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


def html_text(path: Path) -> str:
    """The words a browser shows: tags dropped, entities decoded, spaces joined."""
    page = re.sub(r"</?a\b[^>]*>", "", path.read_text(encoding="utf-8"))  # links are inline
    words = re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.S)
    return " ".join(html_lib.unescape(words).split())


def make_spanish(plan_path: Path, catalog: Catalog) -> None:
    with PlanFile.open(plan_path) as opened, opened.unit_of_work() as session:
        details = plan.get_details(session)
        plan.update_details(
            session, plan.NewPlan(details.name, details.country, "es", details.mode), catalog
        )


@pytest.fixture(scope="module")
def exported(templates, catalog, tmp_path_factory) -> Path:
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

    unspaced = text.replace(" ", "")  # a PDF reader may split a line where a link starts
    for words in FAMILY_HEADINGS_ES:
        assert words.replace(" ", "") in unspaced
    for words in FAMILY_HEADINGS_EN:
        assert words not in text
    assert SPANISH_DATE.search(text)
    assert not [month for month in ENGLISH_MONTHS if month in text]
    assert "Recordatorios de los próximos 90 días" in text


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
    assert "Línea Nacional Contra la Trata" in youth  # its table cell may wrap the name
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
        summary = family_summary(session, catalog)
    titles = {s.title for kid in summary.children for app in kid.apps for s in app.settings}
    spanish = {s.title.get("es") for s in catalog.settings.values() if "es" in s.title.translations}
    english = {s.title.en for s in catalog.settings.values() if "es" in s.title.translations}

    assert titles
    assert not titles & english - spanish  # a translated setting never shows its English title
