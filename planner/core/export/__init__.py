"""Exports of a plan: view models (summary.py), HTML through Jinja2 (html.py), safe file writes.

Nothing here imports Jinja2 at import time: the window imports this package before it needs it.
"""
