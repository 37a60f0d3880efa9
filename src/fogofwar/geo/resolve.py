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

The writer's own disambiguation (cues.py) weighs in the scores and then decides
(``_writer_choice``): an offset ("Opytne (about 12km northwest of Donetsk City)") takes the
namesake nearest to the stated point, or the point itself at NEAR_SETTLEMENT; a region word
("X and western Y oblasts") takes the region; a named container ("Pavlivka in western
Donetsk Oblast") takes the best namesake inside it, on the side named; places named together
("near X and Z") support namesakes close to each other; a capital or admin-1 seat beats a
small namesake in its country unless a cue word says a village is meant, and "X City" is
always the seat ("Mykolaiv City"); a name followed by "River" is only ever water. The
namesake an offset chose holds for the name's bare mentions too. A name the writer measures
from ("west of Y") is the district town of the name over a village; a place measured from a
region's border ("35km south of the Y Oblast border") lies outside that region; and a
namesake near a place of its own sentence gains over the rest of the report's context.

A small place that only its own name supports (the text names no region or country, and
no other place within FALLBACK_KM) keeps the gazetteer's namesake, with a score of at most
NAME_ONLY_SCORE: the output says it is a guess instead of inventing context.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..geodesy import haversine_km
from ..records import COUNTRY, NEAR_SETTLEMENT, REGION, SETTLEMENT, Place
from . import cues, qualifiers
from .facilities import facility_for, words
from .fallback import Chosen, inside as _inside, small
from .index import ALTERNATE, DERIVED, MAIN, GazEntry
from .names import key, loose
from .nearby import PointGrid
from .recognise import FACILITY_NOUNS, RARE_NAMESAKES, Mention

ADM1_WORDS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray",
              "state", "republic", "governorate", "okrug", "prefecture", "territory",
              "department"}
ADM2_WORDS = {"district", "districts", "raion", "rayon", "raions", "rayons", "county",
              "counties", "parish"}
MAX_CANDIDATES = 80
NAME_ONLY_SCORE = 0.2  # top score of a small place that only its name supports
WRITER_SCORE = 0.3  # least score of a namesake the writer's own words chose (> GUESS)
ITERATIONS = 2
PARTNER_KM = 40.0  # places named together in one phrase ("near X and Z") lie this close
SEAT_POP = 50_000  # a capital or admin-1 seat this large beats a small namesake
BIG_CITY_POP = 250_000  # and so does any city this large over a place of no known population


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
    offset: float = 6.0  # the namesake at the point "X (12km northwest of Y)" states
    partner: float = 1.5  # a namesake near the place named with it ("near X and Z")
    # A list of settlements names places of one area ("near A, B, C, and D"): a namesake
    # gains this weight times the share of the list's other names that have some namesake
    # within LIST_KM of it, whichever of them now leads (read38, read40: five of eight
    # villages of one list went 35-190 km off, each pulled by an oblast the report named
    # elsewhere, while the partner rule looked only at its neighbours' current choice)
    cohesion: float = 3.0
    # An area or a town named in another part of the text (two or more paragraphs away)
    # supports a namesake in its region with this share of the weight it has nearby: a daily
    # report names every oblast of the front somewhere, and a village's own paragraph says
    # which one it is in (read33: Zatoka went to a namesake 550 km off, supported by an
    # oblast named elsewhere in the report; read34 saw a distant paragraph flip others). At
    # 0.5 a town of 20,000 (Lyman, Donetsk Oblast) lost to a village of the oblast the
    # paragraph before named (ISW places gate); 0.75 keeps it
    far_context: float = 0.75
    # A namesake within PARTNER_KM of a place another name of its own sentence resolves to
    # gains this: "strikes to the south of Y and fired on A and X" names X by Y, whatever
    # the rest of a long report names (read217: X went to a namesake 150 km off in an oblast
    # the report named elsewhere; read219: one 160 km from the village named with it)
    sentence: float = 3.0
    fallback: bool = True
    # Demonyms ("Egyptian", "Palestinians") always weigh as context for their country; as
    # places of their own only when asked: where a text's people are from is not where its
    # events happen ("Ukrainian forces struck ..."), and annotation schemes differ (LGL
    # tags demonyms as toponyms, GeoVirus does not)
    demonyms: bool = False


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
    elif e.fcode == "RGN":
        s += 0.5  # a world region named outright ("West Africa", "the Middle East")
    else:  # rivers, peninsulas, areas
        s -= 1.0
    region_match = bool(m.region_word) and e.is_region
    if kind == ALTERNATE and not romanised_alike(m.key, e.name):
        s -= 1.0
    elif kind == DERIVED and not region_match:
        s -= 1.0
    if region_match and _names_kind(m.region_word, e.name):
        s += 1.5  # "Kyiv oblast": Kyiv Oblast, not the capital's own region (Misto Kyiv)
    if m.region_word in ADM1_WORDS:
        s += 4.0 if e.is_admin1 else (1.0 if e.fcode == "ADM2" else -2.0)
    elif m.region_word in ADM2_WORDS:
        s += 4.0 if e.fcode == "ADM2" else (1.0 if e.is_admin1 else -2.0)
    if m.settlement_cue:
        s += 2.0 if e.is_settlement else -2.0
    if e.geonameid is None and e.is_settlement:
        s -= 0.3  # postal-dump places: coordinates of a post office, no population
    return s


@lru_cache(maxsize=65536)
def _loose_key(name: str) -> str:
    return loose(key(name))


def romanised_alike(k: str, name: str) -> bool:
    """Whether a name key and a place's main name are one name in two romanisations
    ("Trostianets" and "Trostyanets", "Kamianka" and "Kamyanka"): GeoNames lists the other
    spelling as an alternate name, but it is no former or foreign name, so it costs the
    place nothing. Before, the town of 19,500 (Trostyanets, Sumy Oblast) lost "Russian
    trucks in central Trostianets" to a hamlet of 377 whose main name is spelt so (issue
    13, tenth session). An adjective's ending "-yi", "-yy", "-iy", "-y" is one ending too
    ("Kryvyi Rih" and GeoNames' "Kryvyy Rih": read37, the city of 600,000 lost to a hamlet)."""
    a, b = _loose_key(name), loose(k)
    return a == b or _ADJ_END.sub("i", a) == _ADJ_END.sub("i", b)


# the loose key's forms of the Ukrainian adjective ending "-ий" at a word's end
_ADJ_END = re.compile(r"(?<=[a-z]{3})(?:yy|y|i)\b")


@lru_cache(maxsize=16384)
def _names_kind(region_word: str, name: str) -> bool:
    """Whether a region's own name holds the region word written after the mention
    ("Kyiv Oblast" for "Borodyanka, Kyiv oblast"; "Buenos Aires Province"). A capital is
    often a first-level region of its own beside the region named for it (Misto Kyiv beside
    Kyiv Oblast; the city of Buenos Aires beside its province); the word the writer adds
    says which one is meant, and the larger capital region had won on population (issue
    13, tenth session)."""
    word = {"counties": "county", "oblasts": "oblast", "provinces": "province",
            "regions": "region", "districts": "district", "raions": "raion",
            "rayons": "rayon"}.get(region_word, region_word)
    return word in key(name).split()


# "Pavlivka in western Donetsk Oblast", "X, in northern Y Oblast"
# (read29: "A, B, and C, all in western Y Oblast": the "all" closes a list)
# a side of an area: "northern", "southeast", "central"
_SIDE = r"(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?"
_IN_SIDE = re.compile(r"^,?\s*(?:(?:all|both|each)\s+)?in\s+(?:the\s+)?" + _SIDE +
                      r"(?:\s+part\s+of)?$")


# read30: an apposition of what the place is before its container: "X, a village in southern Y
# Oblast" reads as "X, in southern Y Oblast" (the apposition had hidden the container and its
# side: a village went to a namesake in the north of the oblast)
_APPOSITION = re.compile(r"^,\s*(?:a|an|the)\s+(?:small\s+)?(?:village|settlement|town|city|hamlet|"
                         r"locality|suburb)\s+(?=in\b)")
