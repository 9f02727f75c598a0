"""The command line: one module per subcommand, each with `register(subparsers)`.

A subcommand module adds its parser with `subparsers.add_parser(...)` and sets
`parser.set_defaults(run=run)` where `run(args: argparse.Namespace) -> int` returns the exit code.
Errors that people should read are raised as `PlannerError`s; `app.main` prints them.
"""
