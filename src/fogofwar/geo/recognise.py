"""Toponym recognition: gazetteer matches over a parsed Doc, weighed with context cues.

spaCy's small English model mislabels many conflict toponyms (Sumy PERSON, Kharkiv ORG,
Kursk PRODUCT), so NER is one signal among several, not the gate: every capitalised token
sequence that the gazetteer knows is a candidate, and the evidence for and against it is
summed — NER label, a cue word before ("village of", "near", "in"), a region word after
("Belgorod region"), how prominent the gazetteer's places of that name are, and whether the
word is a common word ("March", "Victory", "Mobile") or part of a person's or an
organisation's name. A place at the head of an organisation's name is counted (weakly):
a town's name often stands for its council or paper ("Athens Police Department"), and a
public body is named for its jurisdiction ("the Texas Forest Service", "the Henderson County
Commissioners Court": LGL tags these states and counties). NER place entities the gazetteer
does not hold are kept too, so that resolution can fall back to the area the text supports.

Words that are no places, each of which met a small namesake and then fell back to the
report's oblast (issue 13), are told by what stands around them, not by a list of them: an
abbreviation's shape ("MoD") or its brackets after the name it shortens; an organisation's
noun after the name somewhere in the text ("the Wagner Group"); the kind word of a longer
capitalised name ("Southern Axis", "Thermal Power Plant"); a person's first name among
persons; a formation's noun ("Baltic Fleet"); a river word after the next word
("Siverskyi Donets River"). A NER name that only a close spelling matches needs a place cue
at one of its mentions. A span the sum drops for one of these reasons stays out of the
NER-only path.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from ..geodesy import haversine_km
from ..records import FACILITY_CODES
from ..time.lexicon import MONTHS, SEASONS, WEEKDAYS
from .index import DEMONYM, DERIVED, MAIN, GazEntry
from .names import (COMPASS, HOLDER_REMARK, LINE_WORDS, MORE_DISTANCES, REGION_WORDS, SECTOR_WORD,
                    TOWN_PART_NOUNS, WRITTEN_ADJ_ENDINGS, agreement_variants, key, region_key,
                    sk_stem, swapped_spellings)

MAX_TOKENS = 6
# Words that join the parts of a multi-word name: "Rostov-on-Don", "Bay of Islands".
_JOINERS = {"-", "on", "of", "de", "la", "le", "del", "upon", "am", "an", "der", "the", "'s",
            "and", "&", "el", "al", "du", "des", "sur", "au", "aux", "en", "da", "do", "dos",
            "das", "di", "van", "von", "den"}  # "Port-au-Prince", "Foz do Iguaçu"
STRONG_CUES = {("village", "of"), ("villages", "of"), ("town", "of"), ("towns", "of"),
               ("city", "of"), ("settlement", "of"), ("settlements", "of"), ("outskirts", "of"),
               ("region", "of"), ("oblast", "of"), ("province", "of"), ("state", "of"),
               ("county", "of"), ("district", "of"), ("south", "of"), ("north", "of"),
               ("east", "of"), ("west", "of"), ("southwest", "of"), ("southeast", "of"),
               ("northwest", "of"), ("northeast", "of"), ("direction", "of"),
               ("capital", "of"), ("suburb", "of"), ("regions", "of"), ("oblasts", "of"),
               ("provinces", "of"), ("districts", "of"), ("areas", "of"), ("area", "of"),
               # the office of a town ("the Russian-appointed head of Chornobaivka": read56,
               # a name the tagger called a product)
               ("mayor", "of"), ("governor", "of"), ("head", "of"),
               # the parts of a place ("airstrikes in the western parts of Azovstal": read206,
               # the plant lost and the strike with no place)
               ("parts", "of"), ("portions", "of"), ("sections", "of"), ("suburbs", "of"),
               ("neighborhoods", "of"), ("neighbourhoods", "of")}
_OFFICES = {"mayor", "governor", "head"}
NEAR_CUES = {"near", "outside", "around", "nearby", "outskirts", "vicinity", "toward", "towards",
             "approaches"}
WEAK_CUES = {"in", "at", "from", "to", "into", "across", "via", "through", "between", "of",
             "within", "throughout", "against", "on", "and"}
SETTLEMENT_WORDS = {"village", "villages", "town", "towns", "city", "cities", "settlement",
                    "settlements", "hamlet", "outskirts", "suburb"}
# A community named for its centre ("the Marhanets hromada", "territorial community").
COMMUNITY_WORDS = {"hromada", "hromadas"}
# A name followed by one of these names a water body, never its namesake town.
WATER_WORDS = {"river", "rivers", "reservoir", "canal", "lake", "estuary", "lagoon", "creek"}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "president", "minister", "sen",
                 "senator", "rep", "gov", "governor", "mayor", "col", "lt", "capt", "sgt",
                 "judge", "officer", "coach", "prof", "rev", "st."}
# Capitalised words that are far more often something else than the places they also name.
# Words of a name that only says where ("South West", "Central", "Far North")
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "middle", "mid", "upper", "lower", "far", "northeast", "northwest",
    "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern"})
COMMON_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
victory mobile police university college church school street road avenue court center
centre hospital house office union department national international general central
north south east west northern southern eastern western new old great little big upper lower
president governor minister army navy state city county town village island lake river
said says according however but also this that these those there here when where while
after before during since until then now just only even still many much more most some
such other another each every all both either neither none no yes not very well good best
first second third last next early late man woman men women people person family friend
home work job time day week month year news daily times post press free people's the
christmas easter monday god jesus christ lord king queen prince princess paris hilton
allah buddha muhammad prophet
media social health energy power water fire security police forces force border front
officer officers drug drugs
line lines sea bay gulf beach park mountain hill valley forest field fields farm
eastern western northern southern central northeastern northwestern southeastern southwestern
""".split())
PLACE_LABELS = {"GPE", "LOC", "FAC"}
DISEASE_WORDS = frozenset("""virus viruses fever disease flu influenza strain vaccine
ebolavirus hemorrhagic haemorrhagic encephalitis""".split())
# Weapons and units carry names ("Tochka missile", "Orion-E UAV", "Kilo-class submarine",
# "battalion Sparta"); a namesake of no large city right before one of these words is the
# weapon (a city's name may still head "Odesa missile strike")
WEAPON_WORDS = frozenset("""missile missiles rocket rockets uav uavs drone drones class
booster launcher launchers mlrs howitzer howitzers submarine sub cocktail cocktails
system systems complex complexes munition munitions""".split())  # "one Pantsir system" (read25: a town)
# weapon words after which even a large city's name is the weapon's ("Kilo class",
# "Molotov cocktail"); before the others a city's name may head a strike ("Odesa missile")
_WEAPON_ONLY = frozenset({"class", "cocktail", "cocktails"})
# The last word of a military formation's name, also a town's name ("the Black Sea Fleet":
# Fleet, Hampshire): after a capitalised word or an ordinal it is the formation's
FORMATION_NOUNS = frozenset({"fleet", "flotilla", "army", "corps", "division", "brigade",
                             "regiment", "battalion"})
# War reports' common nouns that are also towns' names ("Airport", Hawaii; "Culture",
# Turkey; "Combine", Texas): capitalised in titles, never the town
WAR_NOUNS = frozenset("""airport airbase airfield bridge dam tank tanks metro culture combine
palace market depot factory plant terminal port seaport harbor harbour""".split())
# Nouns that end an organisation's name: "the Wagner Group", "Wagner PMC", "the Arkhangel
# Company". A name the text writes before one of them is the organisation's (one sense per
# discourse), unless "of" follows ("the Dnipro Group of Forces" is a front named for a place)
ORG_NOUNS = frozenset("""group pmc company corporation corp inc ltd llc foundation holding
holdings agency institute""".split())
# Small-letter nouns of an armed group's people after its name: "Wagner fighters", "Wagner
# financier Yevgeny Prigozhin"; they mark the name of a small place's namesake only
MEMBER_NOUNS = frozenset("""forces fighters mercenaries financier founder servicemen
personnel commanders soldiers""".split())
# An abbreviation: short, letters only, two capitals or more, ending in a capital or with
# more capitals than small letters ("MoD", "DoD", "NGOs"); "DeKalb", "LaSalle", "McAllen"
# (a prefix and a name) end in small letters and are longer
_ABBREV = re.compile(r"^[A-Za-z]{2,5}$")
THRESHOLD = 0.8  # evidence a span needs to count as a place (set on the LGL dev slice)
# a span this close below the threshold counts when its name is a place elsewhere in the
# text; strong evidence against (a title, a date, a person's name around it: -2 or less)
# still drops it
SAME_NAME_FLOOR = -1.0
FACILITY_WORDS = frozenset("""st street rd road ave avenue dr drive blvd boulevard ln lane
pkwy parkway hwy highway way ct court pl place sq square bridge school university college
high elementary middle academy hospital church cathedral chapel center centre mall plaza
stadium arena hall library museum airport station park building tower hotel inn
restaurant company corp inc co bank""".split())
# War's infrastructure named for the place it stands at or by: "the Hostomel airport", "the
# Kerch Strait Bridge", "the Azovstal Steel Plant", "the Kakhovka dam". An event there is near
# the named place (precision 2), so such a name counts as a place, not as part of a facility's
# name.
INFRASTRUCTURE_WORDS = frozenset("""airport airfield airbase bridge dam port seaport refinery
plant depot npp hpp tpp""".split())
# military airfields bear the name of the town they stand at, capitalised or not; so do the
# plants a report names by abbreviation ("the Zaporizhzhia NPP", "the Kakhovka HPP")
MILITARY_INFRA = frozenset({"airbase", "airfield", "npp", "hpp", "tpp"})
# words that may stand between the name and the infrastructure word
_INFRA_FILLERS = frozenset("""strait steel nuclear power hydroelectric thermal oil fuel
metallurgical chemical international military air sea river railway rail road""".split()) | {
    # a plant named for what it makes: "the Beryslav Machine-Building Plant" (read193: the
    # town lost to the capitalised name, and the strike on it with no place)
    "machine", "-", "building", "machine-building", "repair", "tractor", "shipbuilding",
    "aircraft", "cement", "coke", "ammunition"}
# Institutions named for the city they are in (see _weigh): "Kharkiv University"
INSTITUTION_WORDS = frozenset("""university college hospital school academy library museum
stadium""".split())
# Verbs of war headlines that spaCy takes into a PERSON with the name after them
_CLAUSE_VERBS = frozenset({"shelled", "destroyed", "damaged", "burning", "struck"})
# Words never part of a person's name: facilities and the war's nouns (see _weigh)
_NOT_IN_NAMES = INFRASTRUCTURE_WORDS | WAR_NOUNS | (FACILITY_WORDS - {
    "st", "dr", "co", "way", "inn", "hall", "park", "court", "place", "high", "middle",
    "lane", "tower"}) | _CLAUSE_VERBS
# Lower-case words that join two names and are part of no person's name
_JOINING_WORDS = frozenset({"to", "and", "or", "from", "of", "in", "near", "toward", "towards"})
# Prepositions of place: a bare name right after one is where something is or happens
LOCATIVE_CUES = frozenset({"in", "near", "at", "over", "outside", "around", "through",
                           "inside", "within", "throughout", "towards", "toward"})