# read30: "the X in Y Oblast, not Z Oblast": the region the writer denies is no context
_NOT_BEFORE = re.compile(r"(?:,|\()\s*(?:and\s+)?not\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)


# "X (west Kherson Oblast)", "X (Kherson Oblast)", "X (in southern Y Oblast)" (read22)
_IN_PAREN = re.compile(r"^\(\s*(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|northeast|"
                       r"northwest|southeast|southwest)(?:ern)?\s+)?$")
# "the Melitopol district of Zaporizhzhia Oblast": the district lies in the oblast
_DISTRICT_OF = frozenset({"district of", "raion of", "rayon of"})


# "town of", "border village of": the kind of settlement a demonym before it is the people of
_KIND_OF = re.compile(r"^(?:\w+\s+)?(?:town|village|city|settlement|hamlet|port|region|"
                      r"oblast|province|district)\s+of$")


def _containers(mentions: list[Mention], text: str) -> dict[int, int]:
    """mention index -> index of the mention that contains it ("X, Y", "X in Y", "Y's X",
    "X (west Y Oblast)")."""
    out = {}
    paren = set()  # containers in brackets: "A, B (west Y Oblast)" places B only
    for a in range(len(mentions) - 1):
        ma, mb = mentions[a], mentions[a + 1]
        between = _APPOSITION.sub(", ", text[ma.end:mb.start].strip().lower(), count=1)
        if between in (",", "in", ", in", "in the", ", in the", "of", ", ukraine's",
                       "in russia's") or _IN_SIDE.match(between) or _ALL_IN.match(between):
            if not mb.demonym:
                # (a people's word after a comma starts the clause: "In Kherson Oblast,
                # Russian forces shelled X" put the oblast in Russia)
                out[a] = a + 1
        elif between in ("'s", "\u2019s"):
            out[a + 1] = a  # "Russia's Belgorod region"
        elif ma.demonym and _KIND_OF.match(between):
            # "the Belarusian town of X": the country the people's name names holds X (read90:
            # a namesake in Ukraine, which the report's context favoured)
            out[a + 1] = a
        elif _IN_PAREN.match(between + " ") and (text[mb.end:mb.end + 1] == ")" or
                                                  _NOT_TAIL.match(text, mb.end)):
            # (and "X (in Y, not Z Oblast)": read119, read130, X went to Z's namesake)
            # read22: "airstrikes near Oleksandrivka (west Kherson Oblast)" went to the
            # namesake in Donetsk Oblast, 437 km off
            out[a] = a + 1
            paren.add(a)
        elif " ".join(between.split()) in _DISTRICT_OF and _names_unit(ma, ADM2_WORDS):
            out[a] = a + 1
    # "Rubizhne (the Rubizhne in Kharkiv Oblast, not Luhansk Oblast)": the name restated in
    # brackets with its area is the same place (read131: the first mention went to Luhansk)
    for a in range(len(mentions) - 1):
        if a not in out and out.get(a + 1) is not None and \
                mentions[a + 1].key == mentions[a].key and \
                _RESTATED.match(text[mentions[a].end:mentions[a + 1].start]):
            out[a] = out[a + 1]
    # "X in Russia's Belgorod region": the innermost area contains X
    for a, c in list(out.items()):
        if c > a and out.get(c + 1) == c:
            out[a] = c + 1
    # "X, in the Melitopol district of Zaporizhzhia Oblast", "X, in Z Raion, Y Oblast": X
    # lies in the oblast, which the writer names to say which X (read22: Mykhailivka went to
    # a namesake in Luhansk Oblast); the gazetteer's districts (the raions before and after
    # 2020) often do not hold the village by their codes, so the oblast contains it
    for a, c in list(out.items()):
        if c == a + 1 and "in" in text[mentions[a].end:mentions[c].start].lower().split() \
                and _names_unit(mentions[c], ADM2_WORDS) and out.get(c) == c + 1 \
                and _names_unit(mentions[c + 1], ADM1_WORDS):
            out[a] = c + 1
    # "Alaska, Alabama, Arizona", "Anhui, Guangdong, Guangxi": a list of areas, no name
    # the container of the next
    for run in _area_lists(mentions, text):
        for a in run:
            if out.get(a) in run:
                del out[a]
    # "Rivne, Ternopil, Lviv": nor is a list of three settlement names or more where no
    # namesake of a name lies in an area the next one names (read48: Rivne, "in Ternopil",
    # went to a village of 900 people 580 km off); "Mosul, Nineveh, Iraq" keeps its
    # governorate, "Austin, Texas, Dallas" its state
    listed = set()
    for run in cues.settlement_lists(mentions, text):
        for a in run:
            c = out.get(a)
            if c in run and not any(_inside(e, x) for e, _ in mentions[a].candidates
                                    for x, _ in mentions[c].candidates
                                    if x.fclass == "A" and x.id != e.id):
                del out[a]
                listed.add(a)
    # read29: "A, B, and C, all west of P in western Y Oblast": the region the qualifier
    # that closes a list names holds every name of the list, not only its anchor P
    for a in range(len(mentions) - 1):
        if a in out or not _ALL_AFTER.match(text, mentions[a].end, mentions[a + 1].start):
            continue
        # (the first region within the clause, named as "in (western) Y Oblast"; "A and B,
        # all close to the front in western Y Oblast" has no anchor between)
        for c in range(a + 1, min(a + 4, len(mentions))):
            span = text[mentions[a].end:mentions[c].start]
            if len(span) > 160 or any(ch in span for ch in ".;()"):
                break
            if _names_unit(mentions[c], ADM1_WORDS | ADM2_WORDS):
                if _IN_AT_END.search(span):
                    out[a] = c
                break
    # "X and Y in Z": the container applies to every name of the list
    for a in range(len(mentions) - 2, -1, -1):
        if a in listed and a + 1 in out and \
                text[mentions[a + 1].end:mentions[out[a + 1]].start].strip() == ",":
            continue  # "Denver, Indianapolis, Louisville, Ky.": the state is Louisville's only
        if a + 1 in out and out[a + 1] > a + 1 and a + 1 not in paren and (
                a not in out or (out[a] == a + 1 and _list_in_region(mentions, text, a + 1,
                                                                     out[a + 1]))):
            # (read29: "A, B, and C in Y Oblast": "A, B" is a list, not B's A, where B is
            # no region's name)
            between = text[mentions[a].end:mentions[a + 1].start].strip().lower()
            if between in ("and", ",", "or", ", and") and \
                    not _town_outside(mentions[a], mentions[out[a + 1]]):
                out[a] = out[a + 1]
    return out


def _town_outside(m: Mention, area: Mention) -> bool:
    """Is ``m`` a town of its own standing (a seat or a city of TOWN_OUTSIDE_POP people) that
    the area after its list mate holds no namesake of? "drone attacks on Nikopol and
    Bashtanka Raion in Mykolaiv Oblast": the oblast is the raion's; Nikopol, a city of
    another oblast, kept none of its own (read182: it became Mykolaiv Oblast, and the two
    strikes one incident)."""
    regions = [x for x, _ in area.candidates if x.fclass == "A" and not x.is_country]
    if not regions or not m.candidates:
        return False
    if any(_inside(e, x) for e, _ in m.candidates for x in regions if e.id != x.id):
        return False
    return any(e.is_settlement and (e.fcode in _SEAT_CODES or e.population >= TOWN_OUTSIDE_POP)
               for e, _ in m.candidates)


TOWN_OUTSIDE_POP = 20000
_SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})


# a name restated at a bracket's start: "X (the X in Y Oblast, ...)"
_RESTATED = re.compile(r"^\s*[(\u2014\u2013-]\s*(?:the\s+)?$", re.I)
# the rest of a bracket that corrects a namesake: "(in Kharkiv, not Luhansk Oblast)"
_NOT_TAIL = re.compile(r",\s*not\s+[^()]{1,40}\)")
# "A, B, and C, all in Y Oblast", "A and B, both located in Y": containment (read29)
_ALL_IN = re.compile(r"^[,\u2014\u2013]?\s*(?:all|both|each)\s+(?:(?:of\s+them|settlements|"
                     r"villages|towns|cities|localities)\s+)?(?:(?:located|situated|lying)\s+)?"
                     r"in(?:\s+the)?(?:\s+" + _SIDE + r")?$")
# a qualifier that closes a list: "A, B, and C, all west and southwest of ..." (read29)
_ALL_AFTER = re.compile(r",\s*(?:all|both|each)\b", re.IGNORECASE)
_IN_AT_END = re.compile(r"\bin\s+(?:the\s+)?(?:\w+ern\s+)?(?:part\s+of\s+)?$", re.IGNORECASE)


def _list_in_region(mentions: list[Mention], text: str, b: int, c: int) -> bool:
    """Whether mention ``b``, which "A, B" took for A's container, is rather a list mate
    of A in the region ``c`` that holds B ("A, B, and C in Y Oblast"): B can name no
    region or country ("Louisville, Ky., New Haven, Conn." keeps its pairs), and C names
    itself a region, not only by a list link ("B, and C")."""
    return not mentions[b].region_word and \
        not any(e.is_region or e.is_country for e, _ in mentions[b].candidates) and \
        _names_unit(mentions[c], ADM1_WORDS | ADM2_WORDS) and \
        text[mentions[b].end:mentions[c].start].strip().lower() not in (",", "and", ", and", "or")


# "X (near the A-B Oblast border)", "X, along the A-B administrative border" (read26)
_NEAR_BORDER = re.compile(r"^[(,]?\s*(?:near|along|on|by|at|close\s+to)\s+(?:the\s+)?$")
_BORDER_AFTER = re.compile(r"^\s*(?:(?:administrative|oblast|regional)\s+)?(?:border|boundary|"
                           r"frontier)\b", re.IGNORECASE)


def _border_pairs(mentions: list[Mention], text: str) -> dict[int, tuple[int, int]]:
    """mention index -> the two mentions of the regions whose shared border the text puts
    it by: "Novopetrivka (near the A-B Oblast border)" lies in A or in B (read26: a
    village went to a namesake in a third oblast, 73 km off). Whether the two resolve to
    regions is for the caller to check."""
    out = {}
    for a in range(len(mentions) - 2):
        ma, mb, mc = mentions[a:a + 3]
        if _NEAR_BORDER.match(" ".join(text[ma.end:mb.start].split()).lower() + " ") \
                and text[mb.end:mc.start].strip() in ("-", "\u2013", "\u2014") \
                and _BORDER_AFTER.match(text[mc.end:mc.end + 40]):
            out[a] = (a + 1, a + 2)
    return out


def _border_areas(i: int, borders: dict, best: list[GazEntry | None]) -> list[GazEntry]:
    """The regions of mention i's border pair (``_border_pairs``), where both resolved to
    admin-1 or admin-2 regions; else none."""
    areas = [best[c] for c in borders.get(i, ())]
    return areas if areas and all(x is not None and x.is_region for x in areas) else []


def _names_unit(m: Mention, words: set[str]) -> bool:
    """Whether a mention names an administrative unit of the kind ``words`` name, by a word
    of its own ("Zaporizhzhia Oblast", "Melitopol Raion") or one after it ("the Melitopol
    district")."""
    return m.region_word in words or any(w.lower() in words for w in m.text.split()[1:])


_LIST_LINKS = {",", ", and", "and", ", or", "or", ";"}


def _list_link(between: str) -> bool:
    """Whether the text between two names joins them in a list: a comma, "and", "or", with
    an article before the next name ("China, Japan, and the United Kingdom")."""
    words = between.split()
    if words and words[-1].lower() == "the":
        words = words[:-1]
    return " ".join(words).lower() in _LIST_LINKS


def _area_lists(mentions: list[Mention], text: str) -> list[set[int]]:
    """Runs of three or more names joined by commas (and a last "and"), each of them the
    main name of a country or an admin-1 region: a list of areas ("Alberta, Saskatchewan,
    Manitoba, and Ontario"), where "X, Y" is no containment. A list of towns with their
    states ("Louisville, Ky., New Haven, Conn.") holds names that are no areas and keeps
    its pairs."""
    def area(m: Mention) -> bool:
        return any(kind == MAIN and (e.is_country or e.is_admin1) for e, kind in m.candidates)

    runs, cur = [], []
    for a, m in enumerate(mentions):
        if cur and _list_link(text[mentions[cur[-1]].end:m.start]) and area(m):
            cur.append(a)
            continue
        if len(cur) >= 3:
            runs.append(set(cur))
        cur = [a] if area(m) else []
    if len(cur) >= 3:
        runs.append(set(cur))
    return runs


def _hyphen_pair(a: Mention, b: Mention, text: str) -> bool:
    """Are the two mentions joined by a hyphen with no space ("Bilohorivka-Hryhorivka")?"""
    return b.start - a.end == 1 and text[a.end] in "-\u2013"


def _rank(e: GazEntry) -> int:
    """How large an area a place is, for containment: a settlement 0, ADM2 1, admin-1 2,
    country 3, continent 4."""
    if e.fcode == "CONT":
        return 4
    if e.is_country:
        return 3
    if e.is_admin1:
        return 2
    if e.fcode == "ADM2":
        return 1
    return 0


