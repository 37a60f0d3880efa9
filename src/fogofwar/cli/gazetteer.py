"""Commands: ``fogofwar gazetteer build|add|info`` (owner: places, issue 3).

Thin wrappers over ``fogofwar.geo.build``; the index lives at ``fogofwar.geo.index.default_path()``
($FOGOFWAR_GAZETTEER, else $FOGOFWAR_HOME/gazetteer.sqlite, else ~/.cache/fogofwar/gazetteer.sqlite)
unless ``--index`` says otherwise. Gazetteer data: GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import json
import sqlite3
import time

import click

from . import main


@main.group()
def gazetteer() -> None:
    """Build and extend the place gazetteer (GeoNames data, CC BY 4.0)."""


_index_opt = click.option("--index", "index_path", type=click.Path(dir_okay=False),
                          default=None, help="Index file (default: the user's cache).")


@gazetteer.command("build")
@_index_opt
@click.option("--if-missing", is_flag=True, help="Do nothing when the index already exists.")
def build_cmd(index_path: str | None, if_missing: bool) -> None:
    """Build the embedded default gazetteer (countries, regions, world towns) offline."""
    from ..geo.build import build_default_index, is_current
    from ..geo.index import default_path

    target = index_path or default_path()
    if if_missing and is_current(target):
        click.echo(f"{target} is up to date")
        return
    t0 = time.perf_counter()
    path = build_default_index(index_path)
    click.echo(f"built {path} in {time.perf_counter() - t0:.1f} s")


@gazetteer.command("add")
@click.argument("sources", nargs=-1, required=True)
@click.option("--from", "from_path", type=click.Path(exists=True), default=None,
              help="Folder (or file) of GeoNames dumps: CC.zip, CC-postal.zip, admin1CodesASCII.txt,"
                   " admin2Codes.txt, countryInfo.txt, alternateNames. Without it: download.")
@_index_opt
def add_cmd(sources: tuple[str, ...], from_path: str | None, index_path: str | None) -> None:
    """Add GeoNames country dumps (UA) or postal dumps (RU-postal) to the gazetteer."""
    from ..geo.build import GazetteerSourceError, add_sources
    from ..geo.geonames_io import GeoNamesFormatError

    try:
        results = add_sources(list(sources), from_path, index_path)
    except (GazetteerSourceError, GeoNamesFormatError, FileNotFoundError) as e:
        raise click.ClickException(str(e)) from e
    for r in results:
        click.echo(f"{r.source}: {r.places} places from {', '.join(r.files)}")
    from ..provenance import gazetteer_identity

    click.echo(f"gazetteer now {gazetteer_identity(index_path)}: reports stored before are "
               "stale; re-extract them with `fogofwar reprocess --stale`")


@gazetteer.command("info")
@_index_opt
def info_cmd(index_path: str | None) -> None:
    """Show where the gazetteer is and what it holds (places per source)."""
    from ..geo.index import GazetteerIndex, default_path

    path = index_path or str(default_path())
    try:
        idx = GazetteerIndex.open(path)
    except (FileNotFoundError, ValueError) as e:
        raise click.ClickException(str(e)) from e
    except sqlite3.DatabaseError as e:  # a file that is no SQLite database at all
        raise click.ClickException(f"{path} is not a fogofwar gazetteer index ({e})") from None
    click.echo(json.dumps({"index": path, "places": idx.stats(), "identity": idx.identity(),
                           "built": idx.meta(),
                           "attribution": "GeoNames, geonames.org, CC BY 4.0"}, indent=2))
    idx.close()