# spaCy labels that a single unknown word after a preposition of place often gets wrongly
_DOUBTED_LABELS = frozenset({"PERSON", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT"})
NONPLACE_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE",
                   "NORP"}
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


_SIDE_WORDS = {"northern", "southern", "eastern", "western", "central", "northeastern",
               "northwestern", "southeastern", "southwestern"}


@dataclass
class Mention:
    """A candidate toponym: its span, lookup key, gazetteer candidates and evidence."""

    text: str
    start: int  # character offsets into the doc's text
    end: int
    key: str
    tok_start: int
    tok_end: int
    candidates: list[tuple[GazEntry, int]] = field(default_factory=list)
    ner: str = ""
    region_word: str = ""  # "region", "oblast", "district" after the name (or its list)
    settlement_cue: bool = False  # "village(s) of", "town of"
    city: bool = False  # "Mykolaiv City", "Kherson City": the city of the name (read21)
    near: bool = False  # "near", "outside", "outskirts of"
    water: bool = False  # "the Dnipro River", "the Kakhovka Reservoir": a water body
    infrastructure: str = ""  # "airport" in "the Hostomel airport": a facility named for it
    facility: str = ""  # the words that name it: "Nuclear Power Plant", "air base"
    demonym: bool = False  # "Egyptian", "Palestinians": the country, named by its people
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def _is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _link_tokens(doc) -> set[int]:
    """Token indexes of web addresses: each run of tokens with no space between them that
    holds a slash, "http" or "www." ("kyivpost dot com/ukraine-politics/possible-...")."""
    out: set[int] = set()
    run: list = []
    for t in doc:
        run.append(t)
        if t.whitespace_ or t.i == len(doc) - 1:
            text = "".join(x.text for x in run)
            if "/" in text or "http" in text or "www." in text:
                out.update(x.i for x in run)
            run = []
    return out


def candidate_spans(doc) -> list[tuple[int, int]]:
    """Token spans (i, j) that could be a name: start and end capitalised, joiners inside.

    Spans are only candidates: the gazetteer lookup decides which are names, so "Sumy and
    Kharkiv" is tried as one span and, not found, falls back to "Sumy" and "Kharkiv"."""
    spans = []
    n = len(doc)
    for i in range(n):
        if not _is_cap(doc[i]):
            continue
        for j in range(i, min(n, i + MAX_TOKENS)):
            tok = doc[j]
            if j > i and not (_is_cap(tok) or tok.lower_ in _JOINERS or tok.text == "."):
                break
            if _is_cap(tok):
                spans.append((i, j + 1))
    return spans


def recognise(doc, lookup, fuzzy=None) -> list[Mention]:
    """Mentions of places in ``doc``; ``lookup(keys) -> {key: [(GazEntry, kind)]}``;
    ``fuzzy(key) -> [(GazEntry, kind)]`` (optional) tries misspelt NER place names."""
    spans = candidate_spans(doc)
    keys = {(i, j): key(doc[i:j].text) for i, j in spans}
    found = lookup(set(keys.values()))
    _region_only(doc, spans, keys, found, lookup, fuzzy)
    _agreed_names(doc, spans, keys, found, lookup)
    _listed_units(doc, spans, keys, found, lookup, fuzzy)
    ents = {}
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            ents[t] = ent
    # (not a web address's words: "possible-chemical-weapons-attack-in-mariupol" in a
    # footnote's link made the city a lower-case word of the text; read132: Mariupol and the
    # day's chemical attack lost)
    in_links = _link_tokens(doc)
    lower_words = {t.lower_ for t in doc if t.text.islower() and t.i not in in_links}
    # last names of multi-word PERSON entities: "Pawlenty" alone is then a person too
    # (a "person" the tagger made of a route is none: "from Brovary to Kyiv", read32)
    # (nor one whose whole name is a place: "Velyka Komyshuvakha", read37)
    # (nor one that spans a comma: "Sukhy Stavok, Bezimenne" is a list, read41)
    surnames = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
                         and not any(t.lower_ in _NOT_IN_NAMES or t.text in _JOINING_WORDS
                                     or t.text == "," for t in e)
                         and keys.get((e.start, e.end)) not in found)
    orgs = _org_names(doc)
    taken = [False] * len(doc)
    matched: list[Mention] = []
    # longest match first, left to right
    for i, j in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if any(taken[i:j]):
            continue
        k = keys[(i, j)]
        if k not in found:
            continue
        m = Mention(doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), k, i, j,
                    list(found[k]))
        _cues(m, doc)
        for t in range(m.tok_start, j):
            taken[t] = True
        matched.append(m)
    text = doc.text  # (spaCy rebuilds Doc.text on every access)
    for m in matched:
        if not any(r.startswith("cue:") for r in m.reasons) and _BEARING_AFTER.match(text, m.end):
            # "Zaitseve and Kurdyumivka, south of Bakhmut", "Odradivka (10km south of
            # Bakhmut)": the writer places the name by a bearing from another (read19: six
            # villages of two lists, spaCy's PERSON or ORG, were never places)
            m.reasons.append("cue:bearing-after")
    # "villages of X and Y", "X and Y regions": cues apply to each name of a list
    _spread_cues(matched, doc)
    for m in matched:
        _weigh(m, doc, ents, lower_words, surnames, orgs)
    _pair_evidence(matched, doc)
    _sections_of_named_city(matched, doc)
    _named_vessels(matched, doc)
    _listed_with_places(matched, doc)
    # one sense per discourse: a close call ("entered Demidovka", "recaptured Sudzha" with
    # Sudzha NER-tagged PERSON) counts when the same name is a place elsewhere in the text
    accepted = {m.key for m in matched if m.score > 0}
    for m in matched:
        if m.score <= 0 and m.key in accepted and m.score > SAME_NAME_FLOOR:
            m.score = 0.1
            m.reasons.append("same-name-elsewhere")
    mentions: list[Mention] = []
    # spans the sum dropped for what they are (an abbreviation, an organisation's name, a
    # part of a longer name): NER's GPE or LOC on them does not bring them back
    refused = {(m.tok_start, m.tok_end) for m in matched if m.score <= 0 and
               any(r in _NOT_A_PLACE for r in m.reasons)}
    for m in matched:
        if m.score > 0:
            mentions.append(m)
        else:
            for t in range(m.tok_start, m.tok_end):
                taken[t] = False
    # NER place entities that the gazetteer lacks: kept for fallback resolution
    ner_found: dict[str, tuple[list, bool]] = {}
    cued: set[str] = set()  # fuzzy names with a place cue at one of their mentions
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or any(taken[ent.start:ent.end]):
            continue
        if not _is_cap(ent[0]) or ent.text.lower() in COMMON_WORDS or (
                    _abbreviation(ent.text) and not ent.text.isupper()) \
                or _abbreviates_before(doc, ent.start, ent.end) or _before_weapon(doc, ent.end) or any(c.isdigit() for c in ent.text) or (
                    ent.end < len(doc) and doc[ent.end].lower_ in DISEASE_WORDS):
            # "a shot down Tochka missile" (NER's GPE), "H1N1", "West Nile virus"
            continue
        if any(t.pos_ != "PROPN" for t in ent if t.is_alpha and t.lower_ != "the"):
            continue  # "Ukrainian withdrawal": an adjective, not a place name
        if ent.text.lower() in _FORCE_NAMES:
            continue  # "Rosgvardia detained residents": a force, no place (read212)
        st, en = ent.start, ent.end
        while st < en and doc[st].lower_ in ("the",):
            st += 1
        if st >= en or (st, en) in refused:
            continue
        m = Mention(doc[st:en].text, doc[st].idx, doc[en - 1].idx + len(doc[en - 1].text),
                    key(doc[st:en].text), st, en, [], ner=ent.label_)
        _cues(m, doc)
        m.score = 1.0
        m.reasons.append("ner-only")
        # NER's place that the evidence sum dropped ("ambassador to Egypt Dan Kurtzer",
        # "in D.C."): its exact gazetteer entries, else the closest spelling
        if m.key not in ner_found:  # one lookup per name, not per mention
            exact = list(lookup([m.key]).get(m.key, []))
            ner_found[m.key] = (exact, False) if exact or fuzzy is None else \
                (list(fuzzy(m.key)), True)
        found_k, is_fuzzy = ner_found[m.key]
        m.candidates = list(found_k)
        if m.candidates and is_fuzzy:
            m.reasons.append("fuzzy")
            if _place_cue(m, doc, taken):
                cued.add(m.key)
        mentions.append(m)
        for t in range(st, en):
            taken[t] = True
    _spellings_by_neighbours(doc, mentions, fuzzy)
    for m in mentions:
        if "fuzzy" in m.reasons and m.key not in cued:
            # a close spelling is a guess: only where the words around one of the name's
            # mentions say "a place" ("in Kyrgystan", "Kremmina and Starobilsk") is it
            # worth one; "outlet Meduza", "equipped with Kalibr missiles", "Putin ordered
            # Shoigu" would meet a village of a like name (Medeuzza, Kaleybar) (issue 13)
            m.candidates = []
            m.reasons.remove("fuzzy")
    mentions.extend(_placed_by_distance(doc, spans, keys, found, taken))
    if fuzzy is not None:
        mentions.extend(_listed_misspellings(doc, mentions, spans, keys, found, taken, ents,
                                             fuzzy))
    mentions.extend(_repeats(doc, [m for m in mentions if "ner-only" in m.reasons], taken, ents))
    mentions.extend(_facility_abbreviations(doc, mentions, taken))
    mentions.sort(key=lambda m: m.start)
    return mentions


_PLURAL_UNITS = {"raions", "rayons", "districts"}


def _listed_units(doc, spans, keys: dict, found: dict, lookup, fuzzy=None) -> None:
    """"Bashtanskyi, Beryslavskyi, Kakhovskyi, and Khersonskyi Raions": each name of a list
    that a plural district word closes is a district's name, looked up with the word (read170:
    a village in Odesa Oblast, no place, and one in Russia's Kaluga Oblast), else by the
    town its adjective is made from, spelt as written or closely (``unit_of_adjective``;
    read229: "-sky" for "-skyi", and two letters swapped, went to the raion's town and to a
    village of another oblast)."""
    by_end = {}
    for i, j in spans:
        by_end.setdefault(j, []).append(i)
    for t in doc:
        if t.lower_ not in _PLURAL_UNITS:
            continue
        j = t.i
        for _ in range(8):  # the list's names, back from the word
            starts = by_end.get(j)
            if not starts:
                break
            i = max(starts)  # the one-word name right before the joiner
            name = doc[i:j].text
            k = keys[(i, j)]
            if not any(e.fcode.startswith("ADM2") for e, _ in found.get(k, [])):
                unit = key(f"{name} raion")
                extra = [x for x in lookup([unit]).get(unit, []) if x[0].fcode.startswith("ADM2")]
                if not extra and name.lower().endswith(WRITTEN_ADJ_ENDINGS):
                    extra = unit_of_adjective(k, lookup, fuzzy)
                if extra:
                    found[k] = extra + list(found.get(k, []))
            j = i
            while j > 0 and doc[j - 1].lower_ in (",", "and", "or"):
                j -= 1
            if j == i:
                break


def _facility_abbreviations(doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """"The Zaporizhzhia Nuclear Power Plant (ZNPP) ... shelling at the ZNPP": a facility's
    abbreviation, spelled out in brackets after its name, names the same place wherever the
    text uses it after that (ISW writes "ZNPP" some 260 times in eight months)."""
    out: list[Mention] = []
    n = len(doc)
    for m in mentions:
        if not m.candidates or not (m.facility and m.infrastructure or _names_facility(m)):
            continue
        p = m.tok_end
        while p < n and m.facility and p < m.tok_end + len(m.facility.split()) + 1 \
                and doc[p].text != "(":
            p += 1
        if not (p + 2 < n and doc[p + 1].text.isupper()
                and _abbreviates_before(doc, p + 1, p + 2)):
            continue
        abbr = doc[p + 1].text
        for t in range(p + 3, n):
            if doc[t].text != abbr or taken[t]:
                continue
            copy = Mention(abbr, doc[t].idx, doc[t].idx + len(abbr), m.key, t, t + 1,
                           list(m.candidates), ner=m.ner, near=m.near,
                           infrastructure=m.infrastructure, facility=m.facility,
                           score=m.score, reasons=[f"abbreviation:{m.text}"])
            taken[t] = True
            out.append(copy)
    return out


# A distance and a bearing from a named place right after a name: "X (approximately 18km
# northeast of Y)", "X, 12 km south of Y"
_DISTANCE_AFTER = re.compile(r"\s*[(,]\s*(?:(?:about|approximately|roughly|around|nearly|some)"
                             r"\s+)?\d{1,3}(?:\.\d)?\s?(?:km|kilometers|kilometres)\s+"
                             + COMPASS + r"\s+of\s+[A-Z]")


def _placed_by_distance(doc, spans, keys: dict, found: dict, taken: list[bool]
                        ) -> list[Mention]:
    """Names the gazetteer lacks that the writer places by a distance and a bearing from
    another place ("advanced in the direction of Tavilizhanka (approximately 18km northeast
    of Y)"): a place, with no namesake, which the resolver puts at the offset's point
    (read161: the event went to Y). One or two capitalised proper nouns, no name NER or the
    evidence sum took."""
    out: list[Mention] = []
    text = doc.text
    for i, j in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if j - i > 2 or any(taken[i:j]) or keys[(i, j)] in found:
            continue
        toks = doc[i:j]
        if not all(t.pos_ == "PROPN" and _is_cap(t) for t in toks) or \
                toks.text.lower() in COMMON_WORDS:
            continue
        end = doc[j - 1].idx + len(doc[j - 1].text)
        if not _DISTANCE_AFTER.match(text, end):
            continue
        m = Mention(toks.text, doc[i].idx, end, keys[(i, j)], i, j, [])
        _cues(m, doc)
        m.score = 1.0
        m.reasons.append("distance-only")
        out.append(m)
        for t in range(i, j):
            taken[t] = True
    return out


# A misspelt name's wider spellings count where they lie this close to a place of a rare name
# of its sentence (one borne by at most RARE_NAMESAKES settlements)
NEIGHBOUR_FUZZY_KM = 25.0
RARE_NAMESAKES = 5


def _rare_places(m: Mention) -> list[GazEntry]:
    """The settlements of an exactly spelt name that few places bear (none for a fuzzy one or
    a name of many namesakes: those say little of where the sentence is)."""
    if "fuzzy" in m.reasons:
        return []
    towns = {e.id: e for e, _ in m.candidates if e.is_settlement}
    return list(towns.values()) if len(towns) <= RARE_NAMESAKES else []


def _spellings_by_neighbours(doc, mentions: list[Mention], fuzzy) -> None:
    """A misspelt name (a NER place that only a close spelling matches) takes, of its wider
    spellings (the three closest over the cutoff, and those one swap of two letters away),
    the namesakes that lie within NEIGHBOUR_FUZZY_KM of a place of a rare name of its own
    sentence, over the closest spelling alone: "attacks around Y in Yakolvika" is the
    Yakovlivka beside Y, not a Yakovivka (one letter nearer) 100 km off (read228). With no
    such namesake the closest spelling stands. The spellings keep each word's first letter
    (``fuzzy``), so no whole word is swapped for another."""
    if fuzzy is None:
        return
    tried: dict[str, list] = {}
    for m in mentions:
        if "fuzzy" not in m.reasons or "ner-only" not in m.reasons:
            continue
        sent = doc[m.tok_start].sent
        rare = [e for o in mentions if o is not m and o.key != m.key
                and sent.start <= o.tok_start < sent.end for e in _rare_places(o)]
        if not rare:
            continue
        if m.key not in tried:
            wide = list(fuzzy(m.key, closest_only=False))
            for k in swapped_spellings(m.key):
                wide += fuzzy(k, closest_only=False)
            tried[m.key] = wide
        near = {e.id: (e, kind) for e, kind in tried[m.key] if e.is_settlement and any(
            e.cc == o.cc and haversine_km(e.lat, e.lon, o.lat, o.lon) <= NEIGHBOUR_FUZZY_KM
            for o in rare)}
        if near:
            m.candidates = list(near.values())
            m.reasons.append("spelt-near-neighbours")


def _listed_misspellings(doc, mentions: list[Mention], spans, keys: dict, found: dict,
                         taken: list[bool], ents: dict, fuzzy) -> list[Mention]:
    """Names the gazetteer lacks that stand in one list with a place, tried by their closest
    spelling: "shelled Konstantynivka, Shaktarsk and Dolomytne" (read14, read22: misspelt
    villages that NER tags ORG or PERSON were never places, so their strikes had none). Only
    a proper-noun name of one to three words, next to a place in a list ("A, B and C"),
    whose close spelling names a place within LISTED_FUZZY_KM of a place its list mates may
    name, is taken;
    the name's other mentions follow it (_repeats)."""
    placed = sorted((m for m in mentions if m.score > 0 and m.candidates),
                    key=lambda m: m.tok_start)
    if not placed:
        return []
    starts = [m.tok_start for m in placed]
    out: list[Mention] = []
    tried: dict[str, list] = {}
    n = len(doc)
    for i, j in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if j - i > 3 or any(taken[i:j]) or keys[(i, j)] in found:
            continue
        if not ((i > 0 and doc[i - 1].lower_ in _LIST_WORDS) or
                (j < n and doc[j].lower_ in _LIST_WORDS)):
            continue  # no list around it (and no scan of the text's places for it)
        toks = doc[i:j]
        if not all(t.is_alpha and t.pos_ == "PROPN" and t.text[0].isupper() for t in toks) \
                or any(ents.get(t.i) is not None and ents[t.i].label_ in _NOT_LISTED_LABELS
                       for t in toks) or toks.text.lower() in COMMON_WORDS:
            continue
        m = Mention(toks.text, toks[0].idx, toks[-1].idx + len(toks[-1].text), keys[(i, j)],
                    i, j, [], score=0.5)
        # its neighbours in the text, the only places a list can join it to
        k = bisect_left(starts, i)
        mates = [p for p in (placed[k - 1] if k > 0 else None,
                             placed[k] if k < len(placed) else None)
                 if p is not None and (_joined(doc, p, m) or _joined(doc, m, p))]
        if not mates:
            continue
        if m.key not in tried:
            tried[m.key] = list(fuzzy(m.key, closest_only=False))
        near = [e for p in mates for e, _ in p.candidates]
        m.candidates = [(e, kind) for e, kind in tried[m.key] if any(
            e.cc == o.cc and haversine_km(e.lat, e.lon, o.lat, o.lon) <= LISTED_FUZZY_KM
            for o in near)]
        if not m.candidates:
            continue
        _cues(m, doc)
        m.reasons += ["ner-only", "fuzzy", "listed-with-places"]
        out.append(m)
        k = bisect_left(starts, i)  # "A, Misspelt1 and Misspelt2": the list goes on past it
        starts.insert(k, i)
        placed.insert(k, m)
        for t in range(i, j):
            taken[t] = True
    return out


_LIST_WORDS = frozenset({",", "and", "or"})
# A list names places of one area: a misspelt item is near one of its mates' namesakes.
LISTED_FUZZY_KM = 100.0
# NER labels of spans that are no misspelt list item ("Kherson, July 25 and ...")
_NOT_LISTED_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                "QUANTITY", "NORP", "LANGUAGE", "EVENT", "LAW"})