def resolve(mentions: list[Mention], index, text: str = "",
            options: ResolveOptions | None = None) -> list[Place]:
    """Places for the mentions, in order; ``index`` gives admin names and entries."""
    opt = options or ResolveOptions()
    qualifiers.region_namesakes(mentions, text, index)
    cands: list[list[tuple[GazEntry, float]]] = []
    # "the Kursk region ... in Belgorod and Kursk": a bare name the text also calls a region
    region_keys = {m.key for m in mentions if m.region_word in ADM1_WORDS}
    for m in mentions:
        seen, lst = set(), []
        for e, kind in m.candidates:
            if e.id in seen or (m.water and e.fclass != "H"):
                continue  # "the Dnipro River" is never Dnipro city
            seen.add(e.id)
            bonus = 1.0 if (m.key in region_keys and not m.region_word and e.is_admin1) else 0.0
            lst.append((e, prior(m, e, kind) + bonus))
        lst.sort(key=lambda x: -x[1])
        cands.append(lst)
    cands = _cut_candidates(mentions, cands)
    contain = _containers(mentions, text)
    borders = _border_pairs(mentions, text)
    banks = qualifiers.river_banks(mentions, text, index)
    offs = cues.offsets(mentions, text)
    beyond = cues.beyond_borders(mentions, text)
    partners = cues.partners(mentions, text)
    alternate = _alternate_only(mentions)
    pair = _pair_support(mentions, cands, opt, alternate)
    lists = cues.settlement_lists(mentions, text)
    cohesion = _list_cohesion(mentions, cands, lists)
    # (a second romanisation listed as an alternate name is the place's own name)
    alternate = [{e.id for e, _ in m.candidates
                  if e.id in alt and not romanised_alike(m.key, e.name)}
                 for m, alt in zip(mentions, alternate)]
    best = [lst[0][0] if lst else None for lst in cands]
    probs = [_softmax([s for _, s in lst]) for lst in cands]
    scores = [[s for _, s in lst] for lst in cands]
    # read30: "the X in Y Oblast, not Z Oblast": the region denied is no context
    denied = {i for i, m in enumerate(mentions)
              if _NOT_BEFORE.search(text, max(0, m.start - 12), m.start)}
    paras = paragraph_numbers(text, [m.start for m in mentions])
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(sentence_numbers(text, [m.start for m in mentions])):
        by_sentence[n].append(i)
    anchors = cues.anchors(mentions, text, offs)
    in_lists = {i for run in lists for i in run}
    # the mentions of each mention's sentence that vouch for namesakes near them: a place the
    # writer measures from ("fired south of Y and on X"), no partner (a big city's suburbs
    # bear many names: "near Artemovsk ... shelling hit Kharkov" is no suburb of Kharkiv; and
    # any small place of the sentence took a stadium's town for the namesake by a football
    # club's name in an LGL dev article); a name of a list of settlements takes none: the
    # list's cohesion places it
    # ("fighting near A and B in the Y area and around C, D, E, and F in the Z area", read of
    # ISW 2022-09-23: E went to a namesake by A)
    told_with = {i: [j for j in idxs if mentions[j].key != mentions[i].key
                     and j not in partners.get(i, ())]
                 for idxs in by_sentence.values() for i in idxs if i not in in_lists}
    for _ in range(ITERATIONS):
        ctx = _context(mentions, [None if i in denied else b for i, b in enumerate(best)],
                       paras)
        near = _Nearness(best, opt, [m.key for m in mentions])
        new_scores = []
        for i, lst in enumerate(cands):
            row = []
            meant = {e.id for e in _offset_meant(offs.get(i), lst, best, alternate[i])}
            # (the two ends of one stretch of front, "the A-B direction", are a stronger bond
            # than two names of a list: read179, B went to a namesake 400 km off that two
            # chance pairs with other names' namesakes had raised)
            mates = [(best[j], 2.0 if abs(j - i) == 1 and _hyphen_pair(
                mentions[min(i, j)], mentions[max(i, j)], text) else 1.0)
                for j in partners.get(i, ()) if _is_point(best[j])]
            by = [best[j] for j in told_with.get(i, ()) if _is_point(best[j])
                  and j in anchors]
            for e, base in lst:
                s = base + _context_score(e, i, mentions, ctx, opt) + pair.get((i, e.id), 0.0)
                if by and e.is_settlement and any(haversine_km(
                        e.lat, e.lon, b.lat, b.lon) < PARTNER_KM for b in by):
                    s += opt.sentence
                s += opt.cohesion * cohesion.get((i, e.id), 0.0)
                s += near.proximity(e, mentions[i].key)
                c = contain.get(i)
                if c is not None and best[c] is not None and _rank(e) < _rank(best[c]):
                    # only what can lie inside it: "Alaska, Alabama" names two states
                    s += opt.containment * (1 if _inside(e, best[c]) else -0.5)
                areas = _border_areas(i, borders, best)
                if areas and all(_rank(e) < _rank(x) for x in areas):
                    # "X (near the A-B Oblast border)": inside A or B (read26)
                    s += opt.containment * (1 if any(_inside(e, x) for x in areas) else -0.5)
                if _beyond_area(i, beyond, best) is not None and \
                        _inside(e, _beyond_area(i, beyond, best)):
                    # "X (35km south of the Y Oblast border)": outside Y (read220)
                    s -= opt.containment
                if e.is_settlement and i in banks and qualifiers.by_river(e, banks[i]):
                    # "X, on the eastern bank of the R River": the writer places it by the
                    # river, as an offset does (read229)
                    s += opt.offset
                if e.id in meant:
                    s += opt.offset
                if mates and e.is_settlement:
                    s += opt.partner * max((w for b, w in mates if haversine_km(
                        e.lat, e.lon, b.lat, b.lon) < PARTNER_KM), default=0.0)
                row.append(s)
            new_scores.append(row)
        # one sense per discourse: same key and cue -> same candidate scores (summed)
        groups = defaultdict(list)
        for i, m in enumerate(mentions):
            groups[(m.key, m.region_word in ADM1_WORDS, m.region_word in ADM2_WORDS)].append(i)
        for idxs in groups.values():
            if len(idxs) > 1 and all(len(new_scores[i]) == len(new_scores[idxs[0]]) for i in idxs):
                _share_scores(idxs, cands, new_scores)
        scores = new_scores
        probs = [_softmax(r) for r in scores]
        best = [lst[max(range(len(lst)), key=lambda k: scores[i][k])][0] if lst else None
                for i, lst in enumerate(cands)]
    best = _strays_of_lists(best, lists, cohesion, contain, offs,
                            {i for i, m in enumerate(mentions) if m.city})
    best = _strays_of_pairs(mentions, cands, best, partners, paras, contain, offs)
    best, points, told = _writer_choice(mentions, cands, scores, best, contain, offs, text,
                                        alternate, borders, index, beyond, anchors)
    # a water body is never its namesake town, whichever rule chose it ("the Kakhovka
    # Reservoir": a seat of the name had come back through the writer's rules)
    best = [None if m.water and b is not None and b.fclass != "H" else b
            for m, b in zip(mentions, best)]
    best = _facilities(mentions, best, index)
    _points_from_facilities(points, offs, best)
    points.update(_parts_of_towns(mentions, best, text))
    # a demonym vouches for no fallback: "Russian forces" says whose, not where
    chosen = Chosen(mentions, [None if m.demonym else b for m, b in zip(mentions, best)],
                    contain, text)
    whose = _affiliations(mentions, text)
    return [_place(i, m, best, probs, scores, cands, chosen, index, opt, contain, points,
                   told) for i, m in enumerate(mentions)
            if (opt.demonyms or not m.demonym) and i not in whose]


# "the X People's Republic (XNR) police officers": the proxy republic's name before a noun of
# its men names whose they are, not where they are
_OF_ITS_MEN = re.compile(
    r"\s+People[\u2019\u2018'`\u02bc]?s\s+Republic\s*(?:\(\s*[A-Z]{2,5}\s*\)\s*)?"
    r"(?:[a-z-]+\s+)?(?:police|policemen|militia|militiamen|officers|officials|troops|forces|"
    r"servicemen|soldiers|fighters|units|personnel|guards|commanders|administrators|"
    r"authorities|teachers|volunteers|conscripts|recruits)\b")


def _affiliations(mentions: list[Mention], text: str) -> set[int]:
    """Mentions that name a proxy republic as whose its men are ("sent X People's Republic
    (XNR) police officers to patrol Y City"), where the sentence names another place: the
    men's affiliation is no place of the act, which is told by the other (read227: the
    deployment went to the oblast of the republic's name, not to the city the officers were
    sent to). Alone in its sentence the name still places the act ("X People's Republic
    forces shelled positions": the republic's ground, the oblast)."""
    own = {i for i, m in enumerate(mentions) if _OF_ITS_MEN.match(text, m.end)}
    if not own:
        return set()
    sents = sentence_numbers(text, [m.start for m in mentions])
    told = {sents[i] for i, m in enumerate(mentions) if i not in own and not m.demonym}
    return {i for i in own if sents[i] in told}


# A namesake past the MAX_CANDIDATES cut is kept where it lies within RESCUE_KM of a place
# of a rare name of the text (one borne by at most RARE_NAMESAKES settlements)
RESCUE_KM = 40.0


def _cut_candidates(mentions: list[Mention], cands: list[list[tuple[GazEntry, float]]]
                    ) -> list[list[tuple[GazEntry, float]]]:
    """Each mention's MAX_CANDIDATES best candidates by prior, and past the cut the
    settlements that lie within RESCUE_KM of a settlement of another, rare name of the text:
    a name borne by a hundred villages loses most of them to a cut by population, and the
    one the text places by its neighbours was among them (read230: "X (west of Y)", X's
    namesake 12 km west of Y was cut, the offset found no namesake on that side, and X went
    to one 140 km off)."""
    if all(len(lst) <= MAX_CANDIDATES for lst in cands):
        return cands
    grid: PointGrid[int] = PointGrid(0.5)
    for i, lst in enumerate(cands):
        towns = [e for e, _ in lst if e.is_settlement]
        if len({e.id for e in towns}) <= RARE_NAMESAKES:
            for e in towns:
                grid.add(e.lat, e.lon, i)
    out = []
    for i, lst in enumerate(cands):
        rescued = [(e, s) for e, s in lst[MAX_CANDIDATES:] if e.is_settlement and any(
            mentions[j].key != mentions[i].key for _, j in grid.within(e.lat, e.lon, RESCUE_KM))]
        out.append(lst[:MAX_CANDIDATES] + rescued)
    return out


def _facilities(mentions: list[Mention], best: list[GazEntry | None], index
                ) -> list[GazEntry | None]:
    """"The Hostomel airport", "the Zaporizhzhia Nuclear Power Plant": the facility itself
    where the gazetteer holds it (geo/facilities.py), not the town or region it is named for
    (the plant stands 50 km from Zaporizhzhia city)."""
    if not any(m.infrastructure and m.facility for m in mentions) or \
            not hasattr(index, "facilities"):
        return best
    known = index.facilities()
    if not known:
        return best
    out = list(best)
    for i, m in enumerate(mentions):
        if m.infrastructure and m.facility and (best[i] is None or best[i].fclass != "S"):
            f = facility_for(m.key, words(m.facility), best[i], known, index.names_of)
            if f is not None:
                out[i] = f
    return out


def _points_from_facilities(points: dict, offs: dict, best: list[GazEntry | None]) -> None:
    """An offset's point measured from a facility ("the X reservoir, 3km east of the Y
    NPP") is measured again from the facility's own spot, which ``_facilities`` put in place
    of the town it is named for after the writer's choice made the point (read229: a point
    3 km from a plant lay 60 km off, by the city the plant is named for)."""
    for i, (_, _, a) in list(points.items()):
        off = offs.get(i)
        b = best[off.anchor] if off is not None else None
        if b is not None and b.fclass == "S" and b.id != a.id:
            points[i] = (*cues.offset_point(off, b.lat, b.lon), b)


