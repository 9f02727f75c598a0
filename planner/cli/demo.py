"""`demo`: create a sample plan of a fictional family."""

from __future__ import annotations

import argparse

from planner.cli.common import add_plan_options, plan_path, read_passphrase
from planner.cli.language import NOT_PROTECTED, PROTECTED, said
from planner.paths import AppPaths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=said("create a sample plan of a fictional family"),
        description=said("Create a new plan filled with a fictional family, to try the planner."),
    )
    add_plan_options(parser, in_subcommand=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from planner.core.content_packs.store import content_in_use
    from planner.core.demo import build_demo
    from planner.core.plans import PlanFile

    path = plan_path(args, make_default_folder=True)
    passphrase = read_passphrase(args)
    catalog = content_in_use(AppPaths.resolve(args.data_dir).content_dir).catalog
    with PlanFile.create(path, lambda session: build_demo(session, catalog), passphrase):
        pass
    protection = said(PROTECTED) if passphrase else said(NOT_PROTECTED)
    print(said("Created a sample plan at {path} ({protection}).", path=path, protection=protection))
    return 0
