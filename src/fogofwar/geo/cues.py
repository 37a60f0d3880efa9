"""The writer's own disambiguation, read from the words around the mentions (issue 13).

Conflict reporting says which namesake it means, and the resolver should listen:
  * an offset: "Opytne (about 12km northwest of Donetsk City)", "Vodyane (8km west of
    Avdiivka)": the place lies at that bearing and distance from the anchor, give or take
    the writer's rounding (eight compass points, round kilometres);
  * a container with a direction: "Pavlivka in western Donetsk Oblast", "Oleksandrivka
    (west Kherson Oblast)" (the container itself, "X, Y Oblast", "X in Y Oblast", "X (Y
    Oblast)", "X, in the Z district of Y Oblast", is read by resolve._containers);
  * partners: "near X and Z", "from X in the direction of Z": places named together in
    one phrase lie near each other.
Each reader is a pure function of the mentions and the text; resolve.py weighs them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..geodesy import EARTH_RADIUS_KM, haversine_km
from .names import HOLDER_REMARK, MORE_DISTANCES, REGION_WORDS, SECTOR_WORD
from .recognise import Mention

BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}
_DIR = r"(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
# "(about 12km northwest of ", "(roughly 65 kilometers northeast of ", "(5km west of the
# southern outskirts of ", "(both 20km due east of " (read18: "due" and "both" put two villages
# 95-100 km off); "the Pervomaiske area (10km northwest of ", "the Kupiansk direction (" (read22:
# the offset after "area" went unread, and the village to a namesake in Crimea, 385 km off)
# the offset of a container after its comma ("Pavlivka, Donetsk Oblast, (2km southwest of "),
# an upper bound ("all within 30km northwest of ": read27, two villages 580 km off)
# -- the anchor is the mention that starts where this ends
# distances written as words: "approximately seven kilometers west of Y" (read97: the offset
# went unread and the village to a namesake 100 km off)
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
              "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_NUM_WORD = "(?:" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + ")"


def _distance(text: str) -> float:
    """A distance as the offset wrote it: "12", "2.5" or "seven"."""
    return float(_NUM_WORDS.get(text.lower(), text))


_OFFSET = re.compile(
    # (or a dash glued to "both": "A and B-both 20km northeast of Y", read142)
    SECTOR_WORD + r"\s*(?:(?:(?:,\s*(?=\())?[(,]|[\u2014\u2013-](?=\s*(?:both|all|each)\b))"
    r"\s*(?:(?:both|all|each)\s+)?"
    # an apposition of what the place is: "X, a settlement approximately 23 km east of Y",
    # "X, a village along the T1302 highway about 15 km southwest of Y" (read25, read30)
    r"(?:(?:a|the)\s+(?:small\s+)?(?:settlement|village|town|city|hamlet|suburb)"
    r"(?:\s+(?:along|on|near)\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:highway|road|river))?"
    r"\s+)?"
    # a remark on who holds it first: "(within Russian-controlled territory approximately
    # 25km south of Y" (read51)
    r"(?:" + HOLDER_REMARK + r")?"
    # or no mark at all, the distance right after the name: "around X about 65km east of Y"
    # (read97: the offset went unread and X to a namesake 220 km off)
    r"|(?=(?:about|approximately|roughly|around|some|nearly|just|only)?\s*"
    r"(?:\d{1,3}(?:\.\d)?|" + _NUM_WORD + r")"
    r"\s?(?:km|kilometers|kilometres)\s))"
    r"(?:about|approximately|approx\.|roughly|around|over|under|less than|more than|nearly|"
    r"some|just|almost|only|within|up to)?\s*(\d{1,3}(?:\.\d)?|" + _NUM_WORD + r")\s?(?:-\s?)?"
    # one distance for each name of a list: "A and B, approximately 40 and 50 km southwest
    # of Y, respectively" (read53: the first stands for both, within its tolerance)
    + MORE_DISTANCES +
    r"(?:km|kilometers|kilometres)\s+(?:(?:due|directly|just)\s+|to\s+the\s+)?" + _DIR +
    r"\s+of\s+(?:the\s+)?(?:(?:\w+ern\s+)?outskirts\s+of\s+)?(?:the\s+)?"
    r"(?:(?:central|downtown)\s+)?",  # "25 km northeast of central Kyiv" (read32)
    re.IGNORECASE)
# the sides of a region: "in western Donetsk Oblast", "in northeastern Kharkiv Oblast"
SIDES = {"northern": 0.0, "northeastern": 45.0, "eastern": 90.0, "southeastern": 135.0,
         "southern": 180.0, "southwestern": 225.0, "western": 270.0, "northwestern": 315.0}
_PARTNER_LINKS = {"and", ",", "or", ", and", ", or", "in the direction of", "toward", "towards",
                  "and toward", "and towards", "to", "and in the direction of",
                  # the ends of a front's stretch or axis, "the A-B line", "the directions of
                  # A-B" (read179: B went to a namesake 400 km off, A right)
                  "-", "\u2013"}
# A namesake within OFFSET_MIN_KM + half the stated distance of the stated point is the
# place meant. Measured on the ISW corpus (2022-02-24..10-31): the writer's points lie 2-8
# km from the place at 10-15 km, 15-25 km at 25-30 km ("Siversk (approximately 28 km
# northwest of Lysychansk)": 25 km), 70-85 km at 115-130 km ("Nizhyn (roughly 115
# kilometers east of Kyiv)"): eight compass points and round numbers.
OFFSET_MIN_KM = 20.0
# How far a place told "near" a town or "on its outskirts" may lie from the town's point
NEAR_TOLERANCE_KM = 30.0
EXACT_KM = 30.0


# A bearing with no distance: "Dolyna, northwest of Slovyansk", "Vidrodzhennya and Roty, both
# to the southeast of Bakhmut", "Pisky (southwest of Avdiivka)": the place lies on that side
# of the anchor, near it (read13, ISW 2022-06-14: Vidrodzhennya went to a namesake 200 km off
# in Zaporizhzhia Oblast, which the report also named)
# (also with no comma: "fighting around A, B, and C to the east of Bakhmut", read16)
_BARE_BEARING = re.compile(
    r"\s*(?:[(,]\s*(?:both\s+|all\s+|each\s+)?|[\u2014\u2013-]\s*(?:both|all|each)\s+|"
    r"\s+both\s+|\s+(?=(?:just\s+|directly\s+|"
    r"immediately\s+|due\s+)?(?:to\s+the\s+)?(?:" + _DIR[1:] + r"\s+of\s))"
    # an apposition of what the place is, one word of kind before it: "X, a coastal town
    # just south of Y" (read227: X went to a namesake in another oblast, 190 km off)
    r"(?:(?<=[(,])\s*(?:a|an|the)\s+(?:[a-z-]+\s+)?"
    r"(?:settlement|village|town|city|hamlet|suburb)\s+)?"
    r"(?:(?:located|situated|lying)\s+)?"
    r"(just\s+|directly\s+|immediately\s+|slightly\s+|due\s+)?(?:to\s+the\s+)?" + _DIR +
    r"\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.IGNORECASE)
# "(near Y", "(close to Y", "(just outside Y": a bracketed remark naming the town a place is by
# and "X and Y on the outskirts of Z" (read180: Mayorske went to a namesake in Odesa Oblast,
# 600 km from the town it is told to be by)
_NEAR_ANCHOR = re.compile(r"(?:\s*\(\s*(?:just\s+|directly\s+)?"
                          r"(?:near|close\s+to|outside|next\s+to)"
                          r"|\s*,?\s+(?:on|in)\s+the\s+(?:(?:\w+ern|immediate)\s+)?"
                          r"(?:outskirts|suburbs)\s+of)"
                          r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?", re.IGNORECASE)
# How far from the anchor a place told only by a bearing may lie
BARE_KM = 60.0
_LIST_LINKS = {",", "and", ", and", "or", ", or"}


@dataclass(frozen=True, slots=True)
class Offset:
    """"X (12km northwest of Y)": mention ``anchor`` is Y. ``km`` None: a bearing with no
    distance ("X, northwest of Y")."""

    anchor: int
    km: float | None
    bearing: float
    close: bool = False  # read30: "just/immediately/directly west of Y": by Y itself
    # "X (near Y)", "X on the outskirts of Y": by Y, no distance told
    near: bool = False

    @property
    def tolerance_km(self) -> float:
        """How far the place may lie from the stated point: rounding of the distance and a
        bearing given to eight compass points (+-22.5 degrees) grow with the distance; a
        place told "near" or "on the outskirts of" a city may lie past its edge (read197:
        Marinka, 24 km from Donetsk's centre, fell back to the centre)."""
        if self.near:
            return NEAR_TOLERANCE_KM
        return OFFSET_MIN_KM + 0.5 * (self.km if self.km is not None else BARE_KM)

    @property
    def exact(self) -> bool:
        """A short offset names the spot: the namesake nearest to it is meant. A long one
        ("Rubizhne, roughly 240 kilometers southeast of Kharkiv") only says where to look,
        and so does a bearing with no distance."""
        return self.km is not None and self.km <= EXACT_KM

    def points_to(self, anchor_lat: float, anchor_lon: float, lat: float, lon: float) -> bool:
        """For a bearing with no distance: does (lat, lon) lie on the stated side of the
        anchor, within BARE_KM of it?"""
        return haversine_km(anchor_lat, anchor_lon, lat, lon) <= BARE_KM and \
            in_side(lat, lon, anchor_lat, anchor_lon, self.bearing)


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) at ``bearing`` degrees (great circle)."""
    d = km / EARTH_RADIUS_KM
    th, p1, l1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(th))
    l2 = l1 + math.atan2(math.sin(th) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing in degrees from the first point to the second."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360.0


def _no_point(m: Mention, text: str) -> bool:
    """Is the anchor of an offset no point to measure from: a country or a region (its
    centre is no place the writer measured from), or one side of a border pair ("40 km west
    of the Russia-Kharkiv Oblast border": read43, Kupyansk was put in Siberia)?"""
    return _is_area(m) or text[m.end:m.end + 1] in ("-", "\u2013") or bool(m.candidates) and all(
        e.is_country or e.is_admin1 or e.fcode in _WIDE_CODES for e, _ in m.candidates)


# Wide natural areas, whose centre is no point a writer measures from ("just north of the
# Crimean Peninsula": read55, Henichesk was put in the middle of Crimea)
_WIDE_CODES = {"CONT", "PEN", "RGN", "RGNE", "AREA", "ISLS", "PLN", "PLAT", "DSRT", "FRST",
               "MTS", "VAL", "UPLD"}


# the word of a feature named for a place, between its name and an offset: "the X reservoir,
# 3km east of Y", "the X bridge (northwest of Y)"
_FEATURE_WORD = re.compile(r"\s+(?:reservoir|river|canal|lake|estuary|lagoon|bridge|dam)\b")


def _past_feature(m: Mention, text: str) -> int:
    """Where an offset after mention ``m`` may start: past a lower-case feature word of a
    water body or a structure named for the place ("the X reservoir, 3km east of Y"), which
    the offset places (read229: the reservoir's coast went to the town of its name, 100 km
    from the point the text gave); else right after the name."""
    if m.water or m.infrastructure:
        hit = _FEATURE_WORD.match(text, m.end)
        if hit is not None:
            return hit.end()
    return m.end


def offsets(mentions: list[Mention], text: str) -> dict[int, Offset]:
    """mention index -> its offset from an anchor, where the text states one right after it."""
    starts = {m.start: k for k, m in enumerate(mentions)}
    out = {}
    for i, m in enumerate(mentions):
        hit = _OFFSET.match(text, _past_feature(m, text))
        if hit is None:
            continue
        anchor = starts.get(hit.end())
        if anchor is None or anchor == i or _no_point(mentions[anchor], text):
            continue
        # "Kuzemivka, Luhansk Oblast (13km northwest of Svatove)": the place, not its region
        j = i
        if _is_area(m) and i > 0 and " ".join(text[mentions[i - 1].end:m.start].split()) in (",", "in"):
            j = i - 1
        if not _settlement_name(mentions[j]):
            continue
        off = Offset(anchor, _distance(hit.group(1)),
                     BEARINGS[hit.group(2).lower().replace("-", "")])
        # the offset of a list is every listed name's ("Fedorivka and Shestakove,
        # approximately 30km east of Kharkiv City": read14, Fedorivka went near Mariupol)
        for k in _listed_up_to(mentions, text, j) + _both_mate(mentions, text, j, hit):
            if k not in out:
                out[k] = off
    for i, m in enumerate(mentions):
        hit = _BARE_BEARING.match(text, _past_feature(m, text))
        if hit is None or i in out:
            continue
        anchor = starts.get(hit.end())
        if anchor is None or anchor == i or _no_point(mentions[anchor], text):
            continue
        side = BEARINGS[hit.group(2).lower().replace("-", "")]
        close = (hit.group(1) or "").strip().lower() in ("just", "immediately", "directly")
        # the bearing of a list is every listed name's ("A, B, and C, southeast of Y")
        for k in _listed_up_to(mentions, text, i) + _both_mate(mentions, text, i, hit):
            if k not in out:
                out[k] = Offset(anchor, None, side, close)
    # read68: "Mykolaivka, Luhansk Oblast (near Popasna)", "Kamianka (close to Avdiivka)": a
    # bracketed "near Y" says the namesake by Y is meant, as a short offset does
    for i, m in enumerate(mentions):
        hit = _NEAR_ANCHOR.match(text, m.end)
        if hit is None:
            continue
        anchor = starts.get(hit.end())
        j = i - 1 if _is_area(m) and i > 0 and \
            " ".join(text[mentions[i - 1].end:m.start].split()) == "," else i
        if anchor is None or anchor == j or j in out or _no_point(mentions[anchor], text) or \
                _is_area(mentions[j]):
            continue
        for k in _listed_up_to(mentions, text, j):
            if k not in out:
                out[k] = Offset(anchor, 0.0, 0.0, near=True)
    # read29: the bearing written before the name, as the General Staff lists it ("attacks
    # northeast of Y near X", "west of Y around A, B, and C"), says as much as one after it
    for a in range(len(mentions) - 1):
        before = _BEARING_BEFORE.search(text, max(0, mentions[a].start - 60), mentions[a].start)
        after = " ".join(text[mentions[a].end:mentions[a + 1].start].split())
        if before is None or _is_area(mentions[a]) or not _NEAR_AFTER.match(after):
            continue
        if _SIDES_LISTED.search(text, max(0, before.start() - 30), before.start() + 1):
            # "fighting to the north, west, and south of Y in A, B, and C": each name on some
            # side, none told which; the last side is no bearing of all (read206: two
            # villages went to namesakes south of Y, 100 km from their list)
            continue
        side = BEARINGS[before.group(1).lower().replace("-", "")]
        for k in _listed_from(mentions, text, a + 1):
            if k not in out:
                out[k] = Offset(a, None, side)
    return out


# "recaptured A and secured positions in B, both east of Y": "both" joins B to the one name
# before it, across the words of a second clause (read219: A went to a namesake 110 km off)
_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)
_BOTH_GAP = re.compile(r"^\s*(?:,\s*)?and\s[^.;:()]{0,50}$", re.IGNORECASE)


