"""`python -m planner.core.catalog [RESOURCES]`: writes the compiled catalog (see compiled.py)."""

import sys

from planner.core.catalog.compiled import main

# Imported without running (tests walk every module of the package), it writes nothing.
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
