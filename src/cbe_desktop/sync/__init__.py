"""Sync by file: laptops exchange their work as one ``.cbesync`` file and merge it.

- :mod:`.bundle`: the file format (a zip of JSON lines and attachments, with a manifest
  of hashes), written atomically and read defensively;
- :mod:`.crypto`: the optional passphrase (scrypt + AES-256-GCM around the whole zip);
- :mod:`.merge`: the rules that decide, row by row, what an incoming version does;
- :mod:`.exchange`: export, preview, import and verify, as the window and the command
  line call them.

No Qt here: the command line, the tests and the window share this code.
"""
