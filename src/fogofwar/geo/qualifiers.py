"""Qualifiers the writer puts after a name or a list of names, which say where the namesake
meant lies (session 30, read229):

- a region that closes a list ("shelled A, B, C, and D, Y Oblast") holds every name of the
  list: a name whose namesakes all lie outside it meets the closest spellings inside it
  (``region_namesakes``).
"""

from __future__ import annotations

import re

from ..geodesy import haversine_km
from . import cues
from .fallback import inside
from .index import DERIVED, GazEntry
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
            if not m.candidates or m.region_word or any(
                    inside(e, x) for e, _ in m.candidates for x in regions if e.id != x.id):
                continue
            have = {e.id for e, _ in m.candidates}
            extra = [(e, DERIVED) for e, _ in fuzzy(m.key, closest_only=False)
                     if e.is_settlement and e.id not in have
                     and any(inside(e, x) for x in regions)]
            if extra:
                m.candidates = m.candidates + extra
                m.reasons.append("namesake-in-closing-region")
