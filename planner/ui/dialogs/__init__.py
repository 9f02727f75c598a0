"""Editors and other dialogs. Opened with open() (never exec()), so the window stays usable."""
