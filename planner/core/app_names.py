"""The name people know an app by, for every view and export (no database layer: the first
screen's read layer uses it too)."""

from __future__ import annotations

from planner.core.catalog import Catalog
from planner.core.i18n import ENGLISH, mark, t

NO_LONGER_IN_CATALOG = mark("{name} (no longer in the catalog)")


def display_name(
    catalog: Catalog, catalog_app_id: str | None, custom_name: str | None, lang: str = ENGLISH
) -> str:
    """An app that a newer catalog (a safety information update) no longer has is kept, and
    says so, rather than vanishing from the plan."""
    if catalog_app_id is None:
        return custom_name or ""
    app = catalog.apps.get(catalog_app_id)
    if app is None:
        return t(NO_LONGER_IN_CATALOG, lang).format(name=catalog_app_id)
    return app.name
