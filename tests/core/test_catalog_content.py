"""The built-in content itself: what a young person reads, what each country is offered, and
that every contact and fact says where it comes from."""

from __future__ import annotations

import re

import pytest

from planner.core.catalog import Catalog, load_catalog
from planner.core.catalog.youth import YOUTH_LANGUAGES

CATALOG = load_catalog()
PARENT_VOICE = re.compile(
    r"your (child|teen|son|daughter)|grooming|su hij[oa]|(el|la|los|las) adolescentes?",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return CATALOG


@pytest.mark.parametrize("app_id", sorted(CATALOG.apps))
def test_every_app_speaks_to_the_young_person_in_both_languages(app_id: str) -> None:
    app = CATALOG.app(app_id)
    for lang in YOUTH_LANGUAGES:
        texts = [app.youth_summary.translations[lang], *app.youth_steps.translations[lang]]
        texts += [setting.youth_why.translations[lang] for setting in app.settings]
        for text in texts:
            assert text.strip() and not PARENT_VOICE.search(text), (lang, text)


def test_there_are_forty_apps_including_the_ones_families_ask_about(catalog: Catalog) -> None:
    assert len(catalog.apps) >= 40
    assert {"yubo", "wizz", "vrchat", "random-video-chat", "character-ai"} <= catalog.apps.keys()


def test_every_contact_has_an_official_source_and_a_date(catalog: Catalog) -> None:
    for country in catalog.countries.values():
        for contact in country.contacts:
            assert not contact.meta.secondary, contact.id
            assert contact.meta.sources and contact.meta.checked, contact.id


def test_every_fact_has_a_source_and_a_date(catalog: Catalog) -> None:
    facts = list(catalog._facts())
    assert facts
    for fact in facts:
        assert fact.meta.sources and fact.meta.checked, fact.id


@pytest.mark.parametrize("code", sorted(CATALOG.countries))
def test_every_country_has_a_line_a_young_person_can_call(code: str) -> None:
    lines = [
        contact
        for contact in CATALOG.country(code).contacts
        if contact.for_youth and contact.kind == "hotline" and contact.phone
    ]
    assert lines, code


def test_the_us_offers_988_by_call_and_text_in_english_and_spanish(catalog: Catalog) -> None:
    lifeline = next(c for c in catalog.country("US").contacts if c.phone == "988")
    assert lifeline.text_number == "988" and lifeline.for_youth
    assert set(lifeline.languages) == {"en", "es"}
    assert lifeline.hours is not None and "24 hours" in lifeline.hours.en
    safe = next(s for s in catalog.guidance.worry_steps_for("US") if "hurting" in s.text.en)
    assert "911" in safe.text.en and "988" in safe.text.en


@pytest.mark.parametrize(
    ("code", "emergency", "youth_line"),
    [("MX", "911", "800 911 2000"), ("ES", "112", "900 20 20 10")],
)
def test_spanish_speaking_countries_are_offered(code: str, emergency: str, youth_line: str) -> None:
    country = CATALOG.country(code)
    assert country.emergency_number == emergency
    phones = {contact.phone for contact in country.contacts}
    assert {emergency, youth_line} <= phones
    for contact in country.contacts:
        assert contact.description.get("es") != contact.description.en, contact.id


def test_a_gb_plan_gets_ceop_and_report_remove_not_the_cybertipline(catalog: Catalog) -> None:
    tips = catalog.guidance.tips_for("GB", 15)
    texts = " ".join(tip.text.en for tip in tips)
    assert "CEOP" in texts and "Report Remove" in texts and "Childline" in texts
    assert "CyberTipline" not in texts and "988" not in texts
    assert all(not tip.countries or "GB" in tip.countries for tip in tips)


@pytest.mark.parametrize("code", sorted(CATALOG.countries))
def test_the_hotline_step_names_the_countrys_own_service(code: str) -> None:
    steps = CATALOG.guidance.worry_steps_for(code)
    assert all(code in step.countries for step in steps if step.countries)
    numbers = " ".join(step.text.en for step in steps if step.countries)
    assert CATALOG.country(code).emergency_number.split()[0] in numbers
    if code != "US":
        assert "CyberTipline" not in numbers


def test_the_meeting_tip_agrees_with_the_agreement_items(catalog: Catalog) -> None:
    tip = next(t for t in catalog.guidance.tips if t.id == "careful-about-meeting")
    items = {item.id: item for item in catalog.guidance.agreement_items}
    assert items["no-meeting-younger"].ages == (8, 13)
    assert items["meeting-only-with-adult-older"].ages == (14, 17)
    assert "Until you are 14, the answer is no" in tip.text.en
    assert "From 14, only if a parent or carer knows, agrees and comes with you" in tip.text.en


def test_the_corrected_notes_say_what_their_sources_say(catalog: Catalog) -> None:
    roblox = catalog.app("roblox").capabilities["private_messages"].note.en
    assert roblox.startswith("By default, children under 13 cannot send direct messages")
    assert "a parent can change this" in roblox
    league = catalog.app("league-of-legends").capabilities["voice_chat"].note.en
    assert "off by default" in league and "can turn it on" in league
    instagram = catalog.app("instagram").capabilities["location_sharing"].note.en
    assert "updates when the app is opened" in instagram and "not continuously" in instagram
    assert "live location" not in instagram
