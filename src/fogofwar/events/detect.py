"""Event detection and typing: find cue words in a parsed doc, group the cues that describe one
event (linked by a short, non-clausal dependency path: "killed in an airstrike", "grenade
attack"), and give each group an ACLED (or non-conflict) sub-event type.

Hand-written matching (not spaCy's Matcher) because a cue word must meet a token's lemma OR
its lower-cased form ("shelling" is a noun whose lemma stays "shelling"), which one Matcher
token pattern cannot say; regular verb inflections are undone by hand too, as the lemmatizer
misses some ("raped" -> "rap").

Typing reads the parse where ACLED's distinctions are about roles: who did what to whom
(fighters or civilians as victims, police or protesters blocking a road, aircraft firing or
hit, ground taken from whom) rather than which words occur somewhere in the context. For a
whole snippet (``classify``) the news is the most specific event not told as background (a
relative clause, an intent or purpose, a cause-less after-clause, a background preposition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lexicon_events import (
    ARMED_DOER_PHRASES, ARMED_TARGETS, CIVILIAN_TARGETS, COMPASS_WORDS, CRIME_NOUNS, CUES,
    FIRE_WEAPONS, FIRED_MUNITIONS, LAUNCH_VERBS,
    INSTRUMENT_VERBS, LOSS_PHRASES, OUSTING_PHRASES, OUSTING_VERBS, PARTS_OF_TOWN,
    PICTURE_NOUNS, PROTEST_EXCESSIVE,
    PROTEST_INTERVENTION, PROTEST_INTERVENTION_PAIRS, PROTEST_STATE, PROTEST_STOP,
    PROTEST_VIOLENT, TERRITORY_NOUNS, TROOP_NOUNS, UNIT_NOUNS, WEAPON_NOUNS, CueDef,
)
from .lexicon_actors import DEMONYM_TO_ISO
from .polarity import is_infinitive
from .retyping import facility_mine, retype
from .taxonomy import ALL_SUBTYPES, TERRITORY_TAKINGS

# Dependency labels that keep two cues inside one event; clausal links (advcl, ccomp, xcomp,
# conj, relcl, parataxis) separate events ("captured villages before Moscow retook the area").
_LINK_DEPS = {"compound", "amod", "nmod", "prep", "pobj", "dobj", "nsubj", "nsubjpass",
              "npadvmod", "poss", "agent", "acomp", "attr", "appos", "nummod", "quantmod",
              "pcomp", "dep", "acl"}
_PROTEST = {"Peaceful protest", "Violent demonstration", "Protest with intervention",
            "Excessive force against protesters"}
_GENERIC_BLAST = {"explode", "explosion", "blast", "detonate", "explosive", "bomb", "bombing"}
_SPECIFIC_BLAST = {"ied", "landmine", "mine", "roadside", "car", "device", "booby", "vbied",
                   "planted", "magnetic", "sticky", "pipe", "parcel"}
_MAN_MADE_CONTEXT = {"factory", "plant", "furnace", "boiler", "tank", "gas", "leak", "chemical",
                     "fire", "industrial", "storage", "container", "pipeline", "refinery",
                     "tanker", "mine", "cylinder", "fireworks", "warehouse"}
_AIRCRAFT = {"jet", "jets", "warplane", "warplanes", "aircraft", "helicopter", "helicopters",
             "drone", "drones", "bomber", "bombers", "airstrike", "airstrikes", "gunship",
             # "aviation struck X" (read22: typed shelling); not "plane", which world news
             # names as what was hit or hijacked as often (one CASE row lost with it)
             "aviation"}
_CAPTURE = {"capture", "seize", "take", "overrun", "occupy", "gain", "fall", "storm", "retake",
            "recapture", "regain", "reclaim", "liberate", "retook", "recaptured", "win", "enter",
            "recover"}
_TERRITORIAL = TERRITORY_TAKINGS
_WEAPONISH = {"Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack",
              "Air/drone strike", "Chemical weapon", "Disrupted weapons use", "Suicide bomb"}
# Heads that make a weapon word a thing rather than an attack ("missile tests", "chemical
# weapons facilities").
_NOT_ATTACK_HEADS = {"test", "program", "programme", "development", "facility", "factory",
                     "production", "stockpile", "arsenal", "site", "capability", "deal",
                     "launcher", "system", "technology", "launching"}
# No fight: a capture made without fighting is a non-violent transfer of territory.
_UNOPPOSED = {"resistance", "unopposed", "deserted", "abandon", "peacefully", "handover",
              "withdrawal", "vacate", "uncontested"}
_STATE_WORDS = {"army", "troop", "soldier", "military", "government", "force", "police",
                "regime", "trooper", "marine", "navy", "authority"}
_NONSTATE_WORDS = {"militant", "rebel", "insurgent", "jihadist", "fighter", "terrorist",
                   "separatist", "militia", "group", "opposition", "gunman", "extremist"}


_REPEL = {"repel", "repulse", "fend off", "beat back", "repelled", "repulsed"}
# words that make a sinking an act of war
_SINK_ATTACK = {"missile", "missiles", "strike", "strikes", "attack", "torpedo", "drone",
                "artillery", "rocket", "neptune", "harpoon", "shell", "shelling", "mine"}


@dataclass
class Cue:
    start: int  # token index
    end: int
    root: int  # token index of the span's syntactic head
    phrase: str
    defn: CueDef


@dataclass
class Candidate:
    """One detected event before its arguments are attached."""

    trigger: int  # token index of the anchor cue's head
    cues: list[Cue]
    sub: str
    weight: float
    tokens: set[int] = field(default_factory=set)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[tuple[tuple[str, str | None], ...], CueDef, str]]]:
    """first word -> [(words with optional POS, definition, phrase)], longest first."""
    idx: dict[str, list] = {}
    for phrase, defn in CUES.items():
        # the tokenizer splits hyphens ("sit-in" -> sit, -, in): index both spellings
        for spelling in {phrase, phrase.replace("-", " - ")}:
            words = []
            for w in spelling.split():
                word, _, pos = w.partition("/")
                words.append((word, pos or None))
            idx.setdefault(words[0][0], []).append((tuple(words), defn, phrase))
    for v in idx.values():
        v.sort(key=lambda x: -len(x[0]))
    return idx


def _tok_matches(tok, word: str, pos: str | None) -> bool:
    if pos and tok.pos_ != pos:
        return False
    low = tok.lower_
    # plurals the tagger took for proper nouns keep their "s" in the lemma ("Drones")
    return low == word or tok.lemma_.lower() == word or low in (word + "s", word + "es") or (
        tok.tag_ in _INFLECTED and word in _stems(low))


# Verb forms whose lemma the lemmatizer sometimes gets wrong ("raped" -> "rap", "staged" ->
# "stag"): the regular English inflections are undone by hand as well.
_INFLECTED = {"VBD", "VBN", "VBG", "VBZ"}


def _stems(low: str) -> set[str]:
    """Candidate base forms of a regularly inflected verb form."""
    out = set()
    for suffix in ("ed", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            base = low[:-len(suffix)]
            out |= {base, base + "e"}
            if len(base) > 2 and base[-1] == base[-2]:
                out.add(base[:-1])  # "stabbed" -> "stab"
            if suffix == "ed" and base.endswith("i"):
                out.add(base[:-1] + "y")  # "carried" -> "carry"
    if low.endswith("s") and len(low) > 3:
        out.add(low[:-1])
    return out


# The places a weapon's name can name the kind of ("the UAV control center", "a drone
# repair plant", "drone storage sites")
_TARGET_HEADS = {"center", "centre", "depot", "base", "warehouse", "plant", "factory",
                 "workshop", "hangar", "site", "point", "headquarters", "facility"}
_TARGET_MODS = {"control", "command", "repair", "production", "storage", "launch",
                "assembly", "maintenance", "operator", "operators", "training", "ammunition"}


def _kind_of_target(doc, j: int) -> bool:
    """Does a facility's word follow the weapon's name ending before token ``j`` (past a
    bracketed short name and up to two words of what the place does)?"""
    n = len(doc)
    if j < n and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 6, n)) if doc[k].text == ")"), None)
        if close is None:
            return False
        j = close + 1
    for _ in range(2):
        if j < n and doc[j].lower_ in _TARGET_MODS:
            j += 1
    return j < n and doc[j].lemma_.lower() in _TARGET_HEADS


_MODEL_NUMBER = re.compile(r"[a-z]{3,}-\d{1,4}[a-z]?")


def find_cues(doc, skip: frozenset[int] = frozenset()) -> list[Cue]:
    """All cue matches, longest first at each position, without overlaps; tokens in ``skip``
    (inside actor names: "the 225th Assault Regiment") are not cues."""
    idx = _index()
    out: list[Cue] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if i in skip:
            i += 1
            continue
        low = tok.lower_
        cands = (idx.get(low, []) + idx.get(tok.lemma_.lower(), [])
                 + (idx.get(low[:-1], []) if low.endswith("s") else [])
                 + (idx.get(low[:-2], []) if low.endswith("es") else []))
        if tok.tag_ in _INFLECTED:
            for stem in _stems(low):
                cands += idx.get(stem, [])
        if _MODEL_NUMBER.fullmatch(low):
            cands += idx.get(low.split("-")[0], [])  # "Shahed-136": a Shahed (read161)
        best = None
        for words, defn, phrase in sorted(cands, key=lambda x: -len(x[0])):
            if i + len(words) > n:
                continue
            if all(_tok_matches(doc[i + k], w, p) and i + k not in skip
                   for k, (w, p) in enumerate(words)):
                best = (len(words), defn, phrase)
                break
        if best is None and tok.pos_ == "VERB" and tok.lemma_.lower() in OUSTING_VERBS and \
                _out_of(tok):
            # "pushed Russian troops out of X": the verb and its "out of" apart
            phrase = f"{tok.lemma_.lower()} out"
            best = (1, CUES[phrase], phrase)
        if best is None and tok.pos_ == "VERB" and tok.lemma_.lower() == "set" and \
                _set_alight([tok]):
            # "set the office on fire": the verb and its "on fire" apart (read121)
            best = (1, CUES["set on fire"], "set on fire")
        if best and best[2] == "leave/VERB" and any(
                c.dep_ in ("dobj", "oprd", "ccomp") and c.pos_ == "ADJ" or c.dep_ == "oprd"
                for c in tok.children):
            best = None  # "left the front vulnerable": made it so, no one left (read157)
        if best and best[0] == 1 and tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD", "VBG",
                                                                          "JJ") and \
                not _verb_tagged_adjective(tok):
            best = None  # "occupied Ishchenka", "wounded soldiers": a state, not an event
        if best and best[0] == 1 and tok.dep_ in ("acomp", "oprd") and \
                tok.head.lemma_.lower() in _SEEM_VERBS:
            best = None  # "servicemen who did not appear wounded": how someone looked
        if best and best[0] == 1 and tok.dep_ in ("compound", "amod") and \
                tok.head.lemma_.lower() in _KIT_OF_FORCES:
            best = None  # "riot police", "riot gear": the kind of a force or its kit
        if best and best[0] == 1 and tok.dep_ in ("compound", "amod") and \
                tok.head.lemma_.lower() in UNIT_NOUNS and \
                ALL_SUBTYPES.get(best[1].sub) in _FIGHTING_TYPES:
            best = None  # "forming a combat battalion": the unit's kind, no fight (read21)
        if best and best[1].sub == "Air/drone strike" and _kind_of_target(doc, i + best[0]):
            best = None  # "struck the drone control center": the target's kind (read156)
        if best and best[0] == 1 and _in_unit_name(tok):
            best = None  # "the 205th motorized rifle Cossack brigade": a unit's name (read50)
        if best:
            length, defn, phrase = best
            span = doc[i:i + length]
            out.append(Cue(i, i + length, span.root.i, phrase, defn))
            i += length
        else:
            i += 1
    return out


def _out_of(verb) -> bool:
    """Has the verb an "out of" of its own after its object ("pushed the troops out of X")?"""
    doc = verb.doc
    return any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") and c.i > verb.i + 1
               and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "of" for c in verb.children)


def _set_alight(tokens) -> bool:
    """"set fire to the office", "set the office on fire", "set cars ablaze" (in the parse,
    not merely "set" and "fire" somewhere in the snippet)."""
    for t in tokens:
        if t.lemma_.lower() != "set" or t.pos_ != "VERB":
            continue
        words = {c.lower_ for c in t.children} | {
            g.lower_ for c in t.children if c.dep_ == "prep" for g in c.children} | {
            g.lower_ for c in t.children if c.dep_ == "dobj" for p in c.children
            if p.dep_ == "prep" and p.lower_ == "on" for g in p.children}  # "centers on fire"
        if words & {"fire", "ablaze", "alight"}:
            return True
    return False


def _negated(tok) -> bool:
    """"has not claimed", "no group has claimed", "nobody claimed"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "no one") or
                                                     any(d.lower_ == "no" for d in c.children))
               for c in tok.children)


def _in_protest(tok) -> bool:
    """"recalled its ambassador in protest": a manner, not a demonstration."""
    return tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
        and not any(c.dep_ == "det" for c in tok.children)  # "in a protest" is one


_KIT_OF_FORCES = {"police", "policeman", "officer", "gear", "squad", "shield", "van", "unit"}
# Event types whose cue, modifying a unit noun, names the unit's kind ("a combat battalion",
# "an assault company", "an artillery brigade"; read21: a clash in a Russian oblast); a
# disaster's cue does not ("the fire brigade" is at a fire)
_FIGHTING_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


# Verbs of firing on a place, whose coordinated "and killed N" is their toll
_FIRING_VERBS = {"shell", "strike", "hit", "bomb", "fire", "launch", "target", "bombard",
                 "rocket", "missile"}

# Verbs of how someone looks or stays ("did not appear wounded"): a state, not an event
_SEEM_VERBS = {"appear", "seem", "look"}

# "a series of strikes hit": the quantity noun and its "of" do not count as steps
_TRANSPARENT = {"of", "series", "wave", "number", "barrage", "string", "spate", "round",
                "volley", "salvo", "couple", "dozens", "hundreds", "wave", "campaign"}


def participial(tok) -> bool:
    """"shelled the town, killing 3": a subjectless participle clause adds to its head event;
    so does a participle coordinated with it ("killing at least 50 and wounding around a
    hundred evacuees": the wounds are the strike's too, not an attack of their own)."""
    if tok.dep_ == "conj" and tok.head.i != tok.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        if tok.tag_ in ("VBG", "VBN") and tok.head.tag_ == tok.tag_ and participial(tok.head):
            return True
        # "shelling killed three and wounded five civilians": a harm coordinated with a harm
        # of the same subject is the same act's toll
        # ("shelled Kharkiv and killed three civilians": the shelling's toll)
        return tok.lemma_.lower() in _CONSEQUENCES and tok.head.lemma_.lower() in _TOLL_HEADS
    return tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _linked(doc, a: int, b: int, hops: int = 2) -> bool:
    """Is b an ancestor of a (or a of b) within ``hops`` non-clausal dependency steps?"""
    for x, y in ((a, b), (b, a)):
        tok = doc[x]
        steps = 0
        for _ in range(hops + 4):
            if tok.head.i == tok.i or (tok.dep_ not in _LINK_DEPS and not participial(tok)):
                break
            tok = tok.head
            if tok.i == y:
                return True
            if tok.dep_ == "prep" and tok.lower_ in _BACKGROUND_PREPS - {"against", "to"}:
                break  # "seized the capital despite a bombing campaign": another event
            if tok.lower_ not in _TRANSPARENT:
                steps += 1
                if steps >= hops:
                    break
    for x, y in ((a, b), (b, a)):
        t, o = doc[x], doc[y]
        if participial(t) and t.lemma_.lower() in _CONSEQUENCES and o.dep_ == "dobj" and \
                o.head.i == t.head.i and t.head.lemma_.lower() in _TOLL_LIGHT_VERBS:
            # "conducted an air strike on X, killing up to 50 personnel": the toll of the act
            # the light verb's object names (read29: a second event, an armed clash with no
            # place, held the strike's dead)
            return True
    return False


# Verbs whose object is the act a participle's toll belongs to ("conducted a strike, killing")
_TOLL_LIGHT_VERBS = {"conduct", "launch", "carry", "stage", "mount", "make", "perform"}


