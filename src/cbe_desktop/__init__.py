"""cbe-desktop: an offline gradebook for teachers who teach by competency."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cbe-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
