"""Event detection and typing: find cue words in a parsed doc, group the cues that describe one
event (linked by a short, non-clausal dependency path: "killed in an airstrike", "grenade
attack"), and give each group an ACLED (or non-conflict) sub-event type.

Hand-written matching (not spaCy's Matcher) because a cue word must meet a token's lemma OR
its lower-cased form ("shelling" is a noun whose lemma stays "shelling"), which one Matcher
token pattern cannot say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon_events import (
    ARMED_TARGETS, CIVILIAN_TARGETS, CRIME_NOUNS, CUES, PROTEST_EXCESSIVE, PROTEST_INTERVENTION,
    PROTEST_STATE, PROTEST_VIOLENT, TERRITORY_NOUNS, WEAPON_NOUNS, CueDef,
)

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
             "drone", "drones", "bomber", "bombers", "airstrike", "airstrikes", "gunship"}
_CAPTURE = {"capture", "seize", "take", "overrun", "occupy", "gain", "fall", "storm", "retake",
            "recapture", "regain", "reclaim", "liberate", "retook", "recaptured", "win", "enter",
            "recover"}
_TERRITORIAL = {"Non-state actor overtakes territory", "Government regains territory"}
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
        words = []
        for w in phrase.split():
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
    return low == word or tok.lemma_.lower() == word or low in (word + "s", word + "es")


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
        best = None
        for words, defn, phrase in sorted(cands, key=lambda x: -len(x[0])):
            if i + len(words) > n:
                continue
            if all(_tok_matches(doc[i + k], w, p) and i + k not in skip
                   for k, (w, p) in enumerate(words)):
                best = (len(words), defn, phrase)
                break
        if best and best[0] == 1 and tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD", "VBG",
                                                                          "JJ"):
            best = None  # "occupied Ishchenka", "wounded soldiers": a state, not an event
        if best:
            length, defn, phrase = best
            span = doc[i:i + length]
            out.append(Cue(i, i + length, span.root.i, phrase, defn))
            i += length
        else:
            i += 1
    return out


# "a series of strikes hit": the quantity noun and its "of" do not count as steps
_TRANSPARENT = {"of", "series", "wave", "number", "barrage", "string", "spate", "round",
                "volley", "salvo", "couple", "dozens", "hundreds", "wave", "campaign"}


def participial(tok) -> bool:
    """"shelled the town, killing 3": a subjectless participle clause adds to its head event."""
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
            if tok.lower_ not in _TRANSPARENT:
                steps += 1
                if steps >= hops:
                    break
    return False


def cluster(doc, cues: list[Cue]) -> list[Candidate]:
    """Group linked cues in a sentence; every group with an anchor cue is a candidate event."""
    parent = list(range(len(cues)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    starts = sent_starts(doc)
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


def _agent_kind(doc, trig, actor_at) -> str | None:
    """"state" or "nonstate" for the agent of a trigger, from actor records or head nouns."""
    agents = [c for c in trig.children if c.dep_ == "nsubj"]
    agents += [g for c in trig.children if c.dep_ == "agent" for g in c.children]
    if not agents and trig.dep_ in ("xcomp", "conj"):
        agents = [c for c in trig.head.children if c.dep_ == "nsubj"]
    for a in agents:
        for t in [a] + list(a.subtree):
            actor = actor_at.get(t.i) if actor_at else None
            if actor is not None:
                if actor.kind in ("state forces", "government"):
                    return "state"
                if actor.kind in ("rebel group", "political militia", "identity militia"):
                    return "nonstate"
        lemma = a.lemma_.lower()
        if any(c.lemma_.lower() in _NONSTATE_WORDS | {"proxy"} for c in a.children
               if c.dep_ in ("amod", "compound")):
            return "nonstate"  # "proxy forces", "rebel troops"
        if lemma in _STATE_WORDS:
            return "state"
        if lemma in _NONSTATE_WORDS:
            return "nonstate"
    return None


def refine(doc, cand: Candidate, context, actor_at=None) -> str | None:
    """Adjust a candidate's sub-event type by what surrounds it (``context``: a span, or the
    set of its lemmas and lower-cased forms); None
    when the cues do not make an event after all ("set up barricades", "missile tests")."""
    trig = doc[cand.trigger]
    # "demonstrate Russia's ability": a verb of showing, not a protest
    kept = [c for c in cand.cues if not (c.phrase == "demonstrate" and any(
        ch.dep_ in ("dobj", "ccomp") for ch in doc[c.root].children))]
    if len(kept) < len(cand.cues):
        if not any(c.defn.anchor for c in kept):
            return None
        cand.cues = kept
        top = max(kept, key=lambda c: c.defn.weight)
        cand.sub, cand.weight = top.defn.sub, top.defn.weight
    sub = cand.sub
    ctx = context if isinstance(context, (set, frozenset)) else _lemmas(context)
    member_subs = {c.defn.sub for c in cand.cues}
    # the weapon is a thing here, not an attack
    for c in cand.cues:
        head = doc[c.root]
        while head.dep_ == "conj" and head.head.i != head.i:  # "nuclear and missile programmes"
            head = head.head
        if c.defn.sub in _WEAPONISH and head.head.lemma_.lower() in _NOT_ATTACK_HEADS \
                and head.dep_ in ("compound", "amod", "nmod"):
            others = [o for o in cand.cues if o is not c and o.defn.sub not in _WEAPONISH]
            if not others:
                return None
            sub = max(others, key=lambda o: o.defn.weight).defn.sub
            member_subs = {o.defn.sub for o in others}
    if sub == "Headquarters or base established":
        verbs = [c for c in cand.cues if c.defn.sub == sub and c.defn.anchor]
        nouns = [c for c in cand.cues if c.defn.sub == sub and not c.defn.anchor]
        if not (verbs and nouns):
            others = [c for c in cand.cues if c.defn.sub != sub and c.defn.anchor]
            if not others:
                return None
            sub = max(others, key=lambda o: o.defn.weight).defn.sub
    disrupt_verbs = [c for c in cand.cues if c.defn.sub == "Disrupted weapons use"
                     and c.defn.weight <= 1]
    if disrupt_verbs and len(cand.cues) == 1 and trig.lemma_.lower() in _CAPTURE \
            and object_lemmas(trig) & TERRITORY_NOUNS:
        sub = "Non-state actor overtakes territory"  # "the army recovered the regions"
    elif disrupt_verbs:
        if member_subs & (_WEAPONISH - {"Disrupted weapons use"}) or any(
                c.defn.sub == "Disrupted weapons use" and c.defn.weight > 1 for c in cand.cues):
            return "Disrupted weapons use"
        if sub == "Disrupted weapons use":
            return None  # "found dead", "recovered": nothing about weapons
    if sub in _PROTEST or member_subs & _PROTEST:
        if ctx & PROTEST_VIOLENT or "Violent demonstration" in member_subs:
            return "Violent demonstration"
        if "Attack" in member_subs and (ctx & PROTEST_EXCESSIVE or not ctx & PROTEST_INTERVENTION):
            return "Excessive force against protesters"  # "attacks against protesters"
        opened_fire = "open" in ctx and "fire" in ctx
        if opened_fire or (ctx & PROTEST_EXCESSIVE and ctx & PROTEST_STATE):
            return "Excessive force against protesters"
        if ctx & PROTEST_INTERVENTION or "Arrests" in member_subs:
            return "Protest with intervention"
        return "Peaceful protest"
    if sub == "Man-made disaster" and not any(c.defn.sub == sub and c.defn.anchor
                                              for c in cand.cues):
        # "capture the nuclear power plant": the plant is the object of another event
        conflict = [c for c in cand.cues if c.defn.anchor and c.defn.sub in _CONFLICT_SUBS]
        if conflict:
            sub = max(conflict, key=lambda c: c.defn.weight).defn.sub
    if sub == "Attack" and trig.lemma_.lower() in ("strike", "raid") and ctx & _AIRCRAFT \
            and "anti" not in ctx:
        return "Air/drone strike"  # "bombers conducted strikes": strikes from the air
    if sub == "Shelling/artillery/missile attack" and ctx & _AIRCRAFT and "anti" not in ctx:
        return "Air/drone strike"  # missiles fired from aircraft are air strikes (ACLED)
    if sub == "Remote explosive/landmine/IED":
        blasts = {c.phrase for c in cand.cues if c.defn.sub == sub}
        if blasts <= _GENERIC_BLAST and ctx & _MAN_MADE_CONTEXT and not ctx & _SPECIFIC_BLAST:
            return "Man-made disaster"
    if sub in _TERRITORIAL and trig.lemma_.lower() in _CAPTURE | {"control"}:
        objs = object_lemmas(trig)
        if trig.lemma_.lower() == "enter" and not (objs & TERRITORY_NOUNS or any(
                ch.dep_ in ("dobj", "prep") and any(t.pos_ == "PROPN" for t in ch.subtree)
                for ch in trig.children)):
            return None  # "enter the war", "entered talks"
        if objs & WEAPON_NOUNS:
            return "Disrupted weapons use"
        if objs & CRIME_NOUNS:
            return "Organized crime"
        if _instrument_subject(trig):
            return None  # "satellite imagery captured a convoy": a picture, not a capture
        if objs and objs <= _ABSTRACT | _FUNCTION_WORDS:
            return None  # "regain the initiative", "regain their combat capabilities"
        if not objs & TERRITORY_NOUNS and objs & _COMBATANTS:
            return "Armed clash"  # "captured a Russian sniper": prisoners taken in fighting
        if not objs & TERRITORY_NOUNS and objs & {"suspect", "militant", "man", "member",
                                                  "fighter", "people", "person", "leader",
                                                  "commander"}:
            return "Arrests"
        if ctx & _UNOPPOSED:
            return "Non-violent transfer of territory"
        kind = _agent_kind(doc, trig, actor_at)
        if kind == "state":
            return "Government regains territory"
        if kind == "nonstate":
            return "Non-state actor overtakes territory"
    if sub == "Diplomatic event" and trig.lemma_.lower() == "expel" and \
            object_lemmas(trig) & ARMED_TARGETS:
        return "Government regains territory"  # "expelled Russian troops from Zavody"
    if trig.lemma_.lower() == "execute" and (object_lemmas(trig) | {
            c.lemma_.lower() for c in trig.children if c.dep_ == "nsubjpass"}) & _PLANS:
        return None  # "executed the operation": carried out, not an execution
    if trig.lemma_.lower() == "attack" and trig.pos_ == "VERB" and _verbal_attack(trig):
        return None  # "attacked the elites for ...": words, not violence
    if sub == "Attack":
        objs = object_lemmas(trig)
        if objs & ARMED_TARGETS and not objs & CIVILIAN_TARGETS:
            return "Armed clash"
        if trig.dep_ == "pobj" and trig.head.lower_ == "under":
            return "Shelling/artillery/missile attack"  # "X came under attack": remote fire
    return sub


# soldiers taken prisoner in fighting (ACLED: part of the battle, not an arrest)
_COMBATANTS = {"soldier", "sniper", "serviceman", "servicemen", "pilot", "paratrooper",
               "marine", "troop", "mercenary", "prisoner", "crew", "tank crew"}
_CONFLICT_SUBS = _TERRITORIAL | {"Armed clash", "Attack"} | _WEAPONISH
# things that "capture" an image, not ground
_INSTRUMENTS = {"imagery", "image", "images", "footage", "camera", "video", "photo",
                "photograph", "satellite", "picture", "sensor", "drone footage"}


_PLANS = {"operation", "plan", "order", "strategy", "mission", "maneuver", "manoeuvre",
          "campaign", "attack", "offensive", "assault", "task", "withdrawal", "deal"}


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
             "place", "part", "time", "note", "advantage", "responsibility", "steps"}
_FUNCTION_WORDS = {"the", "a", "an", "their", "its", "his", "her", "our", "some", "full",
                   "lost", "of", "more", "any"}


def _instrument_subject(trig) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _INSTRUMENTS for c in trig.children)


def detect(doc, context_of=None, skip: frozenset[int] = frozenset(),
           actor_at=None) -> list[Candidate]:
    """Candidate events of a doc, typed; ``context_of(cand)`` gives the refinement context
    (default: the trigger's sentence); ``actor_at`` maps token index -> Actor."""
    out = []
    lemma_cache: dict[tuple[int, int], set[str]] = {}
    for c in cluster(doc, find_cues(doc, skip)):
        trig = doc[c.trigger]
        if trig.dep_ == "amod" or trig.pos_ == "ADJ":
            continue  # "occupied territory", "criminal": a state or a quality, not an event
        if trig.dep_ == "compound" and trig.head.i not in c.tokens:
            continue  # "combat zones", "drone footage": the cue names a kind of thing
        span = context_of(c) if context_of else doc[c.trigger].sent
        key = (span.start, span.end)
        if key not in lemma_cache:
            lemma_cache[key] = _lemmas(span)
        sub = refine(doc, c, lemma_cache[key], actor_at)
        if sub is not None:
            c.sub = sub
            out.append(c)
    return out


_BACKGROUND_PREPS = {"after", "following", "for", "over", "amid", "despite", "since", "to",
                     "against"}


def salience(doc, cand: Candidate) -> float:
    """How much a candidate is the snippet's main event: its specificity, less when it is
    background in a prepositional phrase ("sanctions after the missile tests")."""
    score = cand.weight
    tok = doc[cand.trigger]
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in ("pobj", "pcomp", "prep", "compound", "amod",
                                                   "dobj", "nmod", "poss"):
            break
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in _BACKGROUND_PREPS:
            score -= 2
            break
    return score


_CAUSES = {"Natural disaster", "Man-made disaster", "Suicide bomb", "Chemical weapon", "Grenade",
           "Air/drone strike", "Shelling/artillery/missile attack",
           "Remote explosive/landmine/IED", "Sexual violence"}


def classify(doc, actor_at=None) -> str:
    """One sub-event type for a whole snippet (the CASE 2021 Task 2 setting): the most salient
    detected event, else the most specific cue of any kind, else "Other"."""
    whole = doc[:]
    if actor_at is None:
        from .actors import extract_actors

        actor_at = {}
        for a in extract_actors(doc):
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            for t in span or ():
                actor_at[t.i] = a
    cands = detect(doc, context_of=lambda c: whole, actor_at=actor_at)
    if cands:
        best = max(cands, key=lambda c: (salience(doc, c), -c.trigger))
        if best.sub == "Attack" and best.weight <= 1.5:
            # "killed", "injured" tell a consequence; ACLED types an event by its cause
            # ("injured in the disaster, triggered by torrential rain"), named by a specific
            # cue even where it is only a modifier
            cause = [c for c in find_cues(doc) if c.defn.weight >= 5 and
                     c.defn.sub in _CAUSES]
            if cause:
                return max(cause, key=lambda c: (c.defn.weight, -c.start)).defn.sub
        return best.sub
    cues = find_cues(doc)
    if cues:
        return max(cues, key=lambda c: (c.defn.weight, -c.start)).defn.sub
    return "Other"
