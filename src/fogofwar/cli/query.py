"""Query commands over the store: events, claims, reports, export."""

from __future__ import annotations

import sys

import click

from . import main
from ..query_aliases import resolve_filters
from .common import db_option, emit, filter_options, format_option, make_filters, open_store

_EVENT_COLUMNS = (("id", None), ("date", 24), ("type", 40), ("place", 28), ("actors", 36),
                  ("polarity", 8), ("main", 4), ("sources", 60))
_CLAIM_COLUMNS = (("id", None), ("published", 10), ("source", 30), ("kind", 18), ("stance", 7),
                  ("certainty", 9), ("content", 70))
_REPORT_COLUMNS = (("id", None), ("published", 10), ("source", 28), ("title", 50), ("events", 6),
                   ("claims", 6), ("notes", 70))


def _place_label(p) -> str | None:
    if p is None:
        return None
    bits = [b for b in (p.admin1, p.country_code) if b]
    name = p.name or p.text
    if p.is_guess:  # a namesake that nothing in the text supports: say so
        return f"{p.text}? (unsupported guess: {', '.join([name, *bits])})"
    return f"{name} ({', '.join(bits)})" if bits else name


def _date_label(row) -> str:
    """The event's date, saying when the text did not state it (issue 15)."""
    if row.date is None:
        return "unknown (undated report)" if not row.report_published else "unknown"
    return f"{row.date} (inferred)" if row.date_inferred else row.date


def event_table_row(row) -> dict:
    from ..store.export import sources_text

    e = row.event
    actors = " vs ".join(a for a in (e.actor1, e.actor2) if a)
    return {"id": row.id, "date": _date_label(row),
            "type": f"{e.event_type} / {e.sub_event_type}",
            "place": _place_label(row.place), "actors": actors, "polarity": e.polarity,
            "main": _main_label(e.main), "sources": sources_text(row)}


def _main_label(main: bool | None) -> str:
    """"yes" for one of its report's main events (its news), "?" where the store does not
    know (stored before main events were chosen: reprocess the report)."""
    return "?" if main is None else "yes" if main else ""


@main.command("events")
@db_option
@filter_options
@click.option("--polarity", type=click.Choice(["positive", "negative"]), default=None,
              help="Only events stated as occurred (positive) or negated/denied (negative).")
@format_option()
def events_cmd(db, since, until, place, event_type, source, report_ids, limit, polarity, fmt):
    """List stored events with place, date, type, actors, whether each is its report's main
    event (its news) and the sources that report them, newest report first."""
    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source, report_ids=report_ids, limit=limit, polarity=polarity,
                     newest_first=True)
    with open_store(db) as store:
        rows = store.events(resolve_filters(store.db, f))
        items = (event_table_row(r) for r in rows) if fmt == "table" else (r.to_dict()
                                                                          for r in rows)
        emit(items, fmt, _EVENT_COLUMNS)


@main.command("claims")
@db_option
@filter_options
@format_option()
def claims_cmd(db, since, until, place, event_type, source, report_ids, limit, fmt):
    """List stored claims: who says what, with stance and certainty.

    --since/--until filter by the report's publication date; --place/--type by the events
    a claim speaks about.
    """
    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source, report_ids=report_ids, limit=limit, newest_first=True)
    with open_store(db) as store:
        rows = store.claims(resolve_filters(store.db, f))
        if fmt == "table":
            items = ({"id": r.id, "published": (r.report_published or "")[:10],
                      "source": r.claim.source.canonical, "kind": r.claim.source.kind,
                      "stance": r.claim.stance, "certainty": r.claim.certainty,
                      "content": r.claim.content.text} for r in rows)
        else:
            items = (r.to_dict() for r in rows)
        emit(items, fmt, _CLAIM_COLUMNS)


@main.command("reports")
@db_option
@filter_options
@click.option("--stale", is_flag=True,
              help="Only reports extracted by another pipeline version or gazetteer than the "
                   "current ones (refresh them with `fogofwar reprocess --stale`).")
@click.option("--gazetteer", default=None, metavar="PATH",
              help="The gazetteer staleness is judged against (default: the embedded one).")
