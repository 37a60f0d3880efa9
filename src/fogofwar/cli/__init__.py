"""The ``fogofwar`` command line: thin commands over the library.

Each module here registers the commands of one area on the ``main`` group; the commands
parse options, call a library function and print. Owners: core.py (ingest, extract, queries,
export, demo), gazetteer.py (gazetteer build/add/info), incidents.py (incidents, incident),
reprocess.py (reprocess), serve.py (serve: the web workbench).
"""

from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fogofwar")
def main() -> None:
    """fogofwar: conflict reporting in, a sourced, geolocated, cross-checked record of events out."""


def _register() -> None:
    from . import (core, gazetteer, incidents, reprocess,  # noqa: F401  (modules add their
                   serve)  # commands to main)


_register()