def _region_only(doc, spans, keys: dict, found: dict, lookup, fuzzy=None) -> None:
    """Regions found by their region-only keys (names.region_key): a span the index does not
    hold that a region word follows ("Zaporizhia Oblast", "the Zaporizhia region") or ends
    ("Zaporizhia Oblast" as one span) meets an admin region whose stem it spells with single
    letters or other glides. Only spans next to a region word are tried, so a bare
    "Zaporizhia" never becomes the oblast; one lookup for all of them."""
    asked: dict[str, list[str]] = {}
    for i, j in spans:
        k = keys[(i, j)]
        word_after = j < len(doc) and doc[j].lower_ in REGION_WORDS
        if k in found and (not word_after or any(e.is_region for e, _ in found[k])):
            continue
        if word_after:
            stem = k
        elif j - i >= 2 and doc[j - 1].lower_ in REGION_WORDS and \
                keys.get((i, j - 1)) not in found:
            # (a stem the index holds is found with its region word after it: "Donetsk")
            stem = key(doc[i:j - 1].text)
        else:
            continue
        if stem:
            asked.setdefault(region_key(stem), []).append(k)
            if stem.endswith(WRITTEN_ADJ_ENDINGS):
                # "Khersonsky raion", "Bersylavska hromada": the region's stem ("khersonsk"), as
                # names.region_stems indexes it (read97: a village in Stavropol Krai, 900 km off)
                asked.setdefault(region_key(sk_stem(stem)), []).append(k)
    if not asked:
        return
    for rk, rows in lookup(list(asked)).items():
        regions = [(e, kind) for e, kind in rows if e.is_region]
        for k in asked.get(rk, ()):
            if regions:
                found[k] = regions
    if fuzzy is not None:
        _misspelt_regions(doc, spans, keys, found, lookup, fuzzy)


def _misspelt_regions(doc, spans, keys: dict, found: dict, lookup, fuzzy) -> None:
    """A region name before its region word that neither its key nor its region-only key
    finds: the region of the closest spelling ("Dniprotrovsk Oblast"), and for a district
    adjective ("Bersylavsky Raion") the district of the town it is made from
    (``unit_of_adjective``). The word after says a region is meant, so only regions of that
    level count (read229: a list's closing oblast, misspelt, was no place, and a town of the
    list went to a namesake in Russia)."""
    # (a shorter span before the same word that names a region is the name: "in Central Y
    # Oblast" is no region of the closest spelling of "Central Y")
    named = {j for i, j in spans if any(e.is_region for e, _ in found.get(keys[(i, j)], ()))}
    for i, j in spans:
        k = keys[(i, j)]
        if j >= len(doc) or doc[j].lower_ not in REGION_WORDS or j in named or len(k) < 5 or \
                not all(t.is_alpha and _is_cap(t) for t in doc[i:j]):
            continue
        adm2 = doc[j].lower_ in _DISTRICT_WORDS
        if adm2 and k.endswith(WRITTEN_ADJ_ENDINGS):
            got = unit_of_adjective(k, lookup, fuzzy)
        else:
            got = [(e, DERIVED) for e, _ in fuzzy(region_key(k))
                   if e.fcode.startswith("ADM2") == adm2 and e.is_region]
        if got:
            found[k] = got


_DISTRICT_WORDS = frozenset({"raion", "rayon", "raions", "rayons", "district", "districts"})
# the endings of a district's adjective ("Beryslavskyi", "Bashtanska"), longest first
_UNIT_ADJ = re.compile(r"(?:s'?kaya|s'?kyi|s'?kyy|s'?kiy|s'?kij|s'?ky|s'?ki|s'?ka|s'?koi|"
                       r"s'?koy)$")


def unit_of_adjective(k: str, lookup, fuzzy=None) -> list[tuple[GazEntry, int]]:
    """The districts (ADM2) a raion's adjective names, as DERIVED matches: the district of
    the town the adjective is made from, whose region-only keys the index holds
    ("beryslavsky" -> Beryslav, "bashtanskyi" -> Bashtanka, "skadovskyi" -> Skadovsk), else of
    the closest spelling of that town (two letters swapped); none when neither is a
    district's (read229: "Beryslavsky raion" became the town, "Bersylavsky Raion" a village
    of another oblast)."""
    base = _UNIT_ADJ.sub("", k)
    if base == k or len(base) < 4:
        return []
    asked = [region_key(base + end) for end in ("", "ka", "sk", "a")]
    rows = lookup(asked)
    got = [(e, DERIVED) for rk in asked for e, _ in rows.get(rk, ())
           if e.fcode.startswith("ADM2")]
    if not got and fuzzy is not None:
        got = [(e, DERIVED) for e, _ in fuzzy(region_key(base))
               if e.fcode.startswith("ADM2")]
    seen: set[int] = set()
    return [(e, kind) for e, kind in got if not (e.id in seen or seen.add(e.id))]


def _agreed_names(doc, spans, keys: dict, found: dict, lookup) -> None:
    """Two-word names with a mis-agreed adjective: a span of two capitalised words that the
    index lacks, each of which it holds as a name, meets the settlements of the name with
    the first word's ending changed (names.agreement_variants), as DERIVED matches: "Vesele
    Dolyna" is the village Vesela Dolyna, not Vesele (a town 300 km off) and Dolyna (read22,
    ISW 2022-08-28). One lookup for all of them; the longest-match-first rule then takes
    the two words as one name before its parts."""
    asked: dict[str, str] = {}
    for i, j in spans:
        k = keys[(i, j)]
        if j - i != 2 or k in found or not (doc[i].is_alpha and doc[i + 1].is_alpha) or \
                keys.get((i, i + 1)) not in found or keys.get((i + 1, j)) not in found:
            continue
        for v in agreement_variants(k):
            asked.setdefault(v, k)
    if not asked:
        return
    agreed: dict[str, list] = {}
    for v, rows in lookup(list(asked)).items():
        agreed.setdefault(asked[v], []).extend((e, DERIVED) for e, _ in rows if e.is_settlement)
    found.update({k: towns for k, towns in agreed.items() if towns})


def _repeats(doc, named: list[Mention], taken: list[bool], ents) -> list[Mention]:
    """Other occurrences of names that NER alone made places (the gazetteer lacks them):
    spaCy tags "Prilesye" LOC once and WORK_OF_ART ("Demidovka and Prilesye") elsewhere, and
    the name names the same place each time. Occurrences inside a longer name of a person
    or an organisation ("Prilesye Holdings") stay out."""
    out: list[Mention] = []
    by_words = {tuple(t.text for t in doc[m.tok_start:m.tok_end]): m for m in named}
    if not by_words:
        return out
    # where each word stands, built once: a scan of the whole doc per name made a long
    # report's cost grow with its length times its names (issue 16)
    at: dict[str, list[int]] = {}
    firsts = {words[0] for words in by_words}
    for t in doc:
        if t.text in firsts:
            at.setdefault(t.text, []).append(t.i)
    for words, src in by_words.items():
        n = len(words)
        for i in at.get(words[0], ()):
            if i > len(doc) - n:
                break
            if any(taken[i:i + n]) or tuple(t.text for t in doc[i:i + n]) != words:
                continue
            if any(t.pos_ != "PROPN" for t in doc[i:i + n] if t.is_alpha):
                continue
            ent = ents.get(i)
            if ent is not None and ent.label_ in NONPLACE_LABELS and \
                    (ent.end - ent.start) > n and \
                    not any(t.lower_ in ("and", ",", "or") for t in doc[ent.start:ent.end]):
                continue
            if i + n < len(doc) and _is_cap(doc[i + n]) and not doc[i + n].is_sent_start:
                continue  # "Prilesye Holdings": part of a longer name
            prev = doc[i - 1].lower_ if i > 0 else ""
            if prev not in WEAK_CUES | NEAR_CUES | {"inside"}:
                continue  # only where the words around say "a place" too: "near X", "in X"
            m = Mention(doc[i:i + n].text, doc[i].idx,
                        doc[i + n - 1].idx + len(doc[i + n - 1].text), src.key, i, i + n,
                        list(src.candidates), ner=ent.label_ if ent is not None else "")
            _cues(m, doc)
            m.score = 0.5
            m.reasons.append("ner-only-repeat")
            for t in range(i, i + n):
                taken[t] = True
            out.append(m)
    return out


def _before(doc, i: int, n: int = 1) -> str:
    """The lower-cased n-th word before token i, past whitespace tokens: spaCy makes a token
    of a double space ("in  Snihurivka"), which hid the cue word before the name."""
    k = i - 1
    while k >= 0:
        if not doc[k].is_space:
            n -= 1
            if n == 0:
                return doc[k].lower_
        k -= 1
    return ""


# Verbs whose object is ground when armed forces do them ("Russian forces captured Soledar",
# "Ukrainian troops shelled Siversk"): the name is a place even with no cue word before it
GROUND_VERBS = frozenset("""capture seize occupy liberate retake recapture encircle besiege
storm shell bombard enter control take""".split())
# Nouns of fighting whose object after "on", "against", "to" or "toward" is ground ("unsuccessful
# assaults on Nahirne, Berestove, Krynychne, and Roty", "counterattacks against Lozove"), and
# verbs of moving on ground whose object there is ground when armed forces do them ("failed
# to advance to Raihorodok")
# ("offensive operations against Toshkivka", "attacks against X": read17)
FIGHT_NOUNS = frozenset("""assault assaults counterattack counterattacks offensive
counteroffensive shelling bombardment advance advances airstrike airstrikes push operations
operation attack attacks strike strikes offensives counteroffensives""".split())
MOVE_VERBS = frozenset("""advance push attack assault counterattack""".split())
_TOWARD_PREPS = frozenset({"on", "against", "to", "toward", "towards", "into"})
# Who does such a verb to ground: armed forces, named as a common noun
ARMED_SUBJECTS = frozenset("""force forces troop troops army armies military soldier soldiers
unit units fighter fighters brigade brigades battalion battalions regiment regiments division
divisions militant militants rebel rebels militia militias artillery btg btgs""".split())


_ACCUSE = frozenset({"accuse", "blame", "suspect", "charge"})


def _war_object(doc, i: int, j: int) -> bool:
    """Whether the name doc[i:j] is the object of a verb of taking or shelling ground whose
    subject is an armed force ("Russian forces captured Soledar", "troops failed to capture
    Siversk": the subject of the governing verb), not a person seized by police."""
    root = doc[i:j].root
    if root.dep_ == "compound" and root.head.lower_ in REGION_WORDS:
        root = root.head  # "fire on Kherson, Dnipropetrovsk, and Zaporizhia Oblasts"
    for _ in range(8):  # a name in a list shares its head's role ("shelled A, B, and C")
        if root.dep_ not in ("conj", "appos") or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ == "nmod" and root.head.dep_ == "pobj" and root.head.i > root.i:
        # "control over A, B, and C, southeast of X": the small parser makes the list a
        # modifier of the bearing that ends it
        root = root.head
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in ("of", "over") and \
            verb.head.lemma_.lower() == "control":
        return True  # "took control of A and B", "established control over A, B, and C"
    if root.dep_ == "pobj" and (verb.lower_ in _TOWARD_PREPS or verb.lower_ == "from" and
                                verb.head.lemma_.lower() in MOVE_VERBS | {"withdraw",
                                                                          "retreat"}):
        # ("attempted to advance from X": where the advance starts is ground, read143)
        head = verb.head
        if head.pos_ == "NOUN" and head.lower_ in FIGHT_NOUNS:
            return True  # "assaults on A, B, and C"
        if verb.lower_ == "on" and head.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ in FIGHT_NOUNS for c in head.children):
            return True  # "repulsed Russian assaults on A": the parse hangs "on" on the verb
        if head.pos_ != "VERB" or not (
                (verb.lower_ in ("on", "at") and head.lemma_.lower() in GROUND_VERBS | {"fire"})
                or head.lemma_.lower() in MOVE_VERBS):
            return False
        verb = head  # "fired on A, B, and C", "advance to A"
    elif root.dep_ != "dobj" or verb.lemma_.lower() not in GROUND_VERBS | MOVE_VERBS:
        return False  # ("Russian forces attacked Shyroke": with an armed subject, below)
    if verb.dep_ == "acl" and verb.head.lower_ in ARMED_SUBJECTS:
        return True  # "Ukrainian forces ..., recapturing Kutuzivka" (a participle on them)
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for"):
        owner = verb.head.head
        if owner.lemma_.lower() in _ACCUSE:
            accused = [c for c in owner.children if c.dep_ == "dobj"]
        elif owner.dep_ == "dobj" and owner.head.lemma_.lower() in _ACCUSE:
            accused = [owner]  # (the parse hangs "of shelling X" on the accused: read153)
        else:
            accused = []
        if any(_armed(c) for c in accused):
            return True  # "accused Ukrainian forces of shelling X": the accused force's act
    if verb.dep_ == "pcomp":
        # "(forces remain) focused on taking Rubizhne, Popasna, and Marinka": the doer is the
        # subject of the clause the phrase hangs on
        t = verb.head
        for _ in range(3):
            if t.head.i == t.i:
                break
            t = t.head
            if any(c.dep_ == "nsubj" for c in t.children):
                verb = t
                break
    v = verb
    for _ in range(3):  # "tried and failed to take X": the subject is the first verb's
        if any(ch.dep_ == "nsubj" and _armed(ch) for ch in v.children):
            return True
        if v.dep_ not in ("xcomp", "conj", "advcl") or v.head.i == v.i:
            break
        v = v.head
    return False


