"""Tiny hand-built extractions for the fusion tests (no spaCy, no gazetteer)."""

from __future__ import annotations

from dataclasses import replace

from fogofwar.records import (Actor, Claim, Event, Extraction, Place, Report, Span, TimeValue,
                              REGION, SETTLEMENT)

# Two villages ~4 km apart on the Belgorod border, one far village, and the region.
VILLAGE_A = dict(geonameid=9001, name="Alpha", lat=50.60, lon=35.60, country_code="RU", admin1="09",
                 admin2=None, feature_code="PPL", precision=SETTLEMENT, score=1.0)
VILLAGE_B = dict(geonameid=9002, name="Bravo", lat=50.62, lon=35.65, country_code="RU", admin1="09",
                 admin2=None, feature_code="PPL", precision=SETTLEMENT, score=1.0)
FAR = dict(geonameid=9003, name="Charlie", lat=48.0, lon=37.8, country_code="UA", admin1="05",
           admin2=None, feature_code="PPL", precision=SETTLEMENT, score=1.0)
REGION_BEL = dict(geonameid=9009, name="Region", lat=50.7, lon=36.8, country_code="RU", admin1="09",
                  admin2=None, feature_code="ADM1", precision=REGION, score=1.0)


def place(text: str, spec: dict) -> Place:
    return Place(text=text, start=0, end=len(text), **spec)


def day(value: str) -> TimeValue:
    return TimeValue(text=value, start=0, end=len(value), value=value, precision="day",
                     first=value, last=value)


def month(value: str) -> TimeValue:
    import calendar
    y, m = map(int, value.split("-"))
    last = calendar.monthrange(y, m)[1]
    return TimeValue(text=value, start=0, end=len(value), value=value, precision="month",
                     first=f"{value}-01", last=f"{value}-{last:02d}")


def inferred(published: str) -> TimeValue:
    return TimeValue(text="", start=0, end=0, value=published, precision="day",
                     first=published, last=published, inferred=True)


def source(name: str, kind: str, side: str | None) -> Actor:
    return Actor(text=name, start=0, end=len(name), canonical=name, kind=kind, side=side)


def extraction(rid: str, published: str, outlet: str | None, text: str, items: list[dict]) -> Extraction:
    """``items``: dicts with keys sub (sub-event type), place (Place|None), time (TimeValue|None),
    polarity, modality, claim (None or (source Actor, stance, certainty, content text)), cue
    (the claim's cue word, default "said"), evidence, fatalities (Fatalities), actors
    (actor1, actor2), offset (where the evidence starts in ``text``, default 0)."""
    places, times, events, claims = [], [], [], []
    for it in items:
        loc = tim = None
        ev = it.get("evidence", "evidence")
        off = it.get("offset", 0)  # where the evidence starts in ``text``
        if it.get("place") is not None:
            # offsets as a real extraction has them: the place inside its evidence when the
            # evidence names it, else just after it
            p = it["place"]
            at = ev.find(p.text)
            start = off + (at if at >= 0 else len(ev) + 1)
            places.append(replace(p, start=start, end=start + len(p.text)))
            loc = len(places) - 1
        if it.get("time") is not None:
            times.append(it["time"])
            tim = len(times) - 1
        sub = it.get("sub", "Armed clash")
        etype = it.get("type", "Battles")
        a1, a2 = it.get("actors", ("Military Forces of Ukraine", "Military Forces of Russia"))
        events.append(Event(etype, sub, a1, a2, loc, tim, it.get("fatalities"),
                            it.get("polarity", "positive"),
                            Span(ev, off, off + len(ev)), it.get("modality", "asserted")))
        if it.get("claim"):
            src, stance, cert, content = it["claim"]
            cue = it.get("cue", "said")
            claims.append(Claim(src, Span(cue, 0, len(cue)), Span(content, 0, len(content)), stance,
                                cert, "indirect", (len(events) - 1,)))
    rep = Report(id=rid, text=text, published=published, source=outlet)
    return Extraction(rep, tuple(places), tuple(times), (), tuple(claims), tuple(events))


ISW = source("Institute for the Study of War", "think_tank_monitor", None)
MOD_RU = source("Russian Ministry of Defence", "party_military", "RU")
BLOGGERS = source("Russian military bloggers", "milblogger", "RU")
ZELENSKY = source("Volodymyr Zelensky", "party_official", "UA")

WIRE = ("Fighting was reported on Tuesday in the border village of Alpha, where pro-war bloggers said "
        "Ukrainian units had entered the southern outskirts before being pushed back by artillery. "
        "Moscow's defence ministry insisted that every attempt to cross the frontier had failed and "
        "that the situation in the district was under control, while the think tank in Washington "
        "said its analysts had seen footage of armoured vehicles near the church.")