def cluster(doc, cues: list[Cue]) -> list[Candidate]:
    """Group linked cues in a sentence; every group with an anchor cue is a candidate event."""
    parent = list(range(len(cues)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    starts = sent_starts(doc)
    brackets = _brackets(doc) if any(t.text == "(" for t in doc) else None
    by_sent: dict[int, list[int]] = {}
    for i, c in enumerate(cues):
        by_sent.setdefault(starts[c.root], []).append(i)
    for members in by_sent.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if _linked(doc, cues[i].root, cues[j].root):
                    parent[find(i)] = find(j)
    groups: dict[int, list[Cue]] = {}
    for i, c in enumerate(cues):
        groups.setdefault(find(i), []).append(c)
    out = []
    for members in groups.values():
        if brackets is not None and len({brackets[c.root] for c in members}) > 1:
            # a remark in brackets types no act told outside them (read50: "struck X (the
            # only checkpoint to occupied Y)" became a capture of X)
            outside = [c for c in members if brackets[c.root] == -1]
            if any(c.defn.anchor for c in outside):
                members = outside
        anchors = [c for c in members if c.defn.anchor]
        if not anchors:
            continue
        # the anchor highest in the tree stands for the event (the verb over its instrument)
        # "repelled all advances": the event is the advance (denied); "repelled sabotage
        # groups" with no event noun: the repelling is the fighting
        anchor = min(anchors, key=lambda c: (c.phrase in _REPEL, _depth(doc[c.root]),
                                             -c.defn.weight))
        top = max(members, key=lambda c: c.defn.weight)
        cand = Candidate(trigger=anchor.root, cues=members, sub=top.defn.sub,
                         weight=top.defn.weight,
                         tokens={k for c in members for k in range(c.start, c.end)})
        out.append(cand)
    out.sort(key=lambda c: c.trigger)
    return out


# Verbs of seizing people, and of carrying them off after (one act: read50)
_SEIZE_PEOPLE = {"kidnap", "abduct", "detain", "arrest", "seize", "capture"}
_CARRY_OFF = {"relocate", "transport", "move", "take", "deport", "transfer", "send", "bring",
              "remove"}


def _carries_off_the_seized(trig) -> bool:
    """"kidnapped and relocated X": a verb of carrying off joined by "and" to a verb of
    seizing people, sharing its object, is the seizure's own act, no move of forces."""
    return trig.lemma_.lower() in _CARRY_OFF and trig.dep_ == "conj" and \
        trig.head.lemma_.lower() in _SEIZE_PEOPLE


# Words of a weapon hit or lost: "a destroyed drone", "the downed aircraft"
_DOWNED = {"destroyed", "downed", "intercepted", "damaged", "wrecked", "abandoned", "crashed",
           "captured", "shot-down", "burned", "burnt", "disabled"}
# People one fires from a post: "fired the head of the district administration"
_POSTS = {"inspector", "head", "official", "minister", "director", "employee", "chief",
          "governor", "mayor", "deputy", "manager", "prosecutor", "judge", "commander",
          "spokesperson", "spokesman", "adviser", "advisor", "secretary", "staff", "officer"}


# Nouns of people held by the other side: whoever is detained among them is their state
_HELD_PEOPLE = {"pow", "pows", "prisoner", "captive", "detainee", "inmate", "hostage"}
# Goods and papers taken from people (seized or captured, no ground changes hands)
_GOODS_SEIZED = {"passport", "document", "grain", "harvest", "crop", "property", "asset",
                 "food", "livestock", "cattle", "store", "business", "enterprise", "farm",
                 "farmland", "shop", "bank", "account", "savings",
                 # people's own things ("seized cars and household goods from residents" was
                 # a government's regained territory; found beside read179's passports)
                 "car", "good", "belonging", "money", "valuable", "appliance", "furniture",
                 "jewelry", "jewellery", "household"}


# Verbs whose object is a thing put out of action, not an attack of its own
_PUT_OUT = {"destroy", "damage", "down", "intercept", "capture", "seize", "disable", "lose",
            "abandon", "wreck", "neutralize", "neutralise"}


def _hit_thing(trig) -> bool:
    """Is the weapon word (or one of a list) what a verb of putting out of action took
    ("destroyed 12 tanks and two aircraft", "two aircraft were destroyed")? A thing hit, not
    an air strike of its own (read108: an air strike near X beside the fight)."""
    t = trig
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _PUT_OUT


def _held_captive(trig) -> bool:
    """Is the arrest trigger a participle that describes captives ("Ukrainian POWs detained
    at the X prison camp requested ...", "prisoners held in Y")? It says who they are, not an
    arrest made that day (read107: an arrest by the prisoners' own side)."""
    if trig.tag_ != "VBN":
        return False
    if trig.dep_ == "acl":
        held = [trig.head]
    else:
        # (the tagger may make the participle the verb, the captives its subject, with no
        # auxiliary: "POWs detained at X requested", never "POWs were detained")
        if any(c.dep_ in ("aux", "auxpass") for c in trig.children):
            return False
        held = [c for c in trig.children if c.dep_ == "nsubj"]
    return any(h.lemma_.lower() in _HELD_PEOPLE or h.lower_ in _HELD_PEOPLE for h in held)


def _dismissed(trig) -> bool:
    """Is the trigger "fire" with a person or a post as its object (dismissed, not shot)?"""
    if trig.lemma_.lower() != "fire" or trig.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "against")
           for c in trig.children):
        return False  # "fired Grad MLRS at X": shot at a target (read64: the launcher's
        # name tagged a person made it a dismissal)
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lemma_.lower() in _POSTS or o.ent_type_ == "PERSON"
                              for o in objs)


_ORDINAL_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _in_unit_name(tok) -> bool:
    """Is the word part of a numbered unit's name ("the 205th motorized rifle Cossack
    brigade", "the 3rd artillery regiment"): a modifier chain up to a unit noun that a number
    designates?"""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("compound", "amod", "nmod") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in UNIT_NOUNS:
            return any(_ORDINAL_NUMBER.match(c.text) for c in t.subtree if c.i < t.i)
    return False


def _brackets(doc) -> list[int]:
    """Token index -> the index of the "(" of the innermost brackets it stands in (-1: none)."""
    out, stack = [-1] * len(doc), []
    for t in doc:
        if t.text == "(":
            stack.append(t.i)
        out[t.i] = stack[-1] if stack else -1
        if t.text == ")" and stack:
            stack.pop()
        if t.is_sent_end:
            stack.clear()
    return out


def sent_starts(doc) -> list[int]:
    """Token index -> start of its sentence (Token.sent is slow to call per token)."""
    out = [0] * len(doc)
    for sent in doc.sents:
        out[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
    return out


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _lemmas(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def object_lemmas(tok) -> set[str]:
    """Lemmas of a trigger's objects/targets (direct object, passive subject, on/against X)."""
    out = set()
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass", "attr"):
            out |= {t.lemma_.lower() for t in ch.subtree}
        elif ch.dep_ == "prep" and ch.lower_ in ("on", "against", "of", "at", "in"):
            out |= {t.lemma_.lower() for t in ch.subtree}
    if tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        out.add(tok.head.lemma_.lower())
    return out


# What a transfer moves when it moves forces, not ground
_FORCES_MOVED = {"unit", "units", "battalion", "battalions", "btg", "btgs", "brigade", "brigades",
                 "equipment", "reserve", "reserves", "reinforcement", "reinforcements",
                 "personnel", "volunteer", "volunteers", "mercenary", "mercenaries", "fighter",
                 "fighters"}
# What gives way when a front collapses: forces and their lines
_FRONT_NOUNS = {"line", "lines", "front", "frontline", "defense", "defence", "defenses",
                "defences", "force", "forces", "troop", "troops", "army", "unit", "units",
                "position", "positions", "offensive", "resistance", "morale", "grouping"}


def _front_collapses(trig) -> bool:
    """Is the trigger a collapse of forces or their lines ("the collapse of the Russian line",
    "if Russian forces collapse along the axis")? Not a disaster: a front giving way."""
    if trig.lemma_.lower() != "collapse":
        return False
    whose = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")] + [
        o for p in trig.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]
    if trig.dep_ in ("nsubj", "dobj", "pobj") and trig.head.pos_ == "NOUN":
        whose.append(trig.head)  # "a front collapse"
    return any(w.lemma_.lower() in _FRONT_NOUNS or w.lower_ in _FRONT_NOUNS for w in whose) \
        or any(c.dep_ in ("compound", "amod") and c.lower_ in _FRONT_NOUNS
               for c in trig.children)


# Causes of losses that are no fighting
_NO_FIGHT_CAUSES = {"supply", "system", "disease", "illness", "frostbite", "accident", "shortage",
                    "morale", "desertion", "fratricide", "cold", "weather", "hunger", "logistics"}


def _lost_to_no_fight(trig) -> bool:
    """Are the losses put down to something other than fighting ("suffering casualties due to
    a poor medical supply system")?"""
    for p in trig.subtree:
        if p.lower_ in ("due", "because", "owing") or (p.dep_ == "prep" and p.lower_ == "from"):
            if any(t.lemma_.lower() in _NO_FIGHT_CAUSES for t in p.subtree):
                return True
    return False


_CROWD_WORDS = {"protest", "protester", "protestor", "demonstrator", "demonstration", "rally",
                "crowd", "rioter", "riot", "mob", "march", "marcher"}


def _crowd_near(trig) -> bool:
    """Does the trigger's sentence name a crowd or a protest?"""
    return any(t.lemma_.lower() in _CROWD_WORDS for t in trig.sent)


def _took_up_posts(trig) -> bool:
    """"took up defensive positions", "take up a defensive line": forces settling into a
    defence, neither ground taken nor a fight (read120: an armed clash)."""
    if trig.lemma_.lower() != "take" or not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in trig.children):
        return False
    return any(c.dep_ == "dobj" and any(a.lower_ == "defensive" for a in c.children)
               for c in trig.children)


# who an evacuation moves when it is a garrison leaving
_FIGHTERS = TROOP_NOUNS | {"defender", "serviceman", "servicemen", "servicemember", "garrison",
                           "combatant", "wounded"}


def _evacuated(trig) -> set[str]:
    """Lemmas of who is evacuated: the object or passive subject, the subject of an
    intransitive "evacuated", the "of" of the noun ("the evacuation of 264 wounded Mariupol
    defenders"), with their conjuncts."""
    out = set(object_heads(trig))
    if trig.dep_ == "acl":  # "260 defenders evacuated from the plant" (a reduced relative)
        out.add(trig.head.lemma_.lower())
    for ch in trig.children:
        if ch.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in trig.children):
            out.add(ch.lemma_.lower())
            out |= {c.lemma_.lower() for c in ch.conjuncts}
        if ch.dep_ == "prep" and ch.lower_ == "of":
            for g in ch.children:
                if g.dep_ == "pobj":
                    out.add(g.lemma_.lower())
                    out |= {c.lemma_.lower() for c in g.conjuncts}
    return out


def _left_place(trig) -> bool:
    """"nearly 2,000 Ukrainian fighters have left Azovstal": fighters as subject and a named
    place or a settlement as object."""
    subj = {c.lemma_.lower() for ch in trig.children if ch.dep_ == "nsubj"
            for c in (ch, *ch.conjuncts)}
    # (any proper noun: forces leave places, and the tagger calls towns persons, "Kherson")
    return bool(subj & _FIGHTERS) and any(
        o.dep_ == "dobj" and (_named_place(o) or o.lemma_.lower() in _SETTLEMENT_NOUNS or (
            o.pos_ == "PROPN" and o.ent_type_ not in ("DATE", "TIME", "NORP")))
        for o in trig.children)


def object_heads(tok) -> set[str]:
    """Lemmas of the head nouns of a trigger's objects (direct object, passive subject) and
    their conjuncts: "seized guns and drugs" -> {gun, drug}; the modifiers are left out
    ("a rocket-launching site" is a site)."""
    out = set()
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            out.add(ch.lemma_.lower())
            out |= {c.lemma_.lower() for c in ch.conjuncts}
    return out


def object_nouns(tok) -> set[str]:
    """Lemmas of the nouns in a trigger's objects that are not modifiers of another noun
    ("packages containing explosive devices were discovered" -> package, device; "officer of
    the Arm Forces was intercepted" -> officer, force, not "arm")."""
    out = set()
    for ch in tok.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            out |= {t.lemma_.lower() for t in ch.subtree if t.pos_ == "NOUN" and t.dep_ not in (
                "compound", "amod", "poss", "nmod", "npadvmod")}
    return out


# Territory nouns that, as the bare object of "take", are idiom ("took part", "took most")
_NOT_GROUND = {"part", "most", "much", "control"}
# Weight-1 verbs that take ground only with ground as their object (refine, _ground_object)
_GROUND_VERBS = {"take": CUES["take/VERB"], "secure": CUES["secure/VERB"],
                 "clear": CUES["clear/VERB"]}
# What "secure" and "clear" take when they take ground: a settlement, not "the area" (secured
# after an attack) nor a road
_SETTLEMENT_NOUNS = {"village", "town", "city", "settlement", "locality", "hamlet", "outskirts"}
# "cleared the entirety of urban Mariupol", "secured the rest of Kherson Oblast"
_WHOLE_OF = {"entirety", "rest", "remainder", "whole", "remnant", "all"}


def _in_cause(tok, trig) -> bool:
    """Is ``tok`` inside a phrase of cause on ``trig`` ("due to heavy fighting", "because
    of", "amid")?"""
    t = tok
    while t.head.i != t.i and t.head.i != trig.i:
        t = t.head
    if t.head.i != trig.i or t.dep_ not in ("prep", "advcl"):
        return False
    return t.lower_ in ("due", "amid", "because", "owing", "despite")


def _ground_object(trig, place_at: frozenset[int] = frozenset()) -> bool:
    """Does a ground verb ("take", "secure", "clear") have ground as its object: a named
    place (one the tagger marks, or one the place stage resolved: ``place_at``, its tokens,
    as "took Soledar" where the tagger calls Soledar a person), a settlement, or (for "take")
    any territory noun but the idioms; "the entirety of" or "the rest of" a named place too?"""
    lemma = trig.lemma_.lower()
    nouns = TERRITORY_NOUNS - _NOT_GROUND if lemma == "take" else _SETTLEMENT_NOUNS
    for o in trig.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        if o.lemma_.lower() in nouns or _named_place(o) or o.i in place_at:
            return True
        if o.lemma_.lower() in _WHOLE_OF and any(
                p.lower_ == "of" and any(_named_place(t) or t.lemma_.lower() in nouns
                                         for t in p.subtree)
                for p in o.children):
            return True
    return False


def _named_place(tok) -> bool:
    """A token of a place's name: the tagger's place entities, or a proper noun it calls
    no person, people or date (it tags towns as organisations: "secured Melitopol")."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG"))
_HANDOVER = {"transfer", "hand", "turn", "cede", "handover"}
# What a transfer moves when it moves forces, not ground
_FORCE_WORDS = {"battalion", "battalions", "brigade", "brigades", "regiment", "regiments",
                "division", "divisions", "unit", "units", "troops", "troop", "forces",
                "personnel", "equipment", "system", "systems", "btg", "btgs", "company",
                "companies", "tank", "tanks", "artillery", "reserves", "reinforcements",
                "elements", "soldiers", "servicemen", "contingent", "weapons", "ammunition",
                "helicopters", "aircraft", "vehicles"}


def _moves_forces(trig) -> bool:
    """Does the transfer verb or noun move forces or their kit ("transferred one T-62 tank
    battalion", "the transfer of BTGs")?"""
    for c in trig.children:
        if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "of"):
            for t in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]):
                words = {t.lower_, t.lemma_.lower()} | {x.lower_ for x in t.subtree}
                if words & _FORCE_WORDS:
                    return True
    return False


_FIGHT_WORDS = {"clash", "fight", "fighting", "battle", "resistance", "shot", "bloodshed",
                "violence", "combat", "firefight", "casualty"}


def _no_fight(tokens) -> bool:
    """Fighting denied by "without" or "no" ("taking control of several towns without any
    armed clashes", "no resistance was met")."""
    for t in tokens:
        if t.lower_ == "without" and any(d.lemma_.lower() in _FIGHT_WORDS for d in t.subtree):
            return True
        if t.lower_ == "no" and t.dep_ == "det" and t.head.lemma_.lower() in _FIGHT_WORDS:
            return True
    return False


_BOMBING_WORDS = {"bomb", "bomber", "bombing", "blast", "explode", "explosion", "explosive",
                  "detonate", "vest", "belt", "attack", "attacker", "car", "blow"}
_FOIL = {"foil", "thwart", "avert", "defuse"}
_ACCIDENTAL = {"accidentally", "accidental", "prematurely", "premature", "inadvertently"}
_BLAZES = {"fire", "blaze", "flame", "wildfire", "inferno"}
# Weather that makes a fire a wildfire (a natural disaster in the CASE 2021 types)
_WEATHER = {"wind", "winds", "temperature", "temperatures", "heatwave", "heat", "drought",
            "lightning", "dry", "bushfire", "wildfire", "forest"}