def _armed(subject) -> bool:
    """Whether a subject names an armed force: "troops", or a part or unit of one ("elements
    of the 1st Guards Tank Army", "the 20th Combined Arms Army": read47, villages such units
    attacked in a list the tagger called ORG were no places)."""
    if subject.lower_ in ARMED_SUBJECTS or subject.lemma_.lower() in ARMED_SUBJECTS:
        return True
    if subject.lower_ not in _PART_NOUNS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lower_ in ARMED_SUBJECTS or o.lower_ == "corps")
        for o in p.children) for p in subject.children)


# Nouns of a part of a force: "elements of", "units of", "remnants of"
_PART_NOUNS = frozenset({"elements", "element", "remnants", "parts", "part", "detachments",
                         "subunits", "groups", "grouping", "servicemen", "personnel"})


# Nouns of the area around a named place ("in the X area", "toward the X direction")
_AREA_WORDS = frozenset({"area", "direction", "axis", "vicinity", "sector", "environs"})


def _no_date_in(ent, i: int, j: int) -> bool:
    """Is the tagger's DATE or TIME entity just the name at tokens i..j, capitalised, with no
    digit and no word of a date or a time of day in it ("attacked near Rakivka")?"""
    return ent.label_ in ("DATE", "TIME") and ent.start == i and ent.end == j and all(
        t.text[:1].isupper() and not any(ch.isdigit() for ch in t.text) and
        t.lower_.rstrip(".") not in _DATE_WORDS for t in ent)


# Words a real date or time is written with (month and weekday names, seasons, holidays)
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(
    """christmas easter ramadan eid new year years day days night week weeks month months
    today yesterday tomorrow noon midnight morning evening afternoon""".split())


def _owns_a_town_part(doc, j: int) -> bool:
    """Whether the name ending before token ``j`` owns a town's part: "X's [adj] beach"."""
    if j >= len(doc) or doc[j].lower_ not in ("'s", "\u2019s"):
        return False
    owner = doc[j - 1]
    head = owner.head
    return owner.dep_ == "poss" and head.i > j and head.i - j <= 4 and \
        head.lower_ in TOWN_PART_NOUNS


# Endings of a district's adjectival name the tagger takes for a nationality ("the Kyivskyi
# district of Kharkiv City", read14: Kharkiv became Kharkiv Raion)
_DISTRICT_ENDINGS = ("skyi", "skyy", "skiy", "ovyi", "nyi", "kyi")


def _cues(m: Mention, doc) -> None:
    i, j = m.tok_start, m.tok_end
    prev = _before(doc, i)
    prev2 = _before(doc, i, 2)
    if _war_object(doc, i, j):
        m.reasons.append("cue:war-object")
    if _owns_a_town_part(doc, j):
        m.reasons.append("cue:town-part")
    if prev == "the" and prev2 in LOCATIVE_CUES | WEAK_CUES and j < len(doc) and \
            doc[j].lower_ in _AREA_WORDS:
        m.reasons.append("cue:the-area")  # "in the Vysokopillya area" (read139: lost)
    if _front_before(doc, i) and any(e.is_admin1 for e, _ in m.candidates):
        m.region_word = "oblasts"  # "the entire frontline in Donetsk and Luhansk" (read47)
    if (prev2, prev) in STRONG_CUES and not (
            prev2 in _OFFICES and any(doc[t].ent_type_ == "ORG" for t in range(i, j))):
        # (an office heads a town, or an organisation: "the head of Wagner" is no place)
        m.reasons.append(f"cue:{prev2} {prev}")
        if prev2 in SETTLEMENT_WORDS:
            m.settlement_cue = True
        if prev2 == "outskirts":
            m.near = True
        k3 = i - 3
        while k3 >= 0 and doc[k3].is_space:
            k3 -= 1
        if prev2 in REGION_WORDS and not (k3 >= 0 and _is_cap(doc[k3]) and (
                (doc[k3].pos_ == "PROPN" and doc[k3].ent_type_ != "NORP")
                or doc[k3].lower_.endswith(_DISTRICT_ENDINGS))) and not (
                k3 >= 1 and doc[k3].text in ("-", "\u2010") and not doc[k3].whitespace_):
            # (nor "a micro-district of Slovyansk": a part of the town, no district of the
            # region named as it; read171: Nikopol Raion, which bears the town's name)
            # (the region word of "the Vostochny district of Mariupol" is Vostochny's:
            # Mariupol is the town it lies in; "the Romanian county of Braila" is Braila's)
            m.region_word = prev2
    if _included_in_places(doc, i):
        m.settlement_cue = True
        m.reasons.append("cue:places-including")
    # "near X", "near the villages of X", "outside the town of X" (not "near A and in X")
    t = i - 1
    while t >= 0 and doc[t].lower_ in {"the", "of", "a"} | SETTLEMENT_WORDS:
        t -= 1
    if t >= 0 and doc[t].lower_ in NEAR_CUES:
        m.near = True
    if j < len(doc) and doc[j].lower_ in REGION_WORDS:
        m.region_word = doc[j].lower_
    elif _front_of(doc, j) and any(e.is_admin1 for e, _ in m.candidates):
        # "the Zaporizhia front", "the Donetsk-Luhansk frontline": a front runs through a
        # region, never through its seat (read47, read48: strikes along it at the cities)
        m.region_word = "oblast"
    elif j + 2 < len(doc) and doc[j].text in ("-", "\u2013") and _is_cap(doc[j + 1]) \
            and (doc[j + 2].lower_ in REGION_WORDS or _front_of(doc, j + 2)) \
            and any(e.is_admin1 for e, _ in m.candidates):
        m.region_word = "oblast"
    elif j + 2 < len(doc) and doc[j].text in ("-", "\u2013") and _is_cap(doc[j + 1]) \
            and doc[j + 2].lower_ in REGION_WORDS:
        # "the Kharkiv-Donetsk Oblast border": the region word is both names' (a border
        # between two oblasts, never the city of Kharkiv)
        m.region_word = doc[j + 2].lower_
    elif j + 1 < len(doc) and doc[j].lower_ in ("border", "frontier", "front", "northern",
                                                 "southern", "eastern", "western", "central") \
            and doc[j + 1].lower_ in REGION_WORDS:
        m.region_word = doc[j + 1].lower_
    elif j + 4 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "not" and \
            _is_cap(doc[j + 2]) and doc[j + 3].lower_ in REGION_WORDS and \
            any(e.is_admin1 for e, _ in m.candidates):
        # "Rubizhne (in Kharkiv, not Luhansk Oblast)": the region word is both names' (read119,
        # read130: the text's own correction lost to the city of Kharkiv)
        m.region_word = doc[j + 3].lower_
    elif _between_regions(doc, i, j):
        # "the Mykolaiv-Kherson administrative border": two oblasts' boundary (read16: it was
        # fighting at Kherson city)
        m.region_word = "oblast"
    elif _before_peoples_republic(doc, j):
        # "the territory of the Luhansk People's Republic": the proxy republic's ground is the
        # oblast's, never the city (read16); "the Donetsk and Luhansk People's Republics"
        m.region_word = "oblasts" if doc[j + 2].lower_ == "republics" else "oblast"
    if j < len(doc) and doc[j].lower_ in COMMUNITY_WORDS:
        # "the Zelenodolsk Hromada": a Ukrainian community named for the town at its centre,
        # near it (read22: strikes on one went to the oblast, 144 km off)
        m.settlement_cue = m.near = True
    if j < len(doc) and doc[j].lower_ in SETTLEMENT_WORDS and doc[j].lower_ != "outskirts":
        m.settlement_cue = True
        # read21: "Mykolaiv City" names the city, not a village that bears the name
        m.city = doc[j].lower_ == "city"
    k = j
    while k < len(doc) and k < j + 3 and doc[k].lower_ in _INFRA_FILLERS:
        k += 1
    # "the Saky Air Base": read as "airbase"
    air_base = k < len(doc) and k > j and doc[k].lower_ == "base" and doc[k - 1].lower_ == "air"
    # "the Hostomel airport", "the Kerch Strait Bridge" (also as "Kerch Strait" + "Bridge");
    # a capitalised "Newark Airport", "Kennedy Airport" is a facility's own name (often a
    # person's) as often as a place's; but a military airbase is named for its town
    # ("Chuhuiv Airbase"), and so is an airport named by an admin seat ("Mykolaiv Airport":
    # issue 13, seventh session)
    if k < len(doc) and (doc[k].lower_ in INFRASTRUCTURE_WORDS or air_base) and (
            k > j or not _is_cap(doc[k]) or doc[j - 1].lower_ in _INFRA_FILLERS
            or doc[k].lower_ in MILITARY_INFRA or air_base or any(
                kind != DERIVED and e.fcode in ("PPLA", "PPLA2", "PPLC")
                for e, kind in m.candidates)):
        # the kind words, for the facility of that name (geo/facilities.py)
        m.facility = doc[j:k + 1].text
        if any(e.fclass in ("P", "A", "H") for e, _ in m.candidates):
            # named for a town, a region or water ("Kerch Strait")
            m.infrastructure = "airbase" if air_base else doc[k].lower_
            m.near = True
        elif any(e.fcode in FACILITY_CODES for e, _ in m.candidates):
            # a name only a facility of its own bears ("the Azovstal Steel Plant", GeoNames'
            # Port Azovstali with "Azovstal" among its names) is that facility's own spot
            # (read15: six Mariupol events of 2022-05-09..11 had no place)
            m.infrastructure = "airbase" if air_base else doc[k].lower_
    if j < len(doc) and doc[j].lower_ in WATER_WORDS and (
            doc[j].lower_.startswith("river") or _is_cap(doc[j])):
        # "the Kakhovka Reservoir" is water; "New Concord reservoir" is the town's
        m.water = True
    elif j < len(doc) and doc[j].lower_ in WATER_WORDS and \
            _MEASURED_AFTER.match(doc.text, doc[j].idx + len(doc[j].text)):
        # "the X reservoir, 3km east of Y": a water body the writer places from another
        # place, no town's own reservoir (read229: the coast of a reservoir went to the town
        # of its name, 100 km from the point the text gave)
        m.water = True
    elif j - i >= 2 and doc[j - 1].lower_ in WATER_WORDS and _is_cap(doc[j - 1]) and \
            not any(e.is_settlement and kind == MAIN for e, kind in m.candidates):
        # "the Red River" matched through a namesake's stem (Red River Parish): the river;
        # a town's own name stays a town ("Fall River")
        m.water = True
    elif j + 1 < len(doc) and _is_cap(doc[j]) and doc[j].is_alpha and \
            doc[j + 1].lower_ in WATER_WORDS and _is_cap(doc[j + 1]) and \
            doc[j].lower_ not in REGION_WORDS:
        # "the Siverskyi Donets River": the first word of a river's two-word name that the
        # gazetteer lacks names the river, not a village of that name (issue 13)
        m.water = True
    elif i >= 3 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "of" and \
            doc[i - 3].lower_ in _SHORE_WORDS:
        # "the west bank of the Dnipro": the river's bank, not the city (read90)
        m.water = True
    elif i > 0 and doc[i - 1].text in ("Lake", "Lakes") and not doc[i - 1].is_sent_start:
        # "near Lake Vermont": the lake, never the state; the span takes the word in
        m.water = True
        m.tok_start = i - 1
        m.start = doc[i - 1].idx
        m.text = doc[i - 1:j].text
        m.key = key(m.text)


# a distance or a bearing from another place right after a word: ", 3km east of",
# " (northwest of"
_MEASURED_AFTER = re.compile(
    r"\s*[(,]\s*(?:(?:about|approximately|roughly|some|nearly|just|around|directly|due)\s+)?"
    r"(?:\d{1,3}(?:\.\d)?\s?(?:km|kilometers|kilometres)\s+)?(?:to\s+the\s+)?" + COMPASS +
    r"\s+of\b", re.IGNORECASE)


# what a river has: "the left bank of the X", "the shores of the Y"
_SHORE_WORDS = {"bank", "banks", "riverbank", "riverbanks", "shore", "shores"}


def _names_facility(m: Mention) -> bool:
    """Whether the span is a facility's own name as the gazetteer holds it ("Antonov
    Airport", "the Zaporizhya Nuclear Power Plant" in another romanisation): two words or
    more, naming only kept facilities (class S)."""
    return m.tok_end - m.tok_start >= 2 and bool(m.candidates) and all(
        e.fclass == "S" for e, _ in m.candidates)