def _share_scores(idxs: list[int], cands, scores: list[list[float]]) -> None:
    """One sense per discourse: every mention of the group gets, per candidate, the mean of
    the group's scores plus half the best. Candidates are matched by place, not by their
    position in each mention's list: a cue word ("the city of Kherson") reorders a
    mention's candidates by prior."""
    ids = [[e.id for e, _ in cands[i]] for i in idxs]
    if all(x == ids[0] for x in ids):
        summed = [sum(scores[i][k] for i in idxs) / len(idxs) +
                  max(scores[i][k] for i in idxs) / 2 for k in range(len(ids[0]))]
        for i in idxs:
            scores[i] = summed
        return
    if any(set(x) != set(ids[0]) for x in ids):
        return  # different candidates (a fuzzy match): nothing to share
    by_id: dict[int, list[float]] = defaultdict(list)
    for i, row in zip(idxs, ids):
        for k, pid in enumerate(row):
            by_id[pid].append(scores[i][k])
    shared = {pid: sum(v) / len(v) + max(v) / 2 for pid, v in by_id.items()}
    for i, row in zip(idxs, ids):
        scores[i] = [shared[pid] for pid in row]


def _is_point(b: GazEntry | None) -> bool:
    return b is not None and b.is_settlement


def _offset_meant(off: cues.Offset | None, lst, best,
                  alternate: set[int] = frozenset()) -> list[GazEntry]:
    """The settlement candidates an offset points to: the one nearest to the stated point
    ("Vodyane (8km west of Avdiivka)"), or for a long offset every one within its
    tolerance (context then chooses among them); none when none lies within it. A bare
    bearing says too little to pick a place that bears the name only as another name
    (``alternate``: a former or foreign one): "Popivka ... northwest of Rubizhne" is no
    Zarichne once called Popivka."""
    if off is None or best[off.anchor] is None:
        return []
    a = best[off.anchor]
    if off.km is None:  # a bearing with no distance: the namesakes on that side, near
        own = [e for e, _ in lst if e.is_settlement and e.id not in alternate]
        if not any(off.points_to(a.lat, a.lon, e.lat, e.lon) for e in own):
            # no place of the name itself on that side: one that bears it as another name,
            # right by the anchor, is meant ("west of Avdiivka near Pervomaiske", a village
            # 12 km west of it the gazetteer holds under its other name; read86: a
            # namesake 75 km east)
            by = [e for e, _ in lst if e.is_settlement and e.id in alternate
                  and haversine_km(a.lat, a.lon, e.lat, e.lon) <= ALTERNATE_BEARING_KM
                  and cues.in_side(e.lat, e.lon, a.lat, a.lon, off.bearing)]
            if by:
                return by
        return _bearing_meant(off, a, own)
    point = cues.offset_point(off, a.lat, a.lon)
    if off.exact:
        e = cues.nearest_within(point, (e for e, _ in lst if e.is_settlement), off.tolerance_km)
        return [e] if e is not None else []
    return [e for e, _ in lst if e.is_settlement
            and haversine_km(point[0], point[1], e.lat, e.lon) <= off.tolerance_km]


# read29, read28: of the namesakes a bare bearing fits, those this much nearer to the anchor
# than the nearest one's cost stay in the running (context chooses among them); a bearing
# that fits no namesake within BARE_KM still bars those further than FAR_BEARING_KM from it
NEAR_TIE_KM = 10.0
# how near the anchor a place bearing the name only as another name must lie for a bare
# bearing to point to it
ALTERNATE_BEARING_KM = 20.0
FAR_BEARING_KM = 150.0


def _bearing_cost(off: cues.Offset, a: GazEntry, e: GazEntry) -> float:
    """How far a namesake lies from what a bare bearing says ("X, northwest of Y"): its
    distance from the anchor, stretched by how far its bearing strays from the stated one
    (a quarter turn off doubles it)."""
    dev = abs((cues.bearing(a.lat, a.lon, e.lat, e.lon) - off.bearing + 180.0) % 360.0 - 180.0)
    return haversine_km(a.lat, a.lon, e.lat, e.lon) * (1.0 + dev / 90.0)


def _bearing_meant(off: cues.Offset, a: GazEntry, settlements: list[GazEntry]) -> list[GazEntry]:
    """The namesakes a bearing with no distance points to: of those on that side of the
    anchor within BARE_KM, the ones near it (read29: "Blahodatne (northwest of Kherson
    City)" went to a bigger namesake 44 km off, nearly north, over the one 27 km off to the
    northwest); if none, those on that side within FAR_BEARING_KM (read28: "Osokorivka
    (north of Kherson)" went 470 km off, to a namesake in a region the text named just
    before, since its own lies 130 km off)."""
    fit = [e for e in settlements if off.points_to(a.lat, a.lon, e.lat, e.lon)]
    if fit:
        cost = {e.id: _bearing_cost(off, a, e) for e in fit}
        least = min(cost.values())
        return [e for e in fit if cost[e.id] <= least + NEAR_TIE_KM]
    if off.close:
        return []  # read30: "just west of Y" says near Y: no namesake beyond BARE_KM
    return [e for e in settlements
            if haversine_km(a.lat, a.lon, e.lat, e.lon) <= FAR_BEARING_KM
            and cues.in_side(e.lat, e.lon, a.lat, a.lon, off.bearing)]


def _in_named_region(i: int, lst, contain: dict, best) -> list | None:
    """The namesakes of mention ``i`` inside the region the text names as its container ("X,
    Y Oblast"), if that region is resolved and holds some of them, else None."""
    c = contain.get(i)
    area = best[c] if c is not None else None
    if area is None or area.is_settlement:
        return None
    held = [(e, s) for e, s in lst if e.is_settlement and _inside(e, area)]
    return held or None


def _beyond_area(i: int, beyond: dict, best: list[GazEntry | None]) -> GazEntry | None:
    """The region whose border the text measures mention ``i`` from ("X (35km south of the Y
    Oblast border)", ``cues.beyond_borders``), where it resolved to a region; else None."""
    got = beyond.get(i)
    area = best[got[0]] if got is not None else None
    return area if area is not None and area.is_region else None


def _outside_border(i: int, lst, scores: list[float], beyond: dict, best, index
                    ) -> int | None:
    """For a place the text measures from a region's border ("X (35km south of the Y Oblast
    border)") that now lies inside that region: the best-scored settlement namesake outside
    it, on the stated side of the region's middle if one is (read220). None: keep it."""
    area = _beyond_area(i, beyond, best)
    if area is None or best[i] is None or not _inside(best[i], area):
        return None
    out = [k for k, (e, _) in enumerate(lst) if e.is_settlement and not _inside(e, area)]
    if not out:
        return None
    mid = _region_middle(area, index)
    side = beyond[i][1]
    return max(out, key=lambda k: (cues.in_side(lst[k][0].lat, lst[k][0].lon, *mid, side),
                                   scores[k]))


