"""What ``fogofwar demo`` prints: the stored events, each with the sources that report it.

Events with the same date, type, place and polarity from different reports are shown
together so one can see at a glance who reports what (a display grouping only); then the
incidents that fusion makes of them (``fogofwar incidents``), graded with the analyst
settings shipped beside the examples (``fogofwar.toml``) when present.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import click

from ..store.cells import printable
from .query import _place_label


def _echo(text: str = "") -> None:
    click.echo(printable(text))


def _key(row) -> tuple:
    e, p = row.event, row.place
    # A string in every case, so that groups sort (geonameids, names, no place at all).
    if p is None:
        place = ""
    else:
        place = str(p.geonameid) if p.geonameid is not None else (p.name or p.text).lower()
    return (row.date or "", e.event_type, e.sub_event_type, place, e.polarity)


def print_events(store, limit: int | None = None) -> int:
    groups: OrderedDict[tuple, list] = OrderedDict()
    for row in store.events():
        groups.setdefault(_key(row), []).append(row)
    items = sorted(groups.items(), key=lambda kv: kv[0])
    if limit is not None:
        items = items[:limit]
    n_events = sum(len(v) for v in groups.values())
    _echo(f"{n_events} events in {store.count('reports')} reports "
          f"({len(groups)} distinct by date, type, place):")
    for (date, etype, sub, _place, polarity), rows in items:
        first = rows[0]
        place = _place_label(first.place) or "(place not stated)"
        neg = "  [negated/denied]" if polarity == "negative" else ""
        _echo(f"\n{date or '(undated)'}  {etype} / {sub}  @ {place}{neg}")
        outlets = sorted({r.report_source or r.report_id for r in rows})
        _echo(f"    reports: {'; '.join(outlets)}")
        said: dict[str, str] = {}
        for r in rows:
            for s in r.sources:
                said.setdefault(f"{s.canonical} [{s.kind}{', ' + s.side if s.side else ''}]",
                                s.stance)
        if said:
            _echo("    sources: " + "; ".join(f"{k} {v}" for k, v in said.items()))
        ev = " ".join(first.event.evidence.text.split())
        _echo(f"    e.g. \"{ev[:140]}{'…' if len(ev) > 140 else ''}\"")
    return len(items)


def print_incidents(store, examples: str | Path) -> int:
    """Fuse what is not fused yet and print the incident table, disputed ones flagged."""
    from ..fuse.config import load_config
    from ..incidents import fuse_pending, list_incidents
    from .incidents import format_table

    toml = Path(examples) / "fogofwar.toml"
    config = load_config(str(toml) if toml.exists() else None)
    fuse_pending(store.db, config)
    incs = list_incidents(store.db, config, None, None, None, False)
    disputed = sum(i["status"] == "disputed" for i in incs)
    click.echo(f"{len(incs)} incidents ({disputed} disputed); "
               f"`fogofwar incident ID --db {store.db.display_url}` shows the evidence of one:")
    click.echo(format_table(incs))  # printable already
    return len(incs)


# where the README's next step finds the GeoNames dumps
_DUMPS = Path("..") / "shared" / "data" / "geonames"


def gazetteer_tip(stats: dict[str, int], dumps: Path = _DUMPS) -> str | None:
    """What to say at the end of the demo when the gazetteer holds only the embedded default
    (towns of 500+ people): front-line villages are then guessed, sometimes in the wrong
    country, and the README's next step fixes that. None when a dump was added."""
    if set(stats) - {"default"}:
        return None
    where = str(dumps) if dumps.is_dir() else "DIR"
    return ("Places were resolved with the embedded gazetteer only (towns of 500+ people): a "
            "front-line village may be guessed, even in the wrong country. Add the GeoNames "
            "dumps for Ukraine and Russia, then re-extract the reports already stored (they "
            f"keep the places they were given until then):\n"
            f"    fogofwar gazetteer add UA RU-postal --from {where}\n"
            f"    fogofwar reprocess --stale")


def serve_hint(db_url: str) -> str:
    """The demo's last words: how to look at the same store in the workbench."""
    import shlex

    masked = ":***@" in db_url
    return ("See it on a map, a timeline and who says what (the workbench; Ctrl-C stops it):\n"
            f"    fogofwar serve --db {shlex.quote(db_url)}    # then open http://127.0.0.1:8000/"
            + ("\n    (the password is masked here: put yours in place of ***)" if masked else ""))