def _weigh(m: Mention, doc, ents, lower_words: set[str], surnames: frozenset = frozenset(),
           orgs: frozenset = frozenset()) -> None:
    """Sum the evidence that the span names a place (score > 0 keeps it)."""
    i, j = m.tok_start, m.tok_end
    score = 0.0
    ent = ents.get(i)
    covers = ent is not None and ent.start <= i and ent.end >= j
    if covers and ent.start == i and ent.end == j + 1 and ent.label_ != "ORG" and \
            doc[j].lower_ in ("'s", "\u2019s"):
        # "Sri Lanka's former president", "Donetsk's outskirts": spaCy takes the possessive
        # into a PERSON entity; the name is the whole entity, not a piece of a longer name
        # (an ORG keeps it: "McDonald's")
        from spacy.tokens import Span

        ent = Span(doc, i, j, label=ent.label_)
    if covers and ent.label_ == "PERSON" and any(
            t.lower_ in _NOT_IN_NAMES for t in doc[ent.start:ent.end]):
        # "Chuhuiv Airbase", "Shelled Lysychansk": a person's name holds no facility word
        # and no past-tense verb; spaCy's PERSON on a headline is a facility's name (an
        # organisation's, for the rules below) or a clause, whose verb is no part of it
        ent = _past_clause_verbs(doc, ent, i, "ORG")
    elif covers and ent.start < i and doc[ent.start].lower_ in _CLAUSE_VERBS:
        # "Shelled Kharkiv Cadet Corps Military Institute" as one ORG: the headline's verb
        # is no part of the name, which starts with the city (CIR: the city lost)
        ent = _past_clause_verbs(doc, ent, i, "ORG" if ent.label_ == "PERSON" else ent.label_)
    if covers and ent.start < i and j - i >= 1 and _before(doc, i) in LOCATIVE_CUES and \
            ent.label_ in NONPLACE_LABELS:
        # "the Tsentr Bus Station in Donetsk" taken as one LAW, "the school in Pisky" as one
        # ORG: a preposition of place inside an entity ends the name it belongs to; the name
        # after it is where that thing is (issue 13)
        from spacy.tokens import Span

        ent = Span(doc, i, ent.end, label=ent.label_) if ent.end > j else None
        covers = ent is not None
        m.reasons.append("after-locative-in-entity")
    label = ent.label_ if covers else ""
    if label in _DOUBTED_LABELS and ent.start == i and ent.end == j and j - i == 1 and \
            _before(doc, i) in LOCATIVE_CUES and not (
                j < len(doc) and (doc[j].lower_ in ("'s", "\u2019s") or _is_cap(doc[j]))):
        # "in Horenka" (EVENT), "over Vasylkiv" (NORP), "in Pisky" (PERSON): one word that
        # spaCy's small model labels a person, a people or an event right after a
        # preposition of place is a place name it does not know; the label counts for
        # nothing (issue 13)
        label = ""
        m.reasons.append(f"doubted:{ent.label_}")
    m.ner = label
    prev = _before(doc, i)
    if m.candidates and all(kind == DEMONYM for _, kind in m.candidates):
        # "Egyptian troops", "the Palestinians": a country named by its people (LGL tags
        # these; GeoVirus does not, and the pipeline keeps them as context only: see
        # resolve.ResolveOptions.demonyms). Not inside a person's name or a title ("The
        # English Patient")
        m.demonym = True
        bad = (ent is not None and ent.label_ in ("WORK_OF_ART", "EVENT", "PRODUCT", "LAW")) \
            or prev == "-"  # "African-American"; spaCy's PERSON ("Sri Lankan interests") is
        # too often wrong to count against
        m.score = -1.0 if bad else 1.0
        m.reasons.append("demonym")
        return
    # gazetteer prominence
    best = 0.0
    for e, kind in m.candidates:
        if e.is_country or e.fcode == "CONT":
            p = 2.0
        elif e.is_admin1:
            p = 2.0 if kind != 2 else 0.8
        elif e.fcode == "ADM2" and kind != MAIN and e.cc == "US":
            # "Jones" for Jones County: a US county's stem (most are named for people) is
            # no evidence of a place (its population, the sum of its towns', would make
            # every surname prominent); a raion's stem is its seat's name ("Volnovakha")
            p = 0.3
        elif e.population >= 100_000:
            p = 1.5
        elif e.population >= 10_000:
            p = 1.0
        elif e.population >= 1000:
            p = 0.6
        else:
            p = 0.3
        best = max(best, p)
    score += best
    m.reasons.append(f"prior:{best}")
    if _names_facility(m):
        # "the Kerch Strait Bridge", "the Kherson International Airport": a facility's own
        # name (geo/facilities.py), which the tagger calls FAC or ORG as often as not
        score += 2.0
        m.reasons.append("facility-name")
        label = ""
    if label in PLACE_LABELS and not m.infrastructure and \
            (ent.end - ent.start) > (j - i) and not any(
            t.lower_ in ("and", ",", "or") for t in doc[ent.start:ent.end]) and ent.end > j \
            and not _names_a_line(doc, j) and not _in_named_chain(doc, i, j):
        score -= 1.0  # a piece of a longer place name: "Siverskyi" in "the Siverskyi Donets River"
        m.reasons.append(f"part-of:{label}")
        if j - i == 1 and m.text.lower() in _NAME_HEADS:
            # "Nova" of "Nova Kakhkovka", a spelling the gazetteer lacks: the first word of
            # a two-word name is no place of its own (read196: a village "Nova" 400 km off);
            # the whole name goes to the close spellings
            score -= 3.0
            m.reasons.append("head-of-name")
    elif label in PLACE_LABELS:
        score += 2.0 if label != "FAC" else 0.5
        m.reasons.append(f"ner:{label}")
    elif label in NUMERIC_LABELS and _no_date_in(ent, i, j):
        m.reasons.append(f"ner-slip:{label}")  # "near Rakivka" as a DATE (read135: lost)
    elif label in NUMERIC_LABELS:
        score -= 3.0
        m.reasons.append(f"ner:{label}")
    elif label == "NORP":
        adjectival = m.text.endswith(("an", "ese", "ish", "ic", "i", "ans", "ians")) or \
            any(t.pos_ == "ADJ" for t in doc[i:j])
        # (a prominent place that is no country's demonym keeps little of the penalty:
        # Ukrainian names end in adjectival -yi, "the Khmelnytskyi substation")
        # (a place's cue before it outweighs an ending that only looks like a people's:
        # "just east of Zalyman", read49: the anchor was lost, and its village went 83 km off)
        # (and so does a lower-case facility noun after it: "Beryslav medical college
        # dormitory damaged" is the town's college; CIR: the town lost to NORP)
        cued = any(r.startswith("cue:") for r in m.reasons) or (
            _before_facility_noun(doc, j) and any(e.is_settlement for e, _ in m.candidates))
        score -= 3.0 if adjectival and not m.region_word and best < 1.5 and not cued else 0.5
        m.reasons.append("ner:NORP")
    elif label in NONPLACE_LABELS and m.infrastructure and label in ("ORG", "FAC"):
        m.reasons.append(f"ner:{label}")  # "the Kerch Strait Bridge" ORG: named for a place
    elif label in NONPLACE_LABELS and _in_named_chain(doc, i, j):
        # "in the Velyki Prokhody-Pytomnyk direction", "the directions of A-B-C-D" as the
        # tagger's ORG: the names are the line's ends, places (read104, read113: lost)
        score += 1.0
        m.reasons.append("line-end")
    elif label in NONPLACE_LABELS and _before_peoples_republic(doc, j):
        m.reasons.append(f"ner:{label}")  # "the Luhansk People's Republics", any label
    elif label in NONPLACE_LABELS:
        # (an entity that runs over a finite verb is a tagger's slip, no name: "the Armed
        # Forces of the Donetsk People's Republic attacked Avdiivka" as one ORG, read25)
        list_like = any(t.lower_ in ("and", ",") or (t.pos_ in ("VERB", "AUX") and t.tag_ in (
            "VBD", "VBZ", "VBP")) for t in doc[ent.start:ent.end])
        # (a name's own region word is no longer name: "Rostov Oblast" tagged PERSON, read22)
        own_region = ent.start == i and ent.end == j + 1 and bool(m.region_word) and \
            doc[j].lower_ in REGION_WORDS
        # (nor a name the writer places by a bearing right after it: "assaults from A on
        # B (west of X)" as one ORG, read156: B lost)
        if (ent.end - ent.start) > (j - i) and not list_like and not own_region and \
                not _BEARING_AFTER.match(doc[j:min(len(doc), j + 14)].text):
            # part of a longer name: "George Washington" is no place; "Georgia Bureau of
            # Investigation", "Athens Police Department" still say where
            # the organisation's name starts with the place; spaCy puts the article inside
            # the entity, which counts for a jurisdiction's public body ("the Texas Forest
            # Service", "the Henderson County Commissioners Court")
            # (so does a city's: "the Lysychansk City Council", CIR: the city lost)
            starts = ent.start == i or (ent.start == i - 1 and doc[ent.start].lower_ == "the"
                                        and (_jurisdiction(m) or m.city)) or \
                _institution_of(m, doc, best)
            # a war named for a country or a region ("the Vietnam war", "the Iraq War") is
            # about that place as a public body's name is about its jurisdiction
            # (and a city's facility the tagger took for a person: "Mariupol Drama theatre
            # destroyed", a PERSON "Mariupol Drama"; CIR: the city lost)
            score -= 0.5 if starts and (label in ("ORG", "FAC") or (
                label == "EVENT" and any(e.is_country or e.is_admin1 for e, _ in m.candidates))
                or _town_facility(doc, j, best)) else 2.5
            m.reasons.append(f"inside:{label}")
        elif label != "ORG":  # a town's name often stands for its council or police
            score -= 0.3
            m.reasons.append(f"ner:{label}")
    if not label and _in_named_chain(doc, i, j):
        # (and untagged: "from the Nova Kamianka-Dudchany line towards X", read188: both ends
        # lost, the tagger naming neither)
        score += 1.0
        m.reasons.append("line-end")
    if all(w in DIRECTION_WORDS for w in m.key.split()) and not (
            j < len(doc) and doc[j].lower_ in REGION_WORDS):
        # "South", "South West", "Western", "Central": regions of Cameroon, Sri Lanka,
        # Ghana... by name, but in English text a direction, or a piece of a longer name
        # ("South West England", "Western Kasai", "the American South", "Central and
        # South America"); only a region word after it makes it the region ("the Western
        # Province")
        score -= 3.0
        m.reasons.append("direction")
    if j - i == 1 and label not in PLACE_LABELS and not m.region_word and _county_only(m):
        # a bare word that only second-level regions bear ("Nadia", an Indian district,
        # "Light", an Australian one): NER's word that it is a place, or a region word,
        # is needed ("in Suffolk", "Devon and Cornwall" are GPEs)
        score -= 1.0
        m.reasons.append("county-only")
    if j - i == 1 and m.key in REGION_WORDS and i > 0 and (
            doc[i - 1].lower_ in ("'s", "\u2019s") or (
                _is_cap(doc[i - 1]) and not doc[i].is_sent_start)):
        # "the Donetsk People's Republic", "the Islamic Republic", "Western Cape Province":
        # a bare region word after a name or a possessive is that name's last word (its
        # kind), never the town that bears the word ("Republic", Missouri) (issue 13)
        score -= 3.0
        m.reasons.append("region-word-of-name")
    if j - i >= 2 and not any(r.startswith(("inside", "part-of")) for r in m.reasons):
        score += 0.5  # a multi-word name that the gazetteer holds is rarely an accident
    if m.region_word:
        score += 2.0
        m.reasons.append(f"region:{m.region_word}")
    elif any(t.lower_ in REGION_WORDS for t in doc[i + 1:j]):
        score += 1.5  # the name says what it is: "Henderson County", "Kharkiv Oblast"
        m.reasons.append("region-name")
    if m.settlement_cue:
        score += 2.0
    elif any(r.startswith("cue:") for r in m.reasons):
        score += 1.5
    elif prev in NEAR_CUES:
        score += 1.5
    elif prev in WEAK_CUES:
        score += 0.5
    elif prev in _SIDE_WORDS and _before(doc, i, 2) in WEAK_CUES | NEAR_CUES:
        score += 1.5  # "in northern Rubizhne", "in central Kharkiv": a side of a place
        m.reasons.append("cue:side")
    if _before_facility_noun(doc, j) and any(e.is_settlement for e, _ in m.candidates):
        score += 1.0  # "the Makariv cultural center", "Okhtyrka railway station"
        m.reasons.append("facility-of-town")
    if prev.rstrip(".") in PERSON_TITLES:
        score -= 3.0
        m.reasons.append("title")
    if m.infrastructure:
        score += 1.0  # "the Hostomel airport": the airport is at Hostomel
        m.reasons.append(f"infrastructure:{m.infrastructure}")
    elif _institution_of(m, doc, best):
        # "Kharkiv University", "Hartford Hospital": an institution named for a city (of
        # 100,000 people or more, or a region) is in it; a small namesake's is more often a
        # person's ("Harvard University", "Stanford University") (issue 13, seventh session)
        score -= 0.5
        m.reasons.append("institution")
    elif j < len(doc) and doc[j].lower_.rstrip(".") in FACILITY_WORDS and _is_cap(doc[j]) \
            and _numbered(doc, j + 1) and any(e.is_settlement for e, _ in m.candidates):
        # "Krasnohorivka School 2", "School No. 3": a town's numbered school or lyceum is
        # named for the town, not for a person (issue 13)
        score += 0.5
        m.reasons.append("numbered-facility")
    elif j < len(doc) and doc[j].lower_.rstrip(".") in FACILITY_WORDS and _is_cap(doc[j]):
        score -= 3.0  # "Orchard St.", "Lincoln High", "Jackson Memorial Hospital"
        m.reasons.append("facility")
    elif j < len(doc) and _is_cap(doc[j]) and doc[j].lower_ not in REGION_WORDS \
            and not _before_peoples_republic(doc, j) \
            and doc[j].ent_type_ not in PLACE_LABELS and doc[j].whitespace_ is not None \
            and not doc[j].is_sent_start and not (
                "inside:ORG" in m.reasons and (_jurisdiction(m) or m.city)):
        # (a public body is named for its jurisdiction: "the Texas Forest Service",
        # "Henderson County Commissioners Court" name the state and the county; the
        # longer name was counted already above)
        score -= 0.5  # "Nova Poshta", "Dniprovskyi Market": maybe part of a longer name
        m.reasons.append("before-cap")
    if _vessel(doc, i, j):
        score -= 5.0  # "the landing ship Saratov", "the Orsk large landing ship": a ship
        m.reasons.append("vessel")
    if m.text.lower() in FORMATION_NOUNS and i > 0 and (
            doc[i - 1].text[:1].isupper() or doc[i - 1].like_num
            or re.match(r"\d+(st|nd|rd|th)$", doc[i - 1].text)):
        score -= 5.0  # "the Black Sea Fleet", "the 1st Guards Tank Army": a formation
        m.reasons.append("formation")
    if j - i == 1 and j < len(doc) and _day_number(doc[j].text) and _month_typo(m.text):
        score -= 5.0  # "on Mach 28": a month's name mistyped before a day (read200: Mach,
        m.reasons.append("date-typo")  # Balochistan, and a recapture there)
    if _quoted_formation(doc, i, j):
        score -= 5.0  # "the DNR 'Vostok' Battalion": a formation's name (read198: a town in
        m.reasons.append("formation")  # Primorye, and a battle there)
    if _named_weapon(doc, j) or _before_weapon(doc, j) and (
            _weapon_word(doc, j) in _WEAPON_ONLY or not any(
                (e.population >= 200_000 and kind == MAIN) or e.is_country or e.is_admin1
                for e, kind in m.candidates)):
        # "Tochka missile", "Orion-E UAV", "Kilo class sub", "Molotov cocktails" (Perm's
        # former name: only a city's own name may head "Odesa missile strike"); "Phoenix
        # Ghost drones" (a name's first word, whatever city shares it)
        score -= 3.0
        m.reasons.append("weapon")
    if j - i == 1 and len(m.text) <= 3 and _designation_after(doc, j):
        score -= 3.0  # "Su 25", "Mi-8", "Ka-52": an aircraft's or a tank's designation
        m.reasons.append("designation")
    if j < len(doc) and doc[j].lower_ in DISEASE_WORDS:
        score -= 3.0  # "Marburg virus", "West Nile fever": named after a place, not one
        m.reasons.append("disease")
    if m.text.isupper() and len(m.text) <= 4 and \
            not any(e.is_country or e.is_admin1 for e, _ in m.candidates):
        score -= 3.0  # acronyms: "UN", "FAO", "HIV"
        m.reasons.append("acronym")
    if j - i == 1 and _abbreviation(m.text) and not m.text.isupper() and \
            not any(e.is_country or e.is_admin1 for e, _ in m.candidates):
        score -= 3.0  # a mixed-case abbreviation: "MoD", "DoD" (an institution's)
        m.reasons.append("abbreviation")
    if _abbreviates_before(doc, i, j) and not any(e.is_country for e, _ in m.candidates):
        # "the Russian Ministry of Defense (MoD)", "the Zaporizhia Thermal Power Plant
        # (ZTPP)": the letters in brackets spell the name before them, whose short form
        # they are (issue 13)
        score -= 3.0
        m.reasons.append("abbreviates")
    if not m.region_word and (m.text in orgs and best < 1.5 or (
            ("~" + m.text) in orgs and best <= 0.6)):
        # "the Wagner Group ... servicemen from Wagner": the text names an organisation so
        # (issue 13); a prominent place heads its own bodies ("the Kharkiv Group")
        score -= 2.5
        m.reasons.append("organisation")
    if j - i == 1 and m.key in _INFRA_FILLERS and j < len(doc) and (
            doc[j].lower_ in INFRASTRUCTURE_WORDS or doc[j].lower_ in _INFRA_FILLERS):
        score -= 3.0  # "the Vuhlehirska Thermal Power Plant", "Lysychansk Oil Refinery"
        m.reasons.append("facility-kind")
    if _tail_of_name(doc, i) and best <= 0.6 and not (m.region_word or m.settlement_cue) and \
            all(e.fclass == "P" for e, _ in m.candidates):
        # "the Southern Axis", "Slovyansk Axis", "the Butivka Coal Mine": a later word of a
        # longer capitalised name that the gazetteer lacks, matching only a small namesake
        # (Axis, Alabama; "Coal Mine", a former name), is that name's kind (issue 13)
        score -= 2.5
        m.reasons.append("tail-of-name")
    if i >= 2 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_ and \
            not doc[i - 2].whitespace_ and doc[i - 2].lower_ in _NAME_PREFIXES:
        # "Novo-Lenino": a name's prefix glued on by a hyphen makes another place than the
        # name after it (read157: Lenino, a village 150 km off)
        score -= 4.0
        m.reasons.append("tail-of-name")
    if j - i == 1 and best < 2.0 and _first_name_in_list(doc, i, j):
        score -= 2.0  # "Mason Clark, George Barros, and ...": a person among persons
        m.reasons.append("first-name")
    if j - i == 1 and best <= 0.6 and _heads_formation(doc, j) and \
            all(e.fclass == "P" for e, _ in m.candidates):
        score -= 3.0  # "the Baltic and Northern Fleets", "Baltic Fleet": a formation's name
        m.reasons.append("formation-name")
    low_text = m.text.lower()
    if m.text in surnames:
        score -= 2.0  # "Tim Pawlenty ... Pawlenty said"
        m.reasons.append("surname")
    elif j - i == 1 and best < 1.5 and doc[i].dep_ == "nsubj" and \
            doc[i].head.lemma_.lower() in _SPEECH_VERBS and low_text.endswith(_SURNAME_ENDS):
        # "Litvinov reported that ...": one name with a surname's ending that speaks is a
        # person, unless a city big enough to stand for its government ("Moscow claimed");
        # read193: a Czech town, and the strike it reported placed there. (A district that
        # "reported 10 cases" stays the place it is.)
        score -= 3.0
        m.reasons.append("speaker")
    low = m.text.lower()
    if m.text.endswith(".") and len(m.text) <= 6 and prev != "," and \
            not any(e.is_country for e, _ in m.candidates) and not _INITIALS.match(m.text):
        score -= 3.0  # "Ky.", "Mass." name a state only in "Louisville, Ky."
        m.reasons.append("abbrev-no-comma")
    if j - i == 1:
        tok = doc[i]
        if (tok.is_stop and not tok.text.isupper()) or low in COMMON_WORDS or low in WAR_NOUNS:
            score -= 3.0
            m.reasons.append("common")
        elif low in lower_words:
            score -= 1.5  # the doc uses the word in lower case too: "mobile home"
            m.reasons.append("lower-elsewhere")
        if (tok.is_sent_start or (i > 0 and doc[i - 1].is_punct
                                  and doc[i - 1].text not in (",", ";"))) \
                and tok.pos_ != "PROPN" and label not in PLACE_LABELS:
            # "Tank firing at ...": a capitalised common noun. After a comma a capital
            # is a name's ("Destroyed cars in a parking space, Kharkiv"). A prominent
            # place (a city of 100,000, a region, a country) is rarely an English common
            # noun (those are COMMON_WORDS) when spaCy takes it for a noun or names an
            # organisation by it ("Mariupol police station damaged", tagged an adjective
            # and an ORG); an adjective or a verb stays suspect ("Nice work", "Reading it")
            # (a prominent name before a facility's or a weapon's noun is a modifier of
            # place, whatever its tag: "Odesa missile strike", "Kharkiv university hit")
            # (a settlement's name before a lower-case facility noun is that facility's
            # town whatever its size: "Okhtyrka railway station destroyed")
            score -= 0.5 if (best >= 1.5 and (tok.pos_ == "NOUN" or label == "ORG" or
                                              _before_facility_noun(doc, j) or
                                              _weapon_word(doc, j))) or (
                "facility-of-town" in m.reasons) else 2.0
            m.reasons.append("initial-common")
        if tok.text.isupper() and len(tok.text) > 3:
            score -= 0.5  # all-caps headings and acronyms
        if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and _is_cap(doc[i + 1]) \
                and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].lower_ not in _NOT_IN_NAMES \
                and not _town_facility(doc, j, best) and label != "ORG":
            score -= 1.5  # a first name: "Jackson Browne"
    if _dateline(doc, i, j) and any(e.is_settlement for e, _ in m.candidates):
        # "TORRINGTON — City Council tentatively approved...": a news dateline names the
        # town the story is from, whatever the casing did to NER and the POS tags
        score = max(score, best + 2.0)
        m.reasons.append("dateline")
    m.score = score - THRESHOLD


