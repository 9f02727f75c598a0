"""The seed guidance sheet's two lists each live on in exactly one guidance entry.

The sheet (shared/seed/internet-safety-csec-guidance.md) is where the planner's guidance began:
11 things adults can do and 8 tips to give young people. Each item is quoted briefly below with the
`seed_item` key that the guidance files use for it, so a lost or doubled item fails here.
"""

from __future__ import annotations

import pytest

from planner.core.catalog import Guidance, load_catalog

ADULT_ITEMS = {
    "adults.monitor-use": "Monitor internet use of the youth, including phones and apps",
    "adults.check-friends-lists": 'Check the youth\'s "Friends" lists and who they are contacting',
    "adults.personal-information": "Make sure youth understand what personal information is",
    "adults.make-accounts-private": "Help youth make their account private",
    "adults.vet-sites-and-apps": "Vet internet sites and apps that youth want to use",
    "adults.talk-about-safety": "Talk to youth about online safety",
    "adults.encourage-reporting-posts": "Encourage youth to report inappropriate posts or pictures",
    "adults.encourage-blocking": "Encourage youth to block suspicious profiles",
    "adults.research-technology": "Research technology used by youth",
    "adults.casual-conversation": "Open a casual conversation about who the youth speaks to",
    "adults.report-to-police": "Advise youth to report criminal behavior to the police",
}

YOUTH_ITEMS = {
    "youth.think-before-joining": "think about how different sites work before deciding to join",
    "youth.keep-info-private": "keeping your information to yourself",
    "youth.careful-with-screen-names": "cautious about ... screen names that could identify them",
    "youth.post-only-what-everyone-can-see": "only post information that you are comfortable with",
    "youth.cant-take-it-back": "once they post information online, they can't take it back",
    "youth.wary-of-meeting": "be wary if a new online friend wants to meet them in person",
    "youth.consider-no-photo": "consider not using a picture of themselves",
    "youth.trust-your-gut": "trust their gut if they have suspicions",
}


@pytest.fixture(scope="module")
def guidance() -> Guidance:
    return load_catalog().guidance


def test_the_seed_lists_have_eleven_and_eight_items() -> None:
    assert (len(ADULT_ITEMS), len(YOUTH_ITEMS)) == (11, 8)


@pytest.mark.parametrize("seed_item", ADULT_ITEMS)
def test_each_adult_item_has_exactly_one_action(guidance: Guidance, seed_item: str) -> None:
    entries = [action.id for action in guidance.actions if action.seed_item == seed_item]
    assert len(entries) == 1, (ADULT_ITEMS[seed_item], entries)


@pytest.mark.parametrize("seed_item", YOUTH_ITEMS)
def test_each_youth_item_has_exactly_one_tip(guidance: Guidance, seed_item: str) -> None:
    entries = [tip.id for tip in guidance.tips if tip.seed_item == seed_item]
    assert len(entries) == 1, (YOUTH_ITEMS[seed_item], entries)


def test_no_entry_claims_an_item_the_seed_lacks(guidance: Guidance) -> None:
    claimed = {action.seed_item for action in guidance.actions} | {
        tip.seed_item for tip in guidance.tips
    }
    assert claimed - {*ADULT_ITEMS, *YOUTH_ITEMS, None} == set()


def test_a_gb_youth_plan_names_ceop_and_childline_and_no_us_service(demo_plan_path, catalog):
    """What a young person in the UK reads: their own country's services, never the US ones."""
    from planner.core.export.youth import youth_summary
    from planner.core.plans import PlanFile
    from planner.core.services import children
    from planner.core.services.plan import NewPlan, get_details, update_details

    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        details = get_details(session)
        update_details(session, NewPlan(name=details.name, country="GB"), catalog)
        maya = next(c for c in children.list_children(session) if c.nickname == "Maya")
        summary = youth_summary(session, catalog, maya.id)
    shown = summary.tips + summary.when_wrong
    words = " ".join(f"{advice.title} {advice.text}" for advice in shown)
    assert "CEOP" in words and "Report Remove" in words and "0800 1111" in words
    for us_only in ("CyberTipline", "988", "911", "1-800-843-5678"):
        assert us_only not in words


def test_a_us_youth_plan_offers_988(demo_plan_path, catalog):
    from planner.core.export.youth import youth_summary
    from planner.core.plans import PlanFile
    from planner.core.services import children

    with PlanFile.open(demo_plan_path) as plan, plan.unit_of_work() as session:
        maya = next(c for c in children.list_children(session) if c.nickname == "Maya")
        summary = youth_summary(session, catalog, maya.id)
    assert any("988" in advice.text for advice in summary.tips)
