"""`check`: verify a plan's integrity and schema, and say what it holds."""

from __future__ import annotations

import argparse

from planner.cli.common import add_plan_options, open_plan, plan_path
from planner.cli.language import NOT_PROTECTED, PROTECTED, said
from planner.core.i18n import mark


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help=said("check a plan file and count what it holds"),
        description=said("Check a plan's integrity and schema version, and count what it holds."),
    )
    add_plan_options(parser, in_subcommand=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.core.errors import DamagedPlanError
    from planner.core.revisions import SCHEMA_REVISION
    from planner.core.services.plan import counts

    path = plan_path(args)
    with open_plan(args) as plan:
        if plan.damaged_log is not None:
            raise DamagedPlanError(
                "The plan at {path} is damaged: its write-ahead log held {count} recent changes "
                "(pages) that could not be applied. A copy of the log was kept at {copy}. "
                "Restore the plan from a backup, or keep that copy for someone who can recover it.",
                path=path,
                count=plan.damaged_log.dropped_frames,
                copy=plan.damaged_log.kept_copy,
            )
        problems = plan.integrity_problems()
        if problems:
            raise DamagedPlanError(
                mark(
                    "The plan at {path} is damaged ({count} problems found). "
                    "Restore it from a backup."
                ),
                path=path,
                count=len(problems),
            )
        with plan.unit_of_work() as session:
            held = counts(session)
        protection = said(PROTECTED) if plan.encrypted else said(NOT_PROTECTED)
    print(said("Plan file: {path} ({protection})", path=path, protection=protection))
    print(said("Schema: {revision} (current)", revision=SCHEMA_REVISION))
    print(said("Integrity: ok"))
    print(said("It holds:"))
    rows = [(said(label), number) for label, number in held.as_rows()]
    width = max(len(label) for label, _ in rows)
    for label, number in rows:
        print(f"  {label:<{width}}  {number}")
    return 0
