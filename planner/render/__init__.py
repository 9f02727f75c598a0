"""Rendering that needs QtGui but no widgets (HTML -> PDF)."""
