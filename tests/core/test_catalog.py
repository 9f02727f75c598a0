"""The catalog loader: each rule on a broken copy of a tiny tree, then the real content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.core.catalog import CAPABILITY_KEYS, Catalog, FactMeta, load_catalog
from planner.core.errors import CatalogError

CHATAPP = "catalog/apps/chatapp.toml"
OLDCHAT = "catalog/apps/oldchat.toml"
US = "contacts/us.toml"

MINIMAL_TREE = {
    CHATAPP: """\
id = "chatapp"
name = "Chat App"
category = "messaging"
status = "active"
minimum_age = 13
summary = { en = "A chat app.", es = "Una app de chat." }
youth_summary.en = "A chat app where people can message you."
youth_summary.es = "Una app de chat donde te pueden escribir."
youth_steps.en = ["Block them.", "Tell an adult you trust."]
youth_steps.es = ["Bloquéalo.", "Cuéntaselo a un adulto de confianza."]
sources = ["https://example.org/chatapp"]
checked = 2025-06-01

[capabilities]
private_messages = { value = "yes", note = { en = "One-to-one chats." } }
contact_from_strangers = { value = "limited", note = { en = "Friends only." } }
location_sharing = { value = "no", note = { en = "None." } }
live_streaming = { value = "no", note = { en = "None." } }
disappearing_messages = { value = "no", note = { en = "None." } }
gifts_or_currency = { value = "unknown", note = { en = "Not confirmed." } }

[capabilities.voice_chat]
value = "yes"
note = { en = "Calls." }
sources = ["https://example.org/calls"]
checked = 2025-09-01

[parent_tools]
text = { en = "None built in." }

[block]
steps = { en = ["Open the chat.", "Tap Block."] }

[report]
steps = { en = ["Hold the message.", "Tap Report."] }
url = "https://example.org/report"

[[settings]]
id = "chatapp.private-account"
title = { en = "Make the account private" }
why = { en = "Only friends see posts." }
youth_why = { en = "It keeps strangers away from you.", es = "Mantiene lejos a los desconocidos." }
steps = { en = ["Open Settings.", "Turn on Private account."] }
ages = [8, 17]

[[settings]]
id = "chatapp.friends-only"
title = { en = "Only friends can message" }
why = { en = "Strangers cannot start a chat." }
youth_why = { en = "It keeps strangers away from you.", es = "Mantiene lejos a los desconocidos." }
steps = { en = ["Open Privacy.", "Choose Friends."] }
ages = [13, 17]
sources = ["https://guide.example.net/chatapp"]
secondary = true
""",
    OLDCHAT: """\
id = "oldchat"
name = "Old Chat"
category = "video"
status = "closed"
closed_on = 2023-11-08
summary = { en = "A closed random video chat." }
youth_summary.en = "It has closed; similar sites put you on camera with strangers."
youth_summary.es = "Cerró; los sitios parecidos te ponen frente a la cámara con desconocidos."
youth_steps.en = ["Block them.", "Tell an adult you trust."]
youth_steps.es = ["Bloquéalo.", "Cuéntaselo a un adulto de confianza."]
similar_risk = { en = "Other random video chats work the same way." }
sources = ["https://news.example.org/oldchat-closed"]
checked = 2025-06-01
secondary = true

[capabilities]
private_messages = { value = "yes", note = { en = "Chats between strangers." } }
contact_from_strangers = { value = "yes", note = { en = "By design." } }
location_sharing = { value = "unknown", note = { en = "Not confirmed." } }
live_streaming = { value = "yes", note = { en = "Webcam video." } }
voice_chat = { value = "yes", note = { en = "Video carried sound." } }
disappearing_messages = { value = "yes", note = { en = "Chats were not kept." } }
gifts_or_currency = { value = "no", note = { en = "None." } }

[parent_tools]
text = { en = "The site no longer works." }

[block]
steps = { en = ["Nothing to block: the site is gone."] }

[report]
steps = { en = ["Report the person on the app they moved to."] }

[[settings]]
id = "oldchat.check-devices"
title = { en = "Look for random chat apps" }
why = { en = "The same risk lives on in similar apps." }
youth_why = { en = "It keeps strangers away from you.", es = "Mantiene lejos a los desconocidos." }
steps = { en = ["Look through the apps together."] }
ages = [8, 17]

