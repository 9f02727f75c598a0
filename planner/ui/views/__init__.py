"""One widget per section of the main window."""
