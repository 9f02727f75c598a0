"""`python -m planner`."""

import sys

from planner.app import main

sys.exit(main())
