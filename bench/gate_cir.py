"""CIR "Eyes on Russia" Ukraine events 2022: locate each event from its title and description.

For every event, the place stage runs on its text (title without its leading date, plus the
description when it adds to the title); the event's location is the most precise place found
(lowest precision code, first in text). Figures: the share of events located within 10 km and
within 25 km of the gold point (an event with no place counts as a miss), ``coverage`` (events
with any located place) and ``within25_located`` (among those). Gazetteer: the default plus the
UA country dump and the RU postal dump from ../shared/data/geonames. Not a clean hold-out:
errors on two random samples of 300 events were read during development (which led to the
sentence-initial common-noun and "part of a longer name" rules); no weight was tuned on it.
Most events' texts name no place at all ("Damage after strike"), which caps the figures:
``coverage`` says how many texts gave any located place.

The ceiling is measured, not guessed: ``named_share`` is the share of events whose text
contains the gold town's name (the ``town/city`` column) in any spelling the index knows,
i.e. the name itself or any name of an index place of that name within 25 km of the gold
point (transliterations, Russian/Ukrainian forms), matched on whole words after ``key()``
normalisation; ``within25_named`` is our within-25-km share among those events. An event
whose text names only a bigger area (a region, a district) counts as not named.
First measured (issue 3): named_share 0.3889, within25_named 0.8604 (within25 0.3708 over
all events): about 39% of events name their town at all, which caps within25 far below the
90% goal; among those, 86% are placed within 25 km.
Re-pinned with the issue 3 geo changes (see gate_lgl): within10 0.3341 -> 0.3383, within25
0.3666 -> 0.3708, coverage 0.4588 -> 0.463, within25_located 0.7991 -> 0.8009.
Split (issue 13, 2026-12-05, sixth session, fixed before any error of that session was
read): events in even positions (among those with a point) are the inspected half
(``dev_*``), odd ones untouched (``heldout_*``); ``python -m bench.gate_cir --dev`` runs the
inspected half alone. Neither half is clean (see above).
Re-pinned 2026-12-05 (issue 13, the geo changes of gate_lgl's paragraph of that date; the
errors of the inspected half read, the untouched half's aggregate printed once, at the
end): inspected within25_named .8602 -> .8680; all events within25_named .8639 (main) ->
.8705 (floor .8604), within25 .3708 -> .3758, within25_located .8009 -> .8188; untouched
within25_named .8728 (a raion's stem vouching for its seat again, after the pin: inspected
within25_named .8704, within25 .3747). The coverage floor falls .463 -> .4589: weapons named for a small
place ("Tochka missile", "Orion-E UAV", "Kilo-class") and war nouns that are towns'
names elsewhere ("Airport", Hawaii; "Culture", Turkey) no longer locate events, almost all
wrongly. Largest classes among the remaining inspected errors (named events over 25 km):
a town at the head of a facility's name the recogniser rejects ("Mykolaiv Airport",
"Okhtyrka railway station", "Chuhuiv Airbase", tagged PERSON or FAC), lowercase or
misspelt towns ("mariupol", "Nikolaev Zoo"), and small namesakes with no region in the
title (Pavlivka, Ozera, Kapitanivka in another oblast).

Measured 2026-12-05, seventh session (issue 13, the changes of gate_lgl's paragraph of that
session; errors of the inspected half read with ``python -m bench.geo_errors cir``; the
untouched half's aggregate printed at baseline, after the main changes and at the end; the
150 km lower bound of the country midpoint was added after the middle run showed the
all-article median error over its ceiling, and chosen on the dev halves' country mentions:
same acc161, LGL dev country median 43 -> 0 km): inspected within25_named .8704 -> .8853,
untouched .8743 -> .8812 (gap .0041), all .8724 -> .8832; within25 .3767 -> .3824, coverage
.4605 -> .4653, within25_located .8181 -> .8219. Gains: towns heading facilities ("Chuhuiv
Airbase", "Mykolaiv Airport", "the Makariv cultural center", "Kharkiv University"), spaCy's
PERSON on headlines ("Shelled Lysychansk"), "in northern Rubizhne", "through Gomel" (the
city), "Mayaky, Donetsk", weapons and designations ("Kilo class", "Molotov cocktails", "Su
25"), "Odesa missile strike". Largest remaining classes: namesakes with no region in the
text (Pavlivka, Novomykhailivka, Andriivka), lower-case or misspelt towns ("in kharkiv",
"Nikolaev Zoo"), towns before a capitalised facility word ("Krasnohorivka School 2").

Re-pinned 2026-12-05 (ninth session; places10 of issue 13): within25_named dev .901 -> .9034
(Trostianets and Pryvillya no longer hamlets of another romanisation; "Borodyanka, Kyiv
oblast" in Kyiv Oblast, not the capital's region), held-out .888 -> .8888 (goal .90 not met;
left: namesake villages with no region in the title, lower-case names, towns heading a
facility's name).

Re-pinned 2026-12-05 (tenth session; lead's war-reporting place cues: objects of ground verbs
with an armed subject, "assaults on X", gerunds on a clause of armed forces): dev
within25_named .9034 -> .9042 (within25 .3898 -> .3901); held-out unchanged (.8888).

Re-pinned 2026-12-05 (twelfth session; facility-only names, seats abroad, own main names,
bearings after lists, "j" glides, boundaries and proxy republics as oblasts, operations
against a place as ground): more events located (within25 .3889 -> .3899, coverage .4690 ->
.4701, held-out within25 .3871 -> .3886), dev within25_named .9042 -> .9035 LOWERED (newly
named events placed off by more than 25 km outnumber the corrected ones by one or two; not
inspected which), held-out within25_named unchanged (.8888).

Re-pinned 2026-12-06 (fourteenth session; the same geo rules as gate_lgl's paragraph of that
date): dev within25_named .9035 -> .9042, held-out .8888 -> .8896, within25 .3899 -> .3902.

Re-pinned 2026-12-06 (fifteenth session): dev within 25 km of named places .9042 -> .9035
LOWERED, from geo26's romanisation fold (ai/ay, ii/yi; checked by the helper event by event
on the dev half: Gulyaipole gained, while "Pervomayskyi" now meets a Donetsk village as its
own name and "Kuibyshevsky district" a place in Samara); held-out .8896 unchanged (read once,
at this pin).

Re-pinned 2026-12-07 (twenty-second session; ISW-read geo rules, none aimed at CIR): the
region-only keys are asked whenever a region word follows a name whose candidates hold no
region ("Khersonsky raion" had met a village in Stavropol Krai), and offsets with no bracket
or in words are read: dev within25_named .9042 -> .905, held-out .8911 -> .8926 (both halves
up; the held-out aggregate was read at the session's eight gate runs, nothing chosen on it),
within25 .3917 -> .392. The figure moved only with the raion rule (c59e0fb).

Re-pinned 2026-12-07 (twenty-sixth session, on 7b309a7): a people's word after a place's comma
is no longer its container ("near Odesa, Russian naval shelling ..." had put Odesa in Russia):
held-out within25_named .8941 -> .8949, all .9014 -> .9018, located .8326 -> .8329, dev
unchanged (.9089). The held-out aggregate was read at the session's eight gate runs; it moved
only with this fix, which came from reading an ISW sentence, not CIR.

Re-pinned 2026-12-07 (twenty-seventh session, on f63fde8): a town of a city that is a
first-order division of its own (Sevastopol's Balaklava, in GeoNames' UA.20) lies in the
division around it ("in Crimea": geo.fallback.ENCLOSING_ADMIN1, from read182): held-out
within25_named .8949 -> .8957, all .9018 -> .9022, located .8329 -> .8332, within25 .3935 ->
.3937, dev unchanged (.9089). The held-out aggregate was read at the session's eight full gate
runs; it moved only with this rule, which came from reading an ISW report, not CIR.
"""

