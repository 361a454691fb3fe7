"""cbe-desktop: an offline gradebook for teachers who teach by competency."""

#: The program's version, the same as pyproject.toml's (tests/test_version.py keeps them
#: equal). Written here rather than read with importlib.metadata, which costs about 40 ms
#: at every start (it parses the installed package's METADATA with the email package).
__version__ = "0.1.0"
