"""What the planner says about a content pack, by problem id (English source; Spanish in
resources/translations/core_es.toml)."""

from __future__ import annotations

from collections.abc import Mapping

from planner.core.i18n import mark, t

MESSAGES = {
    "pack-missing": mark("There is no file at {path}."),
    "pack-unreadable": mark("The file {path} could not be read."),
    "pack-too-big": mark(
        "This file is too big to be a safety information update (the limit is {megabytes} MB)."
    ),
    "pack-not-a-pack": mark(
        "This file is not a safety information update from the planner's makers, or it is "
        "damaged. Nothing was changed."
    ),
    "pack-newer-format": mark(
        "This update was made for a newer version of the planner. Install the newer planner "
        "first. Nothing was changed."
    ),
    "pack-unknown-signer": mark(
        "This update is not signed by the planner's makers, so it cannot be trusted. Nothing was "
        "changed."
    ),
    "pack-bad-signature": mark(
        "This update was changed after it was signed (or it is damaged), so it cannot be "
        "trusted. Nothing was changed."
    ),
    "pack-bad-file": mark(
        "This update holds a file the planner does not accept ({name}). Nothing was changed."
    ),
    "pack-version": mark(
        "{version} is not a version of the safety information. Nothing was changed."
    ),
    "pack-is-folder": mark("{path} is a folder: choose the update file inside it."),
    "pack-future": mark(
        "This update says it was made or checked in the future ({version}, {checked}): check "
        "this computer's date, or ask the planner's makers for a correct file. Nothing was "
        "changed."
    ),
    "pack-drops-country": mark(
        "This update has no contacts for {countries}, which this planner offers: plans there "
        "would lose their emergency numbers. Nothing was changed."
    ),
    "pack-not-newer": mark(
        "This update ({version}) is not newer than the safety information in use ({current}). "
        "Nothing was changed."
    ),
    "pack-bad-content": mark(
        "This update's information did not pass the planner's checks ({detail}). Nothing was "
        "changed."
    ),
    "pack-cannot-store": mark(
        "The update could not be saved in the planner's folder {path}. Nothing was changed."
    ),
}


def pack_message(problem: str, fields: Mapping[str, object], lang: str) -> str:
    return t(MESSAGES[problem], lang).format(**fields)
