"""Family Safety Planner: an offline safety plan for families."""
