"""Jobs the window and the command line share, which span packages (no Qt here).

The floor between the window and {sync, interop, reports} (ARCHITECTURE.md):

- :mod:`.importing`: plan and apply an import of targets or a roster from other
  programs' files (read by ``interop``), the backup first (``import_with_backup``),
  and export targets to them;
- :mod:`.packets`: conference packets as files (gather, then write the PDF);
- :mod:`.maintenance`: check the store, and restore a backup.
"""