def belgorod_like():
    """An article, two copies of one wire story, a denial and a later withdrawal."""
    a = place("Alpha", VILLAGE_A)
    return [
        extraction("article", "2025-04-08", None, "article text one", [
            dict(place=place("Alpha", VILLAGE_A), time=inferred("2025-04-08"),
                 claim=(BLOGGERS, "asserts", "certain", "battles in Alpha")),
            dict(place=place("near Alpha", VILLAGE_A), time=month("2025-03"), sub="Non-state actor overtakes territory",
                 claim=(ISW, "asserts", "certain", "Ukrainian forces advanced near Alpha and Bravo")),
            dict(place=place("near Bravo", VILLAGE_B), time=month("2025-03"), sub="Non-state actor overtakes territory",
                 claim=(ISW, "asserts", "certain", "Ukrainian forces advanced near Alpha and Bravo")),
            dict(place=place("Region", REGION_BEL), time=inferred("2025-04-08"), polarity="negative",
                 modality="denied", claim=(MOD_RU, "asserts", "certain", "it has repelled all advances")),
            dict(place=a, time=inferred("2025-04-08"), sub="Government regains territory",
                 actors=("Military Forces of Russia", "Military Forces of Ukraine"),
                 evidence="a possible Ukrainian withdrawal from Alpha",
                 claim=(BLOGGERS, "asserts", "possible", "a possible Ukrainian withdrawal")),
            dict(place=place("Charlie", FAR), time=inferred("2025-04-08"),
                 actors=("Military Forces of Russia", "Military Forces of Ukraine")),
        ]),
        extraction("wire1", "2025-04-09", "Northline Wire", WIRE, [
            dict(place=place("Alpha", VILLAGE_A), time=day("2025-04-08"),
                 claim=(BLOGGERS, "asserts", "certain", "Ukrainian units had entered")),
        ]),
        extraction("wire2", "2025-04-09", "Border Herald", WIRE.replace("Tuesday", "Tuesday evening"), [
            dict(place=place("Alpha", VILLAGE_A), time=day("2025-04-08"),
                 claim=(BLOGGERS, "asserts", "certain", "Ukrainian units had entered")),
        ]),
        extraction("deny", "2025-04-10", "Moscow Desk", "The ministry denied it.", [
            dict(place=place("Alpha", VILLAGE_A), time=day("2025-04-08"), polarity="negative",
                 modality="denied", claim=(MOD_RU, "denies", "certain", "no Ukrainian soldier entered Alpha")),
        ]),
    ]


def fused(*exts: Extraction) -> list[dict]:
    """The incidents (stable JSON) of ``exts`` fused in order through an IncidentBook."""
    from fogofwar.fuse import IncidentBook

    book = IncidentBook()
    for e in exts:
        book.add(e)
    return book.incidents()


def groups(incs: list[dict]) -> list[list[str]]:
    """Each incident's reports (the report part of its event ids), sorted."""
    return sorted(sorted(e.split(":")[0] for e in i["events"]) for i in incs)


def one_report(rid: str, published: str, evidence: str, at: Place | None = None,
               before: str = "", **item) -> Extraction:
    """A one-event ISW report whose text is ``before`` + ``evidence`` (the words before the
    evidence are what it hangs on), at Alpha unless ``at`` says otherwise; ``item``: the
    keys of ``extraction``'s items."""
    at = at or place("Alpha", VILLAGE_A)
    return extraction(rid, published, "ISW", before + evidence,
                      [dict(place=at, evidence=evidence, offset=len(before), **item)])



def fused_incidents(pipeline, reports: list[Report]) -> list[dict]:
    """The incidents of ``reports`` run through the real pipeline, stored in an in-memory
    store and fused (``list_incidents``' rows)."""
    from fogofwar.incidents import fuse_pending, list_incidents
    from fogofwar.store import Store

    with Store.open(":memory:") as store:
        for ext in pipeline.run_many(reports):
            store.save(ext)
        fuse_pending(store.db)
        return list_incidents(store.db)


ISW_LEAD = "Russian forces continued offensive operations in eastern Ukraine.\n\n"


def incidents_at(pipeline, text: str, name: str, published: str = "2022-09-26") -> list[dict]:
    """The fused incidents at the place named ``name`` of one ISW-like report: ``text`` told
    after a first paragraph of the day's fighting."""
    reports = [Report(id="r", text=ISW_LEAD + text, published=published, source="ISW")]
    return [i for i in fused_incidents(pipeline, reports)
            if (i.get("place") or {}).get("name") == name]