def _both_mate(mentions: list[Mention], text: str, i: int, hit: re.Match) -> list[int]:
    """The mention that a "both" of the qualifier after mention ``i`` pairs it with: the name
    before it, joined by "and" and a few words ("took A and held B, both ..."); else none.
    A list ("A and B, both ...") is ``_listed_up_to``'s."""
    if i == 0 or not _BOTH.search(hit.group(0)) or _linked(mentions, text, i - 1):
        return []
    a = i - 1
    if not _BOTH_GAP.match(text[mentions[a].end:mentions[i].start]) or \
            not _settlement_name(mentions[a]):
        return []
    return [a]


# a region's border after its name: "the Dnipropetrovsk Oblast border", "oblast boundary"
_BORDER_WORD = re.compile(r"\s*(?:(?:administrative|oblast|regional)\s+)?(?:border|boundary)\b",
                          re.IGNORECASE)


def beyond_borders(mentions: list[Mention], text: str) -> dict[int, tuple[int, float]]:
    """mention index -> the region mention whose border an offset or a bearing measures it
    from, and the bearing: "Piatykhatky (about 35km south of the Dnipropetrovsk Oblast
    border)" lies outside that oblast, on its southern side (read220: the oblast named in the
    offset pulled the name to a town inside it, 140 km off). A border between two regions
    ("south of the A-B Oblast border") says which of the two, not that the place is outside
    both: no entry."""
    starts = {m.start: k for k, m in enumerate(mentions)}
    out: dict[int, tuple[int, float]] = {}
    for i, m in enumerate(mentions):
        hit = _OFFSET.match(text, m.end) or _BARE_BEARING.match(text, m.end)
        if hit is None:
            continue
        r = starts.get(hit.end())
        if r is None or r == i or not _is_area(mentions[r]) or _is_area(m) or \
                not _BORDER_WORD.match(text, mentions[r].end) or \
                (r > 0 and text[mentions[r - 1].end:mentions[r].start].strip() in
                 ("-", "\u2013")):
            continue
        side = BEARINGS[hit.group(2).lower().replace("-", "")]
        for k in _listed_up_to(mentions, text, i):
            out.setdefault(k, (r, side))
    return out


