"""Actors: mentions of forces, governments, units and groups, with canonical name, kind, side.

"Ukrainian forces" -> Military Forces of Ukraine (state forces, UA); "the 225th Assault
Regiment" -> the unit (state forces, side from its sentence); "Moscow" as a subject or object
-> Government of Russia (government, RU), but not "in Moscow"; "Wagner Group" -> Wagner Group
(political militia, RU); "civilians" -> Civilians; "protesters" -> Protesters. Kinds follow
ACLED's actor types. Lexicon lookups go through spaCy's PhraseMatcher; the composition of a
mention (demonym + modifiers + force noun, ordinal + unit noun) is read off the tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..geo.names import TOWN_PART_NOUNS
from ..records import Actor
from .lexicon_actors import (
    CASE_SENSITIVE, DEMONYM_TO_ISO, FORCE_MODIFIERS, FORCE_NOUNS, GENERIC_GROUPS,
    GOVERNMENT_NOUNS, LEADERS, NAME_TO_ISO, NAMED_GROUPS, POLICE_NOUNS, SEAT_TO_ISO, UNIT_NOUNS,
    UNIT_PHRASES, aircraft_bomber, country_name, unknown_doer,
)

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
# Heads that make "Russia's X" a place ("Russia's Belgorod region"), not an actor.
_GEO_HEADS = {"region", "regions", "oblast", "territory", "territories", "border", "borders",
              "city", "cities", "town", "village", "villages", "province", "area", "areas",
              "capital", "soil", "side", "frontier", "airspace", "east", "west", "north",
              "south", "part", "district", "coast"}
# Prepositions whose object is a place, not an actor ("in Moscow", "from Kyiv").
_PLACE_PREPS = {"in", "inside", "into", "from", "near", "at", "to", "toward", "towards",
                "across", "around", "outside", "within", "through", "of", "between"}
_GROUP_FORCES = {"militants", "militiamen", "fighters", "forces", "troops", "units",
                 "formations", "militia", "servicemen", "members"}
_AGENT_DEPS = {"nsubj", "nsubjpass", "dobj", "agent", "dative", "appos"}
# Verbs whose object is a place struck or taken, never a government ("struck Kyiv", "shelled
# Kharkiv"; "accused Kyiv" stays the government: read25, a strike on the capital had no place)
_STRUCK_AT = {"strike", "shell", "bomb", "bombard", "pound", "hit", "target", "attack",
              "storm", "besiege", "encircle", "surround", "capture", "seize", "occupy",
              "liberate", "recapture", "enter", "blockade", "raid"}
# Nouns of an attack whose "on"/"against" object is the place attacked ("missile strikes on
# Kyiv", "the assault against Kharkiv"), where "sanctions on Moscow" is the government (an
# advance or offensive "on Kyiv" is a goal, not the place fought over)
_STRIKE_NOUNS = {"airstrike", "shelling", "bombardment", "bombing", "assault", "barrage",
                 "missile", "rocket", "drone"}
_TARGET_PREPS = {"on", "against", "upon"}


@lru_cache(maxsize=4)
def _matcher(vocab):
    from spacy.matcher import PhraseMatcher

    m = PhraseMatcher(vocab, attr="LOWER")
    tables = {"GROUP": NAMED_GROUPS, "NAME": NAME_TO_ISO, "DEMONYM": DEMONYM_TO_ISO,
              "SEAT": SEAT_TO_ISO, "LEADER": LEADERS, "UNIT": dict.fromkeys(UNIT_PHRASES)}
    for label, table in tables.items():
        m.add(label, [_tokenizer()(k) for k in table])
    return m


@lru_cache(maxsize=1)
def _tokenizer():
    # English tokenizer rules (the model's own), so "al-shabaab" splits as it does in a report.
    from spacy.lang.en import English

    return English().tokenizer


def _forces_name(noun_lower: str, iso: str | None) -> tuple[str, str]:
    """Canonical name and kind for a side + force/police/government noun."""
    where = country_name(iso)
    if noun_lower in POLICE_NOUNS:
        return (f"Police Forces of {where}" if where else "Police Forces"), "state forces"
    if noun_lower in GOVERNMENT_NOUNS:
        return (f"Government of {where}" if where else "Government"), "government"
    return (f"Military Forces of {where}" if where else "Military Forces"), "state forces"


def _generic_name(lemma: str, iso: str | None) -> tuple[str, str]:
    canonical, kind = GENERIC_GROUPS[lemma]
    where = country_name(iso)
    if kind == "state forces":
        return _forces_name("police" if lemma in ("police", "policeman") else "forces", iso)
    if where:
        return f"{canonical} ({where})", kind
    return canonical, kind


def _is_agentive(tok) -> bool:
    """Is a capital/country mention used as an actor (subject, object, possessor of a non-place)?"""
    if not tok.doc.has_annotation("DEP"):
        return False
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STRUCK_AT:
        return False  # "Russian forces struck Kyiv": the city struck, not its government
    if tok.dep_ in _AGENT_DEPS:
        return True
    if tok.dep_ == "poss":
        return tok.head.lower_ not in _GEO_HEADS and tok.head.lower_ not in TOWN_PART_NOUNS
    if tok.dep_ == "pobj":
        if tok.head.lower_ in _TARGET_PREPS and (
                tok.head.head.lemma_.lower() in _STRUCK_AT | _STRIKE_NOUNS) and \
                tok.head.head.head.lemma_.lower() not in ("blame", "pin"):
            # ("blamed the attack on Moscow" lays it on the government)
            return False  # "missile strikes on Kyiv", "the assault against Kharkiv"
        return tok.head.lower_ not in _PLACE_PREPS
    return False


def _sentence_side(tok) -> str | None:
    """The one side named by demonyms/countries in the token's sentence, if exactly one; the
    side of whoever reports the clause the token is in is none of its own ("The Ukrainian
    General Staff stated that elements of the 1st Guards Tank Army ...": read47, ten of twelve
    Russian formations in such sentences were filed as Ukrainian)."""
    doc = tok.doc
    sent = tok.sent if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else doc[:]
    speaker = _speaker_tokens(tok)
    sides = {DEMONYM_TO_ISO.get(t.lower_) or NAME_TO_ISO.get(t.lower_) for t in sent
             if t.i not in speaker}
    sides.discard(None)
    return sides.pop() if len(sides) == 1 else None


def _speaker_tokens(tok) -> set[int]:
    """Indices of the tokens that name who reports the clause ``tok`` is in: the subject of a
    verb whose clausal complement holds it ("X stated that ..."), or an "according to X"."""
    out: set[int] = set()
    if not tok.doc.has_annotation("DEP"):
        return out
    child = tok
    for anc in tok.ancestors:
        if child.dep_ == "ccomp":
            for ch in anc.children:
                if ch.dep_ in ("nsubj", "nsubjpass"):
                    out.update(t.i for t in ch.subtree)
        child = anc
    for t in tok.sent:
        if t.lower_ == "according" and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].lower_ == "to" \
                and tok not in t.subtree:
            out.update(x.i for x in t.subtree)
    return out


def _iso_of(tok) -> str | None:
    low = tok.lower_
    if low in CASE_SENSITIVE and tok.text != tok.text.upper():
        return None
    return DEMONYM_TO_ISO.get(low) or NAME_TO_ISO.get(low)


def extract_actors(doc) -> list[Actor]:
    """Find actor mentions in a parsed doc, in text order, without overlaps.

    Without a dependency parse (a blank pipeline) metonyms cannot be told from places:
    capitals and country names are then left out rather than guessed."""
    cands: list[tuple[int, int, str, str, str | None]] = []  # token start, end, canon, kind, side
    matches = _matcher(doc.vocab)(doc)
    vocab_strings = doc.vocab.strings
    for match_id, s, e in matches:
        label = vocab_strings[match_id]
        key = doc[s:e].text.lower()
        if label == "GROUP":
            canonical, kind, side = NAMED_GROUPS[key]
            # "Wagner Group", "DNR troops", "Hezbollah fighters": the group's own forces
            end = e + 1 if e < len(doc) and (doc[e].lower_ == "group" or
                                             doc[e].lower_ in FORCE_NOUNS | _GROUP_FORCES) else e
            if end == e and e + 3 < len(doc) and doc[e].text == "(" and \
                    doc[e + 2].text == ")" and doc[e + 3].lower_ in FORCE_NOUNS | _GROUP_FORCES:
                # "Donetsk People's Republic (DNR) troops": the group's forces past its
                # acronym (read120: "troops" alone, no side, made their capture Ukraine's)
                end = e + 4
            cands.append((s, end, canonical, kind, side))
        elif label == "UNIT":
            # a unit named without its country: no side (the sentence's one country name is
            # as often the enemy's: "Russian troops repelled sabotage groups"); the event
            # stage infers the other party from the conflict dyad
            cands.append((s, e, "Military Forces", "state forces", None))
        elif label == "LEADER":
            canonical, side = LEADERS[key]
            cands.append((s, e, canonical, "government", side))
        elif label in ("DEMONYM", "NAME"):
            if _past_affiliation(doc, s):
                continue
            iso = (_iso_of(doc[s]) if e - s == 1
                   else DEMONYM_TO_ISO.get(key) or NAME_TO_ISO.get(key))
            if iso is None or (e - s > 1 and not doc[e - 1].text[:1].isupper()):
                continue  # a country's name of two words is a name: "the west bank" of a river
            j = e
            if j < len(doc) and doc[j].tag_ == "POS":  # "Ukraine's forces"
                j += 1
            while j < len(doc) and (doc[j].lower_ in FORCE_MODIFIERS or doc[j].text == "-"):
                j += 1
            unit = _unit_at(doc, j)
            if unit:
                canonical, kind = _forces_name("forces", iso)
                cands.append((s, unit, canonical, kind, iso))
                continue
            if j < len(doc):
                nxt = doc[j]
                two = doc[j:j + 2].text.lower()
                if two in POLICE_NOUNS or two in GOVERNMENT_NOUNS:
                    canonical, kind = _forces_name(two, iso)
                    cands.append(_leader_extend(doc, s, j + 2, canonical, kind, iso))
                    continue
                if nxt.lower_ in FORCE_NOUNS | POLICE_NOUNS | GOVERNMENT_NOUNS:
                    canonical, kind = _forces_name(nxt.lower_, iso)
                    cands.append(_leader_extend(doc, s, j + 1, canonical, kind, iso))
                    continue
                if nxt.lemma_.lower() in GENERIC_GROUPS and nxt.pos_ == "NOUN":
                    canonical, kind = _generic_name(nxt.lemma_.lower(), iso)
                    cands.append((s, j + 1, canonical, kind, iso))
                    continue
            if label == "NAME" and _is_agentive(doc[e - 1]):
                cands.append((s, e, f"Government of {country_name(iso)}", "government", iso))
        elif label == "SEAT":
            iso = SEAT_TO_ISO[key]
            start = s  # "the Kremlin" keeps its article when the phrase has it
            if _is_agentive(doc[e - 1]):
                cands.append((start, e, f"Government of {country_name(iso)}", "government", iso))
    for tok in doc:
        if _ORDINAL.match(tok.text):
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 5 and doc[j].text[:1].isupper():
                if doc[j].lower_ in UNIT_NOUNS:
                    s = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" else tok.i
                    while j + 1 < len(doc) and doc[j + 1].lower_ in UNIT_NOUNS:
                        j += 1  # "the 1st Army Corps"
                    name = doc[tok.i:j + 1].text
                    kind, side = _appositive_side(doc, j + 1, matches) or \
                        ("state forces", _sentence_side(tok) or _designation_side(doc, tok.i,
                                                                                j + 1))
                    cands.append((s, j + 1, name, kind, side))
                    break
                j += 1
        lemma = tok.lemma_.lower()
        if aircraft_bomber(tok):
            continue  # "Su-34 fighter bombers", "strategic bombers": aircraft, not people
        if lemma in GENERIC_GROUPS and tok.pos_ == "NOUN":
            canonical, kind = _generic_name(lemma, None)
            cands.append((tok.i, tok.i + 1, canonical, kind, None))
        elif unknown_doer(tok):
            cands.append((tok.i, tok.i + 1, "Unidentified Armed Group", "political militia",
                          None))
    return _resolve(doc, _forces_of(doc, cands))


def _past_affiliation(doc, s: int) -> bool:
    """Does "former" or "ex-" stand before the people's word at token ``s`` ("hanged former
    Ukrainian border guard and self-proclaimed head of occupation police X")? Whom the person
    once served is no party to the act (read180: the partisans fought Ukrainian forces)."""
    before = doc[max(0, s - 2):s].text.lower().replace(" ", "")
    return before.endswith(("former", "ex-", "ex–", "retired"))


# Words of a formation's name, or of the formation it belongs to ("the 3rd Motor Rifle
# Division of the 20th Combined Arms Army"), that only one side's army uses in this war
_RU_DESIGNATIONS = ("motor rifle", "motorized rifle", "combined arms", "guards", "tank army",
                    "military district", "fleet", "army corps")
_UA_DESIGNATIONS = ("mechanized", "mechanised", "territorial defense", "territorial defence",
                    "jaeger")


def _designation_side(doc, start: int, end: int) -> str | None:
    """The side a numbered formation's name tells, through the "of the ..." chain of the
    formations above it (read149, read145: "the 3rd Motor Rifle Division of the 20th
    Combined Arms Army" fought "Russian forces")."""
    stop = end
    while stop < len(doc) and stop - end < 8 and (doc[stop].lower_ in ("of", "the") or
                                                   doc[stop].text[:1].isupper() or
                                                   _ORDINAL.match(doc[stop].text)):
        stop += 1
    words = " ".join(t.lower_ for t in doc[start:stop])
    ru = any(d in words for d in _RU_DESIGNATIONS)
    ua = any(d in words for d in _UA_DESIGNATIONS)
    return "RU" if ru and not ua else "UA" if ua and not ru else None


def _forces_of(doc, cands: list) -> list:
    """Forces named without a side take the side of the group or country whose forces they
    are: "troops from the Donetsk and Luhansk People's Republics", "units of the DNR" are
    the group's forces (read40: "troops" with no side made their capture a Ukrainian one)."""
    if not doc.has_annotation("DEP"):
        return cands
    out = []
    for c in cands:
        s, e, canonical, kind, side = c
        if side is None and canonical == "Military Forces":
            owner = next((o for p in doc[e - 1].children
                          if p.dep_ == "prep" and p.lower_ in ("of", "from")
                          for o in cands if o is not c and o[4] is not None
                          and o[3] != "government"
                          and p.i < o[0] and o[1] <= p.right_edge.i + 1), None)
            if owner is not None:
                c = (s, e, owner[2], owner[3], owner[4])
        out.append(c)
    return out


def _appositive_side(doc, j: int, matches) -> tuple[str, str | None] | None:
    """read25: "the 1st Army Corps (the Armed Forces of the Donetsk People's Republic)": a
    bracketed appositive after a unit says whose the unit is, (kind, side) of the group or
    country it names."""
    if j >= len(doc) or doc[j].text != "(":
        return None
    close = next((t.i for t in doc[j:j + 16] if t.text == ")"), None)
    if close is None:
        return None
    strings = doc.vocab.strings
    for match_id, s, e in sorted(matches, key=lambda m: m[1]):
        if not j < s < close or e > close:
            continue
        label, key = strings[match_id], doc[s:e].text.lower()
        if label == "GROUP":
            _canonical, kind, side = NAMED_GROUPS[key]
            return kind, side
        if label in ("DEMONYM", "NAME"):
            iso = DEMONYM_TO_ISO.get(key) or NAME_TO_ISO.get(key)
            if iso:
                return "state forces", iso
    return None


def _unit_at(doc, j: int) -> int | None:
    """End of a unit phrase ("assault groups") starting at token ``j``, else None."""
    for phrase in _unit_phrases():
        k = j + len(phrase)
        if k <= len(doc) and tuple(t.lower_ for t in doc[j:k]) == phrase:
            return k
    return None


@lru_cache(maxsize=1)
def _unit_phrases() -> tuple[tuple[str, ...], ...]:
    toks = {tuple(t.lower_ for t in _tokenizer()(p)) for p in UNIT_PHRASES}
    return tuple(sorted(toks, key=len, reverse=True))


def _leader_extend(doc, s, e, canonical, kind, iso):
    """"Ukrainian President Volodymyr Zelensky": the person, not just the office."""
    j = e
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    if j > e and kind == "government":
        last = doc[j - 1].lower_
        person = LEADERS.get(last, (doc[e:j].text, iso))[0]
        return (s, j, person, "government", iso)
    return (s, e, canonical, kind, iso)


def _resolve(doc, cands) -> list[Actor]:
    """Keep the longest candidate where candidates overlap; return Actor records in order."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = [False] * len(doc)
    kept = []
    for s, e, canonical, kind, side in cands:
        if any(taken[s:e]):
            continue
        for i in range(s, e):
            taken[i] = True
        kept.append((s, e, canonical, kind, side))
    kept.sort()
    out = []
    for s, e, canonical, kind, side in kept:
        span = doc[s:e]
        out.append(Actor(text=span.text, start=span.start_char, end=span.end_char,
                         canonical=canonical, kind=kind, side=side))
    return out
