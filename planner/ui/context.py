"""The one object handed to every window part: the open plan, the catalog, the events.

Passed explicitly (no global main window), so a view can be built and tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.core.catalog import Catalog
from planner.core.content_packs.store import ContentInUse
from planner.core.plans import PlanFile
from planner.paths import AppPaths
from planner.ui.events import AppEvents


@dataclass
class AppContext:
    paths: AppPaths
    catalog: Catalog
    events: AppEvents = field(default_factory=AppEvents)
    plan: PlanFile | None = None
    language: str = "en"
    # Which safety information `catalog` is (built in, or an update imported from a file).
    content: ContentInUse | None = None

    @property
    def is_open(self) -> bool:
        return self.plan is not None and self.plan.is_open
