"""The planner's engine: plan files, data, content and exports. No Qt in here."""