@click.option("--with-text", is_flag=True, help="Include each report's text (json/jsonl).")
@format_option()
def reports_cmd(db, since, until, place, event_type, source, report_ids, limit, stale,
                gazetteer, with_text, fmt):
    """List stored reports with what was extracted from each, and what to know about them:
    undated, a language fogofwar does not read yet, or stale (extracted by another pipeline
    version or gazetteer than the current ones)."""
    from ..provenance import current
    from ..report_notes import report_notes, stale_line

    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source, report_ids=report_ids, limit=None if stale else limit,
                     newest_first=True)
    now = current(None, gazetteer)
    counts = {"stale": 0, "shown": 0}
    with open_store(db) as store:
        def rows():
            for r in store.reports(resolve_filters(store.db, f)):
                notes = report_notes(r, now)
                if notes.stale:
                    counts["stale"] += 1
                elif stale:
                    continue
                if stale and limit is not None and counts["shown"] >= limit:
                    return
                counts["shown"] += 1
                yield r, notes

        if fmt == "table":
            items = ({"id": r.report.id,
                      "published": (r.report.published or "(undated)")[:10],
                      "source": r.report.source, "title": r.report.title,
                      "events": r.n_events, "claims": r.n_claims,
                      "notes": "; ".join(n.lines())} for r, n in rows())
        else:
            items = ({**r.to_dict(include_text=with_text), **n.to_dict()} for r, n in rows())
        emit(items, fmt, _REPORT_COLUMNS)
    line = stale_line(counts["stale"], now)
    if line:
        click.echo(line, err=True)


@main.command("export")
@db_option
@filter_options
@click.option("--what", type=click.Choice(["events", "incidents"]), default="events",
              show_default=True,
              help="events: every stored event; incidents: the fused incidents (fused first, "
                   "as `fogofwar incidents` does).")
@click.option("--format", "fmt", type=click.Choice(["csv", "geojson", "jsonl"]), required=True,
              help="csv: ACLED's columns and order, then fogofwar's own (incident_id, status, "
                   "credibility, stance, polarity, ...); geojson: RFC 7946 FeatureCollection; "
                   "jsonl.")
@click.option("--polarity", type=click.Choice(["positive", "negative", "any"]),
              default="any", show_default=True,
              help="Events: any exports negated, denied and hedged events too, each with its "
                   "polarity and modality; positive: only events stated as occurred.")
@click.option("--occurred-only", is_flag=True,
              help="Events: leave out negated, denied and hedged events (--polarity positive).")
@click.option("--config", "config_path", default=None, metavar="TOML",
              help="Incidents: the analyst settings `fogofwar incidents` takes.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file (default: stdout); it appears whole or not at all. "
                   "Never the database itself, nor through a symbolic link.")
def export_cmd(db, since, until, place, event_type, source, report_ids, limit, what, fmt,
               polarity, occurred_only, config_path, output):
    """Export stored events (or incidents) as ACLED-style CSV, GeoJSON or JSONL.

    Every event is exported with its polarity unless --occurred-only; a summary on stderr
    says how many rows lack coordinates and why."""
    from ..store.export import WRITERS, Coverage

    if occurred_only:
        polarity = "positive"
    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source, report_ids=report_ids, limit=limit,
                     polarity=None if polarity == "any" else polarity)
    from .output_file import check_target, write_output

    if output is not None:
        check_target(output)  # before opening the store: a missing folder fails fast
    if what == "incidents":
        return _export_incidents(db, f, fmt, config_path, output)
    coverage = Coverage()
    with open_store(db) as store:
        f = resolve_filters(store.db, f)
        if output is None:
            WRITERS[fmt](coverage.watch(store.events(f)), sys.stdout)
        else:
            write_output(output, lambda fh: WRITERS[fmt](coverage.watch(store.events(f)), fh),
                         db_path=store.db.path)
    click.echo(coverage.summary(output), err=True)


def _export_incidents(db, f, fmt, config_path, output) -> None:
    from ..incident_filter import matches, newest_first
    from ..incidents import list_incidents
    from ..store.export_incidents import WRITERS
    from .incidents import _config, _fuse_pending
    from .output_file import write_output

    config = _config(config_path)
    store = open_store(db)
    try:
        _fuse_pending(store, config, False)
        f = resolve_filters(store.db, f)
        incs = newest_first([i for i in list_incidents(store.db) if matches(i, f)])[:f.limit]
        if output is None:
            WRITERS[fmt](incs, sys.stdout)
        else:
            write_output(output, lambda fh: WRITERS[fmt](incs, fh), db_path=store.db.path)
    finally:
        store.close()
    n = len(incs)
    missing = sum((i.get("place") or {}).get("lat") is None for i in incs)
    click.echo(f"exported {n} incidents" + (f" to {output}" if output else "")
               + (f"; {missing} without coordinates (no place, or a place not in the "
                  "gazetteer)" if missing else "; all with coordinates"), err=True)