# Common nouns of facilities and of a town's people, written in lower case after the name
# of the town they are in or of: "the Makariv cultural center", "Okhtyrka railway station",
# "Mariupol residents" (a person's name rarely stands before these in lower case)
FACILITY_NOUNS = frozenset("""school schools college university hospital station depot market
substation checkpoint theatre theater museum church monastery lyceum gymnasium stadium library
center centre residents factory plant zoo""".split())


# First words of two-word East Slavic place names ("Nova Kakhovka", "Velyka Novosilka")
_NAME_HEADS = frozenset({"nova", "novyi", "novi", "nove", "novo", "velyka", "velykyi", "velyki",
                         "velyke", "mala", "malyi", "mali", "male", "stara", "staryi", "stari",
                         "stare", "nyzhnia", "nyzhnii", "verkhnia", "verkhnii", "krasnyi",
                         "krasna", "chervona", "chervonyi", "bila", "bilyi", "zelenyi",
                         "zelena", "vilna", "vilnyi"})
# The first parts of East Slavic place names written with a hyphen ("Novo-Lenino",
# "Staro-Beshevo", "Ust-Ilimsk" is one name the gazetteer holds whole)
_NAME_PREFIXES = frozenset({"novo", "staro", "verkhne", "verkhnyo", "nizhne", "nyzhnyo",
                            "velyko", "malo", "krasno", "ust"})


# Reasons of the evidence sum that say what a span is instead of a place
_NOT_A_PLACE = frozenset({"abbreviation", "abbreviates", "organisation", "facility-kind",
                          "tail-of-name", "first-name", "formation-name", "formation",
                          "weapon", "vessel", "speaker", "section-of-another-city",
                          "head-of-name", "date-typo"})


def _abbreviation(text: str) -> bool:
    """Whether a word has an abbreviation's shape: two to five letters, two capitals or more,
    ending in a capital or with more capitals than small letters ("MoD", "NGOs")."""
    if not _ABBREV.match(text):
        return False
    up = sum(c.isupper() for c in text)
    return up >= 2 and (text[-1].isupper() or up > len(text) - up)


def _abbreviates_before(doc, i: int, j: int) -> bool:
    """Whether doc[i:j] stands alone in brackets right after a capitalised name whose
    initials its capitals spell: "the Russian Ministry of Defense (MoD)"."""
    if j - i != 1 or i < 2 or j >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
        return False
    caps = [c for c in doc[i].text if c.isupper()]
    if len(caps) < 2:
        return False
    initials = []
    k = i - 2
    while k >= 0 and len(initials) < len(caps):
        t = doc[k]
        if _is_cap(t):
            initials.append(t.text[0])
        elif t.lower_ not in _JOINERS:
            break
        k -= 1
    return initials[::-1] == caps


def _org_names(doc) -> frozenset:
    """Single capitalised words that the text writes before an organisation's noun ("the
    Wagner Group", "Wagner PMC"), not before "of" ("Group of Forces")."""
    out = set()
    for t in doc[1:]:
        k = t.i
        if t.lower_ in ORG_NOUNS and (_is_cap(t) or t.text.isupper()) and \
                not (k + 1 < len(doc) and doc[k + 1].lower_ == "of"):
            prev = doc[k - 1]
            if _is_cap(prev) and prev.is_alpha and not (
                    k >= 2 and _is_cap(doc[k - 2]) and doc[k - 2].is_alpha
                    and not doc[k - 2].is_stop):
                out.add(prev.text)
        elif t.lower_ in MEMBER_NOUNS and t.text.islower():
            prev = doc[k - 1]
            if _is_cap(prev) and prev.is_alpha and prev.pos_ == "PROPN" and \
                    prev.ent_type_ not in PLACE_LABELS | {"NORP"} and not (
                        k >= 2 and _is_cap(doc[k - 2]) and doc[k - 2].is_alpha):
                out.add("~" + prev.text)  # weaker: only a small place's namesake
    return frozenset(out)


# Nouns of places whose examples follow "including" or "such as" ("shelled settlements in X
# Oblast, including A, B, and C"; "areas such as A and B"): each example is a settlement
# (read26: four list items that spaCy tagged PERSON had no place, and their shelling none).
_PLACE_NOUNS = frozenset({"settlement", "village", "town", "city", "area", "locality",
                          "community", "position", "frontline", "suburb", "hamlet", "place"})


def _included_in_places(doc, i: int) -> bool:
    """Is token ``i`` the first name after "including"/"such as" whose head is a noun of
    places ("settlements ..., including X")?"""
    k = i - 1
    while k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0:
        return False
    cue = doc[k]
    if cue.lower_ == "as" and k > 0 and doc[k - 1].lower_ == "such":
        head = doc[k - 1].head if doc[k - 1].head.i != k else cue.head
    elif cue.lower_ == "including":
        head = cue.head
    else:
        return False
    # (or a place's own name the parse hangs the list on: "shelling areas west of Slovyansk
    # including A, B, and C", read63: the five villages had no place)
    if head.lemma_.lower() in _PLACE_NOUNS and head.pos_ == "NOUN":
        return True
    if head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _PLACE_NOUNS
                                   for c in head.children):
        # "shelled settlements north of X, including A and B": the parse hangs the list on
        # the verb whose object the places are (read186: A and B lost as organisations)
        return True
    bearing = head.head.head if head.dep_ == "pobj" else None
    return head.pos_ == "PROPN" and bearing is not None and \
        re.fullmatch(COMPASS, bearing.lower_) is not None


def _place_cue(m: Mention, doc, taken: list[bool] | None = None) -> bool:
    """Whether the words around a name say it may be a place: a preposition before it (past
    "the"), a comma or "and" of a list ("Mykolaivka, Yasylivka, and ..."), a region or
    settlement word, "near". A name that a sentence starts with, or that follows a noun
    ("outlet Meduza") or a verb ("ordered Shoigu"), has none."""
    if m.near or m.settlement_cue or m.region_word:
        return True
    k = m.tok_start
    prev = _before(doc, k)
    if prev == "the":
        prev = _before(doc, k, 2)
    if prev in LOCATIVE_CUES | NEAR_CUES | WEAK_CUES | {","}:
        return True
    j = m.tok_end
    if _before_facility_noun(doc, j):
        return True  # "the Nova Kakhova bridge"
    # a list with a place the gazetteer found: "Kremmina and Starobilsk"
    k = j
    while k < len(doc) and k < j + 2 and doc[k].lower_ in (",", "and", "or"):
        k += 1
    if taken is not None and j < k < len(doc) and taken[k]:
        return True
    # the writer's offset after it: "Verkhnokamyanske (about 8 km east of Siversk)"
    return j + 1 < len(doc) and doc[j].text == "(" and (
        doc[j + 1].like_num or doc[j + 1].text[:1].isdigit()
        or doc[j + 1].lower_ in ("about", "approximately", "roughly"))


def _tail_of_name(doc, i: int) -> bool:
    """Whether token i continues a capitalised name: the word before it is a capitalised
    proper noun or direction, not a stop word or a cue ("In", "Near" at a sentence's start),
    not a verb of a headline ("Destroyed Darivka bridge"), not a people's adjective
    ("Russian"), with no punctuation between, and token i starts no sentence."""
    if i == 0 or doc[i].is_sent_start:
        return False
    p = doc[i - 1]
    return _is_cap(p) and p.is_alpha and not p.is_stop and p.ent_type_ != "NORP" and \
        (p.pos_ == "PROPN" or p.lower_ in DIRECTION_WORDS) and p.lower_ not in _CLAUSE_VERBS and \
        p.lower_ not in INFRASTRUCTURE_WORDS | FACILITY_WORDS | WAR_NOUNS and \
        p.lower_ not in WEAK_CUES | NEAR_CUES | LOCATIVE_CUES and \
        p.lower_.rstrip(".") not in PERSON_TITLES and bool(p.whitespace_)