[[settings]]
id = "oldchat.talk-about-strangers"
title = { en = "Talk about chatting with strangers" }
why = { en = "A child who can talk about it asks for help sooner." }
youth_why = { en = "It keeps strangers away from you.", es = "Mantiene lejos a los desconocidos." }
steps = { en = ["Ask which sites friends use."] }
ages = [8, 17]
""",
    US: """\
country = "US"
name = { en = "United States" }
paper = "letter"
emergency_number = "911"

[[contacts]]
id = "us-hotline"
kind = "hotline"
name = { en = "A hotline" }
description = { en = "Takes reports day and night." }
phone = "1-800-555-0100"
text_number = "233733"
tty = "711"
web = "https://hotline.example.org/"
email = "help@hotline.example.org"
hours = { en = "24 hours a day" }
languages = ["en", "es"]
sources = ["https://hotline.example.org/about"]
checked = 2025-06-01
""",
    "guidance/adult_actions.toml": """\
[[actions]]
id = "review-friends"
seed_item = "adults.check-friends-lists"
title = { en = "Look through friends together" }
text = { en = "Ask who each person is." }
feature = "reminders"
feature_text = { en = "A reminder brings it back." }
sources = ["https://example.org/adults"]
checked = 2025-06-01
""",
    "guidance/youth_tips.toml": """\
[[tips]]
id = "trust-your-gut"
seed_item = "youth.trust-your-gut"
title = { en = "Trust your gut" }
text = { en = "Tell an adult you trust." }
ages = [8, 17]
sources = ["https://example.org/youth"]
checked = 2025-06-01
""",
    "guidance/warning_signs.toml": """\
[[signs]]
id = "new-gifts"
title = { en = "New gifts" }
text = { en = "Gifts nobody can explain." }
sources = ["https://example.org/signs"]
checked = 2025-06-01
""",
    "guidance/topics.toml": """\
[[topics]]
id = "online-friends"
title = { en = "Online friends" }
text = { en = "Who do you talk to?" }
sources = ["https://example.org/topics"]
checked = 2025-06-01

[[topics.questions]]
band = "8-10"
text = { en = "Who do you play games with?" }

[[topics.questions]]
band = "14-17"
text = { en = "Has anyone online asked to meet?" }
""",
    "guidance/agreement_items.toml": """\
[[items]]
id = "ask-before-new-apps"
text = { en = "We ask before installing a new app." }
ages = [8, 13]
sources = ["https://example.org/agreement"]
checked = 2025-06-01
""",
    "guidance/when_worried.toml": """\
[[steps]]
id = "stay-calm"
title = { en = "Stay calm" }
text = { en = "Listen first." }
sources = ["https://example.org/worried"]
checked = 2025-06-01
""",
    "guidance/limits.toml": """\