def _writer_choice(mentions, cands, scores, best, contain, offs, text,
                   alternate: list[set[int]] | None = None, borders: dict | None = None,
                   index=None, beyond: dict | None = None, anchors: set[int] = frozenset()):
    """Where the writer says which namesake is meant, that namesake, whatever the context
    scored: the one nearest to an offset's point (no namesake near it: the point itself, at
    ``NEAR_SETTLEMENT``), the administrative unit a word after the name names ("Kharkiv and
    western Luhansk oblasts"), the best-scored one inside a named container (on the side of
    it the text names, if any: "in western Donetsk Oblast"), or inside either region of a
    border the text puts it by ("X (near the A-B Oblast border)", ``borders``), or outside a
    region whose border the text measures it from ("X (35km south of the Y Oblast border)",
    ``beyond``). Otherwise
    a capital or an admin-1 seat of the same country beats a small namesake ("struck
    targets in Kyiv", "advancing on Mykolaiv"), unless a cue word says a village is
    meant."""
    best = list(best)
    points: dict[int, tuple[float, float, GazEntry]] = {}
    listed = _area_mates(mentions, text, best)
    paras = paragraph_numbers(text, [m.start for m in mentions])
    region_keys = {m.key for m in mentions if m.region_word in ADM1_WORDS}
    # the mentions an offset placed on a namesake, and those "X City" took: the writer's own
    # word, which no rule of names below overrides (read21, read22)
    by_offset: set[int] = set()
    decided: set[int] = set()
    contained: set[int] = set()  # namesakes a named container chose among others
    for i in _anchors_first(len(cands), offs):
        lst = cands[i]
        off = offs.get(i)
        held = _in_named_region(i, lst, contain, best)
        if off is not None and best[off.anchor] is not None and held is not None:
            # "Bilohorivka, Luhansk Oblast (about 30km southeast of Lyman)": the region is
            # exact, the offset a rough guide within it (read148: the offset chose the
            # namesake in another oblast, and the event fell back to the oblast)
            meant = {e.id for e in _offset_meant(off, held, best,
                                                 alternate[i] if alternate else frozenset())}
            pool = meant or {e.id for e, _ in held}
            k = max((k for k, (e, _) in enumerate(lst) if e.id in pool),
                    key=lambda k: scores[i][k])
            best[i] = lst[k][0]
            by_offset.add(i)
            continue
        if off is not None and best[off.anchor] is not None:
            meant = {e.id for e in _offset_meant(off, lst, best,
                                                 alternate[i] if alternate else frozenset())}
            if meant:
                k = max((k for k, (e, _) in enumerate(lst) if e.id in meant),
                        key=lambda k: scores[i][k])
                best[i] = lst[k][0]
                by_offset.add(i)
            elif off.km is not None or (off.close and any(e.is_settlement for e, _ in lst)):
                # (read30: "X, just west of Y" with no namesake of X near Y: a point by Y,
                # as an offset with a distance gives, not a namesake 110 km off)
                a = best[off.anchor]
                points[i] = (*cues.offset_point(off, a.lat, a.lon), a)
            if meant or i in points:
                continue  # (a bare bearing that fits no namesake says nothing: read on)
        k = _outside_border(i, lst, scores[i], beyond or {}, best, index)
        if k is not None:
            best[i] = lst[k][0]
            contained.add(i)
            continue
        m = mentions[i]
        if not m.region_word and _VILLAGES_IN.search(text, max(0, m.start - 60), m.start):
            # "villages in Kherson": a town holds no villages, its region does (read156: the
            # city took the recaptures)
            fit = [k for k, (e, _) in enumerate(lst) if e.is_admin1]
            if fit:
                best[i] = lst[max(fit, key=lambda k: scores[i][k])][0]
                continue
        if m.region_word in HARD_REGION_WORDS and (
                not m.region_word.endswith("s") or _listed(i, mentions, text)):
            kinds = _REGION_KIND[m.region_word in ADM1_WORDS]
            # "Zaporizhia and western Donetsk oblasts", "Henderson County": the unit
            fit = [k for k, (e, _) in enumerate(lst) if e.fcode in kinds]
            if fit:
                best[i] = lst[max(fit, key=lambda k: scores[i][k])][0]
                continue
            unit = _seat_unit(lst, scores[i], kinds, index)
            if unit is not None:
                best[i] = unit
                continue
        areas = _border_areas(i, borders or {}, best)
        inside = [k for k, (e, _) in enumerate(lst) if any(_inside(e, x) for x in areas)
                  and all(_rank(e) < _rank(x) for x in areas)]
        if inside:
            # "X (near the A-B Oblast border)": the best-scored namesake in A or B (read26)
            best[i] = lst[max(inside, key=lambda k: scores[i][k])][0]
            if len(inside) < len(lst):
                contained.add(i)
            continue
        c = contain.get(i)
        area = best[c] if c is not None else None
        city = area if area is not None and area.is_settlement and c > i else None
        if city is not None:
            area = _region_of_city(mentions[c], area)
        if area is not None and best[i] is not None and (area.is_region or area.is_country):
            inside = [k for k, (e, _) in enumerate(lst) if _inside(e, area)
                      and not (e.is_country or e.fcode == "CONT") and e.id != area.id]
            if not inside and city is not None and _district_of(m, text[m.end:mentions[c].start]):
                # "the Kyivskyi District of Kharkiv City" with no such district known in the
                # city's region: the city holds it (read159: a namesake district of Donetsk)
                best[i] = city
                continue
            if inside:
                # (the side the container's own phrase names: "A and B, all north of P in
                # southern Y Oblast" is no north of Y: read29)
                side = cues.container_side(text[mentions[c - 1].end:mentions[c].start]) \
                    if c > i else None
                # (a side of a region is measured from the middle of its settlements, not
                # from its GeoNames point, which is often its capital; of the namesakes on
                # that side, the one furthest towards it: read26)
                mid = _region_middle(area, index) if side is not None else None
                on_side = {k for k in inside if side is not None and cues.in_side(
                    lst[k][0].lat, lst[k][0].lon, *mid, side)}
                k = max(inside, key=lambda k: (
                    k in on_side,
                    cues.toward_side(lst[k][0].lat, lst[k][0].lon, *mid, side)
                    if k in on_side else 0.0, scores[i][k]))
                if k in on_side and not m.region_word:
                    k = _settlement_beside(k, lst, on_side, scores[i])
                best[i] = lst[k][0]
                if len(inside) < len(lst):
                    contained.add(i)
            continue
        if m.city and (city := _city_of_name(m, best[i])) is not None:
            best[i] = city  # "Mykolaiv City": the city, whatever the text's villages (read21)
            decided.add(i)
            continue
        if i in anchors and not m.settlement_cue and \
                (seat := _landmark_namesake(m, best[i])) is not None:
            best[i] = seat  # "strikes west of Hulyaipole": the district's town (read220)
            decided.add(i)
            continue
        if i in listed and best[i] is not None and not _is_area(best[i]) \
                and not m.settlement_cue:
            own = {e.id for e, kind in m.candidates if kind == MAIN and _is_area(e)}
            fit = [k for k, (e, _) in enumerate(lst) if e.id in own and e.cc in listed[i]]
            if fit:
                best[i] = lst[max(fit, key=lambda k: scores[i][k])][0]
                continue
        if best[i] is not None and small(best[i]) and not m.settlement_cue:
            seat = _seat_namesake(m, best[i]) or _area_namesake(m, best[i]) or \
                _country_namesake(m) or _main_namesake(m, best[i]) or \
                _city_namesake(i, mentions, best)
            if seat is not None:
                best[i] = seat
            elif (city := _city_by_paragraph(i, mentions, best, paras)) is not None:
                best[i] = city  # the paragraph's places vouch for it: no guess (read228)
                decided.add(i)
        elif best[i] is not None and (main := _main_namesake(m, best[i])) is not None:
            best[i] = main
        elif best[i] is not None and (abroad := _seat_abroad(i, mentions, best)) is not None:
            best[i] = abroad
        elif best[i] is not None and not m.region_word and m.key not in region_keys:
            # (a name the text calls a region elsewhere stays the region: "Russia's
            # Belgorod region ... the Belgorod operation")
            centre = _centre_namesake(m, best[i])
            if centre is not None:
                best[i] = centre
    decided |= by_offset
    decided |= _offset_sense(mentions, best, by_offset, offs, contain, points)
    told = decided | contained
    for i, m in enumerate(mentions):
        if best[i] is not None and i not in points and i not in decided and not m.region_word:
            own = _own_name_namesake(m, best[i])
            if own:
                # the best-scored of them (the text's other places vouch for one)
                score = {e.id: sc for (e, _), sc in zip(cands[i], scores[i])}
                best[i] = max(own, key=lambda x: (score.get(x.id, float("-inf")),
                                                  x.population))
    return best, points, told


_VILLAGES_IN = re.compile(r"\b(?:villages|settlements|towns|hamlets|communities)\s+"
                         r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|"
                         r"southwest)(?:ern)?\s+)?(?:in|across|throughout)\s+"
                         r"(?:(?:the\s+)?(?:north|south|east|west|central|northeast|northwest|"
                         r"southeast|southwest)(?:ern)?\s+)?$")


def _district_of(m: Mention, between: str) -> bool:
    """Is the mention a district "of" the place after it ("the Kyivskyi District of X", "the
    Kyivskyi district of X")?"""
    between = " ".join(between.lower().split())
    return between in _DISTRICT_OF or between == "of" and \
        m.text.split()[-1].lower() in ("district", "raion", "rayon", "microdistrict")


def _settlement_beside(k: int, lst, on_side: set[int], scores: list[float]) -> int:
    """The side of a region chooses between namesakes far apart, not between one place's
    levels: a town beside the district named for it (within SAME_PLACE_KM) is what a bare
    name means ("Lyman in northern Donetsk Oblast": read156, the old Lyman Raion lay 1 km
    further north)."""
    e = lst[k][0]
    if e.is_settlement:
        return k
    near = [j for j in on_side if lst[j][0].is_settlement and haversine_km(
        e.lat, e.lon, lst[j][0].lat, lst[j][0].lon) <= SAME_PLACE_KM]
    return max(near, key=lambda j: scores[j]) if near else k


SAME_PLACE_KM = 20.0


def _seat_unit(lst, scores: list[float], kinds: tuple[str, ...], index) -> GazEntry | None:
    """"Kupyansk Raion" where the gazetteer names the raion otherwise ("Kupianska Miskrada"):
    the district whose seat the name is, found by the seat's own admin codes (read157: the
    raions of a list became their towns and a neighbouring raion)."""
    if kinds != ("ADM2",) or index is None or not hasattr(index, "admin_entry"):
        return None
    seats = [k for k, (e, _) in enumerate(lst) if e.fcode in _SEATS and e.admin2]
    if not seats:
        return None
    seat = lst[max(seats, key=lambda k: scores[k])][0]
    unit = index.admin_entry(seat.cc, seat.admin1, seat.admin2)
    return unit if unit is not None and unit.fcode == "ADM2" else None


# the seats of a district: its own town (PPLA2), or a region's capital that heads its district
_SEATS = ("PPLA2", "PPLA")


def _anchors_first(n: int, offs: dict) -> list[int]:
    """The mentions in text order, except that an offset's anchor comes before the mention
    it places: "X, 80km east of Y" measures from the namesake of Y the writer means (the
    oblast centre Y's own turn chooses), not from a same-name village the context led with
    before it (read93: a Zaporizhzhia village in Donetsk Oblast put Hulyaipole 130 km off)."""
    order: list[int] = []
    seen: set[int] = set()
    for start in range(n):
        chain = []
        i = start
        while i not in seen and 0 <= i < n:  # the anchors of anchors, then the mention
            seen.add(i)
            chain.append(i)
            off = offs.get(i)
            if off is None:
                break
            i = off.anchor
        order.extend(reversed(chain))
    return order


def _region_middle(area: GazEntry, index) -> tuple[float, float]:
    """Where a region's sides are measured from: the middle of its settlements in the index
    (``GazetteerIndex.region_centre``) for an admin-1 or admin-2 region, else its point."""
    if index is not None and hasattr(index, "region_centre") and area.is_region and (
            area.is_admin1 or (area.fcode == "ADM2" and area.admin2)) and area.admin1:
        mid = index.region_centre(area.cc, area.admin1,
                                  area.admin2 if area.fcode == "ADM2" else "")
        if mid is not None:
            return mid
    return area.lat, area.lon


def _offset_sense(mentions: list[Mention], best: list[GazEntry | None], by_offset: set[int],
                  offs: dict, contain: dict, points: dict) -> set[int]:
    """One sense per text for a name an offset placed: a bare mention of the name (no offset,
    container or region word of its own) takes the namesake the offset chose. "The
    Pervomaiske area (10km northwest of Donetsk City) ... an airstrike on Pervomaiske" is
    one village; the bare one had gone to a namesake in Crimea (read22). Where two offsets
    of the name chose two namesakes, the bare mention is left to the other rules. Changes
    ``best`` in place; returns the mentions it set."""
    placed: dict[str, set[int]] = defaultdict(set)
    entry: dict[int, GazEntry] = {}
    for i in by_offset:
        placed[mentions[i].key].add(best[i].id)
        entry[best[i].id] = best[i]
    out = set()
    for i, m in enumerate(mentions):
        ids = placed.get(m.key)
        if not ids or len(ids) > 1 or i in by_offset or i in offs or i in points \
                or i in contain or m.region_word:
            continue
        (pid,) = ids
        if any(e.id == pid for e, _ in m.candidates):
            best[i] = entry[pid]
            out.add(i)
    return out


def _city_of_name(m: Mention, e: GazEntry | None) -> GazEntry | None:
    """For a name written with "City" after it ("Mykolaiv City", "Kherson City", "Donetsk
    City"): the largest capital or admin-1 seat of the chosen place's country (of SEAT_POP
    people or more) that bears the name as its own, or in a second romanisation, where it is
    larger than the chosen place. The writer adds "City" to tell the oblast's centre from
    the oblast and from the villages named for it: in a report whose other places lay in
    Donetsk Oblast, "Mykolaiv City" went to a Mykolaivka of 14,000 there, not to the oblast
    centre of 470,000 (read21, ISW 2022-07-24..25); "City" was also a settlement cue, which
    kept the capital-or-seat rule from choosing the city. Only a seat counts, and only by
    its own name: "Santa Ana City Council" is no Taguig, which GeoNames also calls Santa
    Ana, and "Athens City Council" in a Texas paper is no state capital."""
    if e is None:
        return None
    # (the chosen place itself, where it is the seat: the writer's word then holds it against
    # a fallback to the region, read220)
    seats = [x for x, kind in m.candidates if x.cc == e.cc and x.fcode in ("PPLC", "PPLA")
             and x.population >= SEAT_POP
             and (x.id == e.id or not e.is_settlement or x.population > e.population)
             and (kind == MAIN or (kind == ALTERNATE and romanised_alike(m.key, x.name)))]
    return max(seats, key=lambda x: x.population) if seats else None


# the seats a writer measures from: a district's town, a region's centre, the capital
_LANDMARK_CODES = frozenset({"PPLA2", "PPLA", "PPLC"})


