"""Commands ``incidents`` and ``incident``: fused incidents with grades, and their evidence.

Thin wrappers over store/incidents.py: both first fuse any stored report not fused yet
(incremental), then read. ``--config`` points at the analyst's TOML (per-source reliability,
fusion thresholds; see fuse/config.py); by default ./fogofwar.toml when present.
"""

from __future__ import annotations


import click

from . import main
from ..store.cells import json_text, printable
from .common import db_option, open_store


def _config(path: str | None):
    from ..fuse.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc


def _config_option(f):
    return click.option("--config", "config_path", default=None, metavar="TOML",
                        help="Analyst settings: per-source reliability A-F and fusion "
                             "thresholds (default: ./fogofwar.toml if present).")(f)


def _cannot_write(exc: BaseException) -> str | None:
    """Why fusing could not write (read-only store, full disk, lock held too long), if so."""
    from ..store import unwritable_reason

    why = unwritable_reason(exc)
    if why is None and "database is locked" in str(exc):
        why = "another process holds the database's write lock"
    return why


def _fuse_pending(store, config, rebuild: bool) -> bool:
    """Fuse the reports stored since the last run; False (with a note) when the store
    cannot be written now: the caller then lists what is fused already (issue 16)."""
    from ..incidents import fuse_pending, refuse
    from ..store.incidents import unfused_reports

    try:
        done = (refuse if rebuild else fuse_pending)(store.db, config)
    except Exception as exc:  # noqa: BLE001 - only 'cannot write' is handled here
        why = _cannot_write(exc)
        if why is None:
            raise
        if rebuild:
            raise click.ClickException(f"cannot rebuild the incidents: {why}") from None
        n = len(unfused_reports(store.db))
        click.echo(printable(f"warning: {n} stored report(s) not fused: {why}; showing the "
                             "incidents fused so far"), err=True)
        return False
    n = sum(r.status == "fused" for r in done)
    if n:
        click.echo(f"fused {n} report(s)", err=True)
    return True


def _flags(inc: dict) -> str:
    ind = inc["independent"]
    flags = []
    if inc["status"] == "disputed":
        flags.append("DISPUTED")
    if inc["status"] == "retracted":
        flags.append("RETRACTED")
    flags.append(f"+{ind['asserts']}/-{ind['denies']}")
    return " ".join(flags)


def format_table(incs: list[dict]) -> str:
    """A fixed-width listing: id, date, title (type, actors, place), status, grade, +/-."""
    # IDs are never cut: the column is as wide as the longest, so any ID pastes whole
    w = max([28, *(len(i["id"]) for i in incs)])
    head = f"{'ID':<{w}} {'TIME':<21} {'TITLE':<52} {'STATUS':<10} GR  SOURCES"
    lines = [head]
    for i in incs:
        t = (i["time"]["value"] or "?")[:21]
        title = (i.get("title") or f"{i['sub_event_type']} at {i['place']['name'] or '?'}")[:52]
        lines.append(f"{i['id']:<{w}} {t:<21} {title:<52} {i['status']:<10} "
                     f"{i['credibility']:<3} {_flags(i)}")
    return printable("\n".join(lines))


@main.command("incidents")
@db_option
@_config_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="json: the stable interface (a JSON array).")
@click.option("--status", type=click.Choice(["reported", "disputed", "confirmed", "retracted"]),
              default=None, help="Only incidents with this status.")
@click.option("--min-credibility", "--grade", "min_credibility", type=click.IntRange(1, 6),
              default=None,
              help="Only incidents graded this credible or better (1 best, 6 cannot be judged).")
@click.option("--since", default=None, metavar="YYYY-MM-DD",
              help="Only incidents whose time reaches this date (inclusive).")
@click.option("--until", default=None, metavar="YYYY-MM-DD",
              help="Only incidents whose time starts by this date (inclusive).")
@click.option("--place", default=None, metavar="NAME",
              help="Place name, admin-1 area by any of its names ('Donetsk Oblast', "
                   "'Donetsk region'; every place in it), or ISO country code.")
@click.option("--type", "event_type", default=None, metavar="TYPE",
              help="ACLED event type or sub-event type, e.g. Battles.")
@click.option("--source", default=None, metavar="NAME",
              help="A source of the incident (substring, either spelling, or canonical name).")
@click.option("--limit", type=click.IntRange(0), default=None,
              help="At most this many (the newest).")
@click.option("--unanswered", is_flag=True,
              help="Also list denials that no stored report's assertion answers yet.")
@click.option("--rebuild", is_flag=True,
              help="Drop all incidents and fuse every stored report again, in date order.")