# Subjects of a harm verb that make it a strike ("strikes collapsed the bridge"; read29)
_STRIKE_SUBJECTS = {"strike", "airstrike", "shelling", "missile", "rocket", "shell", "drone",
                    "artillery", "himars", "bombardment"}


# What is fought over or fired on when "contested" or "targeted" (read29)
_CONTESTED = TERRITORY_NOUNS | {"positions", "line", "lines", "trench", "trenches", "equipment",
                                "defense", "defenses", "defence", "defences",
                                "depot", "depots", "troops", "forces", "unit", "units",
                                "concentration", "concentrations", "vehicle", "vehicles", "tank",
                                "tanks", "artillery", "command", "headquarters", "warehouse",
                                "stronghold", "strongholds", "fortification", "fortifications",
                                # "concentration points", "command posts" (read176: no event)
                                # "continued to target Russian ammunition storages in X"
                                # (read227 class 6: no event)
                                "storage", "storages", "dump", "dumps", "arsenal", "arsenals",
                                "stockpile", "stockpiles", "airfield", "airfields",
                                "point", "points", "post", "posts"}


def _fought_over(trig):
    """The object of "contest"/"target" that makes it a fight or fire: positions, ground,
    forces or arms ("contesting Russian positions around X", "targeting Russian military
    equipment"), or a settlement by name; else None."""
    armed = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in _FIRED_ARMS or any(
            k.dep_ == "compound" and k.lemma_.lower() in _FIRED_ARMS for k in g.children))
        for g in c.children) for c in trig.children)
    for ch in trig.children:
        if ch.dep_ != "dobj":
            continue
        if ch.lemma_.lower() in _CONTESTED or ch.lower_ in _CONTESTED or ch.ent_type_ == "GPE":
            return ch
        if armed:
            # "targeted energy infrastructure in X with missiles": whatever is aimed at with
            # arms is struck (read39: three strikes on cities lost their places)
            return ch
    return None


# Arms a target is struck with ("with artillery", "with kamikaze drones")
_FIRED_ARMS = WEAPON_NOUNS | FIRE_WEAPONS | {"airstrike", "strike", "himars", "loitering"}
# What a grenade cue's "hurl" or "lob" must throw to be one
_THROWN_ARMS = {"grenade", "explosive", "bomb", "cocktail", "molotov", "device", "charge"}


def _sides_fire(subj) -> bool:
    """Is the subject a side's fire ("Ukrainian fires", "Russian artillery fire")?"""
    return subj is not None and subj.lemma_.lower() == "fire" and any(
        c.dep_ in ("amod", "compound", "poss") and c.lower_ in DEMONYM_TO_ISO
        for c in subj.children)


def _subject_lemma(tok) -> str | None:
    subj = _subject(tok)
    return subj.lemma_.lower() if subj is not None else None


_STATE_KINDS = {"state forces", "government"}
_NONSTATE_KINDS = {"rebel group", "political militia", "identity militia"}


def _agent_kind(doc, trig, actor_at) -> str | None:
    """"state" or "nonstate" for the agent of a trigger, from actor records or head nouns."""
    agents = [c for c in trig.children if c.dep_ == "nsubj"]
    agents += [g for c in trig.children if c.dep_ == "agent" for g in c.children]
    if trig.lemma_.lower() == "fall":  # "the town fell to government forces"
        agents = [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
    if not agents and trig.dep_ in ("xcomp", "conj", "advcl"):
        # "advanced and captured", "continued to regain", "..., capturing the village"
        subj = _subject(trig)
        agents = [subj] if subj is not None and subj.dep_ == "nsubj" else []
    for a in agents:
        mods = {t.lower_ for t in a.subtree if t.i < a.i}
        if mods & {"government", "regime", "loyalist"} and not mods & {"anti", "anti-government"}:
            return "state"  # "pro-government militias": the government's affiliates (ACLED)
        for t in [a] + list(a.subtree):
            actor = actor_at.get(t.i) if actor_at else None
            if actor is not None:
                if actor.kind in _STATE_KINDS:
                    return "state"
                if actor.kind in _NONSTATE_KINDS:
                    return "nonstate"
        lemma = a.lemma_.lower()
        if any(c.lemma_.lower() in _NONSTATE_WORDS | {"proxy"} for c in a.children
               if c.dep_ in ("amod", "compound")):
            return "nonstate"  # "proxy forces", "rebel troops"
        if lemma in _STATE_WORDS:
            return "state"
        if lemma in _NONSTATE_WORDS:
            return "nonstate"
        if a.ent_type_ == "GPE":
            return "state"  # "Russia captured the town": a state acts through its forces
    return None


def _taken_from(trig, actor_at) -> str | None:
    """Who takes the ground, told by whom it was taken from ("seized the town from the
    militants": the state's forces; "captured the base from the army": a non-state group)."""
    for ch in trig.children:
        if ch.dep_ != "prep" or ch.lower_ != "from":
            continue
        for t in ch.subtree:
            actor = actor_at.get(t.i) if actor_at else None
            kind = actor.kind if actor is not None else None
            lemma = t.lemma_.lower()
            if kind in _NONSTATE_KINDS or lemma in _NONSTATE_WORDS:
                return "state"
            if kind in _STATE_KINDS or lemma in _STATE_WORDS:
                return "nonstate"
    return None


def _aimed(tok) -> bool:
    """Whether ``tok`` (a verb of taking ground) is the purpose of something else: a
    to-infinitive hung on a noun or a clause ("an offensive to capture Bakhmut", "advanced
    to encircle the city"), not a verb the clause says was done."""
    return tok.dep_ in ("acl", "advcl") and is_infinitive(tok)


_FIRE_AT_PREPS = {"against", "on", "at", "upon", "toward", "towards"}
_FIRE_KINDS = {"routine", "artillery", "mortar", "rocket", "tank", "small", "sniper", "mlrs",
               "counter-battery", "counterbattery", "indirect", "harassing", "machine-gun",
               # "attack X by air and ground fires" (read32: a blaze, no strike)
               "air", "aerial", "naval", "missile"}
# "fire attacks on Kyiv", "fire strikes": the fire names the attack's means (read122: a blaze)
_FIRE_MEANS_OF = {"attack", "strike", "raid", "mission", "assault"}


# Nouns of how much or how fast one fires: "escalated their pace of fire against X"
FIRE_RATE_NOUNS = {"pace", "rate", "volume", "intensity", "tempo"}


def fire_rate_verb(trig):
    """The verb above "the pace of fire" ("escalated their pace of fire against X"), whose
    phrases say where the fire went, else None."""
    if trig.lemma_.lower() != "fire" or trig.dep_ != "pobj" or trig.head.lower_ != "of":
        return None
    rate = trig.head.head
    if rate.lemma_.lower() not in FIRE_RATE_NOUNS or rate.dep_ not in ("dobj", "nsubjpass"):
        return None
    return rate.head


_CAUSING = {"cause", "start", "spark", "trigger", "ignite", "set"}


def _caused_blaze(t) -> bool:
    """Is the blaze the object of a causing verb hung on another act ("shelled X, causing a
    fire")?"""
    return t.lemma_.lower() in _BLAZES and t.dep_ == "dobj" and \
        t.head.lemma_.lower() in _CAUSING and t.head.dep_ in ("advcl", "xcomp", "conj")


_DISASTERS = {"Natural disaster", "Man-made disaster"}
# Verbs (and verb-preposition pairs) that make their object an outcome of their subject
_OUTCOME_VERBS = _CAUSING | {"provoke", "produce"}
_OUTCOME_PREPS = {("result", "in"), ("lead", "to")}
# Acts and arms whose outcome a disaster is ("the strike caused flooding")
_ATTACK_CAUSES = _STRIKE_SUBJECTS | {"attack", "explosion", "blast", "bombing", "projectile",
                                     "munition", "shahed", "bomb"}


def _outcome_of_attack(t) -> bool:
    """Is the disaster's noun what an attack caused: the object of a causing verb (or of
    "resulted in", "led to") whose subject is a strike or its arms ("the strike caused
    flooding"), or which is hung on a verb of firing ("missiles struck the dam and caused
    flooding", "shelled X, causing fires")?"""
    verb = t.head
    if t.dep_ == "pobj" and (verb.head.lemma_.lower(), verb.lower_) in _OUTCOME_PREPS:
        verb = verb.head
    elif t.dep_ != "dobj" or verb.lemma_.lower() not in _OUTCOME_VERBS:
        return False
    if _subject_lemma(verb) in _ATTACK_CAUSES:
        return True
    act = verb.head
    return verb.dep_ in ("advcl", "xcomp", "conj") and act.pos_ == "VERB" and (
        act.lemma_.lower() in _FIRING_VERBS | _STRIKE_VERBS or
        _subject_lemma(act) in _ATTACK_CAUSES)


# Verbs by which evidence backs what others told, and what they told
_BACKING = {"support", "corroborate", "confirm", "substantiate", "back", "match", "fit"}
_TOLD = {"claim", "report", "statement", "assertion", "account", "allegation"}


def _backs_claims(t) -> bool:
    """Does the clause that shows the fires say they back others' claims or reports ("data
    showed fires near X, which may support the milbloggers' claims")?"""
    return any(w.lemma_.lower() in _BACKING and w.pos_ == "VERB" and object_lemmas(w) & _TOLD
               for w in t.head.subtree)


_DOWNING = {"shoot", "intercept", "neutralize", "neutralise", "down", "destroy"}


def _shot_down_thing(t) -> bool:
    """Is the noun (or a conjunct of it) what was shot down or intercepted?"""
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _DOWNING and (
        t.head.lemma_.lower() != "shoot" or any(c.lower_ == "down" for c in t.head.children))


_SPACE_EYES = {"imagery", "image", "images", "data", "firms", "satellite", "satellites",
               "anomaly", "anomalies"}


def _fires_seen_from_space(t) -> bool:
    """Are the fires what satellite imagery or fire data showed ("FIRMS imagery showed fires
    in X", "FIRMS data observed high-temperature anomalies in Y")?"""
    if t.lemma_.lower() not in _BLAZES or t.dep_ != "dobj":
        return False
    verb = t.head
    if verb.lemma_.lower() not in ("show", "detect", "observe", "record", "register", "depict"):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        # ("NASA's FIRMS remotely sensed data showed fires": the parser hung "data" on
        # "sensed", the verb left with no subject; read218) the words before it say who saw
        return any(g.lower_ in _SPACE_EYES for g in verb.doc[verb.sent.start:verb.i])
    return any(c.lower_ in _SPACE_EYES or any(g.lower_ in _SPACE_EYES for g in c.subtree)
               for c in subj)


def _rounds_fired(t) -> bool:
    """Are the rounds fired at something ("fired six 155mm rounds at a building")?"""
    if t.lower_ not in FIRED_MUNITIONS or t.dep_ != "dobj":
        return False
    verb = t.head
    if verb.lemma_.lower() in ("use", "employ"):
        return any(c.dep_ in ("xcomp", "advcl", "acl") and c.lemma_.lower() in _STRIKE_VERBS
                   for c in (*verb.children, *t.children))  # "used munitions to strike X"
    # (the parser may take "rounds" for a verb and hang "at X" on it)
    return verb.lemma_.lower() in LAUNCH_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "against", "toward", "towards")
        for c in (*verb.children, *t.children))


def _fire_at(trig) -> bool:
    """Is the noun "fire" shooting: aimed at something ("fire against positions"), of a
    weapon or routine ("artillery fire", "routine fire") or fired at a pace aimed at something
    ("escalated their pace of fire against X": read68, eleven towns' shelling lost), or the
    means an attack names ("fire attacks on X": read122)?"""
    rate_verb = fire_rate_verb(trig)
    if trig.dep_ in ("compound", "amod", "nmod") and trig.head.lemma_.lower() in _FIRE_MEANS_OF:
        return True
    return any(c.dep_ == "prep" and c.lower_ in _FIRE_AT_PREPS for c in trig.children) or \
        any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _FIRE_KINDS
            for c in trig.children) or rate_verb is not None and any(
            c.dep_ == "prep" and c.lower_ in _FIRE_AT_PREPS for c in rate_verb.children)


def _strongest_other(cand: Candidate, sub: str):
    """The heaviest anchoring cue of another sub-event type than ``sub`` (the first of equals),
    or None: what a candidate becomes when its ``sub`` cues turn out to say nothing."""
    others = [c for c in cand.cues if c.defn.anchor and c.defn.sub != sub]
    return max(others, key=lambda o: o.defn.weight) if others else None


_PULL_BACK = {"withdraw", "retreat"}
_ASSAULT_VERBS = {"attack", "assault", "storm", "advance", "attempt", "try", "push", "probe"}


def _forced_back(trig) -> bool:
    """Is the act a withdrawal one side forced on the other ("Ukrainian forces forced a
    Russian reconnaissance group to withdraw near X")? Told with the forcer as the subject,
    it is the outcome of a fight: the forced side did not just move."""
    force = trig.head
    return trig.lemma_.lower() in _PULL_BACK and trig.dep_ in ("xcomp", "ccomp") and \
        force.lemma_.lower() == "force" and force.pos_ == "VERB" and \
        any(c.dep_ == "nsubj" and (c.lemma_.lower() in _FIGHTERS or c.lower_ in _FIGHTERS or
                                   c.ent_type_ in ("GPE", "NORP"))
            for c in force.children) and \
        not any(c.dep_ in ("nsubjpass", "auxpass") for c in force.children)


def _closes_an_attack(trig) -> bool:
    """Is the trigger a withdrawal that ends an attack of the same subject in one clause
    ("unsuccessfully attacked A and B and then withdrew", "tried to advance ... and
    retreated", "failed to seize A and retreated to previous positions"), naming no place of
    its own? It is the battle's outcome, not a troop movement
    (read45: five withdrawals stood as moves beside the battles they ended)."""
    return trig.lemma_.lower() in _PULL_BACK and trig.pos_ == "VERB" and \
        trig.dep_ == "conj" and trig.head.lemma_.lower() in _ASSAULT_VERBS | {"fail"} and \
        not any(c.dep_ == "nsubj" for c in trig.children) and \
        not any(c.dep_ == "prep" and c.lower_ in ("from", "to", "toward", "towards", "into")
                and not _to_own_lines(c) for c in trig.children)


def _to_own_lines(prep) -> bool:
    """"(withdrew) to their previous positions", "to previously occupied positions": back
    where they stood, no place of their own (read118: a move beside the failed attack)."""
    return prep.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ in _DEFENCES
                                       for o in prep.children)


# Lines a force holds, and another breaks into
_DEFENCES = {"defense", "defence", "line", "position", "fortification", "lines", "positions",
             "defenses", "defences", "fortifications", "perimeter"}
# Verbs of making one's own ground stronger, and what they strengthen there
_STRENGTHEN = {"reinforce", "fortify", "strengthen", "consolidate", "entrench", "bolster"}
_OWN_GROUND = _DEFENCES | {"stronghold"}



def _digs_in(trig) -> bool:
    """"Russian forces further reinforced their defensive positions": their own ground (or
    defensive ground) made stronger where it is held tells of no forces moved (read52: a move
    at Kyiv); "reinforcing positions near X" may send forces there."""
    return trig.lemma_.lower() in _STRENGTHEN and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _OWN_GROUND and any(
            g.dep_ == "poss" or g.lower_ == "defensive" for g in c.children)
        for c in trig.children)


# Verbs of fire at a target
_FIRE_AT = {"target", "strike", "hit", "shell", "attack", "bombard", "pound"}
# A state's missions abroad: buildings an attack may hit
_MISSIONS = {"embassy", "consulate", "mission"}

# People a side holds and may swap
_CAPTIVES = {"prisoner", "pow", "pows", "captive", "detainee", "body", "bodies", "hostage",
             "servicemen", "soldier", "defender"}
# Property a raid on which is plunder, not a fight
_SHOPS_AND_HOMES = {"shop", "store", "home", "house", "apartment", "market", "pharmacy",
                    "warehouse", "bank", "office", "business", "supermarket", "farm"}
# Participles of bearing arms: what they are "with" is carried, not used
_EQUIPPED = {"equip", "arm", "carry", "load", "laden", "outfit", "fit"}


def _carried(trig) -> bool:
    """"a saboteur equipped with explosives and grenades": arms someone bears (the first of
    a list or a later one), no attack with them."""
    t = trig
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "with" and \
        prep.head.lemma_.lower() in _EQUIPPED and prep.head.dep_ in ("acl", "amod", "relcl")


_FALL_BACK = _PULL_BACK | {"pull", "fall"}
_ASSAULT_NOUNS = {"assault", "attack", "offensive", "advance", "attempt", "storming", "push"}


