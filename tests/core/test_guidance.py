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
