"""The apps each child uses and the settings agreed for each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.core import models as m
from planner.core.app_names import display_name
from planner.core.catalog import CAPABILITY_KEYS, Catalog, RecommendedSetting
from planner.core.dto import AppUseDTO, SettingAgreementDTO
from planner.core.errors import ValidationError
from planner.core.general_checklist import general_checks
from planner.core.i18n import ENGLISH
from planner.core.services.common import get_or_fail
from planner.core.services.validate import (
    choice,
    ensure_room,
    not_future,
    optional_text,
    required_text,
)


def app_display_name(catalog: Catalog, use: AppUseDTO, lang: str = ENGLISH) -> str:
    """The name people know the app by (planner.core.app_names)."""
    return display_name(catalog, use.catalog_app_id, use.custom_name, lang)


def list_app_uses(session: Session, child_id: int | None = None) -> list[AppUseDTO]:
    statement = select(m.AppUse).order_by(m.AppUse.child_id, m.AppUse.id)
    if child_id is not None:
        statement = statement.where(m.AppUse.child_id == child_id)
    return [_app_use(row) for row in session.scalars(statement)]


def get_app_use(session: Session, app_use_id: int) -> AppUseDTO:
    return _app_use(get_or_fail(session, m.AppUse, app_use_id, "that app"))


def add_app_use(
    session: Session,
    catalog: Catalog,
    child_id: int,
    *,
    catalog_app_id: str | None = None,
    custom_name: str | None = None,
    handle: str = "",
    purpose: str = "",
    agreed_on: dt.date | None = None,
    propose_settings: bool = True,
    language: str = ENGLISH,
) -> AppUseDTO:
    """Add an app a child uses; a catalog app brings its recommended settings "to discuss",
    an app the planner does not know the general checks (in `language`, the plan's)."""
    get_or_fail(session, m.Child, child_id, "that child")
    app_id, name = _app_identity(catalog, catalog_app_id, custom_name)
    if app_id is not None and session.scalar(
        select(m.AppUse.id).where(m.AppUse.child_id == child_id, m.AppUse.catalog_app_id == app_id)
    ):
        raise ValidationError(
            "{app} is already in this child's apps.", app=catalog.apps[app_id].name
        )
    ensure_room(session, m.AppUse, "app_uses")
    proposed = catalog.apps[app_id].settings if app_id is not None and propose_settings else ()
    ensure_room(session, m.SettingAgreement, "setting_agreements", len(proposed))
    use = m.AppUse(
        child_id=child_id,
        catalog_app_id=app_id,
        custom_name=name,
        handle=optional_text(handle, "the account name", 200),
        purpose=optional_text(purpose, "what it is used for"),
        agreed_on=not_future(agreed_on, "date it was agreed"),
        status="active",
    )
    session.add(use)
    session.flush()
    if proposed:
        for setting in proposed:
            session.add(m.SettingAgreement(app_use_id=use.id, catalog_setting_id=setting.id))
        session.flush()
    elif propose_settings:
        for check in general_checks(language):
            session.add(m.SettingAgreement(app_use_id=use.id, custom_title=check))
        session.flush()
    return _app_use(use)


def update_app_use(
    session: Session,
    app_use_id: int,
    *,
    handle: str,
    purpose: str,
    agreed_on: dt.date | None,
    status: str,
    notes: str = "",
    custom_name: str | None = None,
) -> AppUseDTO:
    use = get_or_fail(session, m.AppUse, app_use_id, "that app")
    use.handle = optional_text(handle, "the account name", 200)
    use.purpose = optional_text(purpose, "what it is used for")
    use.agreed_on = not_future(agreed_on, "date it was agreed")
    use.status = choice(status, m.APP_USE_STATUSES, "status")
    use.notes = optional_text(notes, "notes")
    if use.custom_name is not None and custom_name is not None:
        use.custom_name = required_text(custom_name, "the app's name", 100)
    session.flush()
    return _app_use(use)


@dataclass(frozen=True, slots=True)
class AppUseDeletion:
    """What deleting an app also removes (the database cascades them): shown before confirming.
    Concerns about the app are kept; they only lose the link to it."""

    setting_agreements: int
    reminders: int


def deletion_summary(session: Session, app_use_id: int) -> AppUseDeletion:
    get_or_fail(session, m.AppUse, app_use_id, "that app")
    setting_ids = select(m.SettingAgreement.id).where(m.SettingAgreement.app_use_id == app_use_id)
    reminders_lost = or_(
        m.Reminder.app_use_id == app_use_id, m.Reminder.setting_agreement_id.in_(setting_ids)
    )
    settings = session.scalar(select(func.count()).select_from(setting_ids.subquery()))
    reminders = session.scalar(select(func.count()).where(reminders_lost))
    return AppUseDeletion(setting_agreements=int(settings or 0), reminders=int(reminders or 0))


def delete_app_use(session: Session, app_use_id: int) -> None:
    session.delete(get_or_fail(session, m.AppUse, app_use_id, "that app"))
    session.flush()


# A feature of an app added by name that nobody has checked yet: the catalog's word for it.
NOT_CHECKED = "unknown"


def recorded_capabilities(
    session: Session, app_use_id: int | None = None
) -> dict[int, dict[str, str]]:
    """What the family recorded that their own apps allow: {app use: {feature: value}}, the
    features in CAPABILITY_KEYS order. A feature not checked yet is absent, and so is an app
    with nothing recorded."""
    statement = select(m.RecordedCapability)
    if app_use_id is not None:
        statement = statement.where(m.RecordedCapability.app_use_id == app_use_id)
    rows = sorted(
        session.scalars(statement),
        key=lambda row: (row.app_use_id, CAPABILITY_KEYS.index(row.capability)),
    )
    found: dict[int, dict[str, str]] = {}
    for row in rows:
        found.setdefault(row.app_use_id, {})[row.capability] = row.value
    return found


def set_custom_app_capability(
    session: Session, app_use_id: int, capability: str, value: str
) -> None:
    """Record whether an app added by name allows a feature ("yes", "limited" or "no"), or
    that it is not checked yet (NOT_CHECKED): the planner then says it is not known."""
    use = get_or_fail(session, m.AppUse, app_use_id, "that app")
    if use.custom_name is None:
        raise ValidationError(
            "The planner's safety information already says what this app allows: the family "
            "records it only for an app added by name."
        )
    key = choice(capability, CAPABILITY_KEYS, "feature")
    answer = choice(value, (*m.RECORDED_VALUES, NOT_CHECKED), "answer")
    row = session.get(m.RecordedCapability, (app_use_id, key))
    if answer == NOT_CHECKED:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(m.RecordedCapability(app_use_id=app_use_id, capability=key, value=answer))
    else:
        row.value = answer
    session.flush()


def addable_settings(
    session: Session, catalog: Catalog, app_use_id: int
) -> list[RecommendedSetting]:
    """The catalog's recommended settings for this app that are not on its checklist yet."""
    use = get_or_fail(session, m.AppUse, app_use_id, "that app")
    app = catalog.apps.get(use.catalog_app_id or "")
    if app is None:
        return []  # an app the catalog does not know: only the family's own settings
    listed = {row.catalog_setting_id for row in list_settings(session, app_use_id)}
    return [setting for setting in app.settings if setting.id not in listed]


def list_settings(session: Session, app_use_id: int | None = None) -> list[SettingAgreementDTO]:
    statement = select(m.SettingAgreement).order_by(
        m.SettingAgreement.app_use_id, m.SettingAgreement.id
    )
    if app_use_id is not None:
        statement = statement.where(m.SettingAgreement.app_use_id == app_use_id)
    return [_setting(row) for row in session.scalars(statement)]


def add_setting(
    session: Session,
    catalog: Catalog,
    app_use_id: int,
    *,
    catalog_setting_id: str | None = None,
    custom_title: str | None = None,
    state: str = "to_discuss",
    notes: str = "",
) -> SettingAgreementDTO:
    use = get_or_fail(session, m.AppUse, app_use_id, "that app")
    if (catalog_setting_id is None) == (custom_title is None):
        raise ValidationError("Choose a recommended setting or write your own, not both.")
    if catalog_setting_id is not None:
        setting = catalog.settings.get(catalog_setting_id)
        if setting is None or setting.app_id != use.catalog_app_id:
            raise ValidationError(
                "{setting} is not a setting of this app.", setting=repr(catalog_setting_id)
            )
        if session.scalar(
            select(m.SettingAgreement.id).where(
                m.SettingAgreement.app_use_id == app_use_id,
                m.SettingAgreement.catalog_setting_id == catalog_setting_id,
            )
        ):
            raise ValidationError("That setting is already on this app's list.")
    ensure_room(session, m.SettingAgreement, "setting_agreements")
    agreement = m.SettingAgreement(
        app_use_id=app_use_id,
        catalog_setting_id=catalog_setting_id,
        custom_title=(
            None if custom_title is None else required_text(custom_title, "the setting", 200)
        ),
        state=choice(state, m.SETTING_STATES, "state"),
        notes=optional_text(notes, "notes"),
    )
    session.add(agreement)
    session.flush()
    return _setting(agreement)


def update_setting(
    session: Session,
    agreement_id: int,
    *,
    state: str,
    last_checked: dt.date | None,
    notes: str = "",
) -> SettingAgreementDTO:
    agreement = get_or_fail(session, m.SettingAgreement, agreement_id, "that setting")
    agreement.state = choice(state, m.SETTING_STATES, "state")
    agreement.last_checked = not_future(last_checked, "date it was last checked")
    agreement.notes = optional_text(notes, "notes")
    session.flush()
    return _setting(agreement)


def delete_setting(session: Session, agreement_id: int) -> None:
    session.delete(get_or_fail(session, m.SettingAgreement, agreement_id, "that setting"))
    session.flush()


def _app_identity(
    catalog: Catalog, catalog_app_id: str | None, custom_name: str | None
) -> tuple[str | None, str | None]:
    if (catalog_app_id is None) == (custom_name is None):
        raise ValidationError("Choose an app from the list or type its name, not both.")
    if catalog_app_id is not None:
        if catalog_app_id not in catalog.apps:
            raise ValidationError(
                "{app} is not an app the planner knows.", app=repr(catalog_app_id)
            )
        return catalog_app_id, None
    return None, required_text(custom_name or "", "the app's name", 100)


def _app_use(row: m.AppUse) -> AppUseDTO:
    return AppUseDTO(
        id=row.id,
        child_id=row.child_id,
        catalog_app_id=row.catalog_app_id,
        custom_name=row.custom_name,
        handle=row.handle,
        purpose=row.purpose,
        agreed_on=row.agreed_on,
        status=row.status,
        notes=row.notes,
    )


def _setting(row: m.SettingAgreement) -> SettingAgreementDTO:
    return SettingAgreementDTO(
        id=row.id,
        app_use_id=row.app_use_id,
        catalog_setting_id=row.catalog_setting_id,
        custom_title=row.custom_title,
        state=row.state,
        last_checked=row.last_checked,
        notes=row.notes,
    )