def _withdrew_from_a_fight(trig) -> bool:
    """"... forced Russian units to withdraw during assaults on X": a withdrawal told within
    the assaults it ended (a fight, not a move of forces)."""
    return trig.lemma_.lower() in _FALL_BACK and any(
        p.dep_ == "prep" and p.lower_ in ("during", "amid", "in") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _ASSAULT_NOUNS for o in p.children)
        for p in trig.children)


# Kinds of a group that make it a unit of fighters ("a sabotage and reconnaissance group")
_FIGHTER_KINDS = {"sabotage", "reconnaissance", "assault", "tactical", "diversionary", "strike",
               "sabotage-reconnaissance", "commando", "battalion"}
# Nouns that name a body of fighters by themselves ("destroyed a Ukrainian grouping"; read29)
_FIGHTER_NOUNS = {"grouping", "formation", "unit", "detachment", "company", "battalion",
               "platoon", "squad", "subunit"}


# What an army damages when it strikes the other's arms and stores
_ARMS_AND_STORES = {"depot", "warehouse", "base", "airfield", "airbase", "bridge", "crossing",
                    "ferry", "pontoon", "position", "post", "headquarters", "equipment", "tank",
                    "vehicle", "launcher", "system", "aircraft", "helicopter", "ship", "vessel",
                    "barracks", "checkpoint", "column", "convoy"}
# Verbs of stopping or beating: fighting only when what they stop or beat is a unit of
# fighters (or, beaten, fighters of any kind)
_HALTS = {"stop", "halt"}
# (not "advances", "attacks": cues themselves, whose halting polarity reads: a blanket
# "halted all attacks" denies them)
_HALTED_FORCES = {"force", "troop", "soldier", "btg", "btgs", "column", "convoy"}
_DEFEATS = {"defeat", "rout", "surround", "trap"}


# Verbs of where people are held or sent, whose participle describes them ("POWs detained at
# X", "forces withdrawn from around Kyiv")
_PLACING_VERBS = {"detain", "hold", "imprison", "withdraw", "redeploy", "deploy", "transfer",
                  "station", "base", "relocate", "evacuate", "move", "pull", "mobilize",
                  "mobilise"}
_PEOPLE_NOUNS = {"pow", "pows", "prisoner", "prisoners", "detainee", "detainees", "captive",
                 "captives", "force", "forces", "troop", "troops", "unit", "units", "soldier",
                 "soldiers", "serviceman", "servicemen", "personnel", "element", "elements",
                 "reservist", "reservists", "conscript", "conscripts", "civilian", "civilians"}


def describes_people(t) -> bool:
    """Is ``t`` a bare participle that says which people are meant ("Ukrainian POWs detained
    at the Olenivka camp", "Russian forces withdrawn from around Kyiv ... will not have been
    reconstituted": read194, read191, an arrest and a withdrawal of the day)? With no date of
    its own it describes them, no act the sentence tells. (The parser may make such a
    participle the root, its people the subject, where a later verb of its own is the
    sentence's.)"""
    if t.tag_ != "VBN" or t.lemma_.lower() not in _PLACING_VERBS or any(
            c.dep_ in ("aux", "auxpass") for c in t.children) or any(
            x.ent_type_ == "DATE" for x in t.subtree):
        return False
    if t.dep_ == "acl" and t.head.lower_ in _PEOPLE_NOUNS:
        return True
    if t.dep_ in ("acl", "advcl"):
        # (the parse may hang the participle on the verb: "admit observers to POWs detained
        # at X")
        return t.i > 0 and t.doc[t.i - 1].lower_ in _PEOPLE_NOUNS
    return t.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.lower_ in _PEOPLE_NOUNS and
                                    c.i < t.i for c in t.children) and any(
        x.tag_ == "MD" or x.dep_ in ("aux", "auxpass") and x.head.i != t.i
        for x in t.sent if x.i > t.i)


# Participles that tie a weapon to the attacks it was part of ("drones involved in attacks")
_PART_IN = {"involve", "use", "employ", "launch", "fire", "deploy", "utilize", "utilise"}
_WEAPONS_DESCRIBED = _FIRED_ARMS | _AIRCRAFT | {"shahed", "lancet", "uav", "uavs", "munition",
                                                "shahed-136", "geran-2", "projectile"}


def describes_weapon(t) -> bool:
    """Is ``t`` an attack named inside a participle that says which weapon is meant ("shot
    down several Shahed-136 drones involved in potential attacks on Odesa", "drones used in
    strikes on X")? The attacks tell which drones; the act told is what befell the weapon
    (read219: two battles at Odesa and Mykolaiv and the shoot-down with no place)."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in ("in", "for", "during"):
        return False
    part = prep.head
    return part.tag_ == "VBN" and part.dep_ == "acl" and \
        part.lemma_.lower() in _PART_IN and part.head.lemma_.lower() in _WEAPONS_DESCRIBED


def _idle_cue(doc, q) -> bool:
    """Is the cue a verb that tells an event only with the right object, and has another
    ("stopped a Russian sabotage group", "defeated a mechanized force", "damaged ammunition
    depots" only)? "Stopped the exports", "was defeated around Kyiv", "the shelling damaged a
    school" tell nothing of their own; such a word is no cue at all, so it neither makes an
    event nor joins the cues around it into one."""
    t = doc[q.root]
    if describes_people(t) or describes_weapon(t):
        return True
    if t.dep_ == "compound" and t.head.lemma_.lower() in _KIND_HEADS:
        # "left the combat zone in X", "combat experience": a fight's word naming a kind of
        # place or quality, no act (read189: a withdrawal from X coded as fighting at X)
        return True
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if lemma in _HALTS:
        # (forces halted: "halted Russian forces in A and B", "halting up to 17 Russian BTGs
        # in X": read87, fights lost in a report)
        return not (unit_object(t) or object_heads(t) & _HALTED_FORCES)
    if lemma in _DEFEATS:
        return not (unit_object(t) or object_lemmas(t) & _FIGHTERS)
    if lemma == "damage":
        return not object_lemmas(t) & _ARMS_AND_STORES
    return False


_DOER_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}


def _no_kind_modifiers(doc, cues: list[Cue]) -> list[Cue]:
    """The cues less a one-word noun that modifies a noun no cue is in ("looted a fire
    station", "from the fire department"): it names the kind of the thing, no act, and joins
    no cluster (read220: looting typed a fire). A doer's kind ("a suicide attacker blew up",
    "drone operators struck") still types what the doer does."""
    cued = {k for q in cues for k in range(q.start, q.end)}
    out = []
    for q in cues:
        t = doc[q.root]
        if q.end - q.start == 1 and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and \
                t.head.pos_ in ("NOUN", "PROPN") and t.head.i not in cued and \
                t.head.dep_ not in _DOER_DEPS and t.head.lower_ not in COMPASS_WORDS:
            continue
        out.append(q)
    return out


# Heads a fight's word may name a kind of ("combat zone", "combat readiness")
_KIND_HEADS = {"zone", "area", "experience", "readiness", "capability", "power", "veteran",
               "effectiveness", "training"}


def unit_object(trig) -> bool:
    """Is the object a group of fighters named by its kind ("destroyed a Ukrainian sabotage
    and reconnaissance group", read27), not a group of things ("a group of buildings")?"""
    for o in trig.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        nouns = [o, *o.conjuncts]  # ("a sabotage and reconnaissance group": two conjuncts)
        if any(n.lemma_.lower() in _FIGHTER_NOUNS or n.lower_ in _FIGHTER_NOUNS for n in nouns):
            return True  # "destroyed a Ukrainian grouping" (read29)
        if not any(n.lemma_.lower() in ("group", "team") for n in nouns):
            continue
        words = {n.lemma_.lower() for n in nouns}
        words |= {c.lemma_.lower() for n in nouns for c in n.children
                  if c.dep_ in ("compound", "amod", "nmod")}
        if words & _FIGHTER_KINDS:
            return True
    return False


# Words that make gains a part of the ground fought over, not a place taken
# Verbs of winning ground back (events.coding's retakings are these, "win" and "recover")
WIN_BACK = {"regain", "retake", "recapture", "reclaim", "liberate", "retook", "recaptured"}
_GROUND_WON = {"territory", "position", "ground", "trench", "foothold", "stronghold"}
_PARTIAL = {"marginal", "minor", "limited", "small", "slight", "incremental", "minimal",
            "localized", "localised", "tactical", "modest", "some", "unspecified"}


def _partial_gains(trig) -> bool:
    """Is the taking "marginal gains" or the like ("Russian troops are making marginal gains
    in X", "made minor gains near Y")? Ground won in a fight, no settlement taken (read82: a
    capture of Severodonetsk)."""
    gains = [trig] if trig.lemma_.lower() == "gain" and trig.pos_ == "NOUN" else \
        [c for c in trig.children if c.dep_ == "dobj" and c.lemma_.lower() == "gain"]
    if any(c.dep_ in ("amod", "det") and c.lower_ in _PARTIAL
           for g in gains for c in g.children):
        return True
    if any(g.lower_ == "gains" for g in gains):
        # "made territorial gains in X": ground won in X, no town told taken (read115: a
        # capture that fusion then dropped as an attempt, the fight lost with it)
        return True
    # "continued to capture territory in central Mariupol", "seized positions near X": ground
    # taken in a fight for the place, not the place (read84: a capture of Mariupol); ground a
    # government wins back is its regained territory whatever its size ("regained territory
    # in the town of X": ACLED's own wording)
    # (so is a part of a town: "captured several outlying suburbs of X", "residential sectors
    # of Y", "parts of Z": read93, three captures of whole towns)
    return trig.pos_ == "VERB" and trig.lemma_.lower() not in WIN_BACK and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in PARTS_OF_TOWN and not _took_part(c) or
                              c.lemma_.lower() in
                              _GROUND_WON and not any(g.dep_ == "prep" and g.lower_ == "of"
                                                      for g in c.children))
        for c in trig.children)


_SHARES = {"percent", "%", "percentage", "share", "proportion", "fraction"}


def _share_taken(trig) -> bool:
    """Is the taking's object a share of an area ("have liberated all but 1.8 percent of
    Kharkiv Oblast", "control 20 percent of X"), with no day of its own? A cumulative share
    is how much is held, no capture of the day (read220: a regained oblast dated the report's
    day)."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in trig.subtree):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _SHARES and any(
        g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in trig.children)


def _took_part(obj) -> bool:
    """Is the object the bare "part" of "took part in X" (no part of anything: read149,
    children who took part in excursions fought a battle)?"""
    return obj.lower_ == "part" and obj.head.lemma_.lower() == "take" and not any(
        c.dep_ in ("det", "amod", "prep", "nummod") and not (c.dep_ == "prep" and c.lower_ == "in")
        for c in obj.children)


def army_site_blast(trig) -> str | None:
    """The side whose military site a blast is "at" ("explosions at a Russian ammunition
    depot": "RU"), else None."""
    if trig.lemma_.lower() not in ("explosion", "explode", "blast", "detonation", "fire"):
        return None
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "on")):
        for o in (c for c in prep.children if c.dep_ == "pobj"):
            words = {t.lower_ for t in o.subtree}
            if o.lemma_.lower() in _ARMY_SITES and words & {"russian", "ukrainian"}:
                return "RU" if "russian" in words else "UA"
    return None


_ARMY_SITES = {"depot", "base", "airbase", "airfield", "barracks", "headquarters", "arsenal",
               "position", "garrison", "warehouse"}


def _civil_office(doc, cand: Candidate) -> bool:
    """Is the base the cue names a civil office: a party's, a campaign's, an aid body's
    ("a United Russia humanitarian headquarters", "a referendum headquarters")?"""
    for c in cand.cues:
        noun = doc[c.root]
        if noun.pos_ != "NOUN":
            continue
        words = {t.lower_ for t in noun.lefts} | {t.lower_ for t in noun.children
                                                  if t.dep_ in ("compound", "amod")}
        if words & _CIVIL_OFFICE_WORDS:
            return True
    return False


_CIVIL_OFFICE_WORDS = {"humanitarian", "party", "campaign", "election", "electoral",
                       "referendum", "aid", "relief", "charity", "volunteer", "press", "media",
                       "passport", "recruitment", "enlistment", "administrative"}