def _landmark_namesake(m: Mention, e: GazEntry | None) -> GazEntry | None:
    """For a name the writer measures from ("strikes west of Y", "X (12km south of Y)"): the
    largest seat of a district or more of the chosen place's country that bears the name as
    its own (or in a second romanisation), where the chosen place is no seat and CITY_RATIO
    times smaller. A writer gives bearings from a town the reader can find on a map, not
    from a village of its name (read220: "west of Hulyaipole" went to a village of 1,200 in
    the oblast the sentence named next, 165 km from the district town of 13,000 on the
    front; over the ISW reports, every anchor this rule turns is such a town)."""
    if e is None or not e.is_settlement or e.fcode in _LANDMARK_CODES:
        return None
    seats = [x for x, kind in m.candidates if x.cc == e.cc and x.is_settlement
             and x.fcode in _LANDMARK_CODES and x.population >= CITY_RATIO * max(e.population, 1)
             and (kind == MAIN or romanised_alike(m.key, x.name))]
    return max(seats, key=lambda x: x.population) if seats else None


def _own_name_namesake(m: Mention, e: GazEntry) -> list[GazEntry]:
    """The settlements of e's own admin-1 region that bear the written name as their main name,
    where e bears it only as another name (a former or foreign one, not a second
    romanisation): "attacks in Donetsk Oblast around Oleksandrivka and Shandryholove" is the
    village Oleksandrivka, not Donetsk, whose GeoNames entry lists "Oleksandrivka" among its
    names (read15). A writer who means the city writes its current name."""
    if not e.is_settlement:
        return []
    kinds: dict[int, set[int]] = defaultdict(set)
    for x, kind in m.candidates:
        kinds[x.id].add(kind)
    if kinds.get(e.id) != {ALTERNATE} or romanised_alike(m.key, e.name):
        return []
    return [x for x, kind in m.candidates if kind == MAIN and x.is_settlement
            and x.cc == e.cc and x.admin1 == e.admin1 and x.id != e.id]


# A namesake of a town's part within this distance of the town may be the suburb meant
PART_KM = 30.0
# Lower-case nouns of a part of a town or of a facility in it, before "in"/"of" and the
# town's name: "the Vostochny district of Mariupol", "the Ilich factory in Mariupol"
_TOWN_PARTS = FACILITY_NOUNS | frozenset("""district districts microdistrict neighbourhood
neighborhood quarter suburb supermarket street avenue square mall terminal storage building
buildings house complex base""".split())
# up to three lower-case words before the noun; a hyphenated second part of the name first
# ("the Nika-Tera grain terminal in Mykolaiv")
_PART_OF = re.compile(r"^(?:-\s*[A-Z]\w*\s+)?(?:[a-z]+\s+){0,3}?([a-z]+)\s+(?:in|of)"
                      r"(?:\s+the)?$")


def _parts_of_towns(mentions: list[Mention], best: list[GazEntry | None],
                    text: str) -> dict[int, tuple[float, float, GazEntry]]:
    """Names of a town's parts and facilities placed at the town: "the Vostochny district
    of Mariupol", "the Ilich factory in Mariupol", "the Sumy market in Kharkiv" name a
    district, a factory, a market in the town after them, whatever far namesake (a village
    in Stavropol Krai, the city of Sumy, a raion of Kyiv) their own name has; within
    PART_KM of the town the namesake may be the suburb meant and stays (issue 13; it was
    LOCAL_KM, 100 km, until read26: "the Vostochny district of Mariupol" went to a village
    74 km off). mention index -> the town's point and entry (the mention is then near the
    town, NEAR_SETTLEMENT)."""
    out = {}
    for a in range(len(mentions) - 1):
        x, town = best[a], best[a + 1]
        if town is None or not town.is_settlement or mentions[a + 1].region_word or (
                x is not None and (_is_area(x) or x.fcode in ("CONT", "RGN"))):
            continue
        between = " ".join(text[mentions[a].end:mentions[a + 1].start].split())
        got = _PART_OF.match(between)
        if got is None or got.group(1) not in _TOWN_PARTS:
            continue
        if x is None or haversine_km(x.lat, x.lon, town.lat, town.lon) > PART_KM:
            out[a] = (town.lat, town.lon, town)
    # the first part of a hyphenated name goes with its second ("Nika-Tera")
    for a in range(len(mentions) - 2, -1, -1):
        if a + 1 in out and a not in out and \
                text[mentions[a].end:mentions[a + 1].start].strip() == "-":
            x, (lat, lon, town) = best[a], out[a + 1]
            if x is None or (not _is_area(x) and
                             haversine_km(x.lat, x.lon, lat, lon) > PART_KM):
                out[a] = out[a + 1]
    return out


def _is_area(e: GazEntry) -> bool:
    return e.is_country or e.is_admin1


def _area_mates(mentions: list[Mention], text: str,
                best: list[GazEntry | None]) -> dict[int, set[str]]:
    """Mentions listed among areas, with the countries of their listed mates' areas: a
    name in a comma list of areas ("Utah, Virginia, Washington, West Virginia") or joined by
    "and"/"or" to a name resolved to an admin-1 region or a country ("Oregon and
    Washington laws") is an area too, the state and not the capital that shares its name
    (issue 13). The area chosen must lie in a country of its mates (a state of the same
    country, or a country)."""
    out: dict[int, set[str]] = defaultdict(set)

    def mate(i: int, j: int) -> None:
        b = best[j]
        if b is not None and _is_area(b):
            out[i].add(b.cc)

    for run in _area_lists(mentions, text):
        for i in run:
            for j in run - {i}:
                mate(i, j)
    for i in range(len(mentions) - 1):
        between = " ".join(text[mentions[i].end:mentions[i + 1].start].split()).lower()
        if between in ("and", "or", "as well as"):
            mate(i, i + 1)
            mate(i + 1, i)
    return out


def _area_namesake(m: Mention, e: GazEntry) -> GazEntry | None:
    """An admin-1 region of e's country that bears the mention's name as its own (main)
    name: "both of California" is the state, not California, Pennsylvania, whatever towns
    of the text lie near the small namesake; only a cue word ("the town of California"), a
    container ("California, Pa.") or an offset says otherwise (issue 13). A region of
    another country is no namesake here: Alexandria governorate (Egypt) is named for its
    city, and "Alexandria" in a Minnesota paper is the Minnesota town."""
    areas = [x for x, kind in m.candidates if kind == MAIN and x.is_admin1 and x.cc == e.cc]
    if not areas:
        # a region of another country counts where it is not named for a town of its own:
        # "fighters from Chechnya" in a report on Donetsk Oblast is the Russian republic,
        # not a hamlet near Bakhmut that bears the name (issue 13); Alexandria governorate
        # is named for its city and stays out
        areas = [x for x, kind in m.candidates if kind == MAIN and x.is_admin1 and not any(
            y.is_settlement and y.cc == x.cc and y.admin1 == x.admin1
            for y, k in m.candidates if k != DERIVED)]
    return max(areas, key=lambda x: x.population) if areas else None


_REGION_KIND = {True: ("ADM1",), False: ("ADM2",)}
# Words that name an administrative unit outright. "Region" does not: "the Charlotte region"
# is a city's surroundings. A plural names the units of a list ("Kharkiv and western
# Luhansk oblasts"); after one name it names the units inside it ("Indiana counties").
HARD_REGION_WORDS = {"oblast", "oblasts", "province", "provinces", "krai", "kray", "state",
                     "republic", "governorate", "okrug", "prefecture", "district",
                     "districts", "raion", "rayon", "raions", "rayons", "county", "counties",
                     "parish"}
_LIST_GAP = re.compile(r"^(?:,|,?\s*(?:and|or))?\s*(?:(?:north|south|east|west|central|"
                       r"northeast|northwest|southeast|southwest)(?:ern)?\s*)?$")


def _listed(i: int, mentions: list[Mention], text: str) -> bool:
    """Whether mention i is one of a list of names ("Kherson and western Zaporizhia")."""
    return (i > 0 and bool(_LIST_GAP.match(text[mentions[i - 1].end:mentions[i].start].strip()))
            and mentions[i].start - mentions[i - 1].end < 30) or \
        (i + 1 < len(mentions) and mentions[i + 1].start - mentions[i].end < 30 and
         bool(_LIST_GAP.match(text[mentions[i].end:mentions[i + 1].start].strip())))


def _country_namesake(m: Mention) -> GazEntry | None:
    """The country the mention names by its own name, over a small town of that name:
    "Marburg virus is still spreading in Angola" is the country, whatever Indiana town the
    other names of the text make likely; only a cue word ("the town of Angola"), a
    container ("Angola, Indiana") or an offset says otherwise (issue 13)."""
    got = [x for x, kind in m.candidates if kind == MAIN and x.is_country]
    if not got:
        # a continent or a world region named outright ("the Middle East", "West Africa")
        # is that area, not a hamlet of the name that the text's other towns lie near
        got = [x for x, kind in m.candidates if kind == MAIN and x.fcode in ("CONT", "RGN")]
    return max(got, key=lambda x: x.population) if got else None


def _region_of_city(m: Mention, city: GazEntry) -> GazEntry | None:
    """The admin-1 region a container city's name also names, the city's own: in "Mayaky,
    Donetsk" or "Pavlivka, Donetsk" the writer names the region by its centre's name (a
    village is not inside the city), as in "Troitske, Luhansk" (issue 13). None when the
    name is no region's."""
    regions = [x for x, _ in m.candidates if x.is_admin1 and x.cc == city.cc
               and x.admin1 == city.admin1]
    return max(regions, key=lambda x: x.population) if regions else None


def _centre_namesake(m: Mention, e: GazEntry) -> GazEntry | None:
    """The city a region is named for, where the mention names the region only by its stem:
    "movement of Russian military through Gomel" is the city (Homyel', Gomel as an
    alternate name), not Gomel Oblast; "Denton" is the city, not Denton County. A region
    is named for its centre, and the bare stem names the centre unless a region word
    follows ("the Gomel region") or the text calls the name a region elsewhere (issue
    13). The city must lie in the region and have SEAT_POP people or more."""
    if not (e.is_admin1 or e.fcode == "ADM2"):
        return None
    kinds = {x.id: kind for x, kind in m.candidates}
    if kinds.get(e.id) != DERIVED:
        return None
    towns = [x for x, kind in m.candidates if kind != DERIVED and x.is_settlement
             and x.cc == e.cc and x.admin1 == e.admin1 and x.population >= SEAT_POP
             and (e.fcode != "ADM2" or (x.admin2 == e.admin2 if x.admin2 and e.admin2 else
                                        haversine_km(x.lat, x.lon, e.lat, e.lon) < 60))]
    return max(towns, key=lambda x: x.population) if towns else None


CITY_POP = 100_000  # a city this large (and CITY_RATIO times larger) beats a small namesake
CITY_RATIO = 10
LOCAL_KM = 100.0  # a small place within this distance of another place of the text is local


