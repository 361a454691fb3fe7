"""The window. The only package (with app.py) that imports Qt."""

from cbe_desktop.ui.pyside_scan import skip_source_scan

# Before the window's modules load: PySide6 would read each one's source (pyside_scan.py).
skip_source_scan()