def _agreed_alone(trig) -> bool:
    """Did one party "agree to" do something, with no one it agreed with ("officials agreed to
    strengthen filtration measures")? An agreement needs two: "A and B agreed to exchange
    prisoners", "agreed with B to", "agreed to a ceasefire" stay agreements."""
    if not any(c.dep_ == "xcomp" for c in trig.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return False
    subj = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or any(c.dep_ == "conj" for s in subj for c in s.children):
        return False
    deal = {t.lemma_.lower() for c in trig.children if c.dep_ == "xcomp" for t in c.subtree}
    return not deal & _DEAL_ACTS


# what two sides agree to do together: exchanges, releases, truces and corridors
_DEAL_ACTS = {"exchange", "swap", "release", "ceasefire", "truce", "corridor", "evacuation",
              "evacuate", "withdraw", "withdrawal", "return", "hand", "transfer", "negotiate"}


def refine(doc, cand: Candidate, context, actor_at=None, span=None,
           place_at: frozenset[int] = frozenset()) -> str | None:
    """Adjust a candidate's sub-event type by what surrounds it (``context``: a span, or the
    set of its lemmas and lower-cased forms; ``span``: the context's tokens, for the rules
    that read the parse -- who blocked, who was harmed -- default the trigger's sentence);
    None when the cues do not make an event after all ("set up barricades", "missile tests")."""
    trig = doc[cand.trigger]
    if cand.sub == "Violent demonstration" and all(
            c.phrase.startswith("molotov") for c in cand.cues) and not _crowd_near(trig):
        # "unknown individuals threw Molotov cocktails at an oil depot": arson by a few, no
        # demonstration without a crowd (read117, read128)
        return "Looting/property destruction"
    if cand.sub == "Non-violent transfer of territory" and trig.lemma_.lower() == "transfer" \
            and object_heads(trig) & (_FIGHTERS | _FORCES_MOVED):
        # "transferred 150 fighters to Crimea": forces moved, no ground handed over (read133:
        # a withdrawal from Crimea)
        return "Change to group/activity"
    if _front_collapses(trig):
        return None  # "the collapse of the Russian line", "if Russian forces collapse": a
        # front giving way, no building or structure falling (read126, read128: disasters)
    if _took_up_posts(trig):
        return None  # "took up defensive positions in X": a posture, no ground taken (read120)
    if trig.lemma_.lower() == "claim" and trig.pos_ == "VERB" and \
            not object_heads(trig) & _ATTACK_NOUNS:
        # "Rybar claimed reports of Ukrainian artillery strikes on X": the claim is speech,
        # the strikes the act, and their words give it its doer (read54: Rybar's side fought)
        acts = [c for c in cand.cues if c.defn != CUES["claim/VERB"] and c.root != trig.i]
        heads = [c for c in acts if doc[c.root].dep_ not in ("compound", "amod")]
        if acts:
            # (the head noun, not a weapon modifier of it: "artillery strikes")
            cand.trigger = max(heads or acts, key=lambda c: c.defn.weight).root
            trig = doc[cand.trigger]
    # "demonstrate Russia's ability": a verb of showing, not a protest; "in protest": a manner
    kept = [c for c in cand.cues if not (c.phrase == "demonstrate" and any(
        ch.dep_ in ("dobj", "ccomp") for ch in doc[c.root].children))
        and not _in_protest(doc[c.root])]
    if len(kept) < len(cand.cues):
        if not any(c.defn.anchor for c in kept):
            return None
        cand.cues = kept
        top = max(kept, key=lambda c: c.defn.weight)
        cand.sub, cand.weight = top.defn.sub, top.defn.weight
    sub = cand.sub
    if _closes_an_attack(trig):
        return None  # "attacked A and B and then withdrew": the battle's end, no move of its own
    if _dismissed(trig):
        return None  # "Pushilin fired an inspector": let go, not shot at (read50)
    if any(c.phrase in LOSS_PHRASES for c in cand.cues) and \
            all(c.phrase in LOSS_PHRASES or not c.defn.anchor for c in cand.cues) and \
            _agent_kind(doc, trig, actor_at) is None:
        return None  # "the company suffered heavy losses": losses in no fight
    if any(c.phrase in ARMED_DOER_PHRASES for c in cand.cues) and \
            all(c.phrase in ARMED_DOER_PHRASES or not c.defn.anchor for c in cand.cues) and \
            _agent_kind(doc, trig, actor_at) is None:
        return None  # "the river bisects the city": no force cut it
    if any(c.phrase in LOSS_PHRASES for c in cand.cues) and _lost_to_no_fight(trig) and \
            all(c.phrase in LOSS_PHRASES or not c.defn.anchor or c.phrase == "operate"
                for c in cand.cues):
        # "units operating around X are suffering casualties due to a poor medical supply
        # system": where they are and what they lose to, no fight (read133: an armed clash)
        return None
    if any(c.phrase in OUSTING_PHRASES for c in cand.cues) and any(
            c.dep_ == "nsubjpass" for c in trig.children):
        return "Armed clash"  # "Russian forces were pushed out of X": by whom, no taker told
    if sub == "Arrests" and _held_captive(trig):
        return None  # "POWs detained at the X camp asked to go home": who they are (read107)
    if sub == "Change to group/activity" and _carries_off_the_seized(trig):
        return None  # "kidnapped and relocated the head of X": the abduction's own act
    if sub == "Armed clash" and trig.lemma_.lower() == "raid" and \
            object_lemmas(trig) & _SHOPS_AND_HOMES:
        return "Looting/property destruction"  # "raided local shops" (read52: a clash)
    if sub in _WEAPONISH and _carried(trig):
        return None  # "a saboteur equipped with explosives and grenades" (read52: an IED)
    if sub in TERRITORY_TAKINGS and _share_taken(trig):
        return None  # "have liberated all but 1.8 percent of X": a share held, no day's act
    if sub in TERRITORY_TAKINGS and _partial_gains(trig):
        return "Armed clash"  # "making marginal gains in X": ground fought over, X not taken
    if sub == "Change to group/activity" and _forced_back(trig):
        return "Armed clash"  # "forced a Russian group to withdraw near X" (read63: a move)
    if sub == "Change to group/activity" and trig.lemma_.lower() == "pull" and \
            _agent_kind(doc, trig, actor_at) is None:
        return None  # "the dollar pulled back": forces pull back, a price does not
    if sub == "Change to group/activity" and _withdrew_from_a_fight(trig):
        # "forced Russian units to withdraw during assaults on A and B": the assaults
        # fought off, a clash at A and B (read53: two moves of forces)
        return "Armed clash"
    if sub == "Change to group/activity" and _digs_in(trig):
        return None  # "further reinforced their defensive positions": no move (read52)
    ctx = context if isinstance(context, (set, frozenset)) else _lemmas(context)
    member_subs = {c.defn.sub for c in cand.cues}
    # the weapon is a thing here, not an attack
    for c in cand.cues:
        head = doc[c.root]
        while head.dep_ == "conj" and head.head.i != head.i:  # "nuclear and missile programmes"
            head = head.head
        if c.defn.sub in _WEAPONISH and head.head.lemma_.lower() in _NOT_ATTACK_HEADS \
                and head.dep_ in ("compound", "amod", "nmod"):
            # (a verb cue is an act whatever its type: "air defense systems shot down drones"
            # is the shooting down, read19/read20: no event)
            others = [o for o in cand.cues if o is not c and (
                o.defn.sub not in _WEAPONISH or doc[o.root].pos_ == "VERB")]
            if not others:
                return None
            sub = max(others, key=lambda o: o.defn.weight).defn.sub
            member_subs = {o.defn.sub for o in others}
    if all(c.defn.sub in _WEAPONISH and doc[c.root].pos_ in ("NOUN", "PROPN") and any(
            ch.dep_ in ("amod", "compound") and ch.lower_ in _DOWNED
            for ch in doc[c.root].children) for c in cand.cues):
        return None  # "footage shows a destroyed drone": the thing hit, no strike (read50)
    if sub in _WEAPONISH and all(doc[c.root].pos_ in ("NOUN", "PROPN") for c in cand.cues) \
            and _hit_thing(trig):
        return None  # "destroyed 12 tanks and two aircraft near X": what the act hit (read108)
    if sub in _WEAPONISH and _weapons_moved(doc, trig, cand):
        # "deployed S-400 missile divisions to Crimea", "relocating aircraft to deeper
        # airfields": the weapons are what is moved, no one is struck
        return "Change to group/activity"
    if trig.pos_ in ("NOUN", "PROPN") and _inside_moved(trig):
        return None  # "relocating helicopters and attack aircraft": a thing moved
    if sub in ("Disrupted weapons use", "Remote explosive/landmine/IED"):
        fired = _arms_fired(doc, cand)
        if fired is not None:
            return fired
    if sub == "Disrupted weapons use" and trig.lemma_.lower() in _STRIKE_VERBS and any(
            c.defn.sub == sub and doc[c.root].head.lemma_.lower() in _WEAPON_STORES
            for c in cand.cues):
        # "struck a Russian ammunition depot": the store is the target of a strike, not
        # weapons seized or defused
        top = _strongest_other(cand, sub)
        if top is not None:
            sub, cand.weight = top.defn.sub, top.defn.weight
    if sub == "Diplomatic event" and all(
            doc[c.root].lemma_.lower() in _MISSIONS for c in cand.cues
            if c.defn.sub == sub):
        # "an attack on the embassy in Kabul killed two people": the mission is the target
        # of the act another cue tells, not a diplomatic event
        top = _strongest_other(cand, sub)
        if top is not None and top.defn.sub in _CONFLICT_SUBS:
            sub, cand.weight = top.defn.sub, top.defn.weight
    if sub == "Headquarters or base established":
        verbs = [c for c in cand.cues if c.defn.sub == sub and c.defn.anchor]
        nouns = [c for c in cand.cues if c.defn.sub == sub and not c.defn.anchor]
        if not (verbs and nouns):
            top = _strongest_other(cand, sub)
            if top is None:
                return None
            sub = top.defn.sub
    if sub == "Claim of responsibility" and _negated(trig):
        return None  # "no group has claimed the attack": the attack is the news
    claims = [c for c in cand.cues if c.defn == CUES["claim/VERB"]]
    if claims and object_heads(doc[claims[0].root]) & _ATTACK_NOUNS:
        # "claimed the bombing": the claim, not the bombing, is the news
        cand.weight = CUES["claim responsibility"].weight
        return "Claim of responsibility"
    if sub == "Claim of responsibility" and cand.weight <= 1:
        # "claimed victory": no claim of an attack
        top = _strongest_other(cand, sub)
        if top is None:
            return None
        sub, cand.weight = top.defn.sub, top.defn.weight
    if sub in _TERRITORIAL:
        aims = [c for c in cand.cues if c.defn.sub in _TERRITORIAL]
        top = _strongest_other(cand, sub)
        if top is not None and all(_aimed(doc[c.root]) for c in aims):
            # "launched an offensive to capture Bakhmut": the offensive is the news, taking
            # the town its aim
            sub, cand.weight = top.defn.sub, top.defn.weight
    ground = _GROUND_VERBS.get(trig.lemma_.lower())
    if ground is not None and sub not in _TERRITORIAL \
            and any(c.defn == ground for c in cand.cues) \
            and (not any(c.defn.anchor and c.defn.sub == sub for c in cand.cues) or
                 _ground_object(trig, place_at) and all(
                     _in_cause(doc[c.root], trig) for c in cand.cues
                     if c.defn.anchor and c.defn.sub == sub)):
        # (and a fight named only as the cause: "unable to secure the settlement due to
        # heavy fighting" tells of the taking, read59)
        # "have taken the city of Berdyansk from the west, threatening to encircle Mariupol": a
        # cue that anchors nothing of its own (a speech act) does not type what "take" tells
        sub, cand.weight = "Non-state actor overtakes territory", ground.weight
    if sub in _TERRITORIAL and cand.weight <= 1 and ground is not None:
        if _ground_object(trig, place_at):
            cand.weight = CUES["capture"].weight  # "M23 rebels took the town of Bunagana"
        else:
            top = _strongest_other(cand, sub)
            if top is None:
                return None  # "took part", "took place", "took time"
            sub, cand.weight = top.defn.sub, top.defn.weight
    if sub == "Change to group/activity" and cand.weight <= 1 \
            and trig.lemma_.lower() in ("evacuate", "evacuation", "leave"):
        if _evacuated(trig) & _FIGHTERS if trig.lemma_.lower() != "leave" else _left_place(trig):
            cand.weight = CUES["withdraw"].weight
        else:
            top = _strongest_other(cand, sub)
            if top is None:
                return None  # "evacuated civilians", "the evacuation of Mariupol residents"
            sub, cand.weight = top.defn.sub, top.defn.weight
    if sub == "Change to group/activity" and cand.weight <= 1:
        # "forwarded more fighters": sending troops moves them; "sent a letter" is nothing;
        # "the formation of a new brigade"
        of_objects = {g.lemma_.lower() for c in trig.children if c.dep_ == "prep"
                      and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        # (a unit named by its kind too: "sent an assault company", no longer a fight's cue)
        if (object_heads(trig) | of_objects) & (TROOP_NOUNS | UNIT_NOUNS):
            cand.weight = CUES["deploy"].weight
        else:
            top = _strongest_other(cand, sub)
            if top is None:
                return None
            sub, cand.weight = top.defn.sub, top.defn.weight
    if sub in ("Air/drone strike", "Shelling/artillery/missile attack") and any(
            c.defn.sub == "Disrupted weapons use" and doc[c.root].pos_ == "VERB" and
            {o.lemma_.lower() for o in doc[c.root].children if o.dep_ == "dobj"} & WEAPON_NOUNS
            for c in cand.cues):
        # "air defenses neutralized a Russian drone over X": the weapon stopped, no strike
        return "Disrupted weapons use"
    disrupt_verbs = [c for c in cand.cues if c.defn.sub == "Disrupted weapons use"
                     and c.defn.weight <= 1]
    if disrupt_verbs and len(cand.cues) == 1 and trig.lemma_.lower() in _CAPTURE \
            and object_lemmas(trig) & TERRITORY_NOUNS:
        sub = "Non-state actor overtakes territory"  # "the army recovered the regions"
        cand.weight = max(cand.weight, CUES["retake"].weight)
    elif disrupt_verbs:
        if member_subs & (_WEAPONISH - {"Disrupted weapons use"}) or any(
                c.defn.sub == "Disrupted weapons use" and c.defn.weight > 1 for c in cand.cues):
            return "Disrupted weapons use"
        if sub == "Disrupted weapons use":
            if object_nouns(trig) & CRIME_NOUNS and not object_nouns(trig) & WEAPON_NOUNS:
                cand.weight = max(cand.weight, 4)
                return "Organized crime"  # "intercepted a shipment of smuggled ivory"
            if object_nouns(trig) & WEAPON_NOUNS:
                # "packages containing what appeared to be explosive devices were discovered"
                cand.weight = max(cand.weight, 4.5)
                return sub
            return None  # "found dead", "recovered": nothing about weapons
    if sub in _PROTEST or member_subs & _PROTEST:
        tokens = span if span is not None else trig.sent
        stoppers = _stoppers(tokens)
        # "riot police", "riot gear": the police's kind, not a riot
        violent = {t.lemma_.lower() for t in tokens if t.lemma_.lower() in PROTEST_VIOLENT
                   and not (t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in
                            _KIT_OF_FORCES | PROTEST_STATE)
                   and (t.lemma_.lower() != "storm" or t.pos_ == "VERB")}  # not the weather
        if violent or "Violent demonstration" in member_subs or "crowd" in stoppers or \
                _set_alight(tokens):
            return "Violent demonstration"
        intervened = bool(ctx & PROTEST_INTERVENTION or "state" in stoppers or any(
            a in ctx and b in ctx for a, b in PROTEST_INTERVENTION_PAIRS))
        if "Attack" in member_subs and (ctx & PROTEST_EXCESSIVE or not intervened):
            return "Excessive force against protesters"  # "attacks against protesters"
        opened_fire = "open" in ctx and "fire" in ctx
        if opened_fire or _state_harm(tokens):
            return "Excessive force against protesters"
        if intervened or "Arrests" in member_subs:
            return "Protest with intervention"
        return "Peaceful protest"
    if sub == "Man-made disaster" and not any(c.defn.sub == sub and c.defn.anchor
                                              for c in cand.cues):
        # "capture the nuclear power plant": the plant is the object of another event
        conflict = [c for c in cand.cues if c.defn.anchor and c.defn.sub in _CONFLICT_SUBS]
        # (or of any act: "a controlled withdrawal from the plant" is a withdrawal, read54)
        other = [c for c in cand.cues if c.defn.anchor and c.defn.sub != sub]
        if conflict or other:
            sub = max(conflict or other, key=lambda c: c.defn.weight).defn.sub
    if sub == "Man-made disaster" and any(_caused_blaze(doc[c.root]) for c in cand.cues
                                          if c.defn.sub == sub):
        # "fired on the power plant, causing a fire": the fire is the attack's outcome
        # (read157: a man-made disaster)
        conflict = [c for c in cand.cues if c.defn.anchor and c.defn.sub in _CONFLICT_SUBS]
        if conflict:
            sub = max(conflict, key=lambda c: c.defn.weight).defn.sub
    if sub in _DISASTERS and _outcome_of_attack(trig):
        # "missiles struck X and caused extensive flooding", "the strike on the dam caused
        # floods": the strike's outcome, no disaster of its own (read218)
        return None
    if sub == "Man-made disaster" and _fires_seen_from_space(trig):
        if _backs_claims(trig):
            # "FIRMS data showed fires near X, which may support the milbloggers' claims":
            # the evidence for an act told elsewhere, no act of its own (read218)
            return None
        # "NASA FIRMS imagery showed fires around A and B, likely indicating shelling": the
        # heat a war's shelling leaves (read166: three man-made disasters)
        return "Shelling/artillery/missile attack"
    if sub == "Disrupted weapons use" and any(_rounds_fired(doc[c.root]) for c in cand.cues
                                              if c.defn.sub == sub):
        # "fired six rounds at X" (read157), "used Shahed-136 munitions to strike targets in
        # X" (read161): the munitions' use is the attack, of the kind its other cues say
        top = _strongest_other(cand, sub)
        if top is not None and top.defn.sub in _WEAPONISH - {"Disrupted weapons use"}:
            return top.defn.sub
        return "Shelling/artillery/missile attack"
    if sub == "Air/drone strike" and trig.pos_ == "NOUN" and _shot_down_thing(trig):
        return None  # "shot down drones and other loitering munitions": the interception's
        # objects, no strike of their own (read170: a second incident with no attacker)
    if sub in ("Armed clash", "Attack") and trig.pos_ == "NOUN" and \
            trig.lemma_.lower() in ("attack", "raid", "strike") and any(
                c.dep_ in ("compound", "amod") and c.lower_ in _AIRCRAFT for c in trig.children):
        return "Air/drone strike"  # "Ukrainian aviation attacks against X" (read169: a clash)
    own = own_clause(trig)
    from_air = _lemmas(own) & _AIRCRAFT and "anti" not in ctx and _aircraft_attacking(own)
    if sub == "Attack" and trig.lemma_.lower() in ("strike", "raid") and from_air:
        return "Air/drone strike"  # "bombers conducted strikes": strikes from the air
    if sub == "Shelling/artillery/missile attack" and from_air:
        return "Air/drone strike"  # missiles fired from aircraft are air strikes (ACLED)
    if sub in ("Armed clash", "Attack") and from_air and _subject_lemma(trig) in _AIRCRAFT:
        return "Air/drone strike"  # "Russian helicopters attacked Ukrainian forces in X"
        # (read86: a ground clash)
    if sub == "Remote explosive/landmine/IED" and trig.pos_ == "VERB" and from_air and (
            trig.lemma_.lower() == "bomb" or _subject_lemma(trig) in _AIRCRAFT):
        # "warplanes bombed towns": bombs dropped from the air; "bombers struck the
        # hospital with bunker-buster bombs" (read162: a roadside bomb)
        return "Air/drone strike"
    if sub == "Suicide bomb" and {c.phrase for c in cand.cues if c.defn.sub == sub} == \
            {"suicide"} and not ctx & _BOMBING_WORDS:
        # "a soldier committed suicide": no bomb, no attack
        top = _strongest_other(cand, sub)
        if top is None:
            return None
        sub = top.defn.sub
    if sub == "Man-made disaster" and trig.lemma_.lower() == "sink" and (
            ctx & _SINK_ATTACK or _agent_kind(doc, trig, actor_at) is not None):
        # "Ukrainian forces sank the landing ship Saratov", "sunk after a missile strike": a
        # ship sunk in war is struck, not wrecked (ACLED: remote violence)
        return "Air/drone strike" if from_air or ctx & {"drone", "tb2", "bayraktar"} \
            else "Shelling/artillery/missile attack"
    if sub == "Man-made disaster" and trig.lemma_.lower() == "collapse" and \
            _subject_lemma(trig) in _STRIKE_SUBJECTS:
        # "Ukrainian strikes partially collapsed the bridge": the strikes brought it down, no
        # accident (read29: a man-made disaster)
        return "Air/drone strike" if from_air or _subject_lemma(trig) in ("drone", "airstrike") \
            else "Shelling/artillery/missile attack"
    if sub in _WEAPONISH and any(c.phrase in _FOIL for c in cand.cues):
        return "Disrupted weapons use"  # "police foiled a suicide attack"
    if sub in _WEAPONISH - {"Disrupted weapons use"} and ctx & _ACCIDENTAL:
        return "Disrupted weapons use"  # an explosive set off by accident (ACLED: disrupted)
    disasters = member_subs & {"Man-made disaster", "Natural disaster"}
    if sub == "Looting/property destruction" and disasters and \
            not _set_alight([doc[c.root] for c in cand.cues]):
        sub = max(disasters)  # "a blaze swept through the market, destroying stalls"
    if sub == "Man-made disaster" and any(
            t.lemma_.lower() == "fire" and t.pos_ == "NOUN" and _fire_at(t)
            for t in (trig, *(doc[c.root] for c in cand.cues))):
        # "continued routine fire against Ukrainian positions", "artillery fire on X": weapons
        # fire, not a blaze (read19: a man-made disaster); also where the fire is only the
        # means of an attack ("attack X by air and ground fires", read32)
        return "Shelling/artillery/missile attack"
    if sub == "Man-made disaster" and trig.lemma_.lower() in _BLAZES and (
            _set_alight([trig.head]) or _set_alight([trig.head.head])):
        return "Looting/property destruction"  # "set a police station on fire": arson
    if sub == "Agreement" and trig.lemma_.lower() == "agree" and {
            t.lemma_.lower() for c in trig.children if c.dep_ in ("xcomp", "prep", "dobj")
            for t in c.subtree} & _DIPLOMACY:
        return "Diplomatic event"  # "agreed to hold further talks", "to restore relations"
    if sub == "Man-made disaster" and army_site_blast(trig) is not None:
        # "explosions at a Russian ammunition depot in X": a side's arms blown up in a war are
        # struck, whoever did it (read186: a man-made disaster)
        return "Shelling/artillery/missile attack"
    if sub == "Headquarters or base established" and _civil_office(doc, cand):
        return None  # "opened a party's humanitarian headquarters in X": no armed base (read178)
    if sub == "Agreement" and trig.lemma_.lower() == "agree" and _agreed_alone(trig):
        return None  # "DNR officials agreed to strengthen filtration": a decision (read178)
    if sub in ("Looting/property destruction", "Man-made disaster") and \
            _sides_fire(_subject(trig)):
        # "Ukrainian fires destroyed two barges near X": a side's fires are its guns'
        # (read198: a man-made disaster, and no place)
        return "Shelling/artillery/missile attack"
    if sub == "Looting/property destruction" and _subject_lemma(trig) in _BLAZES:
        sub = "Man-made disaster"  # "fires are burning across the region": no one destroys
    if sub == "Man-made disaster" and trig.lemma_.lower() in _BLAZES | {"burn"} and \
            ctx & _WEATHER:
        return "Natural disaster"  # fires "fueled by searing temperatures and high winds"
    if sub == "Remote explosive/landmine/IED" and {
            c.phrase for c in cand.cues if c.defn.sub == sub} <= {"mine/NOUN", "mines"} \
            and ctx & _MINING:
        return "Man-made disaster"  # "a coal mine collapsed": a pit, not a landmine
    if sub == "Remote explosive/landmine/IED" and trig.pos_ == "VERB" and \
            trig.lemma_.lower() == "bomb" and _agent_kind(doc, trig, actor_at) == "state":
        # "Russian forces continued to bomb the plant": a state's forces bomb from the air
        # (read109: a man-made disaster at the plant)
        return "Air/drone strike"
    if sub == "Remote explosive/landmine/IED":
        blasts = {c.phrase for c in cand.cues if c.defn.sub == sub}
        if blasts <= _GENERIC_BLAST and ctx & _MAN_MADE_CONTEXT and not ctx & _SPECIFIC_BLAST:
            return "Man-made disaster"
    if trig.lemma_.lower() == "operate" and trig.pos_ == "VERB" and any(
            c.dep_ == "dobj" for c in trig.children):
        return None  # "began to operate the tractor parts plant": run, not fought (read43)
    if sub == "Grenade" and trig.lemma_.lower() in ("hurl", "lob") and \
            not object_nouns(trig) & _THROWN_ARMS:
        return None  # "hurling men and munitions at X": thrown into battle (read43)
    if sub == "Disrupted weapons use" and trig.lemma_.lower() in _FIRE_AT and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in WEAPON_NOUNS for o in c.children)
            for c in trig.children):
        # "targeted areas near A and B with incendiary ammunition": fire with the arms, no
        # arms seized (read62)
        return "Shelling/artillery/missile attack"
    if sub == "Agreement" and trig.lemma_.lower() in ("exchange", "swap") and \
            trig.pos_ == "VERB" and not object_lemmas(trig) & _CAPTIVES:
        return None  # "exchanged views", "swapped places": no prisoners swapped
    if trig.lemma_.lower() == "penetrate" and not object_lemmas(trig) & _DEFENCES:
        return None  # "penetrated Russian defenses in X" only; "the virus penetrated the city"
    if trig.lemma_.lower() in ("contest", "target", "probe") and \
            trig.pos_ == "VERB" and \
            _fought_over(trig) is None:
        return None  # "contested the election", "targeted voters with ads" (read29)
    if sub in _TERRITORIAL and trig.lemma_.lower() in _CAPTURE | {"control"}:
        objs = object_lemmas(trig)
        if trig.lemma_.lower() == "enter" and not (objs & TERRITORY_NOUNS or any(
                ch.dep_ in ("dobj", "prep") and any(t.pos_ == "PROPN" for t in ch.subtree)
                for ch in trig.children)):
            return None  # "enter the war", "entered talks"
        heads = object_heads(trig)
        if heads & _AGENTS_CAUGHT and not heads & TERRITORY_NOUNS:
            # "captured a Russian saboteur equipped with explosives": the man caught, not the
            # arms he carried (read52: weapons seized)
            return "Arrests"
        if heads & WEAPON_NOUNS or (object_nouns(trig) & WEAPON_NOUNS
                                    and not heads & TERRITORY_NOUNS):
            # "seized weapons", "seized a truck loaded with explosives"; not "seized a
            # rocket-launching site"
            return "Disrupted weapons use"
        if objs & CRIME_NOUNS:
            return "Organized crime"
        if heads & _GOODS_SEIZED and not heads & TERRITORY_NOUNS:
            # "occupation authorities are seizing residents' passports", "seized grain
            # stores in X": goods and papers taken from people (read105: a government's
            # regained territory)
            return "Looting/property destruction"
        if _instrument_subject(trig):
            return None  # "satellite imagery captured a convoy": a picture, not a capture
        if objs and objs <= _ABSTRACT | _FUNCTION_WORDS or \
                heads and heads <= _ABSTRACT and not object_nouns(trig) & TERRITORY_NOUNS:
            return None  # "regain the initiative", "regain their combat capabilities",
            # "gained attention in Western media" (its phrase of place no ground won)
        if not objs & TERRITORY_NOUNS and objs & _COMBATANTS:
            return "Armed clash"  # "captured a Russian sniper": prisoners taken in fighting
        if not heads & TERRITORY_NOUNS and heads & _PERSONS and (
                _agent_kind(doc, trig, actor_at) == "nonstate"
                or _subject_lemma(trig) in _ABDUCTORS):
            return "Abduction/forced disappearance"  # "gunmen seized four aid workers"
        if not objs & TERRITORY_NOUNS and objs & {"suspect", "militant", "man", "member",
                                                  "fighter", "people", "person", "leader",
                                                  "commander"}:
            return "Arrests"
        if ctx & _UNOPPOSED or _no_fight(span if span is not None else trig.sent):
            return "Non-violent transfer of territory"
        kind = _agent_kind(doc, trig, actor_at) or _taken_from(trig, actor_at)
        if kind == "state":
            return "Government regains territory"
        if kind == "nonstate":
            return "Non-state actor overtakes territory"
    if sub == "Non-violent transfer of territory" and trig.lemma_.lower() in _HANDOVER and \
            _moves_forces(trig):
        # "transferred one tank battalion to Vasylivka", "transferring anti-aircraft systems
        # to Snake Island": forces moved, no ground handed over (read14: "withdraw from")
        return "Change to group/activity"
    if sub == "Non-violent transfer of territory" and trig.lemma_.lower() in _HANDOVER:
        objs = object_lemmas(trig)
        if not (objs & TERRITORY_NOUNS or any(t.pos_ == "PROPN" for c in trig.children
                                              if c.dep_ in ("dobj", "prep", "nsubjpass")
                                              for t in c.subtree)):
            top = _strongest_other(cand, sub)
            if top is None:
                return None  # "the transfer of casualties": no ground changes hands
            sub = top.defn.sub
    if sub == "Diplomatic event" and trig.lemma_.lower() == "expel" and (
            object_lemmas(trig) & ARMED_TARGETS or any(
                c.dep_ == "dobj" and c.lower_ in ("them", "they") for c in trig.children)
            and _subject_lemma(trig) in ARMED_TARGETS):
        # "expelled Russian troops from Zavody"; "forces ... expelled them from around the
        # city" (read166: a diplomatic event)
        return "Government regains territory"
    if trig.lemma_.lower() == "execute" and (object_lemmas(trig) | {
            c.lemma_.lower() for c in _subjects(trig, "nsubjpass")}) & _PLANS:
        # "executed the operation": carried out, not an execution; so are "operations ... poorly
        # coordinated and executed", the subject the first verb's (read189: an attack on
        # civilians at Kharkiv)
        return None
    if sub == "Armed clash" and trig.lemma_.lower() == "raid" and _police_raid(trig):
        # "Russian police conducted a raid at a plant to serve mobilization notices": a
        # police action with no armed foe, no battle (read197: police fighting Ukraine)
        return "Other"
    if trig.lemma_.lower() in _CLEARING and object_lemmas(trig) & _MINES:
        return None  # "clearing Russian mines near X": demining, no blast (read198: an IED)
    if trig.lemma_.lower() == "attack" and trig.pos_ == "VERB" and _verbal_attack(trig):
        return None  # "attacked the elites for ...": words, not violence
    if sub == "Armed clash" and {c.phrase for c in cand.cues
                                 if c.defn.sub == "Armed clash"} <= _ASSAULTS:
        objs = object_lemmas(trig)
        if objs & CIVILIAN_TARGETS and not objs & ARMED_TARGETS and not \
                _armed_patient(trig, actor_at):
            sub = "Attack"  # "killed eleven villagers in a raid on their homes": civilians
    if sub == "Attack" and _subject_lemma(trig) in _MOB:
        return "Mob violence"  # "villagers beat a suspected thief to death": no armed group
    if sub == "Attack" and trig.lemma_.lower() in _ABUSE:
        # "torturing plant personnel", "tortured captured soldiers": abuse of people held,
        # never a battle, whoever they are (ACLED: violence against civilians; read140)
        return sub
    if sub == "Attack" and occupation_official(trig):
        return sub  # "hanged the head of occupation police": no battle (read222)
    if sub == "Attack":
        objs = object_lemmas(trig)
        if objs & ARMED_TARGETS and not objs & CIVILIAN_TARGETS:
            return "Armed clash"
        if not objs & CIVILIAN_TARGETS and _armed_patient(trig, actor_at):
            return "Armed clash"  # "20 Al-Shabaab members were killed": fighters, not civilians
        if trig.dep_ == "pobj" and trig.head.lower_ == "under":
            return "Shelling/artillery/missile attack"  # "X came under attack": remote fire
    return sub


