"""Jobs the window and the command line share, which span packages (no Qt here).

- :mod:`.importing`: plan and apply an import of targets or a roster from other
  programs' files (read by ``interop``), and export targets to them;
- :mod:`.maintenance`: restore a backup (and check the store).
"""
