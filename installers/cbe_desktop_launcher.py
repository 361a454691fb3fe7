"""Entry point of the frozen program: PyInstaller runs this file as ``__main__``.

It is the same as ``python -m cbe_desktop``: no command opens the window, the
commands are the command line. Kept outside the package so the bundle's entry
point does not depend on how ``cbe_desktop/__main__.py`` is written.
"""

import sys

from cbe_desktop.cli import main

if __name__ == "__main__":
    # Finder on old macOS versions passes a process serial number; it is not ours.
    sys.argv = [a for a in sys.argv if not a.startswith("-psn_")]
    sys.exit(main())