# Verbs of abusing people in one's hands
_ABUSE = {"torture", "beat", "mistreat", "abuse", "rape", "execute", "behead", "mutilate"}


# soldiers taken prisoner in fighting (ACLED: part of the battle, not an arrest)
# covert agents caught behind the line
_AGENTS_CAUGHT = {"saboteur", "spy", "agent", "infiltrator", "informant", "collaborator",
                  "spotter", "provocateur"}
_COMBATANTS = {"soldier", "sniper", "serviceman", "servicemen", "pilot", "paratrooper",
               "marine", "troop", "mercenary", "prisoner", "crew", "tank crew"}
_CONFLICT_SUBS = _TERRITORIAL | {"Armed clash", "Attack"} | _WEAPONISH
# things that "capture" an image, not ground
_INSTRUMENTS = {"imagery", "image", "images", "footage", "camera", "video", "photo",
                "photograph", "satellite", "picture", "sensor", "drone footage"}


_POLICE_WORDS = {"police", "policeman", "policemen", "rosgvardia", "fsb", "officer", "officers",
                 "guard", "guardsmen", "investigator", "investigators"}


def _police_raid(trig) -> bool:
    """Is the raid a police force's ("police conducted a raid", "police raided the office"),
    with no fighters as its object?"""
    verb = trig.head if trig.pos_ == "NOUN" and trig.dep_ in ("dobj", "nsubjpass") else trig
    subj = _subject(verb)
    return subj is not None and subj.lemma_.lower() in _POLICE_WORDS and \
        not object_lemmas(trig) & ARMED_TARGETS


# Verbs of clearing ground of mines, and what they clear
_CLEARING = {"clear", "remove", "sweep", "demine"}
_MINES = {"mine", "landmine", "minefield", "ordnance", "explosive", "uxo"}


_PLANS = {"operation", "plan", "order", "strategy", "mission", "maneuver", "manoeuvre",
          "campaign", "attack", "offensive", "assault", "task", "withdrawal", "deal",
          # "execute a crossing", "executed a breakthrough" (read30: an execution)
          "crossing", "breakthrough", "rotation"}


# targets of criticism: "attacked officials", "attacked the decision"
_CRITICISED = {"official", "oligarch", "elite", "government", "authority", "ministry", "mayor",
               "minister", "leadership", "policy", "decision", "media", "critic", "bureaucrat",
               "statement", "claim", "report", "plan", "law", "idea", "opponent", "rival"}
_VIOLENCE = {"kill", "wound", "injure", "shoot", "gun", "knife", "stab", "weapon", "bomb",
             "dead", "death", "beat", "fire", "shell", "grenade", "explosive", "armed"}


