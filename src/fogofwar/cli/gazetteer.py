"""Commands: to be written (see cli/__init__.py for the owner of this module)."""

from . import main  # noqa: F401
