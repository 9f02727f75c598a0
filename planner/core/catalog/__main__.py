"""`python -m planner.core.catalog [RESOURCES]`: writes the compiled catalog (see compiled.py)."""

import sys

from planner.core.catalog.compiled import main

sys.exit(main(sys.argv[1:]))