def _verbal_attack(trig) -> bool:
    """"Prigozhin attacked the elites for living in comfort": criticism, told by a "for"
    reason, a quoted object, or a criticised object in a sentence with no violence."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in trig.children):
        return True
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    if any(t.text in "“\"" for o in objs for t in o.subtree):
        return True
    sent = {t.lemma_.lower() for t in trig.sent}
    return any(o.lemma_.lower() in _CRITICISED for o in objs) and not sent & _VIOLENCE


# things a force regains or takes that are no ground
_ABSTRACT = {"initiative", "capability", "capabilities", "strength", "momentum", "composure",
             "confidence", "trust", "support", "power", "advantage", "footing", "balance",
             "consciousness", "access", "ability", "effectiveness", "readiness", "morale",
             "combat", "lead", "credibility", "legitimacy", "step", "action", "measure",
             "place", "part", "time", "note", "advantage", "responsibility", "steps",
             # "has gained attention in Western media as the Butcher of Aleppo" (read137: a
             # capture of Aleppo from a general's biography)
             "attention", "experience", "influence", "popularity", "recognition", "notoriety",
             "fame", "reputation", "prominence", "traction", "insight", "knowledge",
             "information", "approval", "permission", "favor", "favour", "sympathy",
             "weight", "expertise", "visibility", "nickname", "title"}
_FUNCTION_WORDS = {"the", "a", "an", "their", "its", "his", "her", "our", "some", "full",
                   "lost", "of", "more", "any"}


_ATTACK_NOUNS = {"attack", "bombing", "blast", "explosion", "killing", "assault", "ambush",
                 "abduction", "kidnapping", "shooting", "strike", "raid", "massacre",
                 "assassination", "murder", "responsibility"}
_DIPLOMACY = {"talk", "talks", "relation", "relations", "tie", "ties", "meeting", "visit",
              "dialogue", "negotiation", "summit", "cooperation", "embassy", "ambassador"}
_MINING = {"miner", "mining", "coal", "gold", "copper", "shaft", "quarry", "pit", "colliery",
           "diamond", "underground"}
# People who, seized, are taken (by armed groups) or arrested (by the state)
_PERSONS = {"worker", "civilian", "passenger", "student", "teacher", "journalist", "woman",
            "child", "villager", "man", "person", "people", "tourist", "engineer", "traveller",
            "traveler", "resident", "farmer", "girl", "boy", "priest", "doctor", "official"}
_ABDUCTORS = {"gunman", "kidnapper", "bandit", "assailant", "militant", "abductor", "pirate",
              "insurgent", "rebel", "jihadist", "terrorist"}
_ASSAULTS = {"raid", "assault", "storm/VERB", "attack"}
# Unorganised crowds: violence by them is mob violence (ACLED: Riots), not an armed group's
# attack
_MOB = {"villager", "resident", "mob", "crowd", "local", "youth", "vigilante", "neighbour",
        "neighbor", "passer", "passerby", "onlooker"}
_ARMED_KINDS = {"state forces"} | _NONSTATE_KINDS


def _armed_patient(trig, actor_at) -> bool:
    """Is the one attacked or killed an armed actor (ACLED: violence against civilians needs
    unarmed victims; between armed groups it is a battle)?"""
    if not actor_at:
        return False
    for ch in trig.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            for t in ch.subtree:
                a = actor_at.get(t.i)
                if a is not None and a.kind in _ARMED_KINDS:
                    return True
    return False


_DAMAGE = {"destroy", "damage", "hit", "down", "target", "shoot", "strike", "lose", "intercept"}


# clause heads where one act's words end and a coordinated act's begin
_CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "parataxis"}


def own_clause(trig) -> list:
    """The tokens of the trigger's own clause: the verb that heads it (climbing through
    complements and modifiers: "used drones to strike X" is one clause), less the verbs
    coordinated with it and their words, plus the subject it shares with them. "conducted an
    airstrike on A and continued shelling B": the shelling is no air strike (read21, read22:
    four shellings typed as air strikes by the airstrike of the clause before)."""
    head = trig
    path = [trig]
    for _ in range(12):
        if head.pos_ in ("VERB", "AUX") and head.dep_ in _CLAUSE_DEPS or head.head.i == head.i:
            break
        head = head.head
        path.append(head)
    # (and the verbs joined to any verb on the way up: "continued to shell and conduct
    # airstrikes in X", the airstrikes no part of the shelling; read206: two air strikes)
    on_path = {v.i for v in path}
    others = [c for v in path for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and c.i not in on_path]
    cut = {t.i for c in others for t in c.subtree}
    own = [t for t in head.subtree if t.i not in cut]
    have = {t.i for t in own}
    for subj in _clause_subjects(head):
        own += [t for t in subj.subtree if t.i not in have]
    return sorted(own, key=lambda t: t.i)


def _aircraft_attacking(tokens) -> bool:
    """Is some aircraft named here other than as what was hit ("a missile hit the base,
    destroying several Apache helicopters": the helicopters did not fire)?"""
    for t in tokens:
        if t.lemma_.lower() not in _AIRCRAFT and t.lower_ not in _AIRCRAFT:
            continue
        head = t
        while head.dep_ in ("conj", "compound", "amod", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _DAMAGE:
            continue
        return True
    return False


def _clause_subjects(tok) -> list:
    """The subjects (nsubj, nsubjpass) of a verb, inherited through participles, control and
    coordination ("protesters took to the streets, blocking roads": the protesters block)."""
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj
        if tok.dep_ not in ("advcl", "xcomp", "conj", "acl") or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def _subject(tok):
    """The first subject of a verb (see _clause_subjects), or None."""
    subj = _clause_subjects(tok)
    return subj[0] if subj else None


def _subjects(tok, dep: str) -> list:
    """The subjects of a verb with one dependency label ("nsubj": doers; "nsubjpass": the
    ones it was done to)."""
    return [c for c in _clause_subjects(tok) if c.dep_ == dep]


_PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "crowd", "people",
               "student", "activist", "participant", "worker", "supporter"}


def _state_harm(tokens) -> bool:
    """Lethal or injurious force against protesters (ACLED's "Excessive force"): a verb of
    harm ("killed", "shot", "suppressed") whose doer is the state's forces, or whose victims
    are the protesters; force told by its manner ("violently dispersed"); or live fire named
    -- not merely a death and a policeman in the same snippet ("honour a student whose death
    inspired protests ... as police officers stood by")."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if lemma == "live" and t.head.lemma_.lower() in ("ammunition", "round", "bullet", "fire"):
            return True
        if t.pos_ != "VERB" or t.dep_ in ("acl", "relcl"):
            continue  # "justice for a student killed by police last month": background
        if lemma in PROTEST_INTERVENTION and any(
                c.dep_ == "advmod" and c.lower_ in _FORCEFULLY for c in t.children):
            return True  # "violently dispersed a protest"
        if lemma not in PROTEST_EXCESSIVE:
            continue
        doers = _subjects(t, "nsubj") + [
            g for c in t.children if c.dep_ == "agent" for g in c.children]
        if any(d.lemma_.lower() in PROTEST_STATE for d in doers):
            return True
        victims = [c for c in t.children if c.dep_ == "dobj"] + _subjects(t, "nsubjpass")
        if any(v.lemma_.lower() in _PROTESTERS for x in victims for v in x.subtree) and \
                not any(d.lemma_.lower() in _PROTESTERS for d in doers):
            return True
    return False


_FORCEFULLY = {"violently", "brutally", "forcibly", "forcefully", "harshly"}


def _stoppers(tokens) -> set[str]:
    """Who blocks or stops in these tokens: "state" (police blocked the march), "crowd"
    (protesters blocked the road)."""
    out = set()
    for t in tokens:
        if t.pos_ == "VERB" and t.lemma_.lower() in PROTEST_STOP:
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in _UNREALISED:
                continue  # "attempted to block traffic": not done
            subj = _subject(t)
            if subj is None:
                continue
            if subj.dep_ == "nsubjpass":
                continue  # "the road was blocked": by whom is untold
            out.add("state" if subj.lemma_.lower() in PROTEST_STATE else "crowd")
    return out


# Verbs that move or place what they take as object: weapons as their object are moved.
_MOVE_VERBS = {"deploy", "redeploy", "move", "relocate", "transfer", "station", "position",
               "reposition", "send", "bring", "concentrate", "amass", "mass", "shift",
               "withdraw", "pull", "evacuate", "accumulate", "base",
               # "drawing personnel, weapons, and equipment into the area" (read123)
               "draw", "commit", "funnel", "divert",
               # "attempted to land an aircraft at the airport" (read136: an air strike)
               "land", "fly", "park", "ferry", "airlift"}


def _weapons_moved(doc, trig, cand: Candidate) -> bool:
    """Is every weapon cue of a movement verb's candidate inside what the verb moves (its
    object, or the subject of its passive)?"""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in _MOVE_VERBS:
        return False
    moved = {t.i for ch in trig.children if ch.dep_ in ("dobj", "nsubjpass")
             for t in ch.subtree}
    weapons = [c for c in cand.cues if c.defn.sub in _WEAPONISH]
    return bool(weapons) and all(c.root in moved for c in weapons)


_STRIKE_VERBS = {"strike", "hit", "shell", "bomb", "target", "attack", "shoot"}
# Verbs a force fires or uses its arms with ("used thermobaric munitions against X")
_ARMS_VERBS = INSTRUMENT_VERBS | {"fire", "drop", "launch"}
# Where arms are fired at or used: a target or a site
_AIMED_PREPS = {"against", "at", "on", "in", "near", "into", "over", "onto"}
# Arms a force fires, by no word of how ("munitions", "bombs"): not a device planted
_UNSAID_ARMS = {"munition", "munitions", "bomb", "bombs", "ammunition", "round", "rounds",
                "projectile", "projectiles"}
_AERIAL = {"air", "aerial", "aircraft", "airstrike", "plane", "planes", "jet", "jets",
           "aviation", "helicopter", "helicopters"}


def _arms_fired(doc, cand: Candidate) -> str | None:
    """The attack that arms used or fired at a target or a place are: "used thermobaric
    munitions against positions in X", "employed phosphorus bombs in X", "fired cluster
    munitions at X" (read47: typed weapons seized and a roadside bomb); an air strike where
    they are dropped or told as aerial. None where the arms are not so used ("seized
    munitions near X")."""
    for c in cand.cues:
        noun = doc[c.root]
        if c.defn.sub not in ("Disrupted weapons use", "Remote explosive/landmine/IED") or \
                noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj" or \
                noun.lemma_.lower() not in _UNSAID_ARMS:
            continue  # ("used an IED against a convoy" stays a roadside bomb)
        verb = noun.head
        lemma = verb.lemma_.lower()
        if lemma not in _ARMS_VERBS or not any(
                ch.dep_ == "prep" and ch.lower_ in _AIMED_PREPS
                for ch in (*verb.children, *noun.children)):
            continue
        aerial = lemma == "drop" or any(t.lower_ in _AERIAL for t in verb.subtree)
        return "Air/drone strike" if aerial else "Shelling/artillery/missile attack"
    return None


_WEAPON_STORES = {"depot", "warehouse", "storage", "cache", "dump", "stockpile", "arsenal",
                  "store", "base", "facility"}


def _inside_moved(tok) -> bool:
    """Is a noun part of what a movement verb moves ("relocating ... attack aircraft")?"""
    for anc in tok.ancestors:
        if anc.pos_ == "VERB":
            return anc.lemma_.lower() in _MOVE_VERBS and any(
                ch.dep_ in ("dobj", "nsubjpass") and tok in ch.subtree for ch in anc.children)
    return False


def _instrument_subject(trig) -> bool:
    """"Satellite imagery captured a convoy", "a convoy captured in Maxar imagery" (read115: a
    capture of territory): a picture taken, no place taken."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _INSTRUMENTS for c in trig.children) \
        or any(c.dep_ in ("prep", "agent") and c.lower_ in ("in", "on", "by") and any(
            o.dep_ == "pobj" and (o.lower_ in PICTURE_NOUNS or o.lemma_.lower() in _INSTRUMENTS
                                  or o.lower_ in ("camera", "cameras", "film", "tape"))
            for o in c.children) for c in trig.children)


def detect(doc, context_of=None, skip: frozenset[int] = frozenset(),
           actor_at=None, place_at: frozenset[int] = frozenset()) -> list[Candidate]:
    """Candidate events of a doc, typed; ``context_of(cand)`` gives the refinement context
    (default: the trigger's sentence); ``actor_at`` maps token index -> Actor; ``place_at``
    holds the tokens of the settlements the place stage resolved."""
    out = []
    lemma_cache: dict[tuple[int, int], set[str]] = {}
    # (a participle of held ground is no cue, nor part of another's cluster: "failed to
    # advance to occupied positions in B" made the advance a taking, read21)
    cues = [q for q in find_cues(doc, skip) if not held_ground_object(doc, doc[q.root])
            and not _idle_cue(doc, q) and not facility_mine(doc, q.root, q.phrase)]
    cues = _no_kind_modifiers(doc, cues)
    for c in cluster(doc, cues):
        trig = doc[c.trigger]
        if (trig.dep_ == "amod" or trig.pos_ == "ADJ") and not _verb_tagged_adjective(trig):
            continue  # "occupied territory", "criminal": a state or a quality, not an event
        if _occupied_as_adjective(doc, trig, actor_at):
            continue
        if _present_only(trig) or _runs_a_thing(trig, c) or _scare_quoted(trig) or \
                _works_there(trig, c):
            continue
        if trig.dep_ == "compound" and trig.head.i not in c.tokens and \
                trig.head.lower_ not in COMPASS_WORDS:
            # ("repelled Russian attacks southwest of X": the parser made the direction the
            # object and the attacks its modifier, no kind of thing; read20: no event)
            continue  # "combat zones", "drone footage": the cue names a kind of thing
        if trig.dep_ in ("npadvmod", "compound", "nmod") and trig.head.dep_ == "amod":
            continue  # "a rocket-launching site": the cue is inside a noun's modifier
        span = context_of(c) if context_of else doc[c.trigger].sent
        key = (span.start, span.end)
        if key not in lemma_cache:
            lemma_cache[key] = _lemmas(span)
        sub = refine(doc, c, lemma_cache[key], actor_at, span=span, place_at=place_at)
        if sub is not None:
            sub = retype(doc, c, sub)  # (read227, read228, read230: retyping.py)
        if sub is not None:
            c.sub = sub
            out.append(c)
    return _modifier_conjuncts(doc, out)


def _modifier_conjuncts(doc, cands: list[Candidate]) -> list[Candidate]:
    """read25: "conducted missile and artillery strikes against A": the parser makes the bare
    first modifier ("missile") the verb's object and the head noun ("strikes") its conjunct;
    the modifier is no act of its own, its cue joins the head noun's event (which takes the
    arguments)."""
    at = {c.trigger: c for c in cands}
    drop = set()
    for c in cands:
        t = doc[c.trigger]
        if t.pos_ != "NOUN" or t.tag_ != "NN" or any(
                ch.dep_ in ("det", "poss", "amod", "nummod", "prep") for ch in t.children):
            continue
        heads = [ch for ch in t.children if ch.dep_ == "conj" and ch.i in at and
                 ch.pos_ == "NOUN" and ch.tag_ == "NNS" and
                 any(g.dep_ == "compound" for g in ch.children)]
        if len(heads) != 1:
            continue
        head = at[heads[0].i]
        head.tokens |= c.tokens
        head.cues = head.cues + [q for q in c.cues if q not in head.cues]
        drop.add(c.trigger)
    return [c for c in cands if c.trigger not in drop]


# Participles of a change of control that also name a state of ground: "defend occupied
# positions", "hold captured territory", "shell liberated Kherson".
_HELD_GROUND = {"occupied", "captured", "seized", "liberated", "recaptured"}


def held_ground_object(doc, trig) -> bool:
    """"continued to fortify and defend occupied positions": the parser made "occupied" the
    complement of the verb just before it, which has no object of its own; the participle
    is the adjective of the noun after it, not an act (read of ISW 2022-06-19/20). So is
    one after a nationality adjective ("Russian occupied settlements", read15)."""
    if trig.lower_ not in _HELD_GROUND or trig.i == 0 or trig.i + 1 >= len(doc):
        return False
    head, nxt, prev = trig.head, doc[trig.i + 1], doc[trig.i - 1]
    if prev.ent_type_ == "NORP" and prev.tag_ == "JJ" and nxt.pos_ in ("NOUN", "PROPN"):
        return True  # "evacuated ... to Russian occupied settlements": "Russian-occupied"
    if prev.lower_ == "to" and trig.tag_ == "VBN" and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS":
        # "failed to advance from A to occupied positions in B": a participle after "to" is
        # no infinitive; the parser read "to occupy positions" (read21: a capture of B)
        return True
    if prev.pos_ == "ADP" and prev.lower_ != "to" and trig.lower_.endswith("ed") and (
            nxt.pos_ in ("NOUN", "PROPN") or nxt.tag_ == "JJ" and trig.i + 2 < len(doc) and
            doc[trig.i + 2].pos_ in ("NOUN", "PROPN")):
        # (and past a people's adjective: "across occupied Ukrainian oblasts", read129: a
        # capture of Donetsk)
        # "soldiers in occupied Tokmak", "from occupied Kherson": after a preposition the
        # participle is the place's adjective (read25: a capture of a town held for months)
        return True
    return (trig.dep_ in ("xcomp", "ccomp", "advcl") and head.i == trig.i - 1 and head.pos_ == "VERB"
            and nxt.pos_ in ("NOUN", "PROPN") and nxt.head.i == trig.i
            and not any(c.dep_ in ("dobj", "obj") for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in trig.children))


_FORMATION_WORDS = {"btg", "btgs", "battalion", "battalions", "brigade", "brigades", "regiment",
                    "regiments", "division", "divisions", "formation", "formations", "unit",
                    "units", "elements", "element", "group", "groups", "army", "armies"}


def _verb_tagged_adjective(trig) -> bool:
    """"continued to heavily shell Lysychansk, Ustynivka, ...": the small tagger calls "shell"
    an adjective, but "to" before it and an object after it make it a verb (read17: the
    day's shelling of four towns was lost)."""
    kids = list(trig.children)
    if gerund_on_object(trig):
        return True
    return trig.dep_ != "amod" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) \
        and any(c.dep_ in ("dobj", "obj") for c in kids)


# Aspect verbs a gerund after which is the act they go on with
_GOING_ON_VERBS = {"continue", "resume", "keep", "begin", "start", "intensify"}


# People holding an office, and the words that make the office the occupier's
_OFFICIALS = {"head", "chief", "official", "officer", "deputy", "collaborator", "mayor",
              "administrator", "governor", "judge", "functionary", "leader"}
_OCCUPATION_MARKS = ("occupation", "russian-appointed", "kremlin-appointed", "russian-installed",
                     "collaborator", "collaborationist", "self-proclaimed")


def occupation_official(trig) -> bool:
    """Is the one the act harms an official of the occupation ("hanged the self-proclaimed
    head of occupation police", "shot a Russian-appointed official", "killed a collaborator")?
    The office, not the person's former service, is the side harmed (read222: "partisans
    fight Ukrainian forces" from a former Ukrainian officer heading occupation police)."""
    for c in trig.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _OFFICIALS:
            words = c.doc[c.left_edge.i:c.right_edge.i + 1].text.lower()
            if any(m in words for m in _OCCUPATION_MARKS):
                return True
    return False


def including_whole(tok):
    """The verb whose told harm or work an act listed under "including" details ("strikes
    inflicted heavy losses on Russian forces, including killing 40 servicemen and destroying
    a depot": inflicted), else None."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pcomp" or t.head.lower_ != "including":
        return None
    up = t.head.head
    for _ in range(3):  # (the prepositional phrase hangs on the verb or on its object)
        if up.pos_ in ("VERB", "AUX"):
            return up
        if up.head.i == up.i:
            break
        up = up.head
    return None


def gerund_on_object(trig) -> bool:
    """Is the word a gerund the parse made the modifier of an aspect verb's object ("continued
    shelling areas west of X": "shelling" an amod of "areas")? It is the aspect verb's own
    object, the act (read63: five villages' shelling lost); the object and the verb's bearing
    place it, the verb's subject does it (events.arguments)."""
    return trig.dep_ == "amod" and trig.tag_ == "VBG" and trig.i + 1 == trig.head.i and \
        trig.head.dep_ == "dobj" and trig.head.head.lemma_.lower() in _GOING_ON_VERBS


def _present_only(trig) -> bool:
    """"Twenty-five Russian BTGs were operating around Izyum": formations counted or named
    as operating somewhere are there, not fighting (read16: a battle at Izyum from a cited
    count of units); "forces are operating inside Russia's Belgorod region" (an incursion)
    and "operating against Ukrainian positions" are acts."""
    if trig.lemma_.lower() != "operate" or trig.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "against")
            for c in trig.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in trig.children):
        return True  # "forces are still operating in X": where they are (read48), a status
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and trig.dep_ == "acl":
        subj = trig.head  # "BTGs operating around Izyum"
    # (read29: "sabotage and reconnaissance groups are operating in the area", the parser's
    # subject "sabotage" with "groups" its conjunct)
    return subj is not None and (any(n.lower_ in _FORMATION_WORDS for n in (subj, *subj.conjuncts))
                                 or any(c.dep_ == "nummod" for c in subj.children))


