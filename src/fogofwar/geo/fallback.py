"""Doubt and fallback: whether a chosen small place is contradicted by the text's context,
and the area the mention falls back to.

A small place that lies outside every region the text names (of any country; where it
names none, outside the countries it names), and far from every other place of another
name, is not trusted: the mention falls back to the smallest area the text supports (a
list neighbour's region, else a region the text names: one not already the named
container of another place ("Popivka in Sumy Oblast") first, then the region the text
names most, then the one named nearest; else the document's country; alike for every
mention of the name) with that precision, rather than to a same-name village elsewhere
(Prilesye in Tula, or Demydivka in Rivne, for a Belgorod report). Repeated mentions of one
name never vouch for each other, and two small namesakes outside the named regions do not
vouch for each other either.

Every answer here depends on a mention only through its name (its key) and its chosen
place, so ``Chosen`` indexes the text's choices once per report (which names chose which
region, country and point; a grid of the chosen points) and memoises per name: the cost
grows with the report's length, not with its square or cube (issue 16).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from .index import GazEntry
from .nearby import PointGrid
from .recognise import Mention

FALLBACK_KM = 250.0  # a small place this far from all the text's other places is doubtful
SMALL_POP = 20_000
LIST_WORDS = {"and", "or", "&"}


def small(e: GazEntry) -> bool:
    return e.is_settlement and (e.population < SMALL_POP or e.geonameid is None)


# How far from a region's centre a city that is a region of its own may lie and still be in it
CITY_REGION_KM = 100.0


# GeoNames' first-order divisions that are cities lying inside another division: Sevastopol
# in Crimea, Kyiv in Kyiv Oblast, Moscow in Moscow Oblast, Saint Petersburg in Leningrad
# Oblast. A writer's "X in Crimea" holds Sevastopol's villages (read182: Balaklava fell back
# to Crimea's centroid). Keyed by GeoNames' own admin-1 codes.
ENCLOSING_ADMIN1 = {("UA", "20"): ("UA", "11"), ("UA", "12"): ("UA", "13"),
                    ("RU", "48"): ("RU", "47"), ("RU", "66"): ("RU", "42")}


def inside(e: GazEntry, container: GazEntry) -> bool:
    from ..geodesy import haversine_km

    if container.is_country:
        return e.cc == container.cc
    if container.is_admin1:
        if e.cc == container.cc and e.admin1 == container.admin1:
            return True
        if ENCLOSING_ADMIN1.get((e.cc, e.admin1)) == (container.cc, container.admin1):
            return True  # "Balaklava ... in Crimea": a city-region's places (read182)
        # a city that is a region of its own (Sevastopol, Kyiv, Moscow) lies in the region
        # around it: "Sevastopol, Crimea" (read19: the city fell back to Crimea's centroid)
        return e.cc == container.cc and e.fcode in ("PPLC", "PPLA") and \
            haversine_km(e.lat, e.lon, container.lat, container.lon) < CITY_REGION_KM
    if container.fcode == "ADM2":
        return e.cc == container.cc and e.admin1 == container.admin1 and e.admin2 == container.admin2
    return haversine_km(e.lat, e.lon, container.lat, container.lon) < 50


def _others(keys: Counter, own: str) -> bool:
    """Whether a name other than ``own`` is among ``keys``."""
    return len(keys) > 1 or (len(keys) == 1 and own not in keys)


def _anchor_excluded(b: GazEntry) -> bool:
    # capitals and metropolises are left out: "Moscow retook" names an actor, not a place;
    # regions stay whatever their population (a border village near "Belgorod region")
    return (b.is_country or b.fcode == "CONT" or b.fcode == "PPLC"
            or (b.population > 1_000_000 and not b.is_region))


# A country named as the owner of a speaker or as the speaker itself ("the UK Ministry of
# Defence reported", "The UK said"): who tells, not where things happen
_SPEAKER_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:Ministry|Defen[cs]e|MoD|Foreign|[Gg]overnment|"
                            r"officials?|[Ii]ntelligence|[Pp]resident|[Ee]mbassy|reported|"
                            r"said|stated|claimed|announced|assessed|noted)\b")


def _speaker_country(m: Mention, text: str) -> bool:
    """Is this country mention the speaker's country, not a place of the text ("The UK
    reported ...")? A small town the text places nowhere else is no stray for lying outside
    it (read217: a Ukrainian town beside "the UK Ministry of Defence" fell back to the UK)."""
    return bool(text) and _SPEAKER_AFTER.match(text, m.end) is not None


class Chosen:
    """The text's current choice of place per mention, indexed for the fallback questions."""

    def __init__(self, mentions: list[Mention], best: list[GazEntry | None],
                 contain: dict[int, int] | None = None, text: str = ""):
        self.mentions, self.best, self.text = mentions, best, text
        self.contain = contain or {}
        self.keys_of: dict[int, Counter] = defaultdict(Counter)  # entry id -> names choosing it
        self.entry: dict[int, GazEntry] = {}
        self.admin1_keys: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.country_keys: dict[str, Counter] = defaultdict(Counter)
        self.area_keys: Counter = Counter()  # names that chose a region, country or continent
        self.grid: PointGrid[int] = PointGrid(1.0)
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.speakers: set[int] = set()  # countries named as the speaker (_speaker_country)
        for j, (m, b) in enumerate(zip(mentions, best)):
            self.by_key[m.key].append(j)
            if b is None:
                continue
            if b.id not in self.entry:
                self.entry[b.id] = b
                self.grid.add(b.lat, b.lon, b.id)
            self.keys_of[b.id][m.key] += 1
            if b.is_admin1:
                self.admin1_keys[(b.cc, b.admin1)][m.key] += 1
            if b.is_country and _speaker_country(m, text):
                self.speakers.add(j)  # who tells, no place of the text
            elif b.is_country:
                self.country_keys[b.cc][m.key] += 1
            if b.is_region or b.is_country or b.fcode == "CONT":
                self.area_keys[m.key] += 1
        self._doubt: dict[tuple[str, int], bool] = {}
        self._regions: dict[str, set[tuple[str, str]]] = {}
        self._fallback: dict[str, GazEntry | None] = {}
        self._weights: dict[tuple[str, str], Counter] | None = None
        self._region_mentions: dict[int, list[int]] | None = None
        self._claimers: dict[int, Counter] | None = None
        self._countries: list[GazEntry] | None = None

    # -- the regions and countries the other names chose --------------------------------
    def _other_regions(self, own: str) -> set[tuple[str, str]]:
        got = self._regions.get(own)
        if got is None:
            got = {r for r, keys in self.admin1_keys.items() if _others(keys, own)}
            self._regions[own] = got
        return got

    def _other_countries(self, own: str) -> set[str]:
        return {cc for cc, keys in self.country_keys.items() if _others(keys, own)}

    # -- doubt ----------------------------------------------------------------------------
    def doubtful(self, i: int, e: GazEntry) -> bool:
        """A small settlement that the text's context contradicts: it lies outside every
        admin-1 region the text names (of any country: "Demidovka near the border of
        Belgorod Oblast" names a Russian region, and Demydivka in Rivne lies outside it),
        or, where the text names no region, outside the countries it names; and it lies far
        from all the text's other places. A real cross-border mention stays (a Ukrainian
        village a few kilometres from the Belgorod region it is named with is not far from
        that region).

        Mentions of the same name never count as context for each other: three
        "Demidovka"s resolved to one Demydivka in Rivne would otherwise vouch for it among
        themselves."""
        if not small(e):
            return False
        own = self.mentions[i].key
        k = (own, e.id)
        got = self._doubt.get(k)
        if got is None:
            got = self._doubt[k] = self._doubtful(own, e)
        return got

    def _doubtful(self, own: str, e: GazEntry) -> bool:
        regions = self._other_regions(own)
        if regions:
            # regions are the finer context: naming the village's country as well (often
            # as an actor: "Ukraine said ...") does not vouch for it; only nearness below
            if (e.cc, e.admin1) in regions:
                return False
        else:
            countries = self._other_countries(own)
            if not countries or e.cc in countries:
                return False
        # Where the text names regions, another small place outside them all is no anchor:
        # far-away namesakes of two front-line villages (Demydivka and Prylisne, 100 km
        # apart in the west of Ukraine) must not vouch for each other. Three or more such
        # places close together (Elkhart, Palestine and Grapeland in a Texas article that
        # names only Tennessee) are a cluster too unlikely to be chance.
        loose: set[tuple[str, float]] = set()
        for _, bid in self.grid.within(e.lat, e.lon, FALLBACK_KM):
            if not _others(self.keys_of[bid], own):
                continue
            b = self.entry[bid]
            if _anchor_excluded(b):
                continue
            if not regions:
                return False  # a near place of another name
            if not small(b) or (b.cc, b.admin1) in regions:
                return False  # a trusted anchor near it
            loose.add((b.name, b.lat))
            if len(loose) >= 2:
                return False
        return True

    def name_only(self, i: int, e: GazEntry) -> bool:
        """A small settlement that nothing but its name supports: the text's other names
        resolve to no region or country, and to no place within FALLBACK_KM of it (two
        villages 500 km apart do not vouch for each other)."""
        if not small(e):
            return False
        own = self.mentions[i].key
        if _others(self.area_keys, own):
            return False
        return not any(_others(self.keys_of[bid], own)
                       for _, bid in self.grid.within(e.lat, e.lon, FALLBACK_KM))

    # -- fallback -------------------------------------------------------------------------
    def fallback_area(self, i: int, index) -> GazEntry | None:
        """The smallest area the text supports for mention i: the region of a settlement
        named in the same list ("the villages of Demidovka and Prilesye"), else the region
        named nearest, else the country the text mentions most.

        Every mention of one name falls back alike (one sense per discourse), to the best
        evidence any of its mentions gives: a list neighbour's region first, else a region
        the text names (see ``pick_region``)."""
        own = self.mentions[i].key
        if own not in self._fallback:
            self._fallback[own] = self._fallback_area(own, index)
        return self._fallback[own]

    def _fallback_area(self, own: str, index) -> GazEntry | None:
        same = self.by_key[own]
        for k in same:
            area = self.list_neighbour_area(k, index)
            if area is not None:
                return area
        region = self.pick_region(own)
        if region is not None:
            return region
        countries = self._country_order()
        return countries[0] if countries else None

    def _country_order(self) -> list[GazEntry]:
        """The country the text names most (first named on a tie), then none."""
        if self._countries is None:
            groups: dict[str, list[GazEntry]] = defaultdict(list)
            for j, b in enumerate(self.best):
                if b is not None and b.is_country and j not in self.speakers:
                    groups[b.cc].append(b)
            self._countries = [max(groups.values(), key=len)[0]] if groups else []
        return self._countries

    def _index_regions(self) -> None:
        """Once per report: the mentions of each region chosen, the containers taken by
        places, and per admin-1 code the names of mentions that weigh for it."""
        mentions, best = self.mentions, self.best
        self._region_mentions = defaultdict(list)
        for j, b in enumerate(best):
            if b is not None and b.is_region:
                self._region_mentions[b.id].append(j)
        self._claimers = defaultdict(Counter)
        for a, c in self.contain.items():
            if best[c] is not None and best[a] is not None and not best[a].is_region:
                self._claimers[best[c].id][mentions[a].key] += 1
        self._weights = defaultdict(Counter)
        for j, x in enumerate(best):
            if x is None or x.is_country:
                continue
            # mentions of a region and of trusted settlements inside it
            if x.is_region or not self.doubtful(j, x):
                self._weights[(x.cc, x.admin1)][mentions[j].key] += 1

    def pick_region(self, own: str) -> GazEntry | None:
        """The region a doubtful name falls back to, among the regions the text names.

        Ranked by: (1) whether the region is already taken as the container of a place of
        another name ("Popivka in Sumy Oblast", "the Ukrainian village of Popivka": the
        region and the country adjective describe Popivka, not its neighbours), taken ones
        last; (2) how many mentions (regions named, and settlements resolved inside them)
        the text gives each region: the report's dominant region; (3) nearness to one of
        the name's mentions. Before this, the nearest region won outright, and "Demidovka
        and Prilesye, northeast of the Ukrainian village of Popivka in Sumy Oblast" put
        Demidovka in Sumy although the report is about Belgorod Oblast."""
        if self._region_mentions is None:
            self._index_regions()
        mentions = self.mentions
        tiers = []
        for rid, js in self._region_mentions.items():
            js = [j for j in js if mentions[j].key != own]
            if not js:
                continue
            b = self.best[js[0]]
            # a region counts as taken wherever it is named: "Sumy Oblast" named once as
            # Popivka's container and once more elsewhere is still Popivka's region first
            claimed = _others(self._claimers.get(rid, Counter()), own)
            w = self._weights.get((b.cc, b.admin1), Counter())
            weight = sum(w.values()) - w.get(own, 0)
            tiers.append(((claimed, -weight), b, js))
        if not tiers:
            return None
        top = min(t[0] for t in tiers)
        starts = sorted(mentions[k].start for k in self.by_key[own])
        best_key, best_b = None, None
        for rank, b, js in tiers:
            if rank != top:
                continue
            for j in js:
                k = (_gap(starts, mentions[j].start), j)
                if best_key is None or k < best_key:
                    best_key, best_b = k, b
        return best_b

    def list_neighbour_area(self, i: int, index) -> GazEntry | None:
        """The region of a trusted settlement next to mention i in a list of names: only
        commas, "and", "or" and capitalised names between them ("Suba, Migori, Homa Bay");
        "Demidovka and Prilesye, northeast of Popivka" is no list with Popivka."""
        mentions, best, text = self.mentions, self.best, self.text
        m = mentions[i]
        for j in (i - 1, i + 1):
            if not (0 <= j < len(mentions) and best[j] is not None and best[j].is_settlement
                    and best[j].admin1 and abs(mentions[j].start - m.start) < 120):
                continue
            lo, hi = (mentions[j], m) if j < i else (m, mentions[j])
            if text and not all(w in LIST_WORDS or w[:1].isupper()
                                for w in re.findall(r"[^\s,]+", text[lo.end:hi.start])):
                continue
            if not self.doubtful(j, best[j]):
                area = index.admin_entry(best[j].cc, best[j].admin1)
                if area is not None:
                    return area
        return None


def _gap(starts: list[int], x: int) -> int:
    """The smallest distance from ``x`` to a value of the sorted ``starts``."""
    k = bisect.bisect_left(starts, x)
    d = []
    if k < len(starts):
        d.append(starts[k] - x)
    if k > 0:
        d.append(x - starts[k - 1])
    return min(d)