def _city_namesake(i: int, mentions: list[Mention],
                   best: list[GazEntry | None]) -> GazEntry | None:
    """A city of CITY_POP people or more in the small place's own country that the mention
    names by its own name, where nothing in the text places the small one: no other name of
    the text resolves within LOCAL_KM of it (a town or a county) or to its admin-1 region.
    "The Mayor of Boston declared a flu emergency" is Boston, Massachusetts, not Boston, New
    York, which the country's other names made likely; "Athens ... Frankston" keeps the
    Texas town beside its neighbour (issue 13)."""
    e = best[i]
    own = mentions[i].key
    for j, b in enumerate(best):
        if b is None or j == i or mentions[j].key == own or b.is_country or b.fclass == "L":
            continue
        if b.is_admin1:
            if b.cc == e.cc and b.admin1 == e.admin1:
                return None  # "Alexandria ... Minnesota"
        elif haversine_km(e.lat, e.lon, b.lat, b.lon) < LOCAL_KM:
            return None  # "Alexandria ... Douglas County", "Athens ... Frankston"
    cities = [x for x, kind in mentions[i].candidates if kind == MAIN and x.is_settlement
              and x.cc == e.cc and x.population >= max(CITY_POP, CITY_RATIO * e.population)]
    return max(cities, key=lambda x: x.population) if cities else None


def _city_by_paragraph(i: int, mentions: list[Mention], best: list[GazEntry | None],
                       paras: list[int]) -> GazEntry | None:
    """A city of CITY_POP people or more, CITY_RATIO times larger than the small place, that
    the mention names by its own name, where the settlements the other names of its own
    paragraph resolve to lie nearer the city than the small one: a long report names every
    region of a front somewhere, and the paragraph says which front (read228: a city of
    105,000 in a paragraph on villages 100 km from it went to a hamlet of its name 340 km
    from them, by an oblast and a town the report named in other paragraphs)."""
    e = best[i]
    own = mentions[i].key
    mates = [b for j, b in enumerate(best) if j != i and paras[j] == paras[i]
             and b is not None and b.is_settlement and mentions[j].key != own]
    if not mates:
        return None
    cities = [x for x, kind in mentions[i].candidates if kind == MAIN and x.is_settlement
              and x.cc == e.cc and x.population >= max(CITY_POP, CITY_RATIO * e.population)]
    if not cities:
        return None
    city = max(cities, key=lambda x: x.population)

    def nearest(x: GazEntry) -> float:
        return min(haversine_km(x.lat, x.lon, b.lat, b.lon) for b in mates)

    # (near the paragraph's front, and the small place far from it: a town "north of Lake X"
    # in a local paper is not the city of its name whose region's other towns it names
    # nearer, LGL: the check on nearness alone moved a town of 13,000 1,700 km)
    # (and the front is two settlements or more near the city, not one stray of a paragraph
    # whose places lie across a continent: LGL, a suburb of the city's capital)
    near, far = nearest(city), nearest(e)
    front = sum(haversine_km(city.lat, city.lon, b.lat, b.lon) <= CITY_FRONT_KM for b in mates)
    return city if front >= 2 and far > 2 * near and far > 2 * CITY_FRONT_KM else None


# how near the paragraph's settlements a city must lie to take the name from a hamlet
CITY_FRONT_KM = 150.0


def _seat_abroad(i: int, mentions: list[Mention],
                 best: list[GazEntry | None]) -> GazEntry | None:
    """A capital or admin-1 seat of another country, CITY_RATIO times larger and of CITY_POP
    people or more, that the mention names by its own name, where the text names nothing
    else in the chosen town's admin-1 region. "Russian forces are fighting in Donetsk and
    Luhansk" is the Ukrainian oblast centre, not the town of 50,000 in Rostov Oblast that the
    demonym and the border's nearness made likely (read14; issue 13: "a capital or oblast
    centre beats a hamlet of the same name unless the text says otherwise")."""
    e = best[i]
    if not e.is_settlement or e.fcode in ("PPLC", "PPLA"):
        return None
    own = mentions[i].key
    for j, b in enumerate(best):
        if b is not None and j != i and mentions[j].key != own and b.cc == e.cc \
                and b.admin1 == e.admin1 and not b.is_country:
            return None  # "Donetsk ... Kamensk-Shakhtinsky, Rostov Oblast"
    seats = [x for x, kind in mentions[i].candidates if kind == MAIN and x.cc != e.cc
             and x.fcode in ("PPLC", "PPLA")
             and x.population >= max(CITY_POP, CITY_RATIO * e.population)]
    return max(seats, key=lambda x: x.population) if seats else None


def _main_namesake(m: Mention, e: GazEntry) -> GazEntry | None:
    """A larger settlement whose own (main) name the mention writes, where the chosen one
    bears that name only as an alternate (a variant spelling or a former name): "the
    Children's Hospital of Pittsburgh" in a story that also names San Diego and Los Angeles
    is Pittsburgh, Pennsylvania, not Pittsburg, California (which GeoNames also lists as
    "Pittsburgh"); a writer who spells the larger place's name means it, whatever the
    text's other towns make likely. A container ("Pittsburg, California"), an offset or a
    region word still decides before this (issue 13, tenth session). A second romanisation
    is the chosen place's own name, as in ``prior`` and ``_own_name_namesake``: "Mayaky" for
    Maiaky, Donetsk Oblast (which GeoNames lists as "Mayaky" only as an alternate) had gone
    618 km off to a larger Mayaky in Odesa Oblast (read26)."""
    if not e.is_settlement or romanised_alike(m.key, e.name):
        return None
    kinds: dict[int, set[int]] = defaultdict(set)
    for x, kind in m.candidates:
        kinds[x.id].add(kind)
    if kinds.get(e.id) != {ALTERNATE} or any(
            kind == MAIN and (_is_area(x) or x.fcode in ("CONT", "RGN"))
            for x, kind in m.candidates):
        return None  # (an area of the name is for the rules of areas: "California")
    mains = [x for x, kind in m.candidates if kind == MAIN and x.is_settlement
             and x.population > e.population]
    return max(mains, key=lambda x: x.population) if mains else None


def _seat_namesake(m: Mention, e: GazEntry) -> GazEntry | None:
    """A capital or admin-1 seat of e's country (a city of SEAT_POP people or more), or any
    city of BIG_CITY_POP or more where e is a place of no known population, that the mention
    names by its own name or an alternate one (read37: "Kryvyi Rih", a city of 600,000 and a
    district seat only, lost to a hamlet of the name in the oblast the paragraph named; a
    town of 8,000 beside the neighbours the text names keeps its own)."""
    seats = [x for x, kind in m.candidates if kind != DERIVED and x.cc == e.cc
             and x.is_settlement and (x.fcode in ("PPLC", "PPLA") and x.population >= SEAT_POP
                                      or x.population >= BIG_CITY_POP and not e.population)]
    return max(seats, key=lambda x: x.population) if seats else None


def paragraph_numbers(text: str, starts: list[int]) -> list[int]:
    """The paragraph (run of text between line breaks) each offset lies in, counted from 0."""
    breaks = [mt.start() for mt in re.finditer(r"\n+", text)]
    return [bisect_right(breaks, s) for s in starts]


# a sentence's end: a full stop (and ISW's citation marks) before a capital, or a line break
_SENTENCE_END = re.compile(r"[.!?][\]\[\d\s]*?\s+(?=[A-Z\"\u201c])|\n+")


def sentence_numbers(text: str, starts: list[int]) -> list[int]:
    """The sentence each offset lies in, counted from 0 (a rough split: an abbreviation's
    full stop ends one too, which only narrows what counts as told together)."""
    ends = [mt.end() for mt in _SENTENCE_END.finditer(text)]
    return [bisect_right(ends, s) for s in starts]


def _context(mentions: list[Mention], best: list[GazEntry | None], paras: list[int]) -> dict:
    """Which distinct names of the text currently resolve to each country and region:
    areas named outright ("Louisiana", "Russia's Belgorod region") and the countries and
    regions of the settlements named; ``at``: the paragraphs each name is told in."""
    areas_cc, areas_a1 = defaultdict(set), defaultdict(set)
    towns_cc, towns_a1 = defaultdict(set), defaultdict(set)
    at: dict[str, set[int]] = defaultdict(set)
    for i, (m, b) in enumerate(zip(mentions, best)):
        if b is None:
            continue
        at[m.key].add(paras[i])
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
            "towns_a1": towns_a1, "at": at, "paras": paras, "near": {}, "counts": {}}


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
        region = (e.cc, e.admin1)
        if not e.is_admin1:
            near, far = _others_told(i, ctx, "areas_a1", region, own)
            if near or far:
                s += opt.admin1_share * (1.0 if near else opt.far_context)
        # towns named in a region support it and each other ("Athens ... Northeast Georgia")
        near, far = _others_told(i, ctx, "towns_a1", region, own)
        s += min(2.0, near + far * opt.far_context) * opt.admin1_share / 4
    return s


def _others_told(i: int, ctx: dict, kind: str, region: tuple, own: str) -> tuple[int, int]:
    """How many names of ``ctx[kind][region]`` other than ``own`` are told near mention ``i``
    (in its paragraph or the next one to it) and how many only further off. The near count
    is taken once per paragraph and region."""
    names = ctx[kind].get(region)
    if not names:
        return 0, 0
    here = ctx["paras"][i]
    near_names = ctx["near"].get(here)
    if near_names is None:
        near_names = ctx["near"][here] = {k for k, ps in ctx["at"].items()
                                          if any(abs(here - q) <= 1 for q in ps)}
    key = (here, kind, region)
    n = ctx["counts"].get(key)
    if n is None:
        n = ctx["counts"][key] = len(names & near_names)
    mine = own in names
    near = n - (mine and own in near_names)
    return near, len(names) - mine - near


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
    # (names, not mentions: six "Washington"s are one name beside "Damascus", whose
    # Maryland namesake lies 46 km from the capital; counted per mention they outvoted
    # "Syria" and "the Syrians" in a story on the Middle East (issue 13, tenth session))
    held: dict[int, int] = defaultdict(int)
    held_by: dict[tuple[int, str], int] = defaultdict(int)
    grid: PointGrid[GazEntry] = PointGrid(0.5)
    for i, ei in enumerate(tops):
        for a in ei:
            if a.id not in held:
                grid.add(a.lat, a.lon, a)
            if not held_by[(a.id, mentions[i].key)]:
                held[a.id] += 1
                held_by[(a.id, mentions[i].key)] = 1
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


LIST_KM = 40.0
# A list's far end: a front line's villages listed in one breath span up to 100 km (read121:
# "Spirne, Soledar, ..., Pervomaiske, and Mayorsk" runs 80 km from Siversk to Avdiivka)
LIST_FAR_KM = 100.0