def incidents_cmd(db, config_path, fmt, status, min_credibility, since, until, place,
                  event_type, source, limit, unanswered, rebuild):
    """List incidents fused from the stored reports, with grade and dispute flags, newest
    first. Takes the filters of `fogofwar events` (--since/--until, --place, --type, --source).

    Reports stored since the last run are fused first (incrementally). The grade is the
    Admiralty-style information credibility (1 confirmed ... 5 improbable, 6 cannot be
    judged); +N/-M counts independent sources asserting/denying (copies and relays not counted).
    """
    from ..incident_filter import matches, newest_first
    from ..incidents import list_incidents
    from ..query_aliases import resolve_filters
    from .common import make_filters

    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source)
    config = _config(config_path)
    store = open_store(db)
    try:
        writable = _fuse_pending(store, config, rebuild)
        f = resolve_filters(store.db, f)
        # incidents graded under other reliabilities are regraded with these
        try:
            incs = list_incidents(store.db, config if writable else None, status,
                                  min_credibility, None, unanswered)
        except Exception as exc:  # noqa: BLE001 - regrading could not write: cached grades
            why = _cannot_write(exc)
            if why is None:
                raise
            click.echo(f"warning: grades as cached, not regraded with this config: {why}",
                       err=True)
            incs = list_incidents(store.db, None, status, min_credibility, None, unanswered)
    finally:
        store.close()
    incs = newest_first([i for i in incs if matches(i, f)])[:limit]
    if fmt == "json":
        click.echo(json_text(incs, indent=1))
    else:
        click.echo(format_table(incs))


def place_line(p: dict) -> str:
    """The evidence view's place: name, where it lies and how precisely; a place the
    gazetteer could not put on the map says so instead of printing None."""
    name = p.get("name") or "unnamed place"
    if p.get("lat") is None or p.get("lon") is None:
        return f"{name}: no coordinates (name only)"
    where = ", ".join(str(b) for b in (p.get("admin1"), p.get("country_code")) if b)
    bits = [where] if where else []
    bits.append(f"{p['lat']:.4f}, {p['lon']:.4f}")
    if p.get("precision") is not None:
        bits.append(f"precision {p['precision']}")
    if p.get("geonameid") is not None:
        bits.append(f"geonameid {p['geonameid']}")
    return f"{name} ({'; '.join(bits)})"


def format_evidence(d: dict) -> str:
    """The evidence view: the incident, its reasons, every statement with source and quote."""
    p, t = d["place"], d["time"]
    out = [f"{d['id']}  {d.get('title') or ''}",
           f"  type:  {d['event_type']} / {d['sub_event_type']}",
           f"  place: {place_line(p)}",
           f"  time:  {t['value']} ({t['precision']})",
           f"  status: {d['status']}   credibility: {d['credibility']}   independent: "
           f"{d['independent']['asserts']} assert, {d['independent']['denies']} deny",
           "  reasons:"]
    out += [f"    - {r}" for r in d["reasons"]]
    if d.get("history"):
        out.append("  history:")
        for h in d["history"]:
            stances = "; ".join(f"{k} {v}" for k, v in sorted(h.get("stances", {}).items()))
            mark = "*" if h.get("changed", True) else " "
            out.append(f"   {mark}{h['date']}  {h['status']:<10} {stances}")
    if d.get("fatalities"):
        out.append("  fatalities, per source (low-best-high):")
        for name, f in d["fatalities"]["by_source"].items():
            out.append(f"    {name}: {f['low']}-{f['best']}-{f['high']} ({f['reports']} report(s))")
    out.append("  evidence:")
    for e in d["evidence"]:
        relay = f" (relays {e['relays']})" if e["relays"] else ""
        relay += f" (on the word of {e['rests_on']})" if e.get("rests_on") else ""
        relay += f" citing {e['cites']}" if e.get("cites") else ""
        out.append(f"    [{e['stance']}, {e['certainty']}] {e['source']}{relay} - report {e['report']}"
                   f" ({e['published'] or 'undated'}), chars {e['quote']['start']}-{e['quote']['end']}:")
        out.append(f"        \"{e['quote']['text']}\"")
    out.append("  why each event joined:")
    for eid, m in d["matched"].items():
        feats = "; ".join(f"{k}: {v}" for k, v in m.items() if k != "role")
        out.append(f"    {eid} ({m['role']}): {feats}")
    return printable("\n".join(out))


@main.command("incident")
@click.argument("incident_id")
@db_option
@_config_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: the evidence view; json: the same as an object.")
def incident_cmd(incident_id, db, config_path, fmt):
    """Show the evidence of one incident: every supporting and denying claim with its
    source, date and quoted span, and why each event was merged into it.

    INCIDENT_ID is an ID from `fogofwar incidents`, or any start of one that no other
    incident's ID shares."""
    from ..incidents import incident_detail

    from ..store.incidents import incident_ids_starting

    config = _config(config_path)
    store = open_store(db)
    try:
        _fuse_pending(store, config, False)
        d = incident_detail(store.db, incident_id, config)
        if d is None and incident_id:  # a prefix of an ID, when it names one incident
            ids = incident_ids_starting(store.db, incident_id, limit=6)
            if len(ids) > 1:
                shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
                raise click.ClickException(
                    f"{incident_id!r} is ambiguous: more than one incident ID starts with it "
                    f"({shown}); give more of the ID")
            if ids:
                d = incident_detail(store.db, ids[0], config)
    finally:
        store.close()
    if d is None:
        raise click.ClickException(f"no incident {incident_id!r} (see `fogofwar incidents`)")
    click.echo(json_text(d, indent=1) if fmt == "json" else format_evidence(d))