[[sections]]
id = "no-monitoring"
title = { en = "The planner does not watch devices" }
text = { en = "It keeps a plan; it reads no messages." }
""",
}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name, text in MINIMAL_TREE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def load_error(root: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        load_catalog(root)
    return caught.value.message


# ---------------------------------------------------------------------------------------------
# The minimal tree as loaded


def test_minimal_tree_loads_with_inherited_sources(tree: Path) -> None:
    catalog = load_catalog(tree)

    app = catalog.app("chatapp")
    app_meta = FactMeta(("https://example.org/chatapp",), dt.date(2025, 6, 1), False)
    assert app.meta == app_meta
    assert list(app.capabilities) == list(CAPABILITY_KEYS)
    assert app.capabilities["private_messages"].meta == app_meta
    assert app.capabilities["voice_chat"].meta == FactMeta(
        ("https://example.org/calls",), dt.date(2025, 9, 1), False
    )
    assert app.parent_tools_meta == app_meta
    friends_only = catalog.setting("chatapp.friends-only")
    assert friends_only.meta == FactMeta(
        ("https://guide.example.net/chatapp",), dt.date(2025, 6, 1), True
    )
    assert friends_only.app_id == "chatapp"
    assert friends_only.steps.en == ("Open Privacy.", "Choose Friends.")
    assert app.report_url == "https://example.org/report"


def test_catalog_orders_and_indexes(tree: Path) -> None:
    catalog = load_catalog(tree)

    assert list(catalog.apps) == ["chatapp", "oldchat"]  # by name: "Chat App" < "Old Chat"
    assert list(catalog.settings) == [
        "chatapp.private-account",
        "chatapp.friends-only",
        "oldchat.check-devices",
        "oldchat.talk-about-strangers",
    ]
    assert catalog.country("US").contacts[0].languages == ("en", "es")
    topic = catalog.guidance.topics[0]
    assert [len(topic.questions[band]) for band in ("8-10", "11-13", "14-17")] == [1, 0, 1]
    assert catalog.guidance.limits[0].meta is None


@pytest.mark.parametrize("lookup", [Catalog.app, Catalog.setting, Catalog.country])
def test_unknown_ids_raise_key_error(tree: Path, lookup: Callable[[Catalog, str], object]) -> None:
    catalog = load_catalog(tree)
    with pytest.raises(KeyError):
        lookup(catalog, "nothing-here")


def test_text_falls_back_to_english(tree: Path) -> None:
    summary = load_catalog(tree).app("chatapp").summary

    assert summary.get("es") == "Una app de chat."
    assert summary.get("es_MX") == "Una app de chat."
    assert summary.get("fr") == summary.en == "A chat app."


def test_closed_app_keeps_its_dates_and_similar_risk(tree: Path) -> None:
    app = load_catalog(tree).app("oldchat")

    assert app.status == "closed"
    assert app.closed_on == dt.date(2023, 11, 8)
    assert app.similar_risk is not None
    assert app.report_url is None


def test_stale_facts_lists_every_fact_older_than_the_limit(tree: Path) -> None:
    catalog = load_catalog(tree)

    # 2025-09-01 (voice chat) is 90 days before this day; everything else (2025-06-01) is older.
    stale = catalog.stale_facts(dt.date(2025, 11, 30), older_than_days=91)

    ids = {fact.id for fact in stale}
    assert "chatapp/voice_chat" not in ids
    assert {"chatapp", "chatapp/private_messages", "chatapp.friends-only"} <= ids
    assert {"chatapp/parent_tools", "oldchat/report", "us-hotline"} <= ids
    assert {"adult_actions/review-friends", "topics/online-friends"} <= ids
    assert catalog.stale_facts(dt.date(2025, 11, 30), older_than_days=89) != stale
    assert catalog.stale_facts(dt.date(2025, 6, 1), older_than_days=0) == []


def test_default_catalog_is_loaded_once() -> None:
    assert load_catalog() is load_catalog()


# ---------------------------------------------------------------------------------------------
# Each rule, broken once: the message names the file, the entry and the field

SETTING = 'setting "chatapp.private-account"'
CONTACT = 'contact "us-hotline"'

BROKEN = [
    # (file, old text, new text, entry, field, what the message says)
    (CHATAPP, 'category = "messaging"\n', "", 'app "chatapp"', "category", "is required"),
    (CHATAPP, "minimum_age = 13", 'minimum_age = "13"', 'app "chatapp"', "minimum_age", "whole"),
    (CHATAPP, "minimum_age = 13", "minimum_age = 19", 'app "chatapp"', "minimum_age", "between"),
    (
        CHATAPP,
        'status = "active"',
        'status = "active"\ncatgory = "game"',
        'app "chatapp"',
        "catgory",
        "not a known field",
    ),
    (CHATAPP, "ages = [8, 17]", "ages = [8, 17]\nage = 9", SETTING, "age", "not a known field"),
    (
        CHATAPP,
        'category = "messaging"',
        'category = "chat"',
        'app "chatapp"',
        "category",
        "not one of",
    ),
    (CHATAPP, 'id = "chatapp"', 'id = "chat-app"', 'app "chat-app"', "id", "file name"),
    (CHATAPP, 'id = "chatapp"', 'id = "Chat_App"', "app", "id", "lowercase"),
    (
        CHATAPP,
        "gifts_or_currency = {",
        "gift_or_currency = {",
        'app "chatapp"',
        "capabilities.gifts_or_currency",
        "is required",
    ),
    (
        CHATAPP,
        "[capabilities]\n",
        '[capabilities]\nlocation_share = { value = "no" }\n',
        'app "chatapp"',
        "capabilities.location_share",
        "not a known field",
    ),
    (
        CHATAPP,
        '{ value = "limited"',
        '{ value = "sometimes"',
        'app "chatapp"',
        "capabilities.contact_from_strangers.value",
        "not one of",
    ),
    (
        CHATAPP,
        '{ value = "no", note = { en = "None." } }\nlive',
        '{ value = "no" }\nlive',
        'app "chatapp"',
        "capabilities.location_sharing.note",
        "is required",
    ),
    (CHATAPP, 'url = "https://example.org/report"', "", 'app "chatapp"', "report.url", "required"),
    (
        CHATAPP,
        'text = { en = "None built in." }',
        'text = { en = "None." }\nnote = "x"',
        'app "chatapp"',
        "parent_tools.note",
        "not a known field",
    ),
    (
        CHATAPP,
        'id = "chatapp.friends-only"',
        'id = "chatapp.private-account"',
        SETTING,
        "id",
        "already used",
    ),
    (
        CHATAPP,
        'id = "chatapp.friends-only"',
        'id = "friends-only"',
        'app "chatapp"',
        "id",
        '"friends-only" is not "chatapp."',
    ),
    (CHATAPP, "ages = [8, 17]", "ages = [8, 19]", SETTING, "ages", "within 0..18"),
    (CHATAPP, "ages = [8, 17]", "ages = [17, 8]", SETTING, "ages", "youngest first"),
    (CHATAPP, "ages = [8, 17]", "ages = [8]", SETTING, "ages", "two whole numbers"),
    (
        CHATAPP,
        'steps = { en = ["Open Settings.", "Turn on Private account."] }',
        'steps = { es = ["Abre Ajustes."] }',
        SETTING,
        "steps",
        'must have an "en" text',
    ),
    (
        CHATAPP,
        'title = { en = "Make the account private" }',
        'title = { en = "" }',
        SETTING,
        "title",
        "non-empty",
    ),
    (
        CHATAPP,
        'title = { en = "Make the account private" }',
        'title = "Make it private"',
        SETTING,
        "title",
        "table of translations",
    ),
    (
        CHATAPP,
        'title = { en = "Make the account private" }',
        'title = { en = "Private", eng = "Private" }',
        SETTING,
        "title",
        "two-letter",
    ),
    (
        CHATAPP,
        'sources = ["https://example.org/chatapp"]\n',
        "",
        'app "chatapp"',
        "sources",
        "is required",
    ),
    (
        CHATAPP,
        "checked = 2025-06-01",
        'checked = "2025-06-01"',
        'app "chatapp"',
        "checked",
        "TOML date",
    ),
    (
        CHATAPP,
        "checked = 2025-06-01",
        "checked = 2025-06-01T10:00:00",
        'app "chatapp"',
        "checked",
        "TOML date",
    ),
    (
        CHATAPP,
        '["https://guide.example.net/chatapp"]',
        '["http://guide.example.net/chatapp"]',
        'setting "chatapp.friends-only"',
        "sources",
        "not an https:// address",
    ),
    (
        CHATAPP,
        "secondary = true",
        'secondary = "yes"',
        'setting "chatapp.friends-only"',
        "secondary",
        "true or false",
    ),
    (
        CHATAPP,
        'url = "https://example.org/report"',
        'url = "www.example.org/report"',
        'app "chatapp"',
        "report.url",
        "not an https:// address",
    ),
    (
        OLDCHAT,
        'similar_risk = { en = "Other random video chats work the same way." }\n',
        "",
        'app "oldchat"',
        "similar_risk",
        'required when status is "closed"',
    ),
    (OLDCHAT, "closed_on = 2023-11-08\n", "", 'app "oldchat"', "closed_on", "required"),
    (
        CHATAPP,
        'status = "active"',
        'status = "active"\nclosed_on = 2024-01-01',
        'app "chatapp"',
        "closed_on",
        'only when status is "closed"',
    ),
    (
        US,
        'phone = "1-800-555-0100"',
        'phone = "1-800-THE-LOST"',
        CONTACT,
        "phone",
        "number to dial",
    ),
    (US, 'text_number = "233733"', 'text_number = "12"', CONTACT, "text_number", "number to dial"),
    (US, 'tty = "711"', 'tty = "7+11"', CONTACT, "tty", "number to dial"),
    (
        US,
        'emergency_number = "911"',
        'emergency_number = "nine-one-one"',
        'country "US"',
        "emergency_number",
        "number to dial",
    ),
    (
        US,
        'email = "help@hotline.example.org"',
        'email = "help(at)hotline.example.org"',
        CONTACT,
        "email",
        "not an e-mail address",
    ),
    (
        US,
        'web = "https://hotline.example.org/"',
        'web = "http://hotline.example.org/"',
        CONTACT,
        "web",
        "not an https:// address",
    ),
    (
        US,
        'languages = ["en", "es"]',
        'languages = ["en", "spa"]',
        CONTACT,
        "languages",
        "two-letter language code",
    ),
    (US, 'kind = "hotline"', 'kind = "helpline"', CONTACT, "kind", "not one of"),
    (US, 'paper = "letter"', 'paper = "A4"', 'country "US"', "paper", "not one of"),
    (US, 'country = "US"', 'country = "CA"', "", "country", 'match the file name "us"'),
    (US, "checked = 2025-06-01\n", "", CONTACT, "checked", "is required"),
    (
        "guidance/adult_actions.toml",
        'feature = "reminders"',
        'feature = "alarms"',
        'action "review-friends"',
        "feature",
        "not one of",
    ),
    (
        "guidance/adult_actions.toml",
        '"adults.check-friends-lists"',
        '"youth.check-friends"',
        'action "review-friends"',
        "seed_item",
        'is not "adults."',
    ),
    (
        "guidance/youth_tips.toml",
        "ages = [8, 17]",
        "",
        'tip "trust-your-gut"',
        "ages",
        "is required",
    ),
    (
        "guidance/warning_signs.toml",
        'title = { en = "New gifts" }',
        'title = { en = "New gifts" }\ntitel = { en = "x" }',
        'sign "new-gifts"',
        "titel",
        "not a known field",
    ),
    (
        "guidance/topics.toml",
        'band = "8-10"',
        'band = "8-11"',
        'topic "online-friends"',
        "questions[0].band",
        "not one of",
    ),
    (
        "guidance/agreement_items.toml",
        "ages = [8, 13]",
        "ages = [13, 8]",
        'item "ask-before-new-apps"',
        "ages",
        "youngest first",
    ),
    (
        "guidance/when_worried.toml",
        "checked = 2025-06-01\n",
        "",
        'step "stay-calm"',
        "checked",
        "is required",
    ),
    ("guidance/limits.toml", "[[sections]]", "[[section]]", "", "sections", "is required"),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "entry", "field", "problem"),
    BROKEN,
    ids=[f"{name.split('/')[-1]}:{field}:{problem}" for name, _, _, _, field, problem in BROKEN],
)
def test_broken_field_is_named(
    tree: Path, name: str, old: str, new: str, entry: str, field: str, problem: str
) -> None:
    edit(tree, name, old, new)

    message = load_error(tree)

    where = f"{name}: {entry}: " if entry else f"{name}: "
    assert message.startswith(f'{where}field "{field}": '), message
    assert problem in message


def test_checked_date_in_the_future_is_refused(tree: Path) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    edit(tree, CHATAPP, "checked = 2025-09-01", f"checked = {tomorrow.isoformat()}")

    assert load_error(tree) == (
        f'{CHATAPP}: app "chatapp": field "capabilities.voice_chat.checked": '
        f"{tomorrow} is in the future"
    )


def test_app_needs_two_to_six_settings(tree: Path) -> None:
    first_setting = MINIMAL_TREE[CHATAPP].index("[[settings]]")
    second_setting = MINIMAL_TREE[CHATAPP].index("[[settings]]", first_setting + 1)
    edit(tree, CHATAPP, MINIMAL_TREE[CHATAPP][first_setting:second_setting], "")
    assert load_error(tree).startswith(f'{CHATAPP}: app "chatapp": field "settings": must hold')

    for number in range(6):  # the one setting left and six more make one too many
        setting = f'\n[[settings]]\nid = "chatapp.extra-{number}"\n' + (
            'title = { en = "t" }\nwhy = { en = "w" }\nsteps = { en = ["s"] }\nages = [8, 17]\n'
        )
        with (tree / CHATAPP).open("a", encoding="utf-8") as file:
            file.write(setting)
    assert "must hold 2 to 6 settings, not 7" in load_error(tree)


def test_contact_ids_are_unique_across_countries(tree: Path) -> None:
    canada = MINIMAL_TREE[US].replace('country = "US"', 'country = "CA"')
    (tree / "contacts/ca.toml").write_text(canada, encoding="utf-8")

    assert load_error(tree).startswith(
        'contacts/us.toml: contact "us-hotline": field "id": "us-hotline" is already used in '
        "contacts/ca.toml"
    )


def test_guidance_ids_are_unique_within_a_file(tree: Path) -> None:
    name = "guidance/when_worried.toml"
    with (tree / name).open("a", encoding="utf-8") as file:
        file.write("\n" + MINIMAL_TREE[name])

    assert load_error(tree).startswith(f'{name}: step "stay-calm": field "id": ')


def test_invalid_toml_names_the_file(tree: Path) -> None:
    edit(tree, CHATAPP, 'name = "Chat App"', 'name = "Chat App')

    assert load_error(tree).startswith(f"{CHATAPP}: is not valid TOML: ")


def test_missing_and_unknown_guidance_files_are_refused(tree: Path) -> None:
    (tree / "guidance/limits.toml").rename(tree / "guidance/limit.toml")

    assert load_error(tree) == "guidance/limit.toml: is not a known guidance file"

    (tree / "guidance/limit.toml").unlink()
    assert load_error(tree) == "guidance/limits.toml: the file is missing"


def test_empty_apps_folder_is_refused(tree: Path) -> None:
    for path in (tree / "catalog/apps").iterdir():
        path.unlink()

    assert load_error(tree) == "catalog/apps: the folder holds no .toml files"


# ---------------------------------------------------------------------------------------------
# The real content

# The apps the seed guidance sheet names as examples (it says Twitter: now X).
SEED_APPS = (
    "world-of-warcraft",
    "league-of-legends",
    "minecraft",
    "facebook",
    "instagram",
    "x",
    "snapchat",
    "kik",
    "omegle",
    "whatsapp",
)


@pytest.fixture(scope="module")
def real() -> Catalog:
    return load_catalog()


def test_real_catalog_has_at_least_thirty_apps(real: Catalog) -> None:
    app_ids = sorted(real.apps)
    assert len(app_ids) >= 30, app_ids


@pytest.mark.parametrize("app_id", SEED_APPS)
def test_real_catalog_has_every_app_the_seed_names(real: Catalog, app_id: str) -> None:
    app_ids = sorted(real.apps)
    assert app_id in app_ids


def test_omegle_is_kept_as_closed(real: Catalog) -> None:
    omegle = real.app("omegle")
    assert omegle.status == "closed"
    assert omegle.similar_risk is not None


def test_every_real_app_is_complete(real: Catalog) -> None:
    for app in real.apps.values():
        assert list(app.capabilities) == list(CAPABILITY_KEYS), app.id
        assert 2 <= len(app.settings) <= 6, app.id
        assert app.report_steps.en, app.id
        assert app.meta.sources and app.meta.checked, app.id


def test_no_real_fact_is_older_than_eighteen_months(real: Catalog) -> None:
    stale = real.stale_facts(dt.date.today(), older_than_days=548)

    assert [(fact.kind, fact.id, fact.meta.checked) for fact in stale] == []


def test_us_contacts_carry_the_national_numbers(real: Catalog) -> None:
    contacts = real.country("US").contacts
    phones = {contact.phone: contact for contact in contacts}

    assert "1-800-843-5678" in phones  # NCMEC CyberTipline
    trafficking = phones["1-888-373-7888"]  # National Human Trafficking Hotline
    assert (trafficking.text_number, trafficking.tty) == ("233733", "711")


def test_a_youth_text_needs_spanish_too(tree: Path) -> None:
    edit(
        tree,
        CHATAPP,
        'youth_summary.es = "Una app de chat donde te pueden escribir."\n',
        "",
    )
    assert load_error(tree) == (
        'catalog/apps/chatapp.toml: app "chatapp": field "youth_summary": '
        'must have a "es" text: the youth plan is printed in it'
    )


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("It shows your child where friends are.", "your child"),
        ("Grooming often starts here.", "Grooming"),
        ("Muestra dónde está su hijo.", "su hijo"),
        ("Protege a los adolescentes.", "los adolescentes"),
        ("Usted puede bloquearlo.", "Usted"),
    ],
)
def test_a_youth_text_in_the_parents_voice_is_refused(tree: Path, written: str, found: str) -> None:
    edit(
        tree,
        CHATAPP,
        'youth_why = { en = "It keeps strangers away from you.", '
        'es = "Mantiene lejos a los desconocidos." }\n'
        'steps = { en = ["Open Settings.", "Turn on Private account."] }',
        f'youth_why = {{ en = "It keeps strangers away.", es = "{written}" }}\n'
        'steps = { en = ["Open Settings.", "Turn on Private account."] }',
    )
    message = load_error(tree)
    assert 'setting "chatapp.private-account": field "youth_why"' in message
    assert f'says "{found}": write it to the young person' in message


def test_a_tip_for_some_countries_names_existing_codes(tree: Path) -> None:
    edit(tree, "guidance/youth_tips.toml", "ages = [8, 17]", 'ages = [8, 17]\ncountries = ["uk"]')
    assert "is not a two-letter country code in capitals" in load_error(tree)