def anchors(mentions: list[Mention], text: str, offs: dict[int, Offset]) -> set[int]:
    """The mentions the writer measures from: the anchors of offsets and bearings ("X (12km
    north of Y)", "X, south of Y") and a name right after a bearing with no place named
    ("strikes west of Y", "gains 10km east of Y"). Regions are no anchors."""
    out = {o.anchor for o in offs.values()}
    for i, m in enumerate(mentions):
        if not _is_area(m) and (_BEARING_BEFORE.search(text, max(0, m.start - 60), m.start)
                                or _KM_BEARING_BEFORE.search(text, max(0, m.start - 60),
                                                             m.start)):
            out.add(i)
    return {i for i in out if not _is_area(mentions[i])}


# "northeast of Y near X", "to the west of the city of Y, around X": Y is the anchor of X
_BEARING_BEFORE = re.compile(
    r"(?<![\w-])(?:to\s+the\s+)?" + _DIR + r"\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.IGNORECASE)
# a distance and a bearing right before a name: "12km northwest of Y", "5 km south of the Y"
_KM_BEARING_BEFORE = re.compile(
    r"\d(?:\.\d)?\s?(?:km|kilometers|kilometres)\s+(?:(?:due|directly|just)\s+)?"
    + _DIR + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Several sides listed before a bearing's last one ("north, west, and south of")
_SIDES_LISTED = re.compile(r"\b(?:north|south|east|west)(?:east|west)?(?:ern)?\s*,?\s+"
                           r"(?:and\s+|or\s+)?(?:(?:north|south|east|west)(?:east|west)?(?:ern)?"
                           r"\s*,?\s+(?:and\s+|or\s+)?)*(?:to\s+the\s+)?"
                           r"(?:north|south|east|west)", re.I)
# (past the anchor's "City": "north of Donetsk City near X", read142: X went to Luhansk Oblast)
_NEAR_AFTER = re.compile(r"^(?:city\s*)?,?\s*(?:near|around|in|at|outside|by|close to|"
                         r"in the (?:vicinity|area|"
                         r"direction) of|in the areas? of)(?:\s+the)?$", re.IGNORECASE)


def _settlement_name(m: Mention) -> bool:
    """A mention that may name a settlement: no area, and a settlement among its namesakes
    (or a name the gazetteer lacks that a distance from a town places: read161, or one whose
    only namesakes are spots, a locality or a farm, which say nothing against the stated
    point: read182, "Koshara (32km north of Beryslav)" went to a locality of the name
    200 km off in another oblast)."""
    return not _is_area(m) and (any(e.is_settlement for e, _ in m.candidates)
                                or "distance-only" in m.reasons or _spots_only(m))


def _spots_only(m: Mention) -> bool:
    """Are the mention's namesakes all spots: no settlement, region, country, water body or
    wide natural area among them?"""
    return bool(m.candidates) and all(
        e.fclass not in ("P", "A", "H") and e.fcode not in _WIDE_CODES
        for e, _ in m.candidates)


def _linked(mentions: list[Mention], text: str, k: int) -> bool:
    """Do mentions ``k`` and ``k + 1`` stand in one list?"""
    return _list_link(" ".join(text[mentions[k].end:mentions[k + 1].start].split()))


def _listed_from(mentions: list[Mention], text: str, i: int) -> list[int]:
    """The settlement mentions of the list that starts at mention ``i`` ("A, B, and C"),
    ``i`` first."""
    out, k = [], i
    while True:
        if _settlement_name(mentions[k]):
            out.append(k)
        if k + 1 == len(mentions) or not _linked(mentions, text, k):
            return out
        k += 1


def settlement_lists(mentions: list[Mention], text: str) -> list[list[int]]:
    """The lists of settlement names ("A, B, C, and D"; names the place stage did not find
    may stand between): each a run of mentions, regions and areas left out, of three or more
    names."""
    out, run = [], []
    for k, m in enumerate(mentions):
        if _settlement_name(m):
            run.append(k)
        if k + 1 == len(mentions) or not _linked(mentions, text, k):
            if len({mentions[j].key for j in run}) >= 3:
                out.append(run)
            run = []
    return out


def _listed_up_to(mentions: list[Mention], text: str, i: int) -> list[int]:
    """The settlement mentions of the list that ends at mention ``i`` ("A, B, and C"),
    ``i`` first."""
    out, k = [], i
    while True:
        if _settlement_name(mentions[k]):
            out.append(k)
        if k == 0 or not _linked(mentions, text, k - 1):
            return out
        k -= 1


# names the place stage did not find, between two listed ones: "Komyshuvakha, Nirkove,
# Berestove, Belohorivka" (read16: the list's bearing stopped at the unknown names)
_UNFOUND_NAMES = re.compile(r"^(?:,\s*[A-Z][\w'’-]+\s*)+(?:,|, and|, or)$")


def _list_link(between: str) -> bool:
    """Does the text between two mentions join them in one list?"""
    return between in _LIST_LINKS or bool(_UNFOUND_NAMES.match(between))


def _is_area(m: Mention) -> bool:
    """A mention that names a region: "Luhansk Oblast", "Beryslav Raion", "Kherson region"."""
    return bool(m.region_word) or any(w.lower() in REGION_WORDS for w in m.text.split()[1:])


# read30: how far off its anchor a place "just west of Y" lies when no namesake of it is near
CLOSE_KM = 5.0


def offset_point(off: Offset, anchor_lat: float, anchor_lon: float) -> tuple[float, float]:
    return destination(anchor_lat, anchor_lon, off.km if off.km is not None else CLOSE_KM,
                       off.bearing)


def nearest_within(point: tuple[float, float], entries, km: float):
    """The entry nearest to ``point`` among those within ``km`` of it, else None."""
    best, dmin = None, None
    for e in entries:
        d = haversine_km(point[0], point[1], e.lat, e.lon)
        if d <= km and (dmin is None or d < dmin):
            best, dmin = e, d
    return best


def container_side(between: str) -> float | None:
    """The bearing of a region's side named between a place and its container:
    "in western" -> 270, "(west" -> 270 (read22: "X (west Kherson Oblast)")."""
    words = between.lower().replace(",", " ").replace("(", " ").split()
    for w in words:
        if w in SIDES:
            return SIDES[w]
        if w in BEARINGS:
            return BEARINGS[w]
    return None


# "attacked X and seized Z, both adjacent to the highway": the two named lie together
# (read119: X went to a namesake 50 km from Z)
_BOTH_AFTER = re.compile(r",? both\b", re.I)


def partners(mentions: list[Mention], text: str) -> dict[int, list[int]]:
    """mention index -> the mentions named with it in one phrase: "near X and Z", "from X
    in the direction of Z", "X, Y, and Z", "X and ... Z, both ...". Regions are no partners (a region word marks
    them)."""
    out: dict[int, list[int]] = {}
    for a in range(len(mentions) - 1):
        ma, mb = mentions[a], mentions[a + 1]
        if ma.region_word or mb.region_word or ma.key == mb.key:
            continue
        between = " ".join(text[ma.end:mb.start].lower().split())
        if (between in _PARTNER_LINKS and mb.start - ma.end < 40) or (
                _UNFOUND_NAMES.match(between) and mb.start - ma.end < 80) or (
                _BOTH_AFTER.match(text, mb.end) and mb.start - ma.end < 40):
            out.setdefault(a, []).append(a + 1)
            out.setdefault(a + 1, []).append(a)
    # "A, B, C, and D, all settlements around P": every name listed lies by P (read131: D
    # went to a town of its name 110 km off)
    for b in range(1, len(mentions)):
        if mentions[b].region_word or not _ALL_AROUND.match(
                text, mentions[b - 1].end, mentions[b].start) or \
                mentions[b].start - mentions[b - 1].end > 60:
            continue
        a = b - 1
        while a >= 0 and not mentions[a].region_word:
            out.setdefault(a, []).append(b)
            out.setdefault(b, []).append(a)
            if a == 0 or " ".join(text[mentions[a - 1].end:mentions[a].start].lower().split()) \
                    not in _LIST_LINKS:
                break
            a -= 1
    return out


# a remark after a list that puts every name near one place ("..., all settlements around P")
_ALL_AROUND = re.compile(r"[,\u2014\u2013-]?\s*(?:all|both)\s+(?:\w+\s+)?(?:around|near|"
                         r"outside|in the vicinity of|close to)\s+(?:the\s+)?$", re.I)


def in_side(e_lat: float, e_lon: float, centre_lat: float, centre_lon: float,
            side: float) -> bool:
    """Whether a point lies on the stated side of a region's centre (within 67.5 degrees
    of the side's bearing)."""
    b = bearing(centre_lat, centre_lon, e_lat, e_lon)
    return abs((b - side + 180.0) % 360.0 - 180.0) <= 67.5


def toward_side(e_lat: float, e_lon: float, centre_lat: float, centre_lon: float,
                side: float) -> float:
    """How far (km) a point lies from a region's centre in the direction of the stated side:
    of two namesakes on the region's northwestern side, the one further northwest is the
    one "in northwestern X Oblast" (read26)."""
    b = bearing(centre_lat, centre_lon, e_lat, e_lon)
    return haversine_km(centre_lat, centre_lon, e_lat, e_lon) * math.cos(math.radians(b - side))