# Things that run (operate) rather than fight
_RUN_THINGS = {"plant", "station", "reactor", "factory", "airport", "port", "pipeline", "mine",
               "dam", "railway", "line", "ferry", "bridge", "crossing", "facility", "unit",
               "system", "network", "grid", "terminal"}


# People whose "operating in X" is where they work, not a fight
_WORKERS = {"milblogger", "blogger", "journalist", "correspondent", "reporter", "channel",
            "outlet", "source", "official", "volunteer", "company", "organization",
            "organisation", "agency", "ngo", "charity", "mission", "network", "operator"}


def _works_there(trig, cand: Candidate) -> bool:
    """"A Russian milblogger operating in Kherson City noted ...": where a speaker works, no
    battle there (read116: a clash in the city)."""
    return trig.lemma_.lower() == "operate" and trig.dep_ == "acl" and \
        trig.head.lemma_.lower() in _WORKERS and \
        all(q.phrase == "operate" or not q.defn.anchor for q in cand.cues)


def _runs_a_thing(trig, cand: Candidate) -> bool:
    """"Russian forces operating two pontoon ferries near X", "operated the rail line": a
    force operating something runs it (logistics), it does not fight; the battle sense of
    "operate" takes no object ("operating near X", "operated against Ukrainian positions").
    Only where "operate" is the candidate's only cue ("operating drones" is left to the drone
    cue). (read22: a battle at the ferries' site)"""
    if not all(q.phrase in ("operate", "operation") or not q.defn.anchor for q in cand.cues):
        return False
    if trig.lemma_.lower() == "operation" and trig.pos_ == "NOUN":
        # "the safe operation of the nuclear power plant": the plant running (read114: a
        # battle at the plant)
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _RUN_THINGS for o in p.children)
            for p in trig.children)
    if trig.lemma_.lower() != "operate" or trig.pos_ not in ("VERB", "AUX"):
        return False
    # (or the thing runs: "the power plant continues to operate at the risk of an accident")
    subject = trig
    while subject.dep_ == "xcomp" and subject.head.i != subject.i:
        subject = subject.head
    return any(c.dep_ in ("dobj", "obj") for c in trig.children) or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _RUN_THINGS for c in subject.children)


_QUOTES = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"}
# What a quoted verb does to when it does to someone or somewhere (a being, a force, a place)
_BEINGS = CIVILIAN_TARGETS | ARMED_TARGETS | TROOP_NOUNS | {"person", "commander", "officer",
                                                            "prisoner", "citizen", "resident"}


def _scare_quoted(trig) -> bool:
    """A verb cue alone in quotation marks whose object is no being and no place ("are
    'killing' all free concerts"): a figure of speech the writer marks as such, not an act
    (read22: troop movements). A quoted act done to people or a place stays an act: ISW
    quotes Russian claims ('"liberated" Pisky', '"destroyed" two Ukrainian companies')."""
    doc, i = trig.doc, trig.i
    if trig.pos_ != "VERB" or i == 0 or i + 1 >= len(doc) or \
            doc[i - 1].text not in _QUOTES or doc[i + 1].text not in _QUOTES:
        return False
    objs = [c for c in trig.children if c.dep_ in ("dobj", "obj")]
    return bool(objs) and not any(
        o.lemma_.lower() in _BEINGS or o.pos_ in ("PROPN", "NUM", "PRON")
        or o.ent_type_ in ("PERSON", "NORP", "GPE", "LOC", "FAC", "ORG", "CARDINAL")
        or any(c.dep_ == "nummod" for c in o.children) for o in objs)


def _occupied_as_adjective(doc, trig, actor_at) -> bool:
    """"the bridge that links occupied Crimea with Russia": "occupied" before a name, tagged a
    verb, with no armed actor as its subject, is the adjective of the name."""
    if held_ground_object(doc, trig):
        return True
    if trig.lower_ != "occupied" or trig.i + 1 >= len(doc) or doc[trig.i + 1].pos_ != "PROPN":
        return False
    for ch in trig.children:
        if ch.dep_ in ("nsubj", "nsubjpass", "agent"):
            if (actor_at and any(t.i in actor_at for t in ch.subtree)) or \
                    ch.lemma_.lower() in _STATE_WORDS | _NONSTATE_WORDS | _UNIT_WORDS:
                # ("two BTGs of the 71st Regiment occupied X": a unit, or a subject naming
                # one, occupies; read135: the occupation of two towns lost)
                return False
    return True


# Words of a force's units that may stand as a subject ("two BTGs occupied X")
_UNIT_WORDS = UNIT_NOUNS | {"btg", "btgs", "bataillon", "element", "elements", "subunit",
                            "subunits", "formation", "formations"}


_BACKGROUND_PREPS = {"after", "following", "for", "over", "amid", "despite", "since", "to",
                     "against"}


# Verbs and adjectives whose complement is an event not (yet) happened: "ready to counter an
# airstrike", "waiting for the order to kick off the assault", "threatened to attack".
_UNREALISED = {"ready", "plan", "prepare", "threaten", "intend", "aim", "wait", "vow", "want",
               "seek", "hope", "able", "capable", "poise", "order", "urge", "call", "try",
               "attempt", "expect", "propose", "pledge", "warn", "promise", "plot",
               "conspire", "scheme", "conspiracy"}


_CONSEQUENCES = {"kill", "wound", "injure", "die", "hurt", "hospitalise", "hospitalize",
                 "flee", "evacuate", "displace", "damage", "destroy", "trap", "rescue"}
# what a coordinated harm is the toll of: another harm or an act of firing (participial)
_TOLL_HEADS = frozenset(_CONSEQUENCES | _FIRING_VERBS)
# Verbs whose infinitive complement did happen ("began to shell the town")
_REALISING = {"begin", "start", "continue", "manage", "resume", "keep", "proceed", "go",
              "come", "seem", "appear"}
# Sub-event types whose past participle describes where a force is rather than tells an event
_STATES = {"Change to group/activity", "Headquarters or base established"}


def backgrounded(doc, cand: Candidate) -> bool:
    """Is the candidate told as background rather than as the snippet's news: inside a
    relative clause ("striking areas where Russia had declared a ceasefire", "regions that had
    been taken over by armed groups") or the complement of a verb of intent or readiness
    ("ready to counter an airstrike")? Walks up to the trigger's clause head."""
    tok = doc[cand.trigger]
    if cand.sub in _STATES and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return True  # "troops deployed in the area", "units stationed in the heights"
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.tag_ == "VB" and tok.dep_ in ("advcl", "acl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
                tok.head.lemma_.lower() not in _REALISING and \
                cand.sub not in _PROTEST | {"Diplomatic event"}:
            # "thwarted a plot to bomb a mall", "fled to escape the fighting": a purpose (but
            # "asked them to consider sanctions" is diplomacy in the asking, and "blocked
            # roads to protest" is a protest)
            return True
        if tok.dep_ == "relcl":
            return True
        if tok.dep_ in ("xcomp", "pobj", "prep", "dobj", "acl") and \
                tok.head.lemma_.lower() in _UNREALISED:
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since")
                                       for c in tok.children) and \
                tok.head.lemma_.lower() not in _CONSEQUENCES:
            # "set a police station on fire after a man died in custody"; but "wounded after
            # a suicide bomber blew himself up" tells the cause of the wounds
            return True
        if tok.dep_ in ("ccomp", "advcl", "conj", "parataxis") and tok.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own
        tok = tok.head
    return False


def salience(doc, cand: Candidate) -> float:
    """How much a candidate is the snippet's main event: its specificity, less when it is
    background in a prepositional phrase ("sanctions after the missile tests"), a relative
    clause or an intent ("ready to counter an airstrike")."""
    score = cand.weight
    if backgrounded(doc, cand):
        score -= 2
    tok = doc[cand.trigger]
    if tok.dep_ == "poss" and tok.pos_ in ("NOUN", "PROPN"):
        score -= 2  # "the operation's main objective": the event named as a topic's owner
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in ("pobj", "pcomp", "prep", "compound", "amod",
                                                   "dobj", "nmod", "poss"):
            break
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in _BACKGROUND_PREPS:
            score -= 2
            break
    return score


# weight-1 verbs that mean an event only with a given object (refine() checks it)
_NEEDS_OBJECT = (CUES["send/VERB"], CUES["claim/VERB"], *_GROUND_VERBS.values())
# single-word crime cues, also when the tagger made them modifiers ("counterfeit notes")
_CRIME_WORDS = {p for p, d in CUES.items() if d.sub == "Organized crime" and " " not in p
                and "/" not in p}
_CAUSES = {"Natural disaster", "Man-made disaster", "Suicide bomb", "Chemical weapon", "Grenade",
           "Air/drone strike", "Shelling/artillery/missile attack",
           "Remote explosive/landmine/IED", "Sexual violence"}


# Words that make an arrest political (ACLED's Arrests) rather than a police matter.
_POLITICAL = {"protest", "protester", "demonstrator", "activist", "opposition", "journalist",
              "militant", "terrorist", "terrorism", "insurgent", "rebel", "jihadist",
              "politician", "party", "dissident", "critic", "blogger", "separatist",
              "extremist", "coup", "election", "lawmaker", "candidate", "minister", "spy",
              "espionage", "treason", "militia"}


def _bare_weapon(doc, cand: Candidate) -> bool:
    """A weapon noun with no word of use linked to it ("rifles and grenades")."""
    return len(cand.cues) == 1 and cand.sub in _WEAPONISH - {"Disrupted weapons use"} and \
        doc[cand.trigger].pos_ in ("NOUN", "PROPN")


@dataclass(frozen=True)
class Reading:
    """What a passage's news is, read as one event: its sub-event type and where it was read
    from (the token index of the chosen candidate's trigger, or of the cue's head when no
    candidate was found; None for "Other"), with the candidate's salience."""

    sub: str
    trigger: int | None
    salience: float | None = None
    # the candidate read (built from the cue when no candidate was found): the event stage
    # turns it into the report's main event when its own pass dropped or never found it
    candidate: Candidate | None = field(default=None, compare=False)


def classify(doc, actor_at=None) -> str:
    """One sub-event type for a whole snippet (the CASE 2021 Task 2 setting): the most salient
    detected event, else the most specific cue of any kind, else "Other"."""
    return read_news(doc, actor_at=actor_at).sub


def read_news(doc, span=None, actor_at=None, learned: bool = True) -> Reading:
    """The news of ``span`` (default: the whole doc) read as one event, with the whole span as
    every candidate's typing context: the most salient candidate whose trigger is in the span,
    else the most specific cue there, else "Other". ``classify`` is this over a snippet; the
    event stage reads a report's lead with it to mark the report's main event.

    Where the rules found something to read, the learned typer (typer.py) may retype it: its
    type replaces the rules' only where it is confident and gives the rules' type little
    chance; it reads the rules' type as one of its words (``learned=False``: the rules
    alone, as bench/train_typer.py compares them)."""
    reading = read_by_rules(doc, span, actor_at)
    if not learned or reading.trigger is None:
        return reading
    from .typer import combine, learned_cats, typer_words

    whole = doc[:] if span is None else span
    outside = frozenset(range(whole.start)) | frozenset(range(whole.end, len(doc)))
    words = typer_words(whole, (c.defn.sub for c in find_cues(doc, outside)), reading.sub)
    sub = combine(reading.sub, learned_cats(words))
    return reading if sub == reading.sub else replace(reading, sub=sub)


def read_by_rules(doc, span=None, actor_at=None) -> Reading:
    """``read_news`` by the hand-written rules alone."""
    whole = doc[:] if span is None else span
    if actor_at is None:
        from .actors import extract_actors

        actor_at = {}
        for a in extract_actors(doc):
            a_span = doc.char_span(a.start, a.end, alignment_mode="expand")
            for t in a_span or ():
                actor_at[t.i] = a
    # cues outside the span are not read (a report's lead is whole sentences, so no event
    # of the span is cut); over a whole snippet nothing is skipped, as classify always did
    outside = frozenset(range(whole.start)) | frozenset(range(whole.end, len(doc)))
    cands = detect(doc, context_of=lambda c: whole, skip=outside, actor_at=actor_at)
    cues_seen: list[list[Cue]] = []

    def found() -> list[Cue]:  # looked for only when a rule below needs them
        if not cues_seen:
            cues_seen.append(find_cues(doc, outside))
        return cues_seen[0]

    whole_lemmas = _lemmas(whole)
    if any(c.sub == "Disrupted weapons use" and doc[c.trigger].pos_ == "VERB" for c in cands):
        # weapons seized or found: a weapon named on its own is the thing seized, not a use
        # ("arms have been seized from him, which include rifles and grenades")
        cands = [c for c in cands if not _bare_weapon(doc, c)]
    if cands:
        best = max(cands, key=lambda c: (salience(doc, c), -c.trigger))
        score = salience(doc, best)
        if best.sub == "Attack":
            clash = [c for c in cands if c.sub == "Armed clash" and
                     doc[c.trigger].lemma_ == doc[best.trigger].lemma_]
            if clash:
                # "an attack by rebel forces ... rebel fighters attacked a police post": the
                # attack told again with its target, which is armed
                return Reading("Armed clash", clash[0].trigger, salience(doc, clash[0]),
                               clash[0])
        if best.sub == "Attack" and best.weight <= 1.5:
            # "killed", "injured" tell a consequence; ACLED types an event by its cause
            # ("injured in the disaster, triggered by torrential rain"), named by a specific
            # cue even where it is only a modifier
            cause = [c for c in found() if c.defn.weight >= 5 and c.defn.sub in _CAUSES]
            if cause:
                return Reading(max(cause, key=lambda c: (c.defn.weight, -c.start)).defn.sub,
                               best.trigger, score, best)
        if best.sub == "Arrests" and not whole_lemmas & _POLITICAL and (
                whole_lemmas & _CRIME_WORDS or any(c.defn.sub == "Organized crime"
                                                   for c in found())):
            # ACLED codes politically significant arrests; arrests over drugs, counterfeit
            # money or smuggling are crime
            return Reading("Organized crime", best.trigger, score, best)
        return Reading(best.sub, best.trigger, score, best)
    # verbs of sending or claiming say nothing without their object ("patients were rushed
    # to hospital", "claimed victory")
    cues = [c for c in found() if c.defn not in _NEEDS_OBJECT and not (
        c.phrase == "suicide" and not whole_lemmas & _BOMBING_WORDS)  # "committed suicide"
        and not _instrument_subject(doc[c.root])]  # "satellite imagery captured a convoy"
    if cues:
        top = max(cues, key=lambda c: (c.defn.weight, -c.start))
        return Reading(top.defn.sub, top.root, None,
                       Candidate(trigger=top.root, cues=[top], sub=top.defn.sub,
                                 weight=top.defn.weight, tokens=set(range(top.start, top.end))))
    return Reading("Other", None)