def _first_name_in_list(doc, i: int, j: int) -> bool:
    """Whether the name and the capitalised word after it are a person's two names in a
    list of persons: "Mason Clark, George Barros, and ...", "George Barros and Mason Clark"
    (the item after or before it is a PERSON)."""
    if j + 1 >= len(doc) or not (_is_cap(doc[j]) and doc[j].is_alpha) \
            or doc[j].lower_ in REGION_WORDS or doc[j].ent_type_ in PLACE_LABELS \
            or doc[j + 1].ent_type_ == "PERSON":
        # (a person after the two words makes the second a title: "Litchfield Selectman
        # Marsha Bernstein")
        return False
    k = j + 1
    while k < len(doc) and k < j + 3 and doc[k].lower_ in (",", "and"):
        k += 1
    if k > j + 1 and k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
        return True
    k = i - 1
    while k >= 0 and k > i - 3 and doc[k].lower_ in (",", "and"):
        k -= 1
    return k < i - 1 and k >= 0 and doc[k].ent_type_ == "PERSON" and (
        k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")


def _heads_formation(doc, j: int) -> bool:
    """Whether a formation's noun follows the name, capitalised, directly or after "and" and
    another capitalised word: "Baltic Fleet", "the Baltic and Northern Fleets"."""
    k = j
    if k + 2 < len(doc) and doc[k].lower_ == "and" and _is_cap(doc[k + 1]):
        k += 2
    if k >= len(doc) or not (_is_cap(doc[k]) or k > j):
        return False  # (the plural of a list may be in small letters: "Baltic and Northern fleets")
    w = doc[k].lower_
    return w in FORMATION_NOUNS or (w.endswith("s") and w[:-1] in FORMATION_NOUNS)


def _day_number(text: str) -> bool:
    """Is the token a day of a month ("28", "3rd")?"""
    digits = text.rstrip(".,").removesuffix("st").removesuffix("nd").removesuffix("rd") \
        .removesuffix("th")
    return digits.isdigit() and 1 <= int(digits) <= 31


def _month_typo(text: str) -> bool:
    """Is the word a month's name written one letter off ("Mach", "Apirl", "Ferbuary")?"""
    low = text.lower()
    # (one insertion, deletion, substitution or swap of neighbours: the OSA distance)
    return low not in MONTHS and any(OSA.distance(low, name, score_cutoff=1) == 1
                                     for name in MONTHS if len(name) > 3)


_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "\u2018", "\u2019",
                     "``", "''"})


def _quoted_formation(doc, i: int, j: int) -> bool:
    """Whether the name stands in quotes right before a formation's noun ("the 'Vostok'
    Battalion", "the "Kaskad" brigade")."""
    return 0 < i and j + 1 < len(doc) and doc[i - 1].text in _QUOTES and \
        doc[j].text in _QUOTES and doc[j + 1].lower_.rstrip("s") in FORMATION_NOUNS


def _before_peoples_republic(doc, j: int) -> bool:
    """Does "People's Republic(s)" follow the name (the tokenizer splits "People" and "'s")?"""
    words = [_APOSTROPHES.sub("'", t.lower_) for t in doc[j:j + 3]]
    if words[:1] == ["people's"]:  # "People\u2018s Republic" stays one token (read25)
        words = ["people", "'s", *words[1:]]
    return words[:1] == ["people"] and words[1:2] == ["'s"] and \
        words[2:3] in (["republic"], ["republics"])


_APOSTROPHES = re.compile("[\u2018\u2019\u02bc`]")


_BOUNDARY_WORDS = {"border", "boundary", "frontier", "line", "borders", "boundaries",
                   "frontiers", "lines"}
_HYPHENS = ("-", "\u2013", "\u2014")


def _between_regions(doc, i: int, j: int) -> bool:
    """Is the name one side of a hyphenated pair before "(administrative) border": "the
    Mykolaiv-Kherson administrative border"? Other pairs may follow it, and the boundary
    word is then plural: "along the Kherson-Mykolaiv and Kherson-Dnipropetrovsk Oblast
    borders" names four regions (read26: the first pair had become Mykolaiv City)."""
    n = len(doc)
    if j + 2 < n and doc[j].text in _HYPHENS and _is_cap(doc[j + 1]):
        k = j + 2  # the first of the pair: "Mykolaiv" - "Kherson" ...
    elif i >= 2 and doc[i - 1].text in _HYPHENS and _is_cap(doc[i - 2]):
        k = j  # the second: ... "Kherson" ...
    else:
        return False
    k = _past_pairs(doc, k)
    admin = k < n and doc[k].lower_ in ("administrative", "oblast", "oblasts", "regional")
    k += admin
    # (a bare "line" runs between villages as often: "along the A-B line" is a stretch of the
    # front, its ends places; read182: two villages made oblasts, and the event lost)
    return k < n and doc[k].lower_ in _BOUNDARY_WORDS and (
        admin or doc[k].lower_ not in ("line", "lines"))


def _past_pairs(doc, k: int) -> int:
    """The token after the hyphenated pairs of names that follow doc[k] in a list (", C-D",
    "and C-D", ", and C-D"); k itself where none does."""
    n = len(doc)
    while True:
        t = k + (k < n and doc[k].text == ",")
        t += t < n and doc[t].lower_ in ("and", "or")
        if t == k:
            return k
        u = t
        while u < n and _is_cap(doc[u]) and doc[u].lower_ not in REGION_WORDS:
            u += 1
        if u == t or u + 1 >= n or doc[u].text not in _HYPHENS or not _is_cap(doc[u + 1]):
            return k
        v = u + 1
        while v < n and _is_cap(doc[v]) and doc[v].lower_ not in REGION_WORDS:
            v += 1
        k = v


def _numbered(doc, k: int) -> bool:
    """Whether a number follows at doc[k], bare or after "No", "Nr" or "#" ("School 2",
    "School No. 5")."""
    if k < len(doc) and doc[k].lower_.rstrip(".") in ("no", "nr", "#", "number"):
        k += 1
        if k < len(doc) and doc[k].text == ".":
            k += 1
    return k < len(doc) and doc[k].text[:1].isdigit()


def _past_clause_verbs(doc, ent, i: int, label: str):
    """The entity less the headline verbs it starts with (up to token ``i``), as ``label``."""
    from spacy.tokens import Span

    st = ent.start
    while st < i and doc[st].lower_ in _CLAUSE_VERBS:
        st += 1
    return Span(doc, st, ent.end, label=label)


def _town_facility(doc, j: int, prominence: float) -> bool:
    """Whether a prominent name (a city of 100,000 people or more, a region) stands before a
    facility's noun, past at most two words of the facility's own name ("Mariupol Drama
    theatre"): the city the facility is in, whatever the tagger made of the name."""
    return prominence >= 1.5 and _before_facility_noun(doc, j)


def _before_facility_noun(doc, j: int) -> bool:
    """Whether a lower-case facility noun follows doc[:j], past at most two lower-case
    adjectives or nouns ("railway", "cultural", "medical college")."""
    k = j
    while k < len(doc) and k < j + 3:
        t = doc[k]
        if not t.is_alpha:
            return False
        if t.text.islower() and t.lower_ in FACILITY_NOUNS:
            return True
        if not (t.text.islower() or t.text.istitle()) or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            # (a capitalised word of the facility's own name may stand before it: "the
            # Mariupol Drama theatre", CIR: the city lost to a PERSON entity)
            return False
        k += 1
    return False


def _institution_of(m: Mention, doc, prominence: float) -> bool:
    """Whether the name heads an institution's name ("Kharkiv University", "the Faculty of
    Physics of Kharkiv University") and is prominent enough (a city of 100,000 people or
    more, a region, a country) to be where the institution is."""
    j = m.tok_end
    return j < len(doc) and doc[j].lower_ in INSTITUTION_WORDS and _is_cap(doc[j]) \
        and prominence >= 1.5


# Initials with stops ("D.C.", "N.Y.", "N.C."): a region's abbreviation that is no English
# word, unlike "Ky.", "Mass.", "Miss.", "Pa." (which count only after a comma)
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")
# Names of armed forces the tagger takes for places (Russia's National Guard)
_FORCE_NAMES = frozenset({"rosgvardia", "rosgvardiya", "rosgvard"})
# Endings of East Slavic surnames ("Litvinov", "Shoigu" aside): "-ov", "-ev", "-enko", ...
_SURNAME_ENDS = ("ov", "ev", "ova", "eva", "enko", "chuk", "shyn", "skiy", "sky", "vich",
                 "yan", "idze")
# Verbs whose subject speaks ("X reported that ...")
_SPEECH_VERBS = frozenset({"say", "state", "claim", "report", "announce", "note", "add",
                           "stress", "declare", "confirm", "deny", "accuse", "warn", "insist",
                           "argue", "assert", "allege", "tell", "write", "explain"})

_DASHES = {"—", "–", "--", "-", "―"}


def _dateline(doc, i: int, j: int) -> bool:
    """Whether doc[i:j] is a dateline: words in capitals at the start of a sentence (or
    after a date: "March 24, 2009 MANSFIELD --") followed by a dash."""
    words = [t for t in doc[i:j] if t.is_alpha]
    if not words or not all(t.text.isupper() and len(t.text) > 1 for t in words):
        return False
    if j >= len(doc) or doc[j].text not in _DASHES:
        return False
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct or doc[i - 1].like_num \
        or doc[i - 1].is_space


# Ships carry place names ("the cruiser Moskva", "the landing ship Saratov", "the Orsk
# large landing ship"); a name next to one of these words names the ship.
_VESSELS = {"ship", "ships", "cruiser", "frigate", "corvette", "destroyer", "vessel", "warship",
            "submarine", "boat", "tugboat", "tug", "tanker", "flagship", "minesweeper",
            "icebreaker", "ferry", "freighter", "barge"}
# words that may stand between a ship word and its name: "the alligator-class landing ship
# Saratov", "the large landing ship Orsk", "the missile cruiser “Moskva”"
_VESSEL_FILLERS = {"the", "large", "landing", "missile", "patrol", "guided", "class", "-",
                   "“", "\"", "'", "‘", "rescue", "cargo", "supply", "command"}


def _vessel(doc, i: int, j: int) -> bool:
    """Does the name doc[i:j] stand right after or before a word for a ship?"""
    k = i - 1
    while k >= 0 and i - k <= 4 and doc[k].lower_ in _VESSEL_FILLERS:
        k -= 1
    if k >= 0 and i - k <= 4 and doc[k].lower_ in _VESSELS:
        return True
    k = j
    while k < len(doc) and k - j < 3 and (doc[k].lower_ in _VESSEL_FILLERS
                                          or doc[k].lower_.endswith("-class")):
        k += 1
    return k < len(doc) and k - j < 4 and doc[k].lower_ in _VESSELS


def _before_weapon(doc, j: int) -> bool:
    """Whether a weapon word follows doc[:j], past a hyphenated suffix ("Orion-E UAV",
    "Kilo-class")."""
    return bool(_weapon_word(doc, j))


# capitalised words that continue a place's own name before a weapon word ("Kharkiv
# Oblast missile strike"): the place still heads the strike
_PLACE_NAME_ENDS = frozenset({"oblast", "region", "city", "raion", "district", "krai",
                              "province", "county", "state", "republic", "governorate"})


def _named_weapon(doc, j: int) -> bool:
    """Whether the name ending before doc[j] is the first word of a weapon's two-word name:
    a capitalised word that ends no place's name, then a weapon word ("580 Phoenix Ghost
    drones", "Storm Shadow missiles"). A city's name never heads such a name as the
    strike's place: "Odesa missile strike" has the weapon word right after the city."""
    if j >= len(doc) or not doc[j].is_alpha or not doc[j].text[:1].isupper() or \
            doc[j].text.isupper() or doc[j].lower_ in _PLACE_NAME_ENDS or \
            doc[j].ent_type_ in ("GPE", "LOC", "NORP") and doc[j].ent_iob_ == "B":
        return False
    return _weapon_word(doc, j + 1) not in _WEAPON_ONLY | {""}


def _weapon_word(doc, j: int) -> str:
    """The weapon word after doc[:j] (see _before_weapon), lower-cased; "" if none."""
    k = j
    while k < len(doc) and k < j + 3 and (doc[k].text == "-" or (
            k > j and doc[k - 1].text == "-" and len(doc[k].text) <= 2)):
        k += 1
    if k < len(doc) and doc[k].lower_ in WEAPON_WORDS:
        return doc[k].lower_
    if k < len(doc):
        # "Iskander ballistic missiles", "Neptune anti-ship missiles" (read79: Uzbekistan)
        # (the few words after it, not doc.text: spaCy rebuilds that string on every access)
        kind = _WEAPON_KIND.match("".join(t.text_with_ws for t in doc[k:k + 12]))
        if kind and kind.group(1).lower() in WEAPON_WORDS:
            return kind.group(1).lower()
    if k > j and k + 1 < len(doc) and doc[k].lower_ in _KIND_SUFFIXES and \
            doc[k + 1].lower_ in WEAPON_WORDS:
        return doc[k + 1].lower_  # "Iskander-type missiles" (read45: a village in Uzbekistan)
    return "class" if k < len(doc) and doc[k].lower_.endswith("-class") else ""


# a weapon's kind between its name and the weapon word
_WEAPON_KIND = re.compile(
    r"(?:(?:ballistic|cruise|guided|hypersonic|loitering|kamikaze|tactical|anti-ship|"
    r"anti-aircraft|anti-tank|attack|(?:short|medium|long)-range|air-defen[cs]e|"
    r"surface-to-air|air-to-surface|unmanned|combat|rocket|heavy)\s+){1,2}(\w+)", re.I)

# words of a kind after a hyphen: "Iskander-type missiles", "Tochka-U-class", "Shahed-style"
_KIND_SUFFIXES = frozenset({"type", "style", "class", "series", "model"})


def _designation_after(doc, j: int) -> bool:
    """Whether a number follows doc[:j] directly or after a hyphen ("Su 25", "Mi-8")."""
    k = j + 1 if j < len(doc) and doc[j].text == "-" else j
    return k < len(doc) and any(c.isdigit() for c in doc[k].text[:1])


def _county_only(m: Mention) -> bool:
    """Whether every place the name is the main name of is a second-level region."""
    main = [e for e, kind in m.candidates if kind == MAIN]
    return bool(main) and all(e.fcode == "ADM2" for e in main)


def _jurisdiction(m: Mention) -> bool:
    """Whether the name can be a country, an admin-1 region or a county."""
    return any(e.is_country or e.is_admin1 or e.fcode == "ADM2" for e, _ in m.candidates)


def _named_vessels(matched: list[Mention], doc) -> None:
    """One sense per discourse for ships: a name the text called a ship ("the cruiser
    Moskva") is the ship where it recurs bare ("the Moskva sank in a storm"), not the city
    of that name; a recurrence after a place word ("in Saratov", "Saratov Oblast") stays a
    place."""
    ships = {m.key for m in matched if "vessel" in m.reasons}
    for m in matched:
        if m.key in ships and "vessel" not in m.reasons and not m.region_word \
                and not m.settlement_cue and _before(doc, m.tok_start) not in \
                WEAK_CUES | NEAR_CUES:
            m.score -= 5.0
            m.reasons.append("vessel-named-before")


