"""`python -m cbe_desktop` runs the command line (no command opens the window)."""

from cbe_desktop.cli import main

raise SystemExit(main())