from __future__ import annotations

import csv
import re
import sys

from .gatelib import shared
from .gate_lgl import bench_index, run_articles

CORPUS = ["events/cir-ukraine-events-2022.csv", "geonames/UA.zip", "geonames/RU-postal.zip",
          "geonames/admin1CodesASCII.txt", "geonames/admin2Codes.txt", "geonames/countryInfo.txt"]
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\s*")


def event_text(row: dict) -> str:
    title = _DATE.sub("", row.get("title") or "").strip()
    desc = (row.get("brief description") or "").strip()
    if not desc or desc == title or desc.startswith(title):
        return desc or title
    return f"{title}. {desc}"


def event_location(places):
    located = [p for p in places if p.lat is not None]
    if not located:
        return None
    return min(located, key=lambda p: (p.precision or 9, p.start))


def town_spellings(row: dict, idx) -> set[str]:
    """Keys of every spelling of the event's gold town the index knows: the ``town/city``
    value itself, and all names of index places that bear it within 25 km of the gold point."""
    from fogofwar.geo.names import key
    from fogofwar.geodesy import haversine_km

    town = (row.get("town/city") or "").strip()
    k = key(town)
    if not k:
        return set()
    out = {k}
    lat, lon = float(row["lat"]), float(row["lon"])
    ids = [e.id for e, _ in idx.lookup([k]).get(k, [])
           if haversine_km(lat, lon, e.lat, e.lon) <= 25]
    for pid in ids:
        out |= {r[0] for r in idx.conn.execute("SELECT key FROM name WHERE place = ?", (pid,))
                if r[0] and not r[0].startswith("~")}
    return out


