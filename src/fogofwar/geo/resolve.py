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

A small place that lies outside every region the text names (of any country; where it
names none, outside the countries it names), and far from every other place of another
name, is not trusted: the mention falls back to the smallest area the text supports (a
list neighbour's region, else a region the text names: one not already the named
container of another place ("Popivka in Sumy Oblast") first, then the region the text
names most, then the one named nearest; else the document's country; alike for every
mention of the name) with that precision, rather than
to a same-name village elsewhere (Prilesye in Tula, or Demydivka in Rivne, for a Belgorod
report). Repeated mentions of one name never vouch for each other, and two small namesakes
outside the named regions do not vouch for each other either.

A small place that only its own name supports (the text names no region or country, and
no other place within FALLBACK_KM) keeps the gazetteer's namesake, with a score of at most
NAME_ONLY_SCORE: the output says it is a guess instead of inventing context.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from ..geodesy import haversine_km
from ..records import COUNTRY, NEAR_SETTLEMENT, REGION, SETTLEMENT, Place
from .index import ALTERNATE, DERIVED, GazEntry
from .recognise import Mention

ADM1_WORDS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray",
              "state", "republic", "governorate", "okrug", "prefecture", "territory",
              "department"}
ADM2_WORDS = {"district", "districts", "raion", "rayon", "county", "counties", "parish"}
MAX_CANDIDATES = 80
FALLBACK_KM = 250.0  # a small place this far from all the text's other places is doubtful
SMALL_POP = 20_000
NAME_ONLY_SCORE = 0.2  # top score of a small place that only its name supports
LIST_WORDS = {"and", "or", "&"}
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
        new_scores = []
        for i, lst in enumerate(cands):
            row = []
            for e, base in lst:
                s = base + _context_score(e, i, mentions, ctx, opt) + pair.get((i, e.id), 0.0)
                s += _proximity(e, i, best, opt)
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
    return [_place(i, m, best, probs, scores, cands, mentions, index, opt, contain, text)
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
        support = 1.5 * len(ctx["areas_cc"][e.cc] - {own}) + len(ctx["towns_cc"][e.cc] - {own})
        s += opt.country_share * min(1.0, support / 2)
    if e.admin1:
        if not e.is_admin1 and ctx["areas_a1"][(e.cc, e.admin1)] - {own}:
            s += opt.admin1_share
        # towns named in a region support it and each other ("Athens ... Northeast Georgia")
        s += min(2, len(ctx["towns_a1"][(e.cc, e.admin1)] - {own})) * opt.admin1_share / 4
    return s


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
    out: dict[tuple[int, int], float] = {}
    deg = km / 111.0
    for i, ei in enumerate(tops):
        for j, ej in enumerate(tops):
            if j <= i or mentions[i].key == mentions[j].key:
                continue
            for a in ei:
                for b in ej:
                    if abs(a.lat - b.lat) < deg and abs(a.lon - b.lon) < deg * 2 \
                            and haversine_km(a.lat, a.lon, b.lat, b.lon) < km:
                        out[(i, a.id)] = min(out.get((i, a.id), 0.0) + opt.pair, 2 * opt.pair)
                        out[(j, b.id)] = min(out.get((j, b.id), 0.0) + opt.pair, 2 * opt.pair)
    return out


def _inside(e: GazEntry, container: GazEntry) -> bool:
    if container.is_country:
        return e.cc == container.cc
    if container.is_admin1:
        return e.cc == container.cc and e.admin1 == container.admin1
    if container.fcode == "ADM2":
        return e.cc == container.cc and e.admin1 == container.admin1 and e.admin2 == container.admin2
    return haversine_km(e.lat, e.lon, container.lat, container.lon) < 50


def _proximity(e: GazEntry, i: int, best: list[GazEntry | None], opt: ResolveOptions) -> float:
    if e.is_country or e.fcode == "CONT" or e.is_admin1:
        return 0.0
    dmin = min((haversine_km(e.lat, e.lon, b.lat, b.lon) for j, b in enumerate(best)
                if j != i and b is not None and not (b.is_country or b.fcode == "CONT"
                                                     or b.is_admin1)), default=None)
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


def _doubtful(i: int, e: GazEntry, best: list[GazEntry | None],
              mentions: list[Mention] | None = None) -> bool:
    """A small settlement that the text's context contradicts: it lies outside every
    admin-1 region the text names (of any country: "Demidovka near the border of Belgorod
    Oblast" names a Russian region, and Demydivka in Rivne lies outside it), or, where the
    text names no region, outside the countries it names; and it lies far from all the
    text's other places. A real cross-border mention stays (a Ukrainian village a few
    kilometres from the Belgorod region it is named with is not far from that region).

    Mentions of the same name never count as context for each other: three "Demidovka"s
    resolved to one Demydivka in Rivne would otherwise vouch for it among themselves."""
    if not _small(e):
        return False
    own = mentions[i].key if mentions is not None else None
    others = [b for j, b in enumerate(best) if j != i and b is not None
              and (own is None or mentions[j].key != own)]
    regions = [b for b in others if b.is_admin1]
    countries = [b for b in others if b.is_country]
    if regions:
        # regions are the finer context: naming the village's country as well (often as
        # an actor: "Ukraine said ...") does not vouch for it; only nearness below does
        if any(_inside(e, a) for a in regions):
            return False
    elif not countries or any(_inside(e, a) for a in countries):
        return False
    # capitals and metropolises are left out: "Moscow retook" names an actor, not a place;
    # regions stay whatever their population (a border village near "Belgorod region").
    # Where the text names regions, another small place outside them all is no anchor:
    # far-away namesakes of two front-line villages (Demydivka and Prylisne, 100 km apart
    # in the west of Ukraine) must not vouch for each other.
    # Three or more such places close together (Elkhart, Palestine and Grapeland in a Texas
    # article that names only Tennessee) are a cluster too unlikely to be chance.
    near = [b for b in others
            if not (b.is_country or b.fcode == "CONT" or b.fcode == "PPLC"
                    or (b.population > 1_000_000 and not b.is_region))
            and haversine_km(e.lat, e.lon, b.lat, b.lon) <= FALLBACK_KM]
    if not regions:
        return not near
    loose = [b for b in near if _small(b) and not any(_inside(b, a) for a in regions)]
    return len(near) == len(loose) and len({(b.name, b.lat) for b in loose}) < 2


def _small(e: GazEntry) -> bool:
    return e.is_settlement and (e.population < SMALL_POP or e.geonameid is None)


def _fallback_area(i: int, mentions: list[Mention], best: list[GazEntry | None],
                   index, text: str = "", contain: dict[int, int] | None = None
                   ) -> GazEntry | None:
    """The smallest area the text supports for mention i: the region of a settlement named
    in the same list ("the villages of Demidovka and Prilesye"), else the region named
    nearest, else the country the text mentions most.

    Every mention of one name falls back alike (one sense per discourse), to the best
    evidence any of its mentions gives: a list neighbour's region first, else a region the
    text names (see ``_pick_region``)."""
    own = mentions[i].key
    same = [k for k, mk in enumerate(mentions) if mk.key == own]
    for k in same:
        area = _list_neighbour_area(k, mentions, best, index, text)
        if area is not None:
            return area
    regions = [(j, b) for j, b in enumerate(best)
               if b is not None and b.is_region and not b.is_country
               and mentions[j].key != own]
    if regions:
        return _pick_region(regions, same, mentions, best, contain or {}, text)
    countries: dict[str, list[GazEntry]] = defaultdict(list)
    for j, b in enumerate(best):
        if j != i and b is not None and b.is_country:
            countries[b.cc].append(b)
    if countries:
        return max(countries.values(), key=len)[0]
    return None


def _pick_region(regions: list[tuple[int, GazEntry]], same: list[int],
                 mentions: list[Mention], best: list[GazEntry | None],
                 contain: dict[int, int], text: str) -> GazEntry:
    """The region a doubtful name falls back to, among the regions the text names.

    Ranked by: (1) whether the region is already taken as the container of a place of
    another name ("Popivka in Sumy Oblast", "the Ukrainian village of Popivka": the region
    and the country adjective describe Popivka, not its neighbours), taken ones last;
    (2) how many mentions (regions named, and settlements resolved inside them) the text
    gives each region: the report's dominant region; (3) nearness to one of the name's
    mentions. Before this, the nearest region won outright, and "Demidovka and Prilesye,
    northeast of the Ukrainian village of Popivka in Sumy Oblast" put Demidovka in Sumy
    although the report is about Belgorod Oblast."""
    own = {mentions[k].key for k in same}
    # a region counts as taken wherever it is named: "Sumy Oblast" named once as Popivka's
    # container and once more elsewhere is still Popivka's region first
    claimed = {best[c].id for a, c in contain.items()
               if mentions[a].key not in own and best[c] is not None and best[a] is not None
               and not best[a].is_region}

    def weight(b: GazEntry) -> int:
        # mentions of this region and of trusted settlements inside it (other names only)
        return sum(1 for j, x in enumerate(best)
                   if x is not None and mentions[j].key not in own and not x.is_country
                   and x.cc == b.cc and x.admin1 == b.admin1
                   and (x.is_region or not _doubtful(j, x, best, mentions)))

    def score(jb):
        j, b = jb
        dist = min(abs(mentions[j].start - mentions[k].start) for k in same)
        return (b.id in claimed, -weight(b), dist, j)

    return min(regions, key=score)[1]


def _list_neighbour_area(i: int, mentions: list[Mention], best: list[GazEntry | None],
                         index, text: str) -> GazEntry | None:
    """The region of a trusted settlement next to mention i in a list of names: only
    commas, "and", "or" and capitalised names between them ("Suba, Migori, Homa Bay");
    "Demidovka and Prilesye, northeast of Popivka" is no list with Popivka."""
    m = mentions[i]
    for j in (i - 1, i + 1):
        if not (0 <= j < len(mentions) and best[j] is not None and best[j].is_settlement
                and best[j].admin1 and abs(mentions[j].start - m.start) < 120):
            continue
        lo, hi = (mentions[j], m) if j < i else (m, mentions[j])
        if text and not all(w in LIST_WORDS or w[:1].isupper()
                            for w in re.findall(r"[^\s,]+", text[lo.end:hi.start])):
            continue
        if not _doubtful(j, best[j], best, mentions):
            area = index.admin_entry(best[j].cc, best[j].admin1)
            if area is not None:
                return area
    return None


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


def _place(i, m, best, probs, scores, cands, mentions, index, opt, contain,
           text: str = "") -> Place:
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
    if e is not None and opt.fallback and _doubtful(i, e, best, mentions):
        e2 = _fallback_area(i, mentions, best, index, text, contain)
        if e2 is not None:
            return _to_place(m, e2, REGION if not e2.is_country else COUNTRY,
                             0.5 * recog, index)
    if e is None:
        # a name the gazetteer lacks falls back only where the text says what it is:
        # "the villages of X and Y" (a settlement) within the regions the text names
        e2 = _fallback_area(i, mentions, best, index, text, contain) \
            if opt.fallback and (m.settlement_cue or m.near) else None
        if e2 is not None:
            return _to_place(m, e2, REGION if not e2.is_country else COUNTRY, 0.4 * recog, index)
        return Place(m.text, m.start, m.end, None, None, None, None, None, None, None, None,
                     None, round(0.3 * recog, 3))
    if _name_only(i, e, best, mentions):
        # the name is the only evidence: no region, country or other place in the text to
        # check it against ("Heavy fighting is under way in Demidovka"). The namesake the
        # gazetteer holds is kept (a guess is better than nothing, and no context is
        # invented), but its score says it is a guess (issue 3)
        score = min(score, NAME_ONLY_SCORE)
    return _to_place(m, e, _precision(m, e), score * recog, index)


def _name_only(i: int, e: GazEntry, best: list[GazEntry | None],
               mentions: list[Mention]) -> bool:
    """A small settlement that nothing but its name supports: the text's other names
    resolve to no region or country, and to no place within FALLBACK_KM of it (two
    villages 500 km apart do not vouch for each other)."""
    if not _small(e):
        return False
    own = mentions[i].key
    for j, b in enumerate(best):
        if b is None or mentions[j].key == own:
            continue
        if b.is_region or b.is_country or b.fcode == "CONT" or \
                haversine_km(e.lat, e.lon, b.lat, b.lon) <= FALLBACK_KM:
            return False
    return True


def _to_place(m: Mention, e: GazEntry, precision: int, score: float, index) -> Place:
    a1 = index.admin_name(e.cc, e.admin1) if e.admin1 else None
    a2 = index.admin_name(e.cc, e.admin1, e.admin2) if e.admin2 else None
    if e.is_admin1:
        a1 = a1 or e.name
    return Place(text=m.text, start=m.start, end=m.end, geonameid=e.geonameid, name=e.name,
                 lat=round(e.lat, 5), lon=round(e.lon, 5), country_code=e.cc or None,
                 admin1=a1, admin2=a2, feature_code=e.fcode, precision=precision,
                 score=round(float(score), 3))