def _pair_evidence(matched: list[Mention], doc) -> None:
    """"Springfield, Missouri": a name followed by a comma and a region or country that holds
    a place of that name is a place, whatever NER says ("The council of Springfield" ORG)."""
    for a, b in zip(matched, matched[1:]):
        between = doc[a.tok_end:b.tok_start]
        if len(between) != 1 or between[0].text != ",":
            continue
        areas = [e for e, _ in b.candidates if e.is_country or e.is_admin1]
        if any((e.cc == x.cc and (x.is_country or e.admin1 == x.admin1))
               for e, _ in a.candidates for x in areas):
            a.score += 3.0
            b.score += 1.0
            a.reasons.append("in-named-area")


# How far a section of a city may lie from the city whose name stands right before it
_SECTION_REACH_KM = 30.0


def _sections_of_named_city(matched: list[Mention], doc) -> None:
    """"the Kharkiv Shevchenkivskiy area": a name right after a big city's name is that
    city's district where one of its places lies in the city; its namesakes elsewhere (a
    district of Luhansk 250 km off, read191) are no reading of it, and a name whose every
    place is another city's section (GeoNames' PPLX), or that is written as a district's
    adjective, is none (the city stands for it)."""
    for a, b in zip(matched, matched[1:]):
        if a.tok_end != b.tok_start or not b.candidates:
            continue
        cities = [e for e, _ in a.candidates if e.fclass == "P" and e.population >= 100_000]
        if not cities:
            continue
        inside = [(e, kind) for e, kind in b.candidates
                  if any(haversine_km(e.lat, e.lon, c.lat, c.lon) <= _SECTION_REACH_KM
                         for c in cities)]
        if inside:
            b.candidates = inside
            b.reasons.append("district-of-named-city")
        elif all(e.fcode == "PPLX" for e, _ in b.candidates) or \
                b.text.lower().endswith(_DISTRICT_ENDINGS):
            # (a district's adjectival name the gazetteer holds only for other cities: the
            # named city stands for it)
            b.score = -3.0
            b.reasons.append("section-of-another-city")


def _joined(doc, a: Mention, b: Mention, loose: bool = True) -> bool:
    """Are ``a`` and ``b`` next to each other in one list ("A, B, and C"; "eastern Kharkiv and
    western Luhansk oblasts": the sides of regions join too)? Without ``loose``, two names
    not yet taken for places do not join across a name the gazetteer lacks."""
    between = doc[a.tok_end:b.tok_start]
    if a.city and len(between) > 1 and between[0].lower_ == "city":
        between = between[1:]  # "Mykolaiv City, Ochakiv, and B": the city is one item (read27)
    if len(between) > 1 and between[0].text == ")" and _in_brackets(doc, a.tok_start):
        # "A (12km southwest of Y City), B, and C": the bracket closes item A, and the list
        # goes on past it (read218: B, a village the tagger did not take, was lost)
        between = between[1:]
    inner = between[1:-1]
    if len(inner) > 1 and inner[-1].text == "," and between[-1].lower_ in ("and", "or"):
        inner = inner[:-1]  # the serial comma: "A, Dibrovne, and B"
    if len(between) > 1 and between[0].text == "," and between[-1].lower_ in (",", "and") and \
            (a.score > 0 and b.score > 0 or loose and a.candidates and b.candidates) and \
            _unknown_items(inner):
        # "A, Dibrovne, B": a list item the gazetteer lacks, between two names taken for
        # places, or two of the gazetteer's names (read24; a misspelt item tried for a place
        # has no candidates yet);
        # the list then lifts its names only as any list does (_listed_with_places: names
        # taken for places in it, or its frame), so a name NER took for a person after the
        # unknown item is no longer cut off from the list (read37)
        return True
    return len(between) > 0 and any(t.lower_ in ("and", ",", "or", "&") for t in between) \
        and all(t.lower_ in ("and", ",", "or", "&") or t.lower_ in _SIDE_WORDS
                for t in between)


def _in_brackets(doc, i: int, reach: int = 15) -> bool:
    """Does token ``i`` stand inside a bracket opened at most ``reach`` tokens before it?"""
    for t in reversed(doc[max(0, i - reach):i]):
        if t.text == ")":
            return False
        if t.text == "(":
            return True
    return False


def _unknown_items(tokens) -> bool:
    """Are ``tokens`` one or two list items of capitalised names, one to three words each
    ("Dibrovne", "Nova Kamianka, Dibrova")?"""
    items, cur = [], 0
    for t in tokens:
        if t.text == ",":
            items.append(cur)
            cur = 0
        elif t.is_alpha and t.text[0].isupper() and t.pos_ == "PROPN":
            cur += 1
        else:
            return False
    items.append(cur)
    return 1 <= len(items) <= 2 and all(1 <= n <= 3 for n in items)


# A name listed with places is a place unless its own words say otherwise: "around Studenok,
# Sosnove, Svyatohirsk, and Yarova", "to the east of Bakhmut around Komyshuvakha, Berestove,
# Nyrkove, Pylypchatyne, and Svitlodarsk" (read14, ISW 2022-06-01..03: 27 of 47 missed
# events were list members dropped while their neighbours stood)
LISTED_MIN_PLACES = 2
LISTED_FLOOR = -1.0


def _listed_with_places(mentions: list[Mention], doc) -> None:
    """Lift a gazetteer name to a place when it stands in one list with at least
    LISTED_MIN_PLACES names already taken for places, unless it was dropped for what it is
    (an abbreviation, an organisation's or a person's first name...) or scored under
    LISTED_FLOOR."""
    def touching(a: Mention, b: Mention) -> bool:
        # one item the gazetteer split in two, that the tagger took for a person's name
        # ("Cherkasy Tyshky": read159, the list broke there and its first four names were
        # lost); no organisation's words ("West Cambridge Christian Youth Ministries")
        return a.tok_end == b.tok_start and "inside:PERSON" in a.reasons and \
            "inside:PERSON" in b.reasons

    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and (_joined(doc, runs[-1][-1], m) or touching(runs[-1][-1], m)):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        placed = sum(m.score > 0 for m in run)
        if len(run) < 3 or placed < LISTED_MIN_PLACES and not (placed and _framed(run, doc)):
            continue
        if not all(_joined(doc, a, b, loose=False) or touching(a, b)
                   for a, b in zip(run, run[1:])) and not _framed(run, doc):
            continue  # joined across an unknown name: only a list framed as places lifts
        for m in run:
            if m.score <= 0 and m.score > LISTED_FLOOR and m.candidates and \
                    not any(r in _NOT_A_PLACE for r in m.reasons):
                m.score = 0.1
                m.reasons.append("listed-with-places")


_ATTACKS_ON = {"strike", "attack", "assault", "raid", "shelling", "counterattack", "offensive",
               "airstrike", "bombardment", "advance", "push"}


def _framed(run: list[Mention], doc) -> bool:
    """Does the text frame the list as places: a preposition of place or a settlement word
    before its first name ("assaults around A, B, and C", "the villages of A, B and C"), or
    a region or bearing after its last ("struck A, B, and C in X Oblast", "A, B, and C, all
    about 30km northwest of Y")? One placed name of such a list vouches for the rest (read26,
    read27: lists of three with one name NER took for a place lost the others)."""
    first, last = run[0], run[-1]
    if first.settlement_cue or first.near or _before(doc, first.tok_start) in LOCATIVE_CUES:
        return True
    if _before(doc, first.tok_start) in ("against", "on") and first.tok_start >= 2 and \
            doc[first.tok_start - 2].lemma_.lower() in _ATTACKS_ON:
        return True  # "artillery strikes against A, B, and C" (read159: five of ten lost)
    if "cue:bearing-after" in last.reasons:
        return True
    j = last.tok_end
    return j + 2 < len(doc) and doc[j].lower_ in ("in", "of") and _is_cap(doc[j + 1]) and any(
        doc[k].lower_ in REGION_WORDS for k in range(j + 2, min(j + 5, len(doc))))


# A bearing (with or without a distance) right after a name: the writer places it from
# another place (", just south of X", " (8km southeast of X)", " northeast of X"), also past
# "area" or "direction" ("the X area (10km northwest of Y)": read22)
_BEARING_AFTER = re.compile(
    SECTOR_WORD + r"\s*(?:,\s*(?=\())?[(,]?\s*(?:(?:both|all|each)\s+)?"
    # past a remark on who holds it: "Velyka Bilozerka (within Russian-controlled territory
    # approximately 25km south of Enerhodar)" (read51: the anchor took the shelling)
    r"(?:(?<=\()" + HOLDER_REMARK + r")?"
    r"(?:(?:about|approximately|roughly|around|nearly|some|within|up to)"
    r"\s+)?(?:\d{1,3}(?:\.\d)?\s?" + MORE_DISTANCES +
    r"(?:km|kilometers|kilometres)\s+)?(?:(?:just|directly|"
    r"immediately|slightly|due)\s+)?(?:to\s+the\s+)?" + COMPASS +
    r"\s+of\s+(?:the\s+)?(?:(?:central|downtown)\s+)?[A-Z]")


def _unknown_last_item(mentions: list[Mention], doc) -> None:
    """"Rivne, Ternopil, Lviv, and Chernivitsi Oblasts": a plural region word after a last
    list item the gazetteer lacks (misspelt here) is the list's, so the name before that item
    takes it, and _spread_cues passes it on (read48: three oblasts became their cities)."""
    covered = {t for m in mentions for t in range(m.tok_start, m.tok_end)}
    n = len(doc)
    for m in mentions:
        k = m.tok_end
        if m.region_word or k >= n or doc[k].text != ",":
            continue
        k += 1
        if k < n and doc[k].lower_ in ("and", "or"):
            k += 1
        first = k
        while k < n and k - first < 3 and _is_cap(doc[k]) and doc[k].is_alpha and \
                doc[k].lower_ not in REGION_WORDS and k not in covered:
            k += 1
        if k > first and k < n and doc[k].lower_ in REGION_WORDS and doc[k].lower_.endswith("s"):
            m.region_word = doc[k].lower_


_FRONT_WORDS = frozenset({"front", "frontline", "frontlines", "front-line"})


def _names_a_line(doc, j: int) -> bool:
    """Does a line's word follow the name ending at ``j``, directly or past the other names
    of a hyphenated pair ("Avdiivka-Donetsk City frontline")? The names are its ends, places
    (read54, read58: "Avdiivka" lost as a piece of the tagger's facility)."""
    k, n = j, len(doc)
    for _ in range(6):
        if k < n and doc[k].text in _HYPHENS:
            k += 1
            while k < n and _is_cap(doc[k]) and doc[k].lower_ not in LINE_WORDS:
                k += 1
            continue
        break
    return k < n and doc[k].lower_ in LINE_WORDS and k > j


_CHAIN_AFTER = LINE_WORDS | {"area", "areas"}


def _in_named_chain(doc, i: int, j: int) -> bool:
    """Is the name doc[i:j] one of a chain of names joined by hyphens with no spaces ("A-B",
    "A-B-C-D") that a line's or an area's word follows ("the A-B direction", "the A-B area")
    or "direction(s) of" comes before ("in the directions of A-B-C")?"""
    def hyphen_at(a):  # a hyphen at token a touching the tokens on both sides
        return doc[a].text in _HYPHENS and not doc[a - 1].whitespace_ and not doc[a].whitespace_
    lo = i
    while lo >= 2 and hyphen_at(lo - 1) and _is_cap(doc[lo - 2]):
        lo -= 2
        while lo > 0 and _is_cap(doc[lo - 1]) and doc[lo - 1].whitespace_:
            lo -= 1  # a name of two words: "Velyki Prokhody-Pytomnyk"
    hi = j
    while hi + 1 < len(doc) and hyphen_at(hi) and _is_cap(doc[hi + 1]):
        hi += 1
        while hi < len(doc) and _is_cap(doc[hi]) and doc[hi].lower_ not in _CHAIN_AFTER:
            hi += 1
    if lo == i and hi == j:
        return False  # no hyphen: one name alone
    after = hi < len(doc) and doc[hi].lower_ in _CHAIN_AFTER
    before = lo >= 2 and doc[lo - 1].lower_ == "of" and \
        doc[lo - 2].lower_ in ("direction", "directions", "line", "area")
    return after or before


def _front_of(doc, j: int) -> bool:
    """Does a front's word stand at ``j`` ("front", "frontline", "front line", but not "front
    of", "the front lines of")?"""
    if j >= len(doc) or doc[j].lower_ not in _FRONT_WORDS:
        return False
    k = j + 2 if doc[j].lower_ == "front" and j + 1 < len(doc) and \
        doc[j + 1].lower_ in ("line", "lines") else j + 1
    return not (k < len(doc) and doc[k].lower_ == "of")


def _front_before(doc, i: int) -> bool:
    """"the entire frontline in X (and Y)", "along the front line in X": a front's word
    before "in" right before the name."""
    k = i - 1
    if k < 1 or doc[k].lower_ != "in":
        return False
    w = doc[k - 1].lower_
    return w in _FRONT_WORDS or (w in ("line", "lines") and k >= 2 and
                                 doc[k - 2].lower_ == "front")


def _spread_cues(mentions: list[Mention], doc) -> None:
    """Share cues along coordinated names: "the villages of Demidovka and Prilesye" makes
    both villages; "the Sumy and Kharkiv border regions" makes both regions."""
    def joined(a: Mention, b: Mention) -> bool:
        return _joined(doc, a, b)

    for a, b in zip(mentions, mentions[1:]):  # forward: "villages of X and Y"
        if joined(a, b):
            if a.settlement_cue and not b.settlement_cue:
                b.settlement_cue = True
                b.reasons.append("list-cue")
            b.near = b.near or a.near
            if a.region_word.endswith("s") and not b.region_word:
                b.region_word = a.region_word
            if (a.near or any(r.startswith("cue:") for r in a.reasons)) and \
                    not any(r.startswith("cue:") for r in b.reasons):
                # "west of A and B", "near A and B": the second name is placed as the first
                # (read49: a village NER took for a person after "and" was lost)
                b.reasons.append("cue:list-mate")
    _unknown_last_item(mentions, doc)
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:])):  # backward: "X and Y regions"
        if joined(a, b):
            if b.region_word.endswith("s") and not a.region_word:
                a.region_word = b.region_word
            if b.water and doc[b.tok_end].lower_.endswith("s"):  # "the Dnipro and Inhulets rivers"
                a.water = True
            if "cue:bearing-after" in b.reasons and \
                    not any(r.startswith("cue:") for r in a.reasons):
                a.reasons.append("cue:bearing-after")  # "A and B, south of X": both placed
            if b.settlement_cue and not a.settlement_cue:
                a.settlement_cue = True