def _strays_of_lists(best: list[GazEntry | None], lists: list[list[int]], cohesion: dict,
                     contain: dict, offs: dict, cities: set[int] = frozenset()
                     ) -> list[GazEntry | None]:
    """A listed name left with only a namesake far from a list whose other names hold
    together is left unplaced, not put there: "fired on Dibrove, Dolyna, Adamivka, and
    Bohorodychne" with no Dibrove near the others (the gazetteer's only one 330 km off, in
    another oblast: read of ISW 2022-07-05 after the link-slug fix made the name a place).
    A list of far-apart places ("Paris, London, and Tokyo") holds no such centre. A name
    the writer calls a city (``cities``: "Mykolaiv City") is no stray: a strike list runs
    from two front-line towns to a city 200 km off (read220: the city was dropped and fell
    back to the oblast of the list's other towns)."""
    out = list(best)
    for run in lists:
        share = {i: cohesion.get((i, best[i].id), 0.0) if best[i] is not None else 0.0
                 for i in run}
        for i in run:
            if out[i] is None or not out[i].is_settlement or i in contain or i in offs \
                    or i in cities:
                continue
            held = sum(1 for j in run if j != i and share[j] >= 0.5)
            if share[i] < 0.1 and held >= 2:
                out[i] = None
    return out


def _strays_of_pairs(mentions: list[Mention], cands, best: list[GazEntry | None],
                     partners: dict, paras: list[int], contain: dict, offs: dict
                     ) -> list[GazEntry | None]:
    """A small place named with a partner ("advance to A and X") whose every namesake lies
    more than LIST_FAR_KM from the partner's settlement and from every other settlement of
    its paragraph, where the partner's place has a neighbour within LIST_FAR_KM in that
    paragraph (the paragraph holds one front), is left unplaced, not put on the far
    namesake: the gazetteer lacks the one meant (read228: X, in a paragraph on fighting
    west of a city, went to its only namesake, 330 km off in another oblast, and an
    incident there took in the fight). A name the text places itself (a container, an
    offset) keeps its place."""
    out = list(best)
    for i, js in partners.items():
        e = best[i]
        if e is None or not small(e) or i in contain or i in offs or mentions[i].city:
            continue
        mates = [best[j] for j in js if _is_point(best[j])]
        others = [b for j, b in enumerate(best) if j != i and paras[j] == paras[i]
                  and _is_point(b) and mentions[j].key != mentions[i].key]
        if not mates or not any(b is not m and haversine_km(m.lat, m.lon, b.lat, b.lon)
                                < LIST_FAR_KM for m in mates for b in others):
            continue
        own = [x for x, _ in cands[i] if x.is_settlement]
        if all(haversine_km(x.lat, x.lon, b.lat, b.lon) > LIST_FAR_KM
               for x in own for b in others):
            out[i] = None
    return out


def _list_reach(e: GazEntry, grid: PointGrid) -> float:
    """1 where a namesake of another list name lies within LIST_KM of ``e``, 0.5 where one
    lies within LIST_FAR_KM, else 0."""
    best = 0.0
    for la, lo, _b in grid.around(e.lat, e.lon, LIST_FAR_KM):
        d = haversine_km(e.lat, e.lon, la, lo)
        if d < LIST_KM:
            return 1.0
        if d < LIST_FAR_KM:
            best = 0.5
    return best


def _list_cohesion(mentions: list[Mention], cands, lists: list[list[int]]
                   ) -> dict[tuple[int, int], float]:
    """(mention, entry id) -> the share of the other names of the mention's settlement list
    that have a settlement namesake within LIST_KM of the entry (any namesake, not the one
    now chosen: the list's places hold each other in one area whatever each now leads).
    Each name votes with the weight 1/n, n its settlement namesakes: a name borne by one
    village says where the list is, one borne by ten says little (read121: "Pervomaiske,
    and Pavlivka", each with namesakes in Odesa Oblast, held each other there, 450 km from
    the list's seven other villages)."""
    out: dict[tuple[int, int], float] = {}
    for run in lists:
        by_key: dict[str, list[GazEntry]] = defaultdict(list)
        for j in run:
            by_key[mentions[j].key] += [e for e, _ in cands[j] if e.is_settlement]
        weight = {k: 1.0 / len({e.id for e in es}) for k, es in by_key.items() if es}
        grids = {}
        for k, es in by_key.items():
            grids[k] = PointGrid(0.5)
            for e in es:
                grids[k].add(e.lat, e.lon, e)
        for i in run:
            own = mentions[i].key
            others = [k for k in by_key if k != own and k in weight]
            total = sum(weight[k] for k in others)
            for e, _ in cands[i]:
                if not e.is_settlement or (i, e.id) in out or not total:
                    continue
                n = sum(weight[k] * _list_reach(e, grids[k]) for k in others)
                out[(i, e.id)] = n / total
    return out


class _Nearness:
    """How close a candidate lies to the places the text's other mentions currently resolve
    to (countries, continents and admin-1 regions left out): a grid of those places, asked
    once per candidate and name. Only places chosen by mentions of another name count: three
    "Atlanta"s resolved to Atlanta, Texas do not vouch for it (issue 13; before, a place
    chosen by two or more mentions of the name counted for each of them)."""

    def __init__(self, best: list[GazEntry | None], opt: ResolveOptions, keys: list[str]):
        self.opt = opt
        self.keys: dict[int, set[str]] = defaultdict(set)
        self.grid: PointGrid[int] = PointGrid(1.0)
        for b, k in zip(best, keys):
            if b is not None and not (b.is_country or b.fcode == "CONT" or b.is_admin1):
                if b.id not in self.keys:
                    self.grid.add(b.lat, b.lon, b.id)
                self.keys[b.id].add(k)
        self._memo: dict[tuple[int, str], float] = {}
        # which names currently resolve into each admin-1 region
        self.region: dict[int, tuple[str, str]] = {}
        self.region_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
        for b, k in zip(best, keys):
            if b is not None and b.cc and b.admin1 and not (b.is_country or b.fcode == "CONT"):
                self.region[b.id] = (b.cc, b.admin1)
                self.region_keys[(b.cc, b.admin1)].add(k)

    def _lone_pair(self, bid: int, own: str) -> bool:
        """Is the place ``bid`` the only name of its region, beside ``own``, in a text whose
        places crowd into another region of the country (three names or more)? Then the two
        vouch only for each other: "shelled Kramatorsk, Hryhorivka, and Zakitne ... attacked
        Nahirne" put Hryhorivka and Nahirne in Kirovohrad Oblast, 15 km apart, the one
        Nahirne the gazetteer holds pulling a Hryhorivka to it, 350 km from the text's
        other places (read24)."""
        r = self.region.get(bid)
        if r is None or self.region_keys[r] - {own} - self.keys[bid]:
            return False
        return any(q[0] == r[0] and q != r and len(ks - {own}) >= 3
                   for q, ks in self.region_keys.items())

    def proximity(self, e: GazEntry, own: str) -> float:
        """The bonus for ``e`` from its nearest place chosen by a mention of a name other
        than ``own``."""
        if e.is_country or e.fcode == "CONT" or e.is_admin1:
            return 0.0
        k = (e.id, own)
        got = self._memo.get(k)
        if got is None:
            got = self._memo[k] = self._bonus(e, own)
        return got

    def _bonus(self, e: GazEntry, own: str) -> float:
        opt = self.opt
        dmin = None
        for d, bid in self.grid.within(e.lat, e.lon, 300.0):
            if self.keys[bid] == {own} or self._lone_pair(bid, own):
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
    if m.infrastructure and e.fclass == "H":
        return NEAR_SETTLEMENT  # "the Kerch Strait Bridge": a structure on the water, one spot
    return REGION


def _place(i, m, best, probs, scores, cands, chosen: Chosen, index, opt, contain,
           points: dict | None = None, told: set[int] = frozenset()) -> Place:
    e = best[i]
    score = 0.0
    if e is not None:
        k = next((k for k, (x, _) in enumerate(cands[i]) if x.id == e.id), None)
        if k is None:
            k = max(range(len(cands[i])), key=lambda k: scores[i][k])
        score = probs[i][k]
    recog = 1 / (1 + math.exp(-m.score))
    if points and i in points:
        # "X (12km northwest of Y)" and no namesake of X near that point: the point itself
        lat, lon, anchor = points[i]
        return Place(text=m.text, start=m.start, end=m.end, geonameid=None, name=m.text,
                     lat=round(lat, 5), lon=round(lon, 5), country_code=anchor.cc or None,
                     admin1=index.admin_name(anchor.cc, anchor.admin1) if anchor.admin1 else None,
                     admin2=None, feature_code=None, precision=NEAR_SETTLEMENT,
                     score=round(0.5 * recog, 3))
    c = contain.get(i)
    area = best[c] if c is not None else None
    if opt.fallback and e is not None and area is not None and area.is_region | area.is_country \
            and not _inside(e, area) and (_rank(e) < _rank(area) or _fuzzy(m)):
        # "Suffolk, England" with only a Suffolk in Virginia known: the area the text names;
        # a close spelling that lies outside the area after it is a guess the writer
        # contradicts, whatever its kind ("Greenlane, Auckland, New Zealand" is no Greenland)
        return _to_place(m, area, COUNTRY if area.is_country else REGION, 0.5 * recog, index)
    if e is not None and opt.fallback and chosen.doubtful(i, e) and not (
            area is not None and (area.is_region or area.is_country) and _inside(e, area)):
        # (the area the text puts it in vouches for it: "the village of X in southern Italy",
        # wherever else the text goes)
        e2 = chosen.fallback_area(i, index)
        if e2 is not None:
            return _to_place(m, e2, REGION if not e2.is_country else COUNTRY,
                             0.5 * recog, index)
    if e is None:
        # a name the gazetteer lacks falls back only where the text says what it is:
        # "the villages of X and Y" (a settlement) within the area the text puts it in ("the
        # village of X in southern Italy"), else within the regions the text names
        e2 = None
        if opt.fallback and (m.settlement_cue or m.near) and not m.water:
            e2 = area if area is not None and (area.is_region or area.is_country) \
                else chosen.fallback_area(i, index)
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
    if i in told:
        # the writer's offset, container or "X City" chose this namesake among others: no
        # guess, whatever share the context gave it (read27: two villages an offset placed
        # right fused by their bare names with namesakes 21 and 87 km off)
        return _to_place(m, e, _precision(m, e), max(score * recog, WRITER_SCORE), index)
    return _to_place(m, e, _precision(m, e), score * recog, index)


def _fuzzy(m: Mention) -> bool:
    """Whether the mention's candidates are only the closest spellings of a name the
    gazetteer lacks (recognise's fuzzy lookup): a guess, which a named container overrules."""
    return "fuzzy" in m.reasons


def _to_place(m: Mention, e: GazEntry, precision: int, score: float, index) -> Place:
    a1 = index.admin_name(e.cc, e.admin1) if e.admin1 else None
    a2 = index.admin_name(e.cc, e.admin1, e.admin2) if e.admin2 else None
    if e.is_admin1:
        a1 = a1 or e.name
    return Place(text=m.text, start=m.start, end=m.end, geonameid=e.geonameid, name=e.name,
                 lat=round(e.lat, 5), lon=round(e.lon, 5), country_code=e.cc or None,
                 admin1=a1, admin2=a2, feature_code=e.fcode, precision=precision,
                 score=round(float(score), 3))
