"""The Qt Widgets layer: windows, views and dialogs over planner.core. No SQL in here."""