def names_town(text: str, spellings: set[str]) -> bool:
    """Whether any spelling occurs in the text as whole words (both sides ``key()``-ed,
    possessive "'s" dropped first)."""
    from fogofwar.geo.names import key

    t = " " + key(_POSSESSIVE.sub("", text)) + " "  # "Kharkiv's" names Kharkiv
    return any(f" {s} " in t for s in spellings if len(s) > 2)


def inspected(k: int) -> bool:
    """The inspected half: even-numbered events (0, 2, ... among those with a point); the odd
    ones are untouched. Fixed by parity (issue 13, 2026-12-05) before any error of this
    session was read (earlier sessions read two random samples of 300 from all events)."""
    return k % 2 == 0


def run(limit: int | None = None, dev_only: bool = False) -> dict[str, float]:
    """Figures over every event, and ``dev_*``/``heldout_*`` per half (``inspected``);
    ``dev_only``: the inspected half's events alone, nothing else computed."""
    from fogofwar.geo.index import GazetteerIndex
    from fogofwar.geodesy import haversine_km

    with shared(CORPUS[0]).open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("lat") and r.get("lon")][:limit]
    halves = [inspected(k) for k in range(len(rows))]
    if dev_only:
        rows = [r for r, h in zip(rows, halves) if h]
        halves = [True] * len(rows)
    texts = [event_text(r) for r in rows]
    index_path = bench_index("ua_ru", ["UA", "RU-postal"])
    places, t_spacy, t_geo = run_articles(texts, index_path)
    idx = GazetteerIndex.open(index_path)
    # per half (True: inspected): events, within25, named, within25 among named
    tally = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
    w10 = w25 = located = named = w25_named = 0
    for r, t, ps, half in zip(rows, texts, places, halves):
        is_named = names_town(t, town_spellings(r, idx))
        named += is_named
        h = tally[half]
        h[0] += 1
        h[2] += is_named
        p = event_location(ps)
        if p is None:
            continue
        located += 1
        d = haversine_km(float(r["lat"]), float(r["lon"]), p.lat, p.lon)
        w10 += d <= 10
        w25 += d <= 25
        w25_named += is_named and d <= 25
        h[1] += d <= 25
        h[3] += is_named and d <= 25
    idx.close()
    n = max(1, len(rows))
    print(f"cir: {len(rows)} events, spaCy {t_spacy / n * 1000:.2f} ms/event, place stage"
          f" {t_geo / n * 1000:.2f} ms/event", file=sys.stderr)
    out = {"within10": round(w10 / n, 4), "within25": round(w25 / n, 4),
           "coverage": round(located / n, 4),
           "within25_located": round(w25 / max(1, located), 4),
           "named_share": round(named / n, 4),
           "within25_named": round(w25_named / max(1, named), 4)}
    for half, name in ((True, "dev"), (False, "heldout")):
        ev, w, nm, wn = tally[half]
        if ev:
            out[f"{name}_within25"] = round(w / ev, 4)
            out[f"{name}_within25_named"] = round(wn / max(1, nm), 4)
    if dev_only:  # the figures over all events are the inspected half's here
        out = {k: v for k, v in out.items() if k.startswith("dev_")}
    return out


if __name__ == "__main__":
    import json

    args = [a for a in sys.argv[1:] if a != "--dev"]
    print(json.dumps(run(int(args[0]) if args else None, dev_only="--dev" in sys.argv)))
