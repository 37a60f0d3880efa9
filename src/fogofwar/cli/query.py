"""Query commands over the store: events, claims, reports, export."""

from __future__ import annotations

import sys

import click

from . import main
from ..query_aliases import resolve_filters
from .common import db_option, emit, filter_options, format_option, make_filters, open_store

_EVENT_COLUMNS = (("id", None), ("date", 10), ("type", 40), ("place", 28), ("actors", 36),
                  ("polarity", 8), ("sources", 60))
_CLAIM_COLUMNS = (("id", None), ("published", 10), ("source", 30), ("kind", 18), ("stance", 7),
                  ("certainty", 9), ("content", 70))
_REPORT_COLUMNS = (("id", None), ("published", 10), ("source", 28), ("title", 50), ("events", 6),
                   ("claims", 6))


def _place_label(p) -> str | None:
    if p is None:
        return None
    bits = [b for b in (p.admin1, p.country_code) if b]
    name = p.name or p.text
    if p.is_guess:  # a namesake that nothing in the text supports: say so
        return f"{p.text}? (unsupported guess: {', '.join([name, *bits])})"
    return f"{name} ({', '.join(bits)})" if bits else name


def event_table_row(row) -> dict:
    from ..store.export import sources_text

    e = row.event
    actors = " vs ".join(a for a in (e.actor1, e.actor2) if a)
    return {"id": row.id, "date": row.date, "type": f"{e.event_type} / {e.sub_event_type}",
            "place": _place_label(row.place), "actors": actors, "polarity": e.polarity,
            "sources": sources_text(row)}


@main.command("events")
@db_option
@filter_options
@click.option("--polarity", type=click.Choice(["positive", "negative"]), default=None,
              help="Only events stated as occurred (positive) or negated/denied (negative).")
@format_option()
def events_cmd(db, since, until, place, event_type, source, report_ids, limit, polarity, fmt):
    """List stored events with place, date, type, actors and the sources that report them,
    newest report first."""
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
@click.option("--with-text", is_flag=True, help="Include each report's text (json/jsonl).")
@format_option()
def reports_cmd(db, since, until, place, event_type, source, report_ids, limit, with_text,
                fmt):
    """List stored reports with what was extracted from each."""
    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source, report_ids=report_ids, limit=limit, newest_first=True)
    with open_store(db) as store:
        rows = store.reports(resolve_filters(store.db, f))
        if fmt == "table":
            items = ({"id": r.report.id, "published": (r.report.published or "")[:10],
                      "source": r.report.source, "title": r.report.title,
                      "events": r.n_events, "claims": r.n_claims} for r in rows)
        else:
            items = (r.to_dict(include_text=with_text) for r in rows)
        emit(items, fmt, _REPORT_COLUMNS)


@main.command("export")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["csv", "geojson", "jsonl"]), required=True,
              help="csv: ACLED-style columns; geojson: RFC 7946 FeatureCollection; jsonl.")
@click.option("--polarity", type=click.Choice(["positive", "negative", "any"]),
              default="positive", show_default=True,
              help="positive: events stated as occurred (ACLED's scope); any: also negated "
                   "and denied ones.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file (default: stdout); it appears whole or not at all. "
                   "Never the database itself, nor through a symbolic link.")
def export_cmd(db, since, until, place, event_type, source, report_ids, limit, fmt, polarity,
               output):
    """Export stored events as ACLED-style CSV, GeoJSON or JSONL."""
    from ..store.export import WRITERS

    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source, report_ids=report_ids, limit=limit,
                     polarity=None if polarity == "any" else polarity)
    from .output_file import check_target, write_output

    if output is not None:
        check_target(output)  # before opening the store: a missing folder fails fast
    with open_store(db) as store:
        f = resolve_filters(store.db, f)
        if output is None:
            WRITERS[fmt](store.events(f), sys.stdout)
            return
        n = write_output(output, lambda fh: WRITERS[fmt](store.events(f), fh),
                         db_path=store.db.path)
    click.echo(f"exported {n} events to {output}", err=True)
