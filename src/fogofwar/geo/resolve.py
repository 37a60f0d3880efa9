"""Toponym resolution with the document's context.

Each recognised mention has gazetteer candidates. A candidate's score is a prior (feature
type, population, how its name matched, the cue words around the mention) plus context that
is re-estimated twice over the whole document: the countries and admin-1 regions the other
mentions resolve to, how close it lies to the other mentions' places, and containment
("Demidovka in Russia's Belgorod region", "Alexandria, Louisiana"). Mentions with the same
name and cue resolve alike (one sense per discourse). Two names whose candidates lie close
together support each other (a town and its neighbour, a county and its seat: "Douglas
County ... Alexandria", Minnesota), except for a candidate that bears the name only as an
alternate (a former name): among a name's ten namesakes such a place near another name of
the text is often chance.

Doubt and fallback (a small place the context contradicts falls back to the area the text
supports) live in fallback.py.

A small place that only its own name supports (the text names no region or country, and
no other place within FALLBACK_KM) keeps the gazetteer's namesake, with a score of at most
NAME_ONLY_SCORE: the output says it is a guess instead of inventing context.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from ..geodesy import haversine_km
from ..records import COUNTRY, NEAR_SETTLEMENT, REGION, SETTLEMENT, Place
from .fallback import Chosen, inside as _inside
from .index import ALTERNATE, DERIVED, GazEntry
from .nearby import PointGrid
from .recognise import Mention

ADM1_WORDS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray",
              "state", "republic", "governorate", "okrug", "prefecture", "territory",
              "department"}
ADM2_WORDS = {"district", "districts", "raion", "rayon", "county", "counties", "parish"}
MAX_CANDIDATES = 80
NAME_ONLY_SCORE = 0.2  # top score of a small place that only its name supports
ITERATIONS = 2


@dataclass
class ResolveOptions:
    """Weights of the resolver (set by hand on a dev slice of LGL; see bench/gate_lgl.py)."""

    country_share: float = 2.0
    admin1_share: float = 3.0
    containment: float = 3.0
    near_30km: float = 1.2
    near_100km: float = 0.8
    near_300km: float = 0.4
    pair: float = 1.0
    fallback: bool = True


def prior(m: Mention, e: GazEntry, kind: int) -> float:
    """Context-free score of one candidate for one mention."""
    s = math.log10(e.population + 1) * 0.5
    if e.is_country:
        s += 3.5
    elif e.fcode == "CONT":
        s += 3.0
    elif e.is_admin1:
        s += 1.5
    elif e.fcode == "ADM2":
        s += 0.5
    elif e.fclass == "A":
        s += 0.0
    elif e.fclass == "P":
        s += 0.8 + {"PPLC": 2.0, "PPLA": 1.0, "PPLA2": 0.5}.get(e.fcode, 0.0)
    else:  # rivers, peninsulas, areas
        s -= 1.0
    region_match = bool(m.region_word) and e.is_region
    if kind == ALTERNATE:
        s -= 1.0
    elif kind == DERIVED and not region_match:
        s -= 1.0
    if m.region_word in ADM1_WORDS:
        s += 4.0 if e.is_admin1 else (1.0 if e.fcode == "ADM2" else -2.0)
    elif m.region_word in ADM2_WORDS:
        s += 4.0 if e.fcode == "ADM2" else (1.0 if e.is_admin1 else -2.0)
    if m.settlement_cue:
        s += 2.0 if e.is_settlement else -2.0
    if e.geonameid is None and e.is_settlement:
        s -= 0.3  # postal-dump places: coordinates of a post office, no population
    return s


def _containers(mentions: list[Mention], text: str) -> dict[int, int]:
    """mention index -> index of the mention that contains it ("X, Y", "X in Y", "Y's X")."""
    out = {}
    for a in range(len(mentions) - 1):
        ma, mb = mentions[a], mentions[a + 1]
        between = text[ma.end:mb.start].strip().lower()
        if between in (",", "in", ", in", "in the", "of", ", ukraine's", "in russia's"):
            out[a] = a + 1
        elif between in ("'s", "\u2019s"):
            out[a + 1] = a  # "Russia's Belgorod region"
    # "X in Russia's Belgorod region": the innermost area contains X
    for a, c in list(out.items()):
        if c > a and out.get(c + 1) == c:
            out[a] = c + 1
    # "X and Y in Z": the container applies to every name of the list
    for a in range(len(mentions) - 2, -1, -1):
        if a not in out and a + 1 in out and out[a + 1] > a + 1:
            between = text[mentions[a].end:mentions[a + 1].start].strip().lower()
            if between in ("and", ",", "or", ", and"):
                out[a] = out[a + 1]
    return out


def resolve(mentions: list[Mention], index, text: str = "",
            options: ResolveOptions | None = None) -> list[Place]:
    """Places for the mentions, in order; ``index`` gives admin names and entries."""
    opt = options or ResolveOptions()
    cands: list[list[tuple[GazEntry, float]]] = []
    # "the Kursk region ... in Belgorod and Kursk": a bare name the text also calls a region
    region_keys = {m.key for m in mentions if m.region_word in ADM1_WORDS}
    for m in mentions:
        seen, lst = set(), []
        for e, kind in m.candidates:
            if e.id in seen:
                continue
            seen.add(e.id)
            bonus = 1.0 if (m.key in region_keys and not m.region_word and e.is_admin1) else 0.0
            lst.append((e, prior(m, e, kind) + bonus))
        lst.sort(key=lambda x: -x[1])
        cands.append(lst[:MAX_CANDIDATES])
    contain = _containers(mentions, text)
    pair = _pair_support(mentions, cands, opt, _alternate_only(mentions))
    best = [lst[0][0] if lst else None for lst in cands]
    probs = [_softmax([s for _, s in lst]) for lst in cands]
    scores = [[s for _, s in lst] for lst in cands]
    for _ in range(ITERATIONS):
        ctx = _context(mentions, best)
        near = _Nearness(best, opt)
        new_scores = []
        for i, lst in enumerate(cands):
            row = []
            for e, base in lst:
                s = base + _context_score(e, i, mentions, ctx, opt) + pair.get((i, e.id), 0.0)
                s += near.proximity(e, best[i])
                c = contain.get(i)
                if c is not None and best[c] is not None:
                    s += opt.containment * (1 if _inside(e, best[c]) else -0.5)
                row.append(s)
            new_scores.append(row)
        # one sense per discourse: same key and cue -> same candidate scores (summed)
        groups = defaultdict(list)
        for i, m in enumerate(mentions):
            groups[(m.key, m.region_word in ADM1_WORDS, m.region_word in ADM2_WORDS)].append(i)
        for idxs in groups.values():
            if len(idxs) > 1 and all(len(new_scores[i]) == len(new_scores[idxs[0]]) for i in idxs):
                summed = [sum(new_scores[i][k] for i in idxs) / len(idxs) +
                          max(new_scores[i][k] for i in idxs) / 2
                          for k in range(len(new_scores[idxs[0]]))]
                for i in idxs:
                    new_scores[i] = summed
        scores = new_scores
        probs = [_softmax(r) for r in scores]
        best = [lst[max(range(len(lst)), key=lambda k: scores[i][k])][0] if lst else None
                for i, lst in enumerate(cands)]
    chosen = Chosen(mentions, best, contain, text)
    return [_place(i, m, best, probs, scores, cands, chosen, index, opt, contain)
            for i, m in enumerate(mentions)]


def _context(mentions: list[Mention], best: list[GazEntry | None]) -> dict:
    """Which distinct names of the text currently resolve to each country and region:
    areas named outright ("Louisiana", "Russia's Belgorod region") and the countries and
    regions of the settlements named."""
    areas_cc, areas_a1 = defaultdict(set), defaultdict(set)
    towns_cc, towns_a1 = defaultdict(set), defaultdict(set)
    for m, b in zip(mentions, best):
        if b is None:
            continue
        if b.is_country:
            areas_cc[b.cc].add(m.key)
        elif b.is_admin1:
            areas_a1[(b.cc, b.admin1)].add(m.key)
            areas_cc[b.cc].add(m.key)
        elif b.cc:
            towns_cc[b.cc].add(m.key)
            if b.admin1:
                towns_a1[(b.cc, b.admin1)].add(m.key)
    return {"areas_cc": areas_cc, "areas_a1": areas_a1, "towns_cc": towns_cc,
            "towns_a1": towns_a1}


def _context_score(e: GazEntry, i: int, mentions: list[Mention], ctx: dict,
                   opt: ResolveOptions) -> float:
    """Support for a candidate from the other names of the text (its own name excluded)."""
    own = mentions[i].key
    s = 0.0
    if e.cc:
        # support grows with the number of distinct names in the country (an area named
        # outright counts 1.5): four Ukrainian towns outweigh one "Kursk region"
        support = 1.5 * _count_other(ctx["areas_cc"], e.cc, own) + \
            _count_other(ctx["towns_cc"], e.cc, own)
        s += opt.country_share * min(1.0, support / 2)
    if e.admin1:
        if not e.is_admin1 and _count_other(ctx["areas_a1"], (e.cc, e.admin1), own):
            s += opt.admin1_share
        # towns named in a region support it and each other ("Athens ... Northeast Georgia")
        s += min(2, _count_other(ctx["towns_a1"], (e.cc, e.admin1), own)) * opt.admin1_share / 4
    return s


def _count_other(names: dict, k, own: str) -> int:
    """How many names other than ``own`` the set at ``names[k]`` holds."""
    got = names.get(k)
    return len(got) - (own in got) if got else 0


def _alternate_only(mentions: list[Mention]) -> list[set[int]]:
    """Per mention, the ids of candidates that match it only by an alternate name."""
    out = []
    for m in mentions:
        main = {e.id for e, kind in m.candidates if kind != ALTERNATE}
        out.append({e.id for e, kind in m.candidates if kind == ALTERNATE} - main)
    return out


def _pair_support(mentions: list[Mention], cands, opt: ResolveOptions,
                  alternate: list[set[int]] | None = None,
                  top: int = 10, km: float = 50.0) -> dict[tuple[int, int], float]:
    """Settlements (and counties) of two different names that lie close together support
    each other, whichever currently leads ("Athens ... Frankston": the two Texas towns 30 km
    apart, not Athens in Greece and Frankston in Australia; "Douglas County ... Alexandria":
    the Minnesota county and its seat). Only each name's ``top`` candidates by prior take
    part (ten: a US town of 10,000 people is often a name's sixth or seventh namesake by
    population), which keeps chance pairs among far-flung namesakes rare."""
    tops = []
    for i, lst in enumerate(cands):
        # a county counts too: "Athens ... Henderson County" (the county seat and its county)
        # a place that bears the name only as an alternate (a former or foreign name) takes
        # no part: among ten candidates one such place near another name is often chance
        # (Mount Gilead, Ohio, once "Youngstown", near the Ohio towns of the text)
        skip = alternate[i] if alternate else set()
        tops.append([e for e, _ in lst[:top]
                     if (e.is_settlement or e.fcode == "ADM2") and e.id not in skip])
    # per entry: how many mentions hold it among their top candidates, in all and per name
    held: dict[int, int] = defaultdict(int)
    held_by: dict[tuple[int, str], int] = defaultdict(int)
    grid: PointGrid[GazEntry] = PointGrid(0.5)
    for i, ei in enumerate(tops):
        for a in ei:
            if a.id not in held:
                grid.add(a.lat, a.lon, a)
            held[a.id] += 1
            held_by[(a.id, mentions[i].key)] += 1
    deg = km / 111.0
    neighbours: dict[int, list[int]] = {}  # entry id -> ids of the top entries close to it
    support: dict[tuple[str, int], int] = {}  # (name, entry id) -> close pairs with other names
    out: dict[tuple[int, int], float] = {}
    for i, ei in enumerate(tops):
        own = mentions[i].key
        for a in ei:
            n = support.get((own, a.id))
            if n is None:
                near = neighbours.get(a.id)
                if near is None:
                    near = neighbours[a.id] = [
                        b.id for blat, blon, b in grid.around(a.lat, a.lon, km)
                        if abs(a.lat - blat) < deg and abs(a.lon - blon) < deg * 2
                        and haversine_km(a.lat, a.lon, blat, blon) < km]
                # every pair (this candidate, a close top candidate of another name's mention)
                n = support[(own, a.id)] = sum(held[b] - held_by.get((b, own), 0) for b in near)
            if n:
                out[(i, a.id)] = opt.pair if n == 1 else 2 * opt.pair
    return out


class _Nearness:
    """How close a candidate lies to the places the text's other mentions currently resolve
    to (countries, continents and admin-1 regions left out): a grid of those places, asked
    once per candidate and excluded mention."""

    def __init__(self, best: list[GazEntry | None], opt: ResolveOptions):
        self.opt = opt
        self.count: dict[int, int] = defaultdict(int)
        self.grid: PointGrid[int] = PointGrid(1.0)
        for b in best:
            if b is not None and not (b.is_country or b.fcode == "CONT" or b.is_admin1):
                if b.id not in self.count:
                    self.grid.add(b.lat, b.lon, b.id)
                self.count[b.id] += 1
        self._memo: dict[tuple[int, int | None], float] = {}

    def proximity(self, e: GazEntry, own: GazEntry | None) -> float:
        """The bonus for ``e`` from its nearest other place (``own``, the mention's current
        choice, counts only where another mention chose it too)."""
        if e.is_country or e.fcode == "CONT" or e.is_admin1:
            return 0.0
        skip = own.id if own is not None and self.count.get(own.id) == 1 else None
        k = (e.id, skip)
        got = self._memo.get(k)
        if got is None:
            got = self._memo[k] = self._bonus(e, skip)
        return got

    def _bonus(self, e: GazEntry, skip: int | None) -> float:
        opt = self.opt
        dmin = None
        for d, bid in self.grid.within(e.lat, e.lon, 300.0):
            if bid == skip:
                continue
            if dmin is None or d < dmin:
                dmin = d
                if d < 30:
                    break
        if dmin is None:
            return 0.0
        if dmin < 30:
            return opt.near_30km
        if dmin < 100:
            return opt.near_100km
        if dmin < 300:
            return opt.near_300km
        return 0.0


def _softmax(xs: list[float]) -> list[float]:
    if not xs:
        return []
    mx = max(xs)
    ex = [math.exp(x - mx) for x in xs]
    t = sum(ex)
    return [x / t for x in ex]


# Point features as exact as a settlement: an island, an airfield, a bridge, a dam, a plant,
# a port, a building (GeoNames class S). "Snake Island" is one spot, not a region.
_POINT_CODES = {"ISL", "ISLET", "ISLS", "AIRP", "AIRB", "AIRF", "AIRH", "BDG", "DAM", "PS", "PSN",
                "PRT", "RSTN", "RSTP", "MILB", "CAPE", "PT", "FRM"}


def _precision(m: Mention, e: GazEntry) -> int:
    if e.is_country or e.fcode == "CONT":
        return COUNTRY
    if e.is_settlement or e.fcode in _POINT_CODES or e.fclass == "S":
        return NEAR_SETTLEMENT if m.near else SETTLEMENT
    return REGION


def _place(i, m, best, probs, scores, cands, chosen: Chosen, index, opt, contain) -> Place:
    e = best[i]
    score = 0.0
    if e is not None:
        k = max(range(len(cands[i])), key=lambda k: scores[i][k])
        score = probs[i][k]
    recog = 1 / (1 + math.exp(-m.score))
    c = contain.get(i)
    area = best[c] if c is not None else None
    if opt.fallback and e is not None and area is not None and area.is_region | area.is_country \
            and not _inside(e, area) and not (e.is_country or e.fcode == "CONT"):
        # "Suffolk, England" with only a Suffolk in Virginia known: the area the text names
        return _to_place(m, area, COUNTRY if area.is_country else REGION, 0.5 * recog, index)
    if e is not None and opt.fallback and chosen.doubtful(i, e):
        e2 = chosen.fallback_area(i, index)
        if e2 is not None:
            return _to_place(m, e2, REGION if not e2.is_country else COUNTRY,
                             0.5 * recog, index)
    if e is None:
        # a name the gazetteer lacks falls back only where the text says what it is:
        # "the villages of X and Y" (a settlement) within the regions the text names
        e2 = chosen.fallback_area(i, index) \
            if opt.fallback and (m.settlement_cue or m.near) else None
        if e2 is not None:
            return _to_place(m, e2, REGION if not e2.is_country else COUNTRY, 0.4 * recog, index)
        return Place(m.text, m.start, m.end, None, None, None, None, None, None, None, None,
                     None, round(0.3 * recog, 3))
    if chosen.name_only(i, e):
        # the name is the only evidence: no region, country or other place in the text to
        # check it against ("Heavy fighting is under way in Demidovka"). The namesake the
        # gazetteer holds is kept (a guess is better than nothing, and no context is
        # invented), but its score says it is a guess (issue 3)
        score = min(score, NAME_ONLY_SCORE)
    return _to_place(m, e, _precision(m, e), score * recog, index)


def _to_place(m: Mention, e: GazEntry, precision: int, score: float, index) -> Place:
    a1 = index.admin_name(e.cc, e.admin1) if e.admin1 else None
    a2 = index.admin_name(e.cc, e.admin1, e.admin2) if e.admin2 else None
    if e.is_admin1:
        a1 = a1 or e.name
    return Place(text=m.text, start=m.start, end=m.end, geonameid=e.geonameid, name=e.name,
                 lat=round(e.lat, 5), lon=round(e.lon, 5), country_code=e.cc or None,
                 admin1=a1, admin2=a2, feature_code=e.fcode, precision=precision,
                 score=round(float(score), 3))
