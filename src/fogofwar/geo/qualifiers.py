"""Qualifiers the writer puts after a name or a list of names, which say where the namesake
meant lies (session 30, read229):

- a region that closes a list ("shelled A, B, C, and D, Y Oblast") holds every name of the
  list: a name whose namesakes all lie outside it meets the closest spellings inside it
  (``region_namesakes``);
- a river bank ("A and B, both on the eastern bank of the R River") puts the names by that
  river: the namesakes near the gazetteer's points of the river are meant (``river_banks``).
"""

from __future__ import annotations

import re

from ..geodesy import haversine_km
from . import cues
from .fallback import inside
from .index import DERIVED, MAIN, GazEntry
from .names import key
from .recognise import Mention

# what stands between a list's last name and the region that closes it
_CLOSING = re.compile(r"^,?\s*(?:(?:all|both|each)\s+)?(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)
_UNIT_WORDS = frozenset({"oblast", "oblasts", "region", "province", "raion", "rayon",
                         "district", "krai", "kray"})


def _closing_region(mentions: list[Mention], text: str, r: int) -> list[GazEntry]:
    """The region entries of mention ``r`` where it is a region named by its own word ("Y
    Oblast") right after a list's last name ("..., and D, Y Oblast", "... and D in Y
    Oblast"); else none."""
    m = mentions[r]
    if r == 0 or not (m.region_word in _UNIT_WORDS or any(
            w.lower() in _UNIT_WORDS for w in m.text.split()[1:])):
        return []
    if not _CLOSING.match(" ".join(text[mentions[r - 1].end:m.start].split())):
        return []
    return [e for e, _ in m.candidates if e.is_region]


TOWN_POP = 20_000  # a town this large, or a seat, stands on its own name
_SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})


def _own_town(m: Mention, regions: list[GazEntry]) -> bool:
    """Is one of the mention's namesakes, by its own main name, a town of standing (a seat,
    or TOWN_POP people) in the country of the closing region? "Drone attacks on A and B
    Raion in Y Oblast" may name a city of another oblast (read182), which no village of Y of
    a like spelling replaces."""
    return any(kind == MAIN and e.is_settlement and e.cc in {x.cc for x in regions}
               and (e.fcode in _SEATS or e.population >= TOWN_POP) for e, kind in m.candidates)


def region_namesakes(mentions: list[Mention], text: str, index) -> None:
    """"Shelled A, B, C, and D, Y Oblast": each listed name none of whose namesakes lies in Y
    takes, as DERIVED candidates, the settlements inside Y of its closest spellings
    (read229: a town of the list went to a namesake in Russia that bears the name as written
    as another name, while the town of the oblast is spelt with one more letter). A name
    with a namesake in Y is left to the resolver's containment; a name with no close
    spelling in Y keeps what it has (a town of its own standing, outside the region, stays
    one: read182). Changes the mentions' candidates in place."""
    fuzzy = getattr(index, "fuzzy_lookup", None)
    if fuzzy is None:
        return
    for r in range(1, len(mentions)):
        regions = _closing_region(mentions, text, r)
        if not regions:
            continue
        for k in cues._listed_up_to(mentions, text, r - 1):
            m = mentions[k]
            if not m.candidates or m.region_word or _own_town(m, regions) or any(
                    inside(e, x) for e, _ in m.candidates for x in regions if e.id != x.id):
                continue
            have = {e.id for e, _ in m.candidates}
            extra = [(e, DERIVED) for e, _ in fuzzy(m.key, closest_only=False)
                     if e.is_settlement and e.id not in have
                     and any(inside(e, x) for x in regions)]
            if extra:
                m.candidates = m.candidates + extra
                m.reasons.append("namesake-in-closing-region")


# "(both) on the eastern bank of the R River", "located on the left bank of the R"
_BANK = re.compile(r"\s*,?\s*(?:(?:both|all|each)\s+)?(?:(?:located|situated|lying)\s+)?"
                   r"(?:on|along)\s+the\s+(?:(?:north|south|east|west|left|right)(?:ern)?\s+)?"
                   r"(?:river)?banks?\s+of\s+the\s+"
                   r"([A-Z][\w'\u2019-]+(?:\s+(?!River\b)[A-Z][\w'\u2019-]+)?)"
                   r"(?=\s+[Rr]iver\b|[\s,.;)])")
# How far from a point the gazetteer holds for a river (often its mouth) a place on its bank
# may lie: the rivers of a front run 100-500 km, and the point says only which stretch
RIVER_KM = 80.0


def river_banks(mentions: list[Mention], text: str, index) -> dict[int, list[GazEntry]]:
    """mention index -> the gazetteer's points of the river whose bank the text puts the
    name on: "A and B, both on the eastern bank of the R River" (each name of the list
    before the phrase), "X on the left bank of the R". Names whose river the gazetteer lacks,
    or holds under no one region, are left out (read229: a village on the river went to a
    namesake of another oblast, while one by the river's point was among its namesakes)."""
    lookup = getattr(index, "lookup", None)
    out: dict[int, list[GazEntry]] = {}
    if lookup is None:
        return out
    for i, m in enumerate(mentions):
        hit = _BANK.match(text, m.end)
        if hit is None:
            continue
        k = key(hit.group(1))
        # (a river the gazetteer files under no one region, "00", runs through several: its
        # one point says nothing of where along it a place lies)
        water = [e for e, _ in lookup([k]).get(k, ())
                 if e.fclass == "H" and e.admin1 not in ("", "00")]
        if not water:
            continue
        for j in cues._listed_up_to(mentions, text, i):
            out.setdefault(j, water)
    return out


def by_river(e: GazEntry, water: list[GazEntry]) -> bool:
    """Whether a namesake lies within RIVER_KM of one of the river's points."""
    return any(haversine_km(e.lat, e.lon, w.lat, w.lon) <= RIVER_KM for w in water)
