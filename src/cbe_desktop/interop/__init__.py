"""Reading and writing other programs' files: CASE JSON, Canvas outcomes CSV, plain CSV,
OneRoster CSV. No Qt and no database here: bytes or paths in, plain records out
(``records.py``); ``services/importing.py`` turns the records into a plan and applies it.
"""
