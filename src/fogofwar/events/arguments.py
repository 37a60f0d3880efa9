"""Event arguments from the parse: who acted on whom (ACLED actor1/actor2), the event's own
place (not any place in the sentence) and its own time.

The argument region of a trigger is its dependency subtree without the clauses that carry
other events, plus, for a noun trigger under a light verb ("came under attack", "carried out
strikes"), that verb's subject (through a relative pronoun to its antecedent).
"""

from __future__ import annotations

import bisect
import re

from ..geo.names import COMPASS, LINE_WORDS
from ..geodesy import haversine_km
from .detect import fire_rate_verb, gerund_on_object, held_ground_object, including_whole, \
    participial
from .polarity import (ATTEMPT_VERBS, END_VERBS, REPEL_OR_HALT, aims, effort_at, in_aside, is_aim,
                       is_infinitive, leans_on_head, stopped_before)
from .lexicon_events import (COMPASS_WORDS, FIRED_MUNITIONS, INSTRUMENT_VERBS, LAUNCH_VERBS,
                             PARTS_OF_TOWN, PICTURE_NOUNS, STRIKE_NOUNS, WEAPON_NOUNS)
from .lexicon_actors import (DEMONYM_TO_ISO, GENERIC_GROUPS, NAME_TO_ISO, SEAT_TO_ISO,
                             aircraft_bomber, country_name, unknown_doer)

_CLAUSAL = {"advcl", "ccomp", "xcomp", "relcl", "conj", "parataxis", "acl", "csubj"}
# Nouns that count acts ("a series of assaults", "a wave of strikes")
_QUANTITY_NOUNS = {"series", "number", "wave", "round", "string", "couple", "spate", "flurry",
                   "handful", "set", "pair"}
_LIGHT_VERBS = {"come", "carry", "launch", "conduct", "stage", "make", "hold", "continue",
                "commit", "perpetrate", "cite", "report", "see", "face", "suffer", "undergo",
                "mount", "wage", "fight", "be", "remain", "take", "hit", "claim", "confirm",
                "use", "employ",  # "used chemical weapons in X" (read28)
                "attempt", "try",  # "attempted a ground offensive near X" (read40)
                "engage", "involve",  # "are engaged in positional battles near X" (read53)
                "drop", "inflict",  # "dropped heavy bombs on troops in X" (read69, read66)
                # "reports purported to show drone attacks in A, B, and C" (read161)
                "show", "depict",
                "throw", "hurl",  # "threw a Molotov cocktail at the office in X" (read117)
                # "completed their withdrawal from X" (read201: the withdrawal with no doer)
                "complete", "finish"}
# Verbs of harm done by their subject: a noun trigger as their subject is told as happening,
# and where it did the harm is where it happened ("an explosion damaged the bridge near
# Kerch", "a strike killed five civilians in Izium").
HARM_VERBS = {"damage", "destroy", "kill", "injure", "wound", "hit", "rock", "ignite", "level",
              "flatten", "wreck", "disable", "devastate", "cripple", "sink", "collapse",
              # light harm verbs: the harm is their object ("a missile inflicted heavy damage
              # on the airport in X": read29, no place)
              "inflict", "cause", "deal"}
# Verbs that lay an act on someone: their object (or the "on" object) is its doer.
_ACCUSE_VERBS = {"accuse", "blame", "suspect", "charge"}
# Nouns laid on someone ("put the responsibility for X on Y", "placed the blame for X on Y")
_BLAME_NOUNS = {"responsibility", "blame"}
# Verbs of saying: their subject is a source, never the agent of the event they report.
_REPORTING = {"report", "cite", "claim", "confirm", "say", "state", "announce", "deny", "see",
              "describe", "allege", "acknowledge", "note", "indicate", "show", "suggest",
              "observe", "record", "document", "assess", "continue"}
# "Russian forces continued to shell Kharkiv", "began to withdraw": an aspect of the act, whose
# subject does it (a reporting verb's subject does not: "ISW continued to assess")
_ASPECTUAL = {"continue", "begin", "start", "resume", "keep"}
_SITE_PREPS = {"in", "near", "at", "inside", "on", "outside", "around", "into", "across",
               "over", "within", "outskirts", "toward", "towards", "throughout", "along",
               "onto"}  # "two advances onto X" (read165: placed at the anchor 40 km off)
# read31: the phrases of an aim that place the undertaking too ("attacks to break through
# lines near X", "to break through ..., particularly from X"), the aim itself being refused
_AIM_PREPS = {"through", "from"}
_NEAR_PREPS = {"near", "around", "outside", "toward", "towards", "outskirts", "close"}
_REL_PRONOUNS = {"which", "that", "who", "where"}
_ANAPHORA = {"area", "region", "oblast", "province", "there", "village", "town", "city",
             "territory", "place", "settlement",
             # a structure named before ("the Kerch Strait Bridge ... a truck exploded on the
             # bridge"): the site of the event last told, near which it stands
             "bridge", "airport", "airfield", "plant", "station", "port", "dam", "base",
             "building"}
# A strike named by a bare definite noun ("Ukrainian forces launched the strike", "the
# explosion did not occur"): the strike last told, at its site.
_STRIKE_NOUNS = frozenset(STRIKE_NOUNS)


# Verbs whose subject is an event going on where their complement says ("Fighting continued
# in Mariupol", "clashes intensified near Bakhmut"; "a fire broke out at a depot in X": read122)
_GOING_ON = {"continue", "resume", "intensify", "rage", "erupt", "occur", "escalate", "persist",
             "break", "happen", "flare"}
# ... and the words that say so after "be" ("Battles are ongoing near X", "fighting is underway
# in the X area": read157, no site)
ONGOING_WORDS = {"ongoing", "underway", "continuing", "raging"}


def said_ongoing(tok) -> bool:
    """Is the noun the subject of "be ongoing/underway" ("Battles are ongoing near X")?"""
    return tok.dep_ == "nsubj" and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG") and \
        tok.head.lemma_ == "be" and \
        any(c.dep_ == "acomp" and c.lower_ in ONGOING_WORDS for c in tok.head.children)


def _object_as_clause(ch) -> bool:
    """Is the clause the parser hung on a verb only its object, a noun with no verb of its own
    ("struck the Melitopol airfield on September 3" parsed with "Melitopol" the subject of a
    clause "airfield": read187, the strike lost its place)?"""
    return ch.dep_ == "ccomp" and ch.pos_ == "NOUN" and not any(
        c.dep_ in ("aux", "auxpass", "cop") for c in ch.children)


def region(doc, trigger: int, other_triggers: set[int]) -> set[int]:
    """Token indexes that may hold this trigger's arguments."""
    tok = doc[trigger]
    out: set[int] = set()

    def walk(t):
        out.add(t.i)
        for ch in t.children:
            if ch.i in other_triggers:
                continue
            if t.dep_ == "conj" and t.i != trigger and t.lemma_.lower() in _CARRY_VERBS and \
                    ch.dep_ == "prep" and ch.lower_ in _GOAL_PREPS:
                continue  # "looted X and transported it to B": B is where it went (read27)
            if ch.dep_ in _CLAUSAL and any(d.i in other_triggers for d in ch.subtree):
                if ch.dep_ == "xcomp" and t.lemma_.lower() in ATTEMPT_VERBS and \
                        ch.i not in other_triggers:
                    # "attempting to cross the river near A and encircle B": the tried act's
                    # own phrases of place, not its conjunct's (read166: no place)
                    out.add(ch.i)
                    for g in ch.children:
                        if g.dep_ in ("prep", "dobj") and \
                                not any(d.i in other_triggers for d in g.subtree):
                            walk(g)
                continue
            if ch.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB"
                                         for g in ch.children) and \
                    any(d.i in other_triggers for d in ch.subtree):
                continue  # "withdrew from A after conducting attacks near B": B is theirs
            if ch.dep_ in ("relcl", "parataxis", "ccomp", "advcl") and not participial(ch) \
                    and not _reduced_relative(ch) and not held_ground_object(doc, ch) \
                    and not _object_as_clause(ch):
                continue  # (held ground is the noun's adjective: "to occupied positions in B")
            walk(ch)

    def walk_phrases(head, words, deps=("prep",)):
        """Walk ``head``'s phrases of ``deps`` whose word is in ``words`` and that hold no
        other trigger."""
        for ch in head.children:
            if ch.dep_ in deps and ch.lower_ in words and ch.i not in out and \
                    not any(d.i in other_triggers for d in ch.subtree):
                walk(ch)

    walk(tok)
    # read25: "conducted a drone strike (likely with X, though this cannot be confirmed) on a
    # refinery in A": the parser hangs the phrases after a bracketed aside on a word inside
    # it; they belong to the noun the aside interrupts
    sent = tok.sent
    opened = next((t.i for t in doc[tok.i + 1:sent.end] if t.text == "("), None)
    if opened is not None and opened - 1 in out and not in_aside(tok):
        close = next((t.i for t in doc[opened:sent.end] if t.text == ")"), None)
        if close is not None:
            for t in doc[close + 1:sent.end]:
                if t.dep_ == "prep" and opened < t.head.i < close and t.i not in out and \
                        not any(d.i in other_triggers for d in t.subtree):
                    walk(t)
    if tok.dep_ == "xcomp":  # (the parser may hang "to occupied positions" on "failed")
        for ch in tok.head.children:
            if ch.dep_ == "advcl" and ch.i not in out and held_ground_object(doc, ch):
                walk(ch)
            elif ch.dep_ in ("prep", "conj") and ch.i > tok.i and ch.lower_ in _SITE_PREPS \
                    and ch.i not in out and not any(d.i in other_triggers for d in ch.subtree):
                # "tried but failed to advance around A, within 15 km northeast of X, and
                # around B": the parser hangs the second site on the failing (read53)
                walk(ch)
    used = _used_on(tok)
    if used is not None and used.i not in other_triggers:
        # "targeted infrastructure in X with S-300 missiles": the weapon is used where what it
        # hit is (read100: the strike on X had no place)
        walk_phrases(used, _HIT_PREPS)
        if used.dep_ == "dobj" and used.head.i not in other_triggers:
            walk_phrases(used.head, _HIT_PREPS)
    shown = _shown_by(tok)
    if shown is not None and shown.i not in other_triggers:
        # "amplified footage of explosions in the cities of A, B, and C": the parser hangs
        # where on the verb of showing; it is where the shown acts are (read98: no place)
        walk_phrases(shown, _SITE_PREPS)
    focus = _focused_on(tok)
    if focus is not None and focus.i not in other_triggers:
        # "Russian shelling concentrated on A, B, and C", "operations remain focused on A":
        # where the acts are is what they are concentrated on (read91, read93)
        walk_phrases(focus, ("on", "around", "near", "in"))
    if tok.dep_ == "compound" and tok.head.lower_ in _DIRECTIONS:
        # "repelled Russian attacks southwest of X": the direction the parser made the head
        # is the attacks' own bearing (read20)
        out.update(t.i for t in tok.head.subtree if t.i not in other_triggers)
    elif tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i not in other_triggers:
        # read30: a noun trigger inside a compound is placed by its head noun's phrases
        # ("inflicted artillery damage on settlements around X")
        walk_phrases(tok.head, _SITE_PREPS)
    for adv in tok.children:
        if adv.dep_ == "advcl" and stopped_before(adv):
            # "intercepted two missiles before they struck Odesa": stopped on their way to
            # where they were aimed (read70)
            out.update(t.i for c in adv.children if c.dep_ in ("dobj", "prep")
                       for t in c.subtree)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark"
                                                             for c in tok.children):
        # "conducted a counterattack near X, destroying a number of vehicles": the outcome told
        # by a participle is where the act it follows was (read67: no place)
        for obj in tok.head.children:
            if obj.dep_ == "dobj" and obj.i not in other_triggers:
                walk_phrases(obj, _SITE_PREPS)
    if gerund_on_object(tok):
        # "continued shelling areas west of X including A, B, and C": the parse made the
        # gerund the object's modifier; the object and the aspect verb's bearing are its own
        # (read63)
        walk(tok.head)
        walk_phrases(tok.head.head, _SITE_PREPS | _DIRECTIONS, ("prep", "advmod", "npadvmod"))
    rate_verb = fire_rate_verb(tok)
    if rate_verb is not None:
        # "escalated their pace of fire against A, B, and C": the fire goes where the verb's
        # phrase says (read68)
        walk_phrases(rate_verb, {"against", "on", "at", "toward", "towards"})
    # "operations to capture Severodonetsk": an undertaking is fought where its aim lies
    for aim in aims(tok):
        for ch in aim.children:
            if ch.dep_ == "dobj" or (ch.dep_ == "prep" and (
                    ch.lower_ in _SITE_PREPS or ch.lower_ in _AIM_PREPS)) or (
                    ch.dep_ == "advmod" and ch.text[:1].isupper()):  # "capture Bakhmut" as RB
                out.update(t.i for t in ch.subtree if t.i not in other_triggers)
    # noun trigger as an argument of a light verb: take the verb's subject too
    head = tok.head
    # (a noun listed after another is the verb's argument as the first is: "launched tube
    # and rocket artillery strikes on X", read21: the strikes had no site)
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    # (a noun the parser made a conjunct of a verb is no argument of that verb: "did not
    # conduct any attacks west of X and continued routine strikes throughout Y", read19)
    if first is not tok and first.pos_ == "NOUN":
        # "conducted air and artillery attacks around X": the parser hangs the head noun's
        # phrases on the bare first modifier it made the object (read54: no place)
        for ch in first.children:
            if ch.dep_ == "prep" and ch.lower_ in _SITE_PREPS and ch.i not in out and \
                    not any(d.i in other_triggers for d in ch.subtree):
                out.update(t.i for t in ch.subtree)
    if tok.pos_ in ("NOUN", "PROPN") and head.i != tok.i and not (
            first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX")):
        verb = first.head.head if first.dep_ == "pobj" else first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of" and \
                verb.lemma_.lower() in _QUANTITY_NOUNS and verb.dep_ == "dobj":
            # "conducted a series of ground assaults southeast of X, namely around A, B": the
            # acts are the light verb's object through their number (read45: no place)
            verb = verb.head
        if verb.lemma_.lower() in REPEL_OR_HALT and first.dep_ == "dobj":
            # "repulsed Russian assaults on Berestove": the parse hangs the assaults' site
            # on the verb
            for ch in verb.children:
                if ch.dep_ == "prep" and ch.lower_ in _SITE_PREPS or (
                        ch.dep_ in ("advmod", "npadvmod") and ch.lower_ in _DIRECTIONS):
                    # (read27: "repelled X assaults northwest of A near B", the bearing hung
                    # on the verb, as the light verbs take it)
                    out.update(t.i for t in ch.subtree if t.i not in other_triggers)
        if verb.lemma_.lower() in _LIGHT_VERBS:
            for ch in verb.children:
                if ch.dep_ in ("nsubj", "nsubjpass"):
                    if ch.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                        ante = verb.head
                        out.add(ante.i)
                        out.update(c.i for c in ante.conjuncts)
                    else:
                        out.update(t.i for t in ch.subtree)
                elif ch.dep_ == "prep" and (ch.lower_ in _SITE_PREPS or ch.lower_ == "against"
                                            and first is not tok or ch.lower_ == "to" and any(
                                                o.lower_ in _DIRECTIONS for o in ch.children)):
                    # ("conducted ground assaults to the south of X around A, B, and C": the
                    # bearing and the list on it, read74)
                    # (read25: "conducted missile and artillery strikes against areas in A":
                    # the target the parse hangs on the verb is the head noun's)
                    out.update(t.i for t in ch.subtree)
                elif _reduced_relative(ch) and ch.i > tok.i and \
                        not any(d.i in other_triggers for d in ch.subtree):
                    # "conducted airstrikes against areas of troops concentrated in X": the
                    # parse hangs the troops' participle on the verb (read183: no place)
                    out.update(t.i for t in ch.subtree)
                elif ch.dep_ in ("advmod", "npadvmod") and _bearing_word(ch):
                    # "conducted ground attacks south of Bakhmut" ("south" on the verb),
                    # "mounted offensives southward from X" (read145)
                    out.update(t.i for t in ch.subtree)
                elif ch.dep_ == "prep" and ch.lower_ == "from":
                    # "launched missiles from S-300 systems on infrastructure in X": the
                    # parse hangs the target on the launcher; the target is the act's (read126)
                    for pp in ch.subtree:
                        if pp.dep_ == "prep" and pp.lower_ in ("on", "against", "at") and \
                                pp.head.dep_ == "pobj" and \
                                not any(d.i in other_triggers for d in pp.subtree):
                            out.update(t.i for t in pp.subtree)
                            # (and the target's place the parse hangs beside it there)
                            for q in pp.head.children:
                                if q.dep_ == "prep" and q.i > pp.i and \
                                        q.lower_ in ("in", "near", "around"):
                                    out.update(t.i for t in q.subtree)
                elif ch.dep_ == "prep" and ch.lower_ == "including" and any(
                        g.dep_ == "prep" and g.lower_ in _SITE_PREPS | {"against"} or
                        g.dep_ == "pobj" for g in ch.children):
                    # ("assaults at several locations in X Oblast, including against A, B,
                    # and C": read133, the three fights lost to the oblast)
                    # "continued shelling on X and along the border, including near A, B,
                    # and C": the places it names are the acts' sites too (read126: lost)
                    out.update(t.i for t in ch.subtree if t.i not in other_triggers)
                elif ch.dep_ == "prep" and ch.lower_ == "with":
                    # "used chemical weapons with suffocating effects on defenders and
                    # civilians in Mariupol": the site of those it was used on (read61)
                    for pp in ch.subtree:
                        if pp.dep_ == "prep" and pp.lower_ in ("in", "at", "near") and \
                                not any(d.i in other_triggers for d in pp.subtree):
                            out.update(t.i for t in pp.subtree)
    if (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG") and tok.dep_ == "nsubj" and \
            head.lemma_.lower() in HARM_VERBS | END_VERBS | _GOING_ON or \
            tok.tag_ == "VBG" and tok.dep_ in ("aux", "auxpass") and tok.i < head.i and \
            head.lemma_.lower() in _GOING_ON or said_ongoing(tok):
        # ("Fighting continued in Mariupol": the gerund tagged a verb; "Shelling continued
        # in X": the gerund parsed as the verb's auxiliary)
        def clause(t):  # the object's words, not a relative clause on it
            out.add(t.i)
            for c in t.children:
                if c.dep_ not in ("relcl", "acl", "parataxis", "ccomp", "advcl") \
                        and c.i not in other_triggers:
                    clause(c)

        for ch in head.children:
            if (ch.dep_ in ("dobj", "prep", "npadvmod") or ch.lower_ in ONGOING_WORDS) and \
                    ch.i not in other_triggers:
                clause(ch)
    # a trigger in a relative clause on a place ("the region, where troops captured ...",
    # "where forces made gains")
    for v in (tok, tok.head if tok.dep_ == "dobj" else tok):
        if v.dep_ == "relcl" and any(ch.lower_ == "where" for ch in v.children):
            ante = v.head
            out.add(ante.i)
            out.update(c.i for c in ante.children if c.dep_ in ("compound", "poss", "amod"))
            out.update(c.i for c in ante.conjuncts)
            break
    # read27: the object's own relative clause places it where the main clause has no site
    # ("destroyed a sabotage group that attempted to cross the river in Kherson")
    if tok.pos_ in ("VERB", "AUX") and not any(_site_pp(doc[i]) for i in out):
        for obj in tok.children:
            if obj.dep_ != "dobj":
                continue
            for noun in (obj, *obj.conjuncts):
                for rel in noun.children:
                    if rel.dep_ in ("relcl", "acl") and rel.i not in out and \
                            not any(d.i in other_triggers for d in rel.subtree):
                        for pp in rel.subtree:
                            if _site_pp(pp):
                                out.update(t.i for t in pp.subtree)
    # a verb trigger with a relative-pronoun subject: the antecedent
    for ch in tok.children:
        if ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in _REL_PRONOUNS and tok.dep_ == "relcl":
            out.add(tok.head.i)
            out.update(c.i for c in tok.head.conjuncts)
            # (and the name in it: "the Kherson airport, which was struck by Ukrainian
            # aircraft", read52)
            out.update(c.i for c in tok.head.children if c.dep_ in ("compound", "amod") and
                       c.pos_ == "PROPN")
    if tok.dep_ in ("xcomp", "advcl", "dobj", "oprd") and tok.head.lemma_.lower() in _ASPECTUAL:
        # "continued routine shelling along the frontline, including near A and B": the
        # inclusion the parse hangs on the aspect verb names the act's sites (read126)
        for ch in tok.head.children:
            if ch.dep_ == "prep" and ch.lower_ == "including" and ch.i not in out and \
                    not any(d.i in other_triggers for d in ch.subtree):
                out.update(t.i for t in ch.subtree)
    return out


_HIT_PREPS = _SITE_PREPS - {"toward", "towards"}  # where what a weapon hit is, not its goal


def _used_on(tok):
    """The word a "with" phrase of the noun trigger hangs on ("struck X with missiles",
    "targeted infrastructure in Y with drones"), or None."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "with" or t.head.head.i == t.head.i:
        return None
    return t.head.head


def _shown_by(tok):
    """The verb whose object pictures the noun trigger ("posted footage of explosions"), or
    None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    pic = tok.head.head
    if pic.lower_ not in PICTURE_NOUNS or pic.dep_ != "dobj" or pic.head.pos_ != "VERB":
        return None
    return pic.head


# what a noun of acts is said to be concentrated on ("shelling concentrated on X")
_FOCUS_WORDS = {"concentrate", "concentrated", "focus", "focused", "focussed", "center",
                "centered", "centre", "centred"}


def _focused_on(tok):
    """The verb or adjective of focus a noun trigger is the subject of ("shelling
    concentrated on X", "operations remain focused on Y"), or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PROPN":
        return None
    head = tok.head
    if head.lemma_.lower() in _FOCUS_WORDS or head.lower_ in _FOCUS_WORDS:
        return head
    if head.lemma_.lower() in ("remain", "be", "stay"):
        return next((c for c in head.children if c.dep_ in ("acomp", "xcomp")
                     and c.lower_ in _FOCUS_WORDS), None)
    return None


_SIDE_ADJECTIVES = {"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                    "southeastern", "southwestern", "north-eastern", "north-western",
                    "south-eastern", "south-western"}


def _locating_area(doc, i: int) -> bool:
    """Is the place at token i named only as "in the X area" (or vicinity), a phrase not
    joined by "and" to another site ("near A and in the X area" names two)?"""
    t = doc[i]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    if t.lemma_.lower() not in ("area", "vicinity") or t.dep_ != "pobj":
        return False
    prep = t.head
    return prep.lower_ == "in" and prep.dep_ != "conj" and prep.i > 0 and \
        doc[prep.i - 1].lower_ not in ("and", "or", "&")


def _site_pp(t) -> bool:
    """Is t a phrase of place ("in Kherson"), not of time ("on October 30")?"""
    return t.dep_ == "prep" and t.lower_ in _SITE_PREPS and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in t.children)


# Participles of where a thing lies: "struck Russian ships docked at the port of Berdyansk"
# (the small parser reads "ships docked at ..." as a clause of its own: the ships' site is the
# strike's, read on ISW 2022-03-25, the Berdyansk landing ship)
_LYING_AT = {"dock", "station", "moor", "park", "base", "anchor", "locate", "situate",
             "position", "deploy", "store", "house", "berth", "concentrate", "gather",
             "mass", "amass", "garrison"}


def _reduced_relative(ch) -> bool:
    """A clause the parser made of a noun and its participle of lying somewhere (and, right
    after the noun with no subject of its own, an adverbial one: "airstrikes against areas of
    Russian troops concentrated in X", read183: the strike had no place)."""
    if ch.lemma_.lower() not in _LYING_AT or ch.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass", "mark") for c in ch.children):
        return False
    return ch.dep_ == "ccomp" or ch.dep_ == "advcl" and ch.i > 0 and \
        ch.doc[ch.i - 1].pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in ch.children)


def _line_head(doc, i: int) -> int | None:
    """The line's word that the place at token i names an end of ("Avdiivka" of "the
    Avdiivka-Donetsk City frontline", or of "the T1302 highway from Bakhmut to Lysychansk"),
    up a chain of modifiers; else None."""
    head = _modified_noun(doc, i, LINE_WORDS, steps=5, form=lambda t: t.lower_)
    if head is not None:
        return head.i
    t = doc[i]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("from", "to"):
        return None
    prep = t.head
    if prep.lower_ == "to" and prep.head.lower_ == "from":
        prep = prep.head  # "from A to B": the parse hangs "to B" on "from"
    g = prep.head
    if g.lemma_.lower() in _ROAD_NOUNS:
        return g.i  # (read75: the road's far end was the fight's place)
    road = next((o for c in g.children if c.dep_ == "prep" and c.lower_ == "along"
                 for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _ROAD_NOUNS),
                None)
    return road.i if road is not None else None  # ("attacked along the highway from A to B")


def _last_way_word(doc, trigger: int, i: int) -> str | None:
    """The last "from"/"to"-like word between the trigger and token i, in the text ("from
    frontlines in the A and B areas to C": "from" for A and B, "to" for C, however the
    parser hung the phrases)."""
    for k in range(i - 1, trigger, -1):
        if doc[k].lower_ in _GOAL_PREPS or doc[k].lower_ == "from":
            return doc[k].lower_
    return None


def _prep_of(doc, i: int, trigger: int) -> str | None:
    """The "near"-like preposition on the way from token i (a place) up to the trigger, else the
    first preposition met."""
    t = doc[i]
    first = None
    for _ in range(6):
        if t.i == trigger or t.head.i == t.i:
            break
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            if t.head.lower_ in _NEAR_PREPS:
                return t.head.lower_
            first = first or t.head.lower_
        t = t.head
    return first


_DISTANCE = {"kilometers", "kilometres", "km", "miles", "metres", "meters", "kilometer",
             "kilometre", "mile", "away", "just", "border", "frontier"}
# (the suburbs and environs of a town are by it as its outskirts are: read100, "shelled the
# suburbs of X" placed in X itself)
_OUTSKIRTS = {"outskirts", "suburbs", "environs"}
# "in the Vysokopillya area": around the town, not in it (read139)
_AREA_NOUNS = {"area", "vicinity", "environs"}
_DIRECTIONS = COMPASS_WORDS | _OUTSKIRTS
_FROM_SITES = {"withdraw", "withdrawal", "retreat", "pull", "expel", "drive", "oust", "evict",
               "divert", "flee", "pullout", "redeploy", "evacuate", "evacuation",
               # what is stolen from a place is stolen there (read27: "stealing equipment
               # from X Oblast and transporting it to B" placed at B)
               "steal", "loot", "plunder", "pillage", "remove"}
# Ground attacks and advances: where one starts from is the front it is fought at ("attacked
# from A toward B", "attempted to advance from A": read50, placed at the goal B, 44 km off)
_ORIGIN_SITES = {"attack", "assault", "advance", "push", "counterattack", "counteroffensive",
                 "offensive", "storm", "fight", "fighting", "clash", "battle", "operation"}


def _origin_of(doc, i: int) -> bool:
    """Is the place at token i where a ground attack or advance starts ("from X")? The fight
    is near it (precision 2), not in it."""
    t = doc[i]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ == "PROPN":
        t = t.head  # "from A and B" (read164: B taken for the site, A near it)
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "around") and \
            t.head.head.dep_ == "pobj" and t.head.head.head.lower_ == "from":
        # "advanced from previously captured positions in X": the positions left are the
        # start (read223: a battle placed in X)
        t = t.head.head
    if t.dep_ != "pobj" or t.head.lower_ != "from":
        return False
    h = _past_goals(t.head.head)
    if _bearing_word(h) and h.head.i != h.i:
        # "operations southeast from X" (read91: placed at the goal), "mount offensives
        # southward from X toward A and B" (read145)
        h = _light_object(h.head)
    return h.lemma_.lower() in _ORIGIN_SITES


def _listed_after_holder(doc, root: int, chosen: set[int]) -> bool:
    """Is the place a conjunct of the town that holds a chosen site's district ("the Kyivskyi
    district of Kharkiv City, Derhachi, Udy")?"""
    t = doc[root]
    if t.dep_ != "conj":
        return False
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    part = t.head.head
    return part.lemma_.lower() in PARTS_OF_TOWN and (
        part.i in chosen or any(c.i in chosen for c in part.children if c.dep_ == "compound"))


def _included_in_settlements(doc, root: int) -> bool:
    """Is the place an item of a list that "including" or "such as" hangs on a plural noun of
    places ("settlements around the city, including A, B, and C")?"""
    t = doc[root]
    while t.dep_ in ("conj", "compound") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj":
        return False
    p = t.head
    if p.lower_ == "as" and p.head.lower_ == "such":
        p = p.head
    # (and "the surrounding settlements of A, B, and C": read185, only the town before them)
    return p.lower_ in ("including", "such", "of") and p.head.tag_ == "NNS" and \
        p.head.lemma_.lower() in _PLACES_NOUNS | {"settlement", "community", "area"}


def _past_goals(h):
    """The word "from X" belongs to, past the goals the parser hung it on: "operations towards
    A, B, and C from X" hangs it on C; the operations start at X (read178: X lost, three
    fights at the goals)."""
    while h.pos_ == "PROPN" and h.head.i != h.i:
        if h.dep_ == "conj":
            h = h.head
        elif h.dep_ == "pobj" and h.head.lower_ in ("toward", "towards", "to"):
            h = h.head.head  # (a goal's; "assaults on Y from X" keeps X a context)
        else:
            break
    return h


def _bearing_word(tok) -> bool:
    """Is the word a bearing ("southeast", "southward", "outskirts")?"""
    return tok.lower_ in _DIRECTIONS or tok.lower_ in ("northward", "southward", "eastward",
                                                        "westward", "northwards", "southwards",
                                                        "eastwards", "westwards")


def _light_object(verb):
    """The act a light verb's object names ("mount offensives": the offensives), or the verb
    itself where its object names no act of ground fighting."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _ORIGIN_SITES:
        return verb
    return next((c for c in verb.children
                 if c.dep_ == "dobj" and c.lemma_.lower() in _ORIGIN_SITES), verb)


# Verbs that carry a thing away: their goal ("transporting it to B") is no site of the act
# they are coordinated with (read27)
_CARRY_VERBS = {"transport", "take", "send", "move", "bring", "deliver", "ship", "carry",
                "deport", "relocate", "export", "transfer", "haul", "truck"}
_GOAL_PREPS = {"to", "into", "toward", "towards"}
# Verbs and nouns of forces sent somewhere
_REDEPLOY = {"redeploy", "deploy", "redeployment", "deployment", "transfer", "relocate",
             "move", "send", "shift", "reinforce"}


def direction_of(doc, i: int) -> bool:
    """Is the place at token i named by a bare direction from it ("south of Bakhmut", "the
    outskirts of Kyiv"), with no distance: the event is near it, not in it?"""
    h = _of_head(doc, i)
    return h is not None and h.lower_ in _DIRECTIONS and not _distance_words(h)


# Words that may stand between a place's name and the bearing that locates it
_NAME_TAILS = {"district", "raion", "oblast", "city", "area", "village", "town", "hromada",
               "region", "settlement"}


def _locates(doc, i: int, ptoks, sites: set[int]) -> bool:
    """Is the place at token i the anchor of a bare bearing or a "near" written right after
    another of the event's sites (", northeast of Y" after "the Bashtanka District", "Kobryn,
    near Brest")?"""
    h = _of_head(doc, i)
    t = doc[i]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    if h is None and t.dep_ == "pobj" and t.head.lower_ in ("near", "outside", "by"):
        h = t.head  # "deployed to Kobryn, near Brest" (read135: a second move, at Brest)
    elif h is None or h.lower_ not in _DIRECTIONS:
        return False
    far = bool(_distance_words(h))
    k = h.i - 1
    while k >= 0 and (doc[k].lower_ in ("just", "directly", "immediately", "due", "all",
                                        "both", "each") or
                      far and (doc[k].lower_ in _ABOUT_DISTANCE or doc[k].like_num)):
        k -= 1  # (", all west and southwest of Y" after a list: read64; "X, about 10 km
        # southwest of Y": read139, the entry into X's outskirts put at Y)
    if k < 1 or doc[k].text not in (",", "("):
        return False
    k -= 1
    if doc[k].lower_ in _NAME_TAILS:
        k -= 1
    return any(ptoks[j][0] <= k < ptoks[j][1] for j in sites)


# The words of a stated distance before its bearing ("about 10 km southwest of Y")
_ABOUT_DISTANCE = {"about", "approximately", "roughly", "some", "around", "nearly", "almost",
                   "over", "under", "km", "kilometers", "kilometres", "miles", "mi", "-"}


def _of_head(doc, i: int):
    """The word whose "of" phrase the place at token i is ("south" of "south of Bakhmut";
    "north of Kharkiv City": the name is the compound of "City"), else None."""
    t = doc[i]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ == "PROPN":
        t = t.head  # "southeast of Izyum and Barvinkove": of both (read164)
    return t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None


def _offset_of_thing(doc, i: int) -> bool:
    """Is the place at token i the point a distance offset gives for a thing the text does not
    name by a place name ("the electrical substation about 12km southeast of Bakhmut")? The
    thing is near that place: the offset is its only location (read29: no place). An offset
    after a named settlement ("Zaitseve (12km southeast of Bakhmut)") only tells which
    Zaitseve is meant."""
    h = _measuring_word(doc, i)
    if h is None:
        return False
    while h.dep_ == "conj" and h.head.i != h.i:
        # "two settlements approximately 30km and 35km southeast of X": the second distance's
        # bearing is a conjunct of the first (read177: no place)
        h = h.head
    thing = h.head
    if thing.pos_ == "VERB" and h.dep_ == "advmod" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _UNNAMED_PLACES for c in thing.children):
        # "shelled two settlements approximately 30km southeast of X": the parse hangs the
        # offset on the verb; the unnamed places are by X (read75: no place)
        return True
    if thing.pos_ == "VERB" and h.dep_ in ("advmod", "npadvmod") and \
            not any(_names_a_site(c) for c in thing.children if c.i != h.i):
        # "attacked 15 km north of X", "advanced seven kilometers southwest of X": the act's
        # own offset, with no named site of its own; it is near X (read95, read91: no place,
        # or the town it headed for)
        return True
    # (a name on the thing that the tagger calls a person's is no place that the offset only
    # tells which of: "the Nyzyany rail station (40km east of X)", read157: at X itself)
    return thing.i != h.i and thing.pos_ == "NOUN" and h.dep_ in ("amod", "advmod") and \
        not any(c.pos_ == "PROPN" and c.ent_type_ != "PERSON" or
                c.ent_type_ in ("GPE", "LOC", "FAC")
                for c in thing.children if c.dep_ in ("compound", "nmod", "appos"))


_NOT_SITE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "NORP", "QUANTITY", "PERSON", "ORG"}


def _names_a_site(c) -> bool:
    """Does the verb's object or prepositional phrase ``c`` name a place of its own ("shelled
    Zolote, 15 km north of X", "in Zolote")? A date, a goal's direction or an actor does not."""
    objs = [c] if c.dep_ == "dobj" else \
        [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and \
        c.lower_ not in _GOAL_PREPS else []
    return any(o.pos_ == "PROPN" and o.ent_type_ not in _NOT_SITE_ENTS for o in objs)


# Nouns of places the text does not name
_UNNAMED_PLACES = {"settlement", "village", "town", "position", "area", "locality", "target"}


def _part_framed(doc, i: int) -> bool:
    """Is the place at token i the whole a part noun belongs to ("the eastern arc of X",
    "the southern flank of X"), a part that a phrase of its own places in named places ("...
    of X in A, B, and C")?"""
    part = _of_head(doc, i)
    return part is not None and part.lower_ in _PART_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in ("in", "near", "around", "at") and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in part.children)


_PART_NOUNS = {"arc", "flank", "flanks", "side", "sides", "edge", "edges", "part", "parts",
               "approaches", "sector", "section", "perimeter", "outskirts", "periphery"}


def _outskirts_of(doc, i: int) -> bool:
    """"the northern outskirts of Bohorodychne": part of the place, not a bearing from it
    (read17: an entry into the outskirts lost its place)."""
    h = _of_head(doc, i)
    return h is not None and h.lower_ in _OUTSKIRTS


def _distance_words(h) -> set[str]:
    """The words of distance on a direction or a noun: "30km south of", "kilometers from";
    "just" counts only beside a number ("just 5 km from"), not in "just northeast of X"
    (read16: the advance "just northeast and east of Popasna" lost its place)."""
    words = {c.lower_ for c in h.children} & _DISTANCE
    if "just" in words and not any(c.like_num for c in h.subtree):
        words.discard("just")
    return words


# Nouns of an undertaking whose "direction of X" is its axis, not a place it reached
_OPERATION_NOUNS = {"operation", "offensive", "counteroffensive", "counter-offensive"}


def _direction_goal(doc, i: int) -> bool:
    """Is token i (a place's root, or a conjunct of it) the object of "(in) the direction of"
    ("operations in the direction of Svatove and Kreminna")?"""
    t = doc[i]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    d = t.head.head
    return d.lemma_.lower() == "direction" and not any(
        c.dep_ in ("amod", "compound") and c.lower_ in _DIRECTIONS for c in d.children)


def _directions_listed(doc, i: int) -> bool:
    """Are the places "in the directions of", plural ("unsuccessful offensives in the
    directions of A, B, and C")? The General Staff's word for attacks near each (read126:
    three fights lost), not one axis of an operation ("in the direction of X")."""
    t = doc[i]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    # (not one operation's axis through two towns: "counteroffensive operations in the
    # direction of Kupiansk and Lyman", read27)
    return t.head.head.lower_ == "directions"


def heading_only(doc, ptoks, k: int) -> bool:
    """Is place k named only as where acts head ("settlements southeast of X in the direction
    of Y", "on the Y axis", "pushed west from X towards Y")? It is an act's site only where
    the act has no other (read110: a shelling of Y beside the four villages shelled)."""
    s, e = ptoks[k]
    if not 0 <= s < e:
        return False
    root = doc[s:e].root.i
    return _direction_goal(doc, root) or _names_an_axis(doc, root) or _advanced_on(doc, root)


def _is_context(doc, i: int) -> bool:
    """Places given as distance context ("kilometres from the border", "30km south of X"), or
    as a starting point ("from X"), except where the event is leaving it ("withdrawal from")."""
    t = doc[i]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head  # (read27: "from the Volgodonsk region of Rostov Oblast" ran past 4 heads)
    own = t
    if own.dep_ == "pobj" and own.head.lower_ in ("in", "at") and own.pos_ == "PROPN" and \
            own.head.head.dep_ == "pobj" and own.head.head.head.lower_ in ("from", "of") and \
            own.head.head.pos_ == "PROPN":
        return False  # "struck a bridge 10 km from X in Y": the parse hangs the site on the
        # distance's anchor, and no town lies in another (read156: no place)
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ == "from" and t is not own and any(
                c.dep_ == "prep" and c.lower_ in ("on", "against") and c.i < i
                for c in t.children):
            # "launched missiles from S-300 systems on infrastructure in X": the target the
            # parse hangs on the launcher, and its place, are no starting point (read126)
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("from", "of"):
            p = t.head
            h = p.head
            words = {h.lower_} | _distance_words(h)
            if p.lower_ == "of":
                if direction_of(doc, t.i):
                    # "assaults south of Bakhmut", "withdrew from positions northwest of
                    # Kyiv": the event is near the town (precision 2)
                    return False
                if _offset_of_thing(doc, t.i):
                    return False  # "the substation about 12km southeast of X" (read29)
                if h.lower_ in _DIRECTIONS or words & (_DISTANCE - {"border", "frontier"}):
                    return True
            elif words & _DISTANCE or h.like_num:
                return True
            else:
                # (read31: "attacks to break through lines, particularly from X": the aim's
                # starting point places the undertaking)
                h = _past_goals(h)
                if h.lower_ in ("back", "out", "away") and h.head.i != h.i:
                    h = h.head  # "pulled back from X": the verb's particle
                elif _bearing_word(h) and h.head.i != h.i:
                    h = _light_object(h.head)  # "operations southeast from X toward Y": the
                    # act's bearing; "mount offensives southward from X" (read145)
                o = h
                while o.dep_ == "conj" and o.head.i != o.i:
                    o = o.head
                if o.pos_ in ("NOUN", "PROPN") and o.dep_ == "dobj" and \
                        h.lemma_.lower() not in _FROM_SITES | _ORIGIN_SITES:
                    # "evacuate key materials and personnel from X to Y": the parse hangs the
                    # origin on the object; the verb takes it from X (read66: placed at Y)
                    h = o.head
                return h.lemma_.lower() not in _FROM_SITES | _ORIGIN_SITES and not is_aim(h)
        if t.head.i == t.i:
            break
        t = t.head
    return False


# nouns of a named unit: "the Alania volunteer battalion", "the Vostok Battalion"
_UNIT_NOUNS = {"battalion", "brigade", "regiment", "division", "detachment", "company",
               "unit", "squad", "corps", "militia", "group", "army", "legion", "fleet"}


_ROAD_NOUNS = {"highway", "road", "route", "motorway", "railway", "railroad", "line", "canal",
               "pipeline"}


# Nouns of a line of operations named for a town: "the Kupyansk direction", "the Izyum axis"
_AXIS_NOUNS = {"direction", "directions", "axis", "axes", "sector", "sectors"}


def _names_an_axis(doc, i: int) -> bool:
    """Is the name an axis's ("a joint strike in the Kupyansk direction", "on the Izyum
    axis", "the Bakhmut and Novopavlivka directions")? The act is toward or near the town,
    not in it (read63, read66: placed at the town itself)."""
    t = doc[i]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("compound", "nmod", "amod") and t.head.lower_ in _AXIS_NOUNS


# Nouns of a place that is part of, or lies by, a bigger one: "X, a suburb of Y"
_PART_PLACES = {"suburb", "village", "town", "settlement", "district", "neighborhood",
                "neighbourhood", "part", "outskirt", "satellite"}


def _apposed_whole(t, roots: set[int]) -> bool:
    """Is the place ``t`` the whole that another site is said to be part of ("Syrotyne,
    another suburb of Severodonetsk", "X, a village of Y", "the Kharkiv suburb of X")? It
    locates that site and is none of its own (read70: the suburb's fight went to the city
    too)."""
    if t.dep_ == "compound" and t.head.lemma_.lower() in _PART_PLACES:
        # "the northern Kharkiv suburb of Dergachi": the town named as the suburb's (read71)
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.i in roots for o in c.children) for c in t.head.children)
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    noun = t.head.head
    return noun.lemma_.lower() in _PART_PLACES and noun.dep_ == "appos" and noun.head.i in roots


def _names_a_road(doc, i: int) -> bool:
    """Is token i (a place's root) part of a road's name ("fighting along the Hirske-
    Lysychansk T1303 highway", "the T1302 Bakhmut-Lysychansk highway")? The road runs between
    the towns; the event is not at the one it names (read17: "Fighting at Lysychansk")."""
    return _modifies(doc, i, _ROAD_NOUNS)


def _road_end(doc, i: int) -> bool:
    """Is token i an end of a road told "from A to B" ("the T1302 highway from Bakhmut to
    Lysychansk"), however the parse chains the two phrases?"""
    t = doc[i]
    while t.dep_ in ("compound", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("from", "to"):
        return False
    k = t.head.i
    if t.head.lower_ == "to":  # back to the "from" of its pair, past the first end's name
        k = next((k2 for k2 in range(k - 1, max(k - 6, doc[k].sent.start) - 1, -1)
                  if doc[k2].lower_ == "from"), -1)
    # (by the words, as the parse hangs the pair on the road or on what lies by it; "a road to
    # X" alone is its goal: _road_goal)
    return k > 0 and doc[k - 1].lemma_.lower() in _ROAD_NOUNS


def _road_goal(doc, i: int) -> bool:
    """Is token i (a place's root) the town a road leads to ("a segment of the N20 highway to
    X", "a road connection to Y"), however the parser hangs the "to" phrase? The act is on the
    road, near X only where the text names no other site (read95: placed 80 km off at X)."""
    t = doc[i]
    while t.dep_ in ("compound", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("to", "toward", "towards") or t.head.i < 1:
        return False
    k = t.head.i - 1
    if doc[k].text == ")":
        # (past a bracketed acronym: "ground lines of communication (GLOCs) to X", read210:
        # a fight at X from attacks on settlements along the roads to it)
        while k > 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    before = doc[max(k, 0)]
    return before.lemma_.lower() in _ROAD_NOUNS | {"connection", "access", "communication",
                                                   "communications", "gloc", "glocs"}


def _modifies(doc, i: int, nouns: set[str]) -> bool:
    """Does token i, up a chain of up to three modifiers, modify one of ``nouns``?"""
    return _modified_noun(doc, i, nouns) is not None


def _modified_noun(doc, i: int, nouns, steps: int = 3, form=lambda t: t.lemma_.lower()):
    """The first of ``nouns`` (by ``form``: the lemma, else as given) that token i modifies up
    a chain of up to ``steps`` modifiers, else None."""
    t = doc[i]
    for _ in range(steps):
        if t.dep_ not in ("compound", "amod", "nmod") or t.head.i == t.i:
            return None
        t = t.head
        if form(t) in nouns:
            return t
    return None


# Bodies named for the city that seats them: "the Sviatohirsk Lavra of the Moscow
# Patriarchate" stands at Sviatohirsk, not at Moscow (read102: a strike in Moscow)
_SEATED_BODIES = {"patriarchate", "patriarch", "diocese", "eparchy", "ministry", "duma",
                  "parliament", "university", "academy", "synod"}


def _military_district(doc, i: int) -> bool:
    """Is token i (a place's root) the name of a military district ("a regiment of the Moscow
    Military District": a command, not Moscow; read115: troop movements at Moscow)?"""
    head = _modified_noun(doc, i, {"district"})
    return head is not None and any(c.lower_ == "military" for c in head.children)


# People named by the formation they belong to: "Azov personnel", "Azov prisoners"
_MEMBERS_OF = {"personnel", "prisoners", "pows", "fighters", "servicemen", "members",
               "veterans"}


def _names_a_unit(doc, i: int) -> bool:
    """Is token i (a place's root) part of a unit's name ("a Ukrainian sabotage group attacked
    the Alania volunteer battalion in Huliaipole": Alania is the battalion, Huliaipole the
    site), or the name its members go by ("the capture of Azov personnel", "tortured Azov
    prisoners": read107, acts at the village of Azov)? Read up the chain of modifiers to the
    head noun."""
    return _modifies(doc, i, _UNIT_NOUNS) or \
        _modified_noun(doc, i, _MEMBERS_OF, steps=1, form=lambda t: t.lower_) is not None


def place_tokens(doc, places) -> list[tuple[int, int]]:
    """Token (start, end) of each place, by character offsets."""
    out = []
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        out.append((span.start, span.end) if span is not None else (-1, -1))
    return out


class PlaceTokens(list):
    """The token (start, end) of each place (``place_tokens``), with a look-up of the places
    that may overlap a token range, so an event does not pass over every place of a long
    report (thousands of events and places in a 990k-character one)."""

    def __init__(self, ptoks: list[tuple[int, int]]) -> None:
        super().__init__(ptoks)
        self.by_start = sorted((s, k) for k, (s, _e) in enumerate(ptoks) if s >= 0)
        self.starts = [s for s, _k in self.by_start]
        self.span = max((e - s for s, e in ptoks if s >= 0), default=0)

    def overlapping(self, lo: int, hi: int) -> list[int]:
        """Indexes, in order, of the places that may overlap tokens lo..hi (a superset)."""
        a = bisect.bisect_left(self.starts, lo - self.span)
        b = bisect.bisect_right(self.starts, hi)
        return sorted(k for _s, k in self.by_start[a:b])


_RELATIVE_WORDS = {"which", "that", "where", "whom"}


def antecedent_site(doc, trigger: int, places, ptoks) -> tuple[int, int] | None:
    """The place a relative clause's act is at when the clause hangs on a place's name and
    names it back with a relative pronoun: "operations around Lyman, which Russian forces
    fully captured on May 26" is the capture of Lyman (read16: a capture with no place)."""
    trig = doc[trigger]
    if trig.dep_ != "relcl" or not any(c.lower_ in _RELATIVE_WORDS for c in trig.children):
        return None
    head = trig.head.i
    for k in (ptoks.overlapping(head, head) if isinstance(ptoks, PlaceTokens)
              else range(len(ptoks))):
        s, e = ptoks[k]
        if s <= head < e:
            # the named place itself, though "around Lyman" put the head's own act near it
            p = places[k]
            return (k, 1 if (p.feature_code or "").startswith("PPL") else p.precision or 4)
    return None


def locations(doc, trigger: int, reg: set[int], places, ptoks,
              actor_tokens: frozenset[int] = frozenset(), bearings: bool = True
              ) -> list[tuple[int, int]]:
    """(place index, ACLED geo-precision) for the event's own sites: coordinated sites give one
    event each; the most specific place wins over its containers ("Russia's Belgorod region").
    A name standing for an actor ("Moscow retook the area") is not a site, nor, with
    ``bearings`` False (a change of control), a town named only as a bearing ("west of X")."""
    found = []
    if not reg:
        return []
    lo, hi = min(reg), max(reg)
    ks = ptoks.overlapping(lo, hi) if isinstance(ptoks, PlaceTokens) else range(len(ptoks))
    for k in ks:
        s, e = ptoks[k]
        if s < 0 or e <= lo or s > hi or not any(i in reg for i in range(s, e)):
            continue
        root = doc[s:e].root.i
        if _no_site(doc, s, e, root, actor_tokens) or (
                not bearings and direction_of(doc, root) and not _outskirts_of(doc, root)):
            continue
        if doc[trigger].lemma_.lower() in _OPERATION_NOUNS and _direction_goal(doc, root) \
                and not _directions_listed(doc, root):
            continue  # "counteroffensive operations in the direction of X": no site (read27)
        if _subject_of(doc, root, trigger):
            continue  # "fought for A and B and shelled areas of X": the parser's subject of
            # the verb of attack is the attacker's, never its site (read49)
        prep = _prep_of(doc, root, trigger)
        prec = places[k].precision or 4
        if prep in _NEAR_PREPS or any(c.lower_ == "outskirts" or c.lower_ == "near" and not any(
                g.dep_ == "pobj" for g in c.children) for c in doc[root].children) \
                or doc[root].dep_ == "poss" and doc[root].head.lower_ in _OUTSKIRTS \
                or doc[root].dep_ == "compound" and doc[root].head.lower_ in _AREA_NOUNS \
                or _in_aim(doc, root, trigger) or direction_of(doc, root) \
                or _offset_of_thing(doc, root) or _origin_of(doc, root) \
                or _direction_goal(doc, root) or _names_an_axis(doc, root) \
                or _road_goal(doc, root) or _advanced_on(doc, root):
            # (a "near" phrase of its own locates the place: "Pisky near Avdiivka" is Pisky)
            prec = max(prec, 2)
        found.append((k, prec, root))
    if not found:
        return []
    whole = found
    found = _drop_named_for(doc, found)
    # drop containers: "Russia's Belgorod region" (a possessor sharing the head of another
    # site), "Kramatorsk, Donetsk Oblast" (an apposition to another site)
    roots = {r for _, _, r in found}
    heads = {doc[r].head.i for r in roots}
    keep = []
    for k, prec, root in found:
        t = doc[root]
        is_poss = t.dep_ == "poss" and t.head.i in heads - {root}
        is_appos = t.dep_ in ("appos", "npadvmod") and t.head.i in roots and not (
            # a settlement in a comma list is listed, not a container ("Derhachi, Udy, ...")
            (places[k].precision or 4) <= 1 and all(
                (places[k2].precision or 4) <= 1 for k2, _p, r2 in found if r2 == t.head.i))
        if not (is_poss or is_appos or _apposed_whole(t, roots)):
            keep.append((k, prec, root))
    if not keep:
        keep = found
    # "assaults toward A and B, about 40km southwest of Y in the X area": the area locates the
    # places named before it, it is no site of its own (read96: one fight at X, 10 km off)
    areas = [x for x in keep if _locating_area(doc, x[2])]
    # (only beside a settlement: "a depot in the X area on the A-B Oblast border" is at X, the
    # oblasts of the border no site in its stead; read185: the strike went to an oblast)
    if areas and len(areas) < len(keep) and any(
            (places[x[0]].precision or 4) <= 2 for x in keep if x not in areas):
        keep = [x for x in keep if x not in areas]
    # "assaults on the eastern arc of X in A, B, and C": the part of X the places lie in
    # frames them, X no site beside them (read178: one fight at X, none at A, B and C)
    framed = [x for x in keep if _part_framed(doc, x[2])]
    if framed and len(framed) < len(keep):
        keep = [x for x in keep if x not in framed]
    # "advance in northern Kherson ... around A, B, and C": a side of a town's region names
    # the area of the places named in it, not the town (read97: five fights in the city)
    sides = [x for x in keep if (places[x[0]].precision or 4) < 3
             and ptoks[x[0]][0] > 0 and doc[ptoks[x[0]][0] - 1].lower_ in _SIDE_ADJECTIVES]
    if sides and len(sides) < len(keep):
        keep = [x for x in keep if x not in sides]
    # "the Bashtanka District, northeast of Mykolaiv City": a bearing written after another
    # site names where that site lies, not a site of its own (read51: the airstrikes on the
    # district went to the city)
    # "assaults on villages by the highway from A to B, just northeast of P": a road's ends
    # name the road, the act is at the site told beside them (read138: placed at B); with
    # no other site, the act is along the road, near its first end (_line_head below)
    road_ends = [x for x in keep if _road_end(doc, x[2])]
    if road_ends and len(road_ends) < len(keep):
        keep = [x for x in keep if x not in road_ends]
    located = [x for x in keep if not _locates(doc, x[2], ptoks, {k for k, _p, _r in keep})]
    keep = located or keep
    # "assaults in the directions of A, B, and C, all situated southwest of X": X places the
    # named towns, no site of its own beside them (read165: one fight at X)
    placed = [x for x in keep if not places_names_before(doc, x[2])]
    keep = placed or keep
    keep = _goal_or_origins(doc, keep, places)
    # "along the Avdiivka-Donetsk City frontline", "in the Mykolaiv-Kryvyi Rih direction":
    # the names are a line's ends; one act along it, near the first (read54, read58: one
    # incident at each end, the Russian-held city among them)
    ends: dict[int, list] = {}
    for x in keep:
        head = _line_head(doc, x[2])
        if head is not None:
            ends.setdefault(head, []).append(x)
    for xs in ends.values():
        if len(xs) > 1:
            first = min(xs, key=lambda x: x[2])
            keep = [(k, max(p, 2), r) if (k, p, r) == first else (k, p, r)
                    for k, p, r in keep if (k, p, r) not in xs or (k, p, r) == first]
    if doc[trigger].lemma_.lower() in _REDEPLOY:
        # "redeploying units from the Izyum and Lyman areas to Svatove": forces moved are
        # where they go, when the text says where from and where to (read56: two moves at
        # the starting points)
        marks = {x: _last_way_word(doc, trigger, x[2]) for x in keep}
        goals = [x for x in keep if marks[x] in _GOAL_PREPS]
        if goals and any(m == "from" for m in marks.values()):
            keep = goals
    # a town named only as the bearing of another ("Dolyna, northwest of Slovyansk") is
    # the event's place only when nothing else is
    # (by the site's precision as this event has it: "fighting to the east of Bakhmut around
    # Komyshuvakha, Berestove, ..." is near the villages, not at the bearing's town, read14)
    # A place the undertaking aims at is its site only when it has no other: "ground attacks
    # southeast of Izyum to drive towards Lyman and Slovyansk" are near Izyum (read15)
    # (and a place the act heads for only when it has no other: "fighting from A in the
    # directions of B and C" is near A, read51)
    best = min(keep, key=lambda x: (max(places[x[0]].precision or 4, x[1]),
                                    _in_aim(doc, x[2], trigger), _road_goal(doc, x[2]),
                                    _direction_goal(doc, x[2]),
                                    direction_of(doc, x[2]), abs(x[2] - trigger)))
    group = _list_of(doc[_attached(doc, best[2])])
    # "the villages of Demidovka and Prilesye": appositive/of-structures with conjunctions
    out = [(k, prec) for k, prec, root in keep if _attached(doc, root) in group]
    # "around A, within 15 km northeast of X, and around B", "on A and B in the X area and
    # around C, D, and E", "on the outskirts of A and against B": a site phrase joined by
    # "and" to another site's phrase names sites of its own, with its list (read53, read55:
    # seven fights had no event)
    chosen = {root for k, prec, root in keep if (k, prec) in out}
    # "strikes on X and on settlements around it, including A, B, and C": the places the
    # settlements' list names are struck too (read179: only X)
    # "fired on the Kyivskyi district of Kharkiv City, A, B, and C": the parse joins the list
    # to the city that holds the district; A, B and C are sites beside it (read183: lost)
    for k, prec, root in keep:
        if (k, prec) not in out and (_included_in_settlements(doc, root) or
                                     _listed_after_holder(doc, root, chosen)):
            out.append((k, prec))
    for k, prec, root in keep:
        if (k, prec) in out or not any(_phrases_joined(doc, root, r) for r in chosen):
            continue
        listed = _list_of(doc[_attached(doc, root)])
        for k2, prec2, root2 in keep:
            if _attached(doc, root2) in listed and (k2, prec2) not in out:
                out.append((k2, prec2))
    # (a target's phrase may lie past a word the region stops at, another cue's noun: "a
    # concentration of manpower in B")
    tree = {t.i for t in doc[trigger].subtree} if doc[trigger].pos_ in ("VERB", "AUX") else reg
    more = [(k, prec, root) for k, prec, root in keep if (k, prec) not in out]
    whole_roots = {r for _k, _p, r in whole}
    for k in ptoks.overlapping(min(tree), max(tree)) if isinstance(ptoks, PlaceTokens) else ():
        s, e = ptoks[k]
        root = doc[s:e].root.i if 0 <= s < e else None
        if root is not None and root in tree and root not in whole_roots and \
                not _no_site(doc, s, e, root, actor_tokens):
            more.append((k, places[k].precision or 4, root))
    out += _parallel_targets(doc, best[2], more, roots, places)
    if len(out) > 1 and _between_pair(doc, group):
        # "fighting between Pisky and Vodiane": one fight on the ground between two places,
        # not one at each; an analyst codes it near the first named (precision 2)
        k, prec = min(out, key=lambda x: places[x[0]].start)
        return [(k, max(prec, 2))]
    return out or [(best[0], best[1])]


_STANDS_AT = {"in", "at", "near", "on", "outside", "by"}
# structures named for a town they need not stand in
_STRUCTURE_NOUNS = {"plant", "station", "airfield", "airport", "airbase", "dam", "mine", "port",
                    "depot", "base", "bridge", "reservoir"}


# Verbs whose subject is the attacker
_ATTACK_VERBS = {"shell", "strike", "attack", "bomb", "hit", "fire", "target", "bombard",
                 "shoot", "assault", "storm", "raid", "pound"}


def _subject_of(doc, root: int, trigger: int) -> bool:
    """Is the place at ``root`` (or the list it ends) the active subject of the trigger's
    verb?"""
    t, trig = doc[root], doc[trigger]
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in _ATTACK_VERBS:
        return False  # ("X remains under Ukrainian control": a state's subject is its site)
    for _ in range(8):
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "nsubj" and t.head.i == trigger


def _no_site(doc, s: int, e: int, root: int, actor_tokens: frozenset[int]) -> bool:
    """Is the place at tokens s..e (its root ``root``) named as no site of an event: an actor
    ("Moscow retook"), distance context, a unit's or a road's name?"""
    return any(i in actor_tokens for i in range(s, e)) or _is_context(doc, root) or \
        _names_a_unit(doc, root) or _names_a_road(doc, root) or \
        _modifies(doc, root, _SEATED_BODIES) or _military_district(doc, root) or \
        _in_remark_on_a_name(doc, s) or _in_remark_on_a_list(doc, root) or _back_home(doc, root)


def _back_home(doc, root: int) -> bool:
    """Is the place where someone is "back in" or "home in" ("this soldier was wounded and is
    back in Moscow")? Where he is now, not where he fought (read182: a battle at Moscow)."""
    t = doc[root]
    while t.dep_ in ("compound", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at", "to"):
        return False
    back = t.head.head
    # ("pushed Russian forces back in X" is a fight at X)
    return back.lower_ in ("back", "home") and back.head.lemma_.lower() not in (
        "push", "drive", "beat", "throw", "force", "knock", "fall", "pull", "hold", "fight",
        "roll", "press")


_PLACES_NOUNS = {"settlement", "village", "town", "city", "place", "locality", "hamlet"}


def _in_remark_on_a_list(doc, root: int) -> bool:
    """Is the place inside a remark that says where the names before it lie ("advance on A,
    B, and C, all settlements between X and Y", "A and B, both villages near X")? The act is
    at the names; X and Y locate them (read130: one fight at X, the villages lost)."""
    t = doc[root]
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ in ("appos", "npadvmod") and t.lemma_.lower() in _PLACES_NOUNS and any(
                c.lower_ in ("all", "both") for c in t.children):
            return True
    return False


def _in_remark_on_a_name(doc, s: int) -> bool:
    """Is the place at token s inside a bracketed remark on the name just before it ("Mayorsk
    (about 20km southwest of Bakhmut on the outskirts of Horlivka)")? It says where that
    name lies; the act is at the name (read126: the fight placed at Horlivka, the villages
    lost)."""
    sent_start = doc[s].sent.start
    for k in range(s - 1, max(sent_start, s - 15) - 1, -1):
        if doc[k].text == ")":
            return False
        if doc[k].text == "(":
            return k > 0 and doc[k - 1].pos_ == "PROPN"
    return False


def _drop_named_for(doc, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The sites less a town a structure is only named for, where the text says where the
    structure stands: "attacks near the Vuhledar Power Plant in Novoluhanske" are at
    Novoluhanske, not at Vuhledar, 100 km off (read21)."""
    roots = {r for _k, _p, r in found}
    towns = {r for _k, p, r in found if p <= 2}  # (an oblast after it only contains it)
    out = []
    for k, prec, root in found:
        t = doc[root]
        while t.dep_ == "compound" and t.head.i != t.i and t.head.i not in roots:
            t = t.head
        if t.i == root:
            out.append((k, prec, root))
            continue
        placed_at = [c for c in t.children if c.dep_ == "prep" and c.lower_ in _STANDS_AT]
        if t.lower_ in _STRUCTURE_NOUNS:
            # (the parser may hang the phrase on the verb: "taking control of the territory
            # of the X Power Plant on the northern edge of B")
            own = {x.i for x in t.subtree}
            placed_at += [c for c in t.sent if c.dep_ == "prep" and c.lower_ in _STANDS_AT
                          and c.i > t.i and c.head.i not in own]
        named_for = any(g.dep_ == "pobj" and (g.i in towns or any(x.i in towns for x in g.subtree))
                        for c in placed_at for g in c.children)
        if not named_for:
            out.append((k, prec, root))
    return out or found


def _holder(doc, root: int):
    """The thing a place's phrase locates: "a depot in A" -> depot, "a concentration of
    troops in B" -> concentration (read past "of"), "struck a depot in A" -> struck (the
    phrase hangs on the verb)."""
    t = doc[root]
    while t.dep_ == "compound" and t.head.i != t.i:  # "Kherson City"
        t = t.head
    placed = False
    for _ in range(6):
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and \
                t.head.lower_ in _SITE_PREPS and not placed:
            t, placed = t.head.head, True  # (one phrase of place: "near the Plant in B")
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head
        else:
            break
    return t


def _parallel_targets(doc, best_root: int, others, roots: set[int], places
                      ) -> list[tuple[int, int]]:
    """Settlements of targets coordinated with the best site's target, each placed by its own
    phrase: "struck a command post in A, and a concentration of manpower in B", "struck a
    depot in A and an area of troop concentration in B" (read22: five such targets had no
    event). A container of another name ("X in Y Oblast") locates that name, not a target."""
    hold = _holder(doc, best_root)
    mates = _list_of(hold) | _list_of(doc[best_root])
    out = []
    for k, prec, root in others:
        if (places[k].precision or 4) > 2 and not (places[k].feature_code or "").startswith(
                "ADM2"):
            continue  # (a district holds a target as a town does: read187, "warehouses in
            # Beryslav Raion" had no event)
        h = _holder(doc, root)
        if h.i in roots or h.i == root or h.pos_ not in ("NOUN", "PROPN") or \
                h.lower_ in _DIRECTIONS or direction_of(doc, root):
            continue  # (the anchor of a bearing: "Soledar, southeast of Bakhmut")
        if h.i in mates or any(c.i in mates for c in h.conjuncts) or \
                h.dep_ == "pobj" and doc[best_root].dep_ == "pobj" and \
                h.head.i == doc[best_root].head.i and h.i > best_root or \
                h.pos_ == "NOUN" and hold.dep_ == "dobj" and h.dep_ in ("dobj", "conj") and \
                h.head.i == hold.head.i and h.i > hold.i:
            # ("hit a post in A (about 60km east of X), a crossing near B (...), and
            # warehouses in C": the brackets break the list, the parse makes each target the
            # verb's object or conjunct; read187: only A)
            # ("a depot in A and positions in B" parsed with both A and the positions
            # objects of the first "in": read160, B had no event)
            out.append((k, prec))
    return out


def _between_pair(doc, group: set[int]) -> bool:
    """Is the list ``group`` (token indexes of listed names) the object of "between"?"""
    first = doc[min(group)]
    return first.dep_ == "pobj" and first.head.lower_ == "between" or \
        first.head.lower_ == "between" and first.dep_ in ("compound", "nmod")


# The words between two names of one list ("A, B", "A; and B", "A and B", "A, or the
# village of B")
# (", namely A, B, and C" after "settlements around X" lists the settlements: read48)
_LIST_LINK = re.compile(r"\s*(?:[,;]\s*(?:and\s+|or\s+|namely\s+|including\s+|specifically\s+)?"
                        r"|\s+(?:and|or)\s+)"
                        # ("and the surrounding settlements of A, B, and C": read112,
                        # read113, the villages had no event)
                        r"(?:the\s+(?:(?:surrounding|nearby|neighbou?ring|adjacent)\s+)?"
                        r"(?:villages?|towns?|settlements?|city|"
                        r"communities)\s+of\s+)?")
# A list item the walk passes over: a remark in brackets, or one to three capitalised words
# (with a community's or a region's word) the place stage did not take for a place
_SKIPPED_ITEM = re.compile(r"\([^()]{1,200}\)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                           r"(?:\s+(?:[Hh]romada|[Rr]aion|[Dd]istrict|[Oo]blast)s?)?"
                           # (and its own bracketed bearing: "Verkhnokamianske (33km northeast
                           # of Bakhmut), and Spirne", read57: the list stopped there)
                           r"(?:\s*\([^()]{1,120}\))?(?=\s*(?:[,;]|and\b|or\b))")
_MEMBERS = re.compile(r"\b(?:namely|including|specifically)\b")
# A bearing that places a listed name from an anchor named right after it (", just northeast
# of ", " (8km southeast of ", "(both 20km due east of ")
_BEARING_QUALIFIER = re.compile(
    r"\s*(?:,\s*(?=\())?[(,]?\s*(?:(?:both|all|each)\s+)?(?:(?:about|approximately|roughly|"
    r"around|nearly|some|over|under|within|up to)\s+)?(?:\d{1,3}(?:\.\d)?\s?(?:km|kilometers|kilometres)\s+)?(?:(?:just|"
    r"directly|immediately|slightly|due)\s+)?(?:to\s+the\s+)?" + COMPASS +
    # (measured from a town's edge: "(15km west of the outskirts of X)", read106: the list
    # stopped there)
    r"\s+of\s+(?:the\s+)?(?:(?:[a-z]+ern\s+)?(?:outskirts|suburbs|edge)\s+of\s+(?:the\s+)?)?")
# A remark on where the names before it lie, between commas ("A and B, both near the
# Ukrainian bridgehead over the Inhulets River, and C": read62, C had no event)
_BOTH_REMARK = re.compile(r"\s*,\s*(?:both|all|each)\s+(?:(?:located|situated|lying)\s+)?"
                          # (", both located along the X highway, and C": read102, C lost)
                          r"(?:near|in|on|along|around|at|within|"
                          r"inside|outside|close to)\s+[^,;()]{3,80}(?=,)")
# A road the names before it lie along, with no comma ("A, B, and C along the T1302 highway
# and D": read163, D lost)
_ALONG_ROUTE = re.compile(r"\s+along\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:highway|road|railway|"
                          r"railroad|river|line)\b")
# A road, river or line named as a bearing's anchor: "west of the E40 highway", "east of the
# Oskil River" (not a place of the gazetteer, still no break of the list before it)
_NAMED_ROUTE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:highway|road|river|railway|line|"
                          r"reservoir|canal)\b(?:\s*\))?", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")
_AFTER_ANCHOR = re.compile(r"(?:\s+City\b)?(?:\s*\))?")


class PlaceOrder:
    """The places in text order, with the place starting at each offset: built once per
    report for ``listed_after``, which every event asks."""

    def __init__(self, places) -> None:
        self.order = sorted(range(len(places)), key=lambda k: places[k].start)
        self.at = {places[k].start: k for k in self.order}
        self.pos = {k: n for n, k in enumerate(self.order)}


def listed_after(text: str, places, sites: list[tuple[int, int]],
                 index: PlaceOrder | None = None) -> list[tuple[int, int]]:
    """The names listed after the event's last site that the parse did not join to it:
    "repelled attacks against A, just northeast of X; B and C, south of Y; and D, northeast
    of Y", "struck facilities in A, P Oblast; B Raion, Q Oblast; and C and D, R Oblast",
    "assaults on A (10km west of X), B (15km west of X), and C" (read18, read19: 15 and 17
    listed villages had no event). Each name's bearing and its container are read past, not
    listed; a country ends the list. Pure over the text and the places."""
    if not sites:
        return []
    index = index or PlaceOrder(places)
    order, at = index.order, index.at
    have = {k for k, _p in sites}
    k = max(have, key=lambda q: places[q].start)
    if _BETWEEN_BEFORE.search(text, max(0, places[k].start - 30), places[k].start):
        return []  # "fighting between A and B" is one fight (_between_pair)
    prec = max(p for _k, p in sites)
    out: list[tuple[int, int]] = []
    # (from each site on, in text order: "around X, namely A (..), B (..), and C" parsed with
    # X and B as sites lists A after X, and C after B: read48)
    walked: set[int] = set()
    for k in sorted(have, key=lambda q: places[q].start):
        for _ in range(40):
            if k in walked:
                break
            walked.add(k)
            pos = _past_qualifiers(text, places, at, k)
            link = _LIST_LINK.match(text, pos) or _comma_lost(text, places, at, pos)
            if link is None:
                break
            start = _group_item(text, places, at, link.end())
            if start is None or _locator_after(text, places[k].start, link, start):
                break
            nxt = at[start]
            if (places[nxt].precision or 4) >= 4:
                if not _fallen_back(places[nxt]):
                    break  # a country is no settlement's list
                k = nxt  # an unknown village the place stage put at its country: read past it
                continue
            if nxt not in have:
                out.append((nxt, max(places[nxt].precision or 1, prec)))
                have.add(nxt)
            k = nxt
    # and back from the first site: "near A (28km southwest of X) and B" parsed with B alone
    k = min(have, key=lambda q: places[q].start)
    for _ in range(40):
        j = next((j for j in (order[n] for n in range(index.pos[k] - 1, -1, -1))
                  if places[j].end <= places[k].start and not _ANCHOR_BEFORE.search(
                      text, max(0, places[j].start - 40), places[j].start)), None)
        if j is None:
            break
        link = _LIST_LINK.match(text, _past_qualifiers(text, places, at, j))
        if link is None or _group_item(text, places, at, link.end()) != places[k].start \
                or (places[j].precision or 4) >= 4 or _MEMBERS.search(link.group(0)):
            break  # ("from X, including A and B": X is no member of the list it introduces)
        if j not in have:
            out.append((j, max(places[j].precision or 1, prec)))
            have.add(j)
        k = j
    return out


def _fallen_back(p) -> bool:
    """Is the place a name the gazetteer lacks that the place stage put at a wider area (its
    text is not the area's name: "Zzyzxivka" at Ukraine)?"""
    name = (p.name or "").lower()
    return bool(name) and p.text.lower() not in name and name not in p.text.lower()


# a name that is the anchor of a bearing ("... southwest of X"), no item of a list
_ANCHOR_BEFORE = re.compile(COMPASS + r"\s+of\s+(?:the\s+)?$", re.I)


# A group of a list opened by its own bearing and preposition ("...; and south of Bakhmut
# near Ivanhrad (4km ...)"), or by a preposition alone ("... and near X")
# (read157: "on and south of A, on and west of B, and southwest of C": a bearing with the
# place itself)
_GROUP_BEARING = re.compile(r"(?:(?:on|in|at|near)\s+and\s+)?(?:(?:just|directly|immediately|"
                            r"due)\s+)?(?:to\s+the\s+)?" + COMPASS + r"\s+of\s+(?:the\s+)?")
_GROUP_PREP = re.compile(r"\s*(?:near|in|around|at|toward|towards|on)\s+(?:the\s+(?:villages?|"
                         r"towns?|settlements?)\s+of\s+)?")
_CONTAINER_LINK = re.compile(r"\s*,\s*|\s+in\s+")
# a group's region before its own place: "in western Donetsk Oblast near "
_REGION_THEN_PREP = re.compile(r"(?:(?:north|south|east|west|central|northeast|northwest|"
                               r"southeast|southwest)(?:ern)?\s+)?(?:[A-Z][\w'’-]+\s+){1,2}"
                               r"(?:Oblast|Raion|region|Krai)\s+(?:near|around|in|at)\s+")
_ITSELF = re.compile(r"\s+itself\b")


_NEAR_WORD = re.compile(r"\s*(?:near|outside)\s+(?:the\s+)?", re.I)


_BARE_SPACE = re.compile(r"\)?\s+(?=[A-Z])")


def _comma_lost(text: str, places, at: dict[int, int], pos: int):
    """The link of a list whose comma the writer left out after a bracketed remark ("toward
    A (5 km north of X) B (5 km northwest of X), and C": read152, B and C lost): bare space
    after ")" before a placed name with a remark of its own, else None."""
    if text[pos - 1:pos] != ")" and text[pos:pos + 1] != ")":
        return None
    gap = _BARE_SPACE.match(text, pos)
    if gap is None or gap.end() not in at:
        return None
    nxt = places[at[gap.end()]]
    return gap if text[nxt.end:nxt.end + 2].lstrip().startswith("(") else None


def _locator_after(text: str, site_start: int, link, start: int) -> bool:
    """Is the name at ``start`` a locator of the site before it, not a list's next item: ",
    near Y" after a site not itself told "near" ("deployed to Kobryn, near Brest": read135, a
    second move at Brest; "near A, near B" stays a list)?"""
    if text[link.start():link.end()].strip() != ",":
        return False
    near = _NEAR_WORD.match(text, link.end())
    if near is None or near.end() != start:
        return False
    before = text[max(0, site_start - 12):site_start].lower().split()
    return not (before and before[-1] in ("near", "outside"))


def _group_item(text: str, places, at: dict[int, int], pos: int) -> int | None:
    """Where the next listed name starts after a list link at ``pos``: right there, or past a
    group's own bearing and preposition ("south of Y near A"), or past an item the place
    stage did not find or a remark in brackets between two names ("struck A, Bereznehuvate
    Hromada, and B", "A, (the only checkpoint ...), B": read50, the walk stopped there and
    the names after it had no event), else None."""
    if pos in at:
        return pos
    past = _past_skipped_item(text, at, pos)
    if past is not None:
        return past
    bearing = _GROUP_BEARING.match(text, pos)
    if bearing is not None and bearing.end() in at:
        pos = _AFTER_ANCHOR.match(text, places[at[bearing.end()]].end).end()
    prep = _GROUP_PREP.match(text, pos)
    if prep is not None and prep.end() in at:
        return prep.end()
    region = _REGION_THEN_PREP.match(text, prep.end()) if prep is not None else None
    if region is not None and region.end() in at:
        return region.end()  # "..., and in western Donetsk Oblast near A" (read176: A lost)
    if bearing is not None and bearing.end() in at and _ends_group(text, pos):
        return bearing.end()  # "..., and southwest of Y": Y is the item, near it (read157)
    if prep is not None and prep.end() > pos:
        # (past a group's first name the place stage did not find: "; northeast of X near
        # Bakhmtuske (...), Zelenopillia (...), and Soledar": read60, the rest was lost)
        return _past_skipped_item(text, at, prep.end())
    return None


def _ends_group(text: str, pos: int) -> bool:
    """Does the list go on (or end) right after a bearing's anchor at ``pos``, so that the
    anchor itself is the listed site ("southwest of Donetsk City, and ...", "... of Y.")?"""
    return _LIST_LINK.match(text, pos) is not None or text[pos:pos + 1] in ("", ".", ";")


def _bearings_listed(text: str, pos: int) -> bool:
    """Is the comma-led bearing before ``pos`` (its anchor's end) one of a list of bearings
    ("near A, west of B, and southwest of C": read157, B and C lost as A's bearing), for a
    list link and another bearing follow the anchor?"""
    link = _LIST_LINK.match(text, pos)
    return link is not None and _GROUP_BEARING.match(text, link.end()) is not None


def _past_skipped_item(text: str, at: dict[int, int], pos: int) -> int | None:
    """Where the next name starts past a list item at ``pos`` that the walk passes over
    (_SKIPPED_ITEM) and the list link after it, if a placed name starts there."""
    skip = _SKIPPED_ITEM.match(text, pos)
    if skip is None:
        return None
    link = _LIST_LINK.match(text, skip.end())
    return link.end() if link is not None and link.end() in at else None


def _opens_group(text: str, at: dict[int, int], pos: int) -> bool:
    """Does a preposition naming a place follow ``pos``, a bearing's anchor ("northeast of Y
    near A"), so that the bearing places the names after it, not the one before it?"""
    prep = _GROUP_PREP.match(text, pos)
    return prep is not None and prep.end() in at and text[pos:prep.end()].strip() != "in"


def _past_qualifiers(text: str, places, at: dict[int, int], k: int) -> int:
    """Where the text after place ``k`` goes on, past "itself", its bearing from an anchor
    (", south of Y", "(8km east of Y City)") and its container (", Y Oblast", "in Y
    Oblast")."""
    pos = _AFTER_ANCHOR.match(text, places[k].end).end()  # "Zaporizhzhia City, P Oblast"
    itself = _ITSELF.match(text, pos)
    if itself is not None:
        pos = itself.end()  # "assaults on Bakhmut itself; ..."
    remark = _BOTH_REMARK.match(text, pos) or _ALONG_ROUTE.match(text, pos)
    if remark is not None:
        pos = remark.end()  # "A and B, both near the bridgehead over the X River, and C"
    bearing = _BEARING_QUALIFIER.match(text, pos)
    anchor_end = _AFTER_ANCHOR.match(text, places[at[bearing.end()]].end).end() \
        if bearing is not None and bearing.end() in at else None
    if anchor_end is not None and _opens_group(text, at, anchor_end):
        pass  # "near X, northeast of X near A, B, and C": the bearing opens a group (read31)
    elif anchor_end is not None and "(" not in bearing.group(0) and \
            _bearings_listed(text, anchor_end):
        pass  # "near A, west of B, and southwest of C": the bearings are the list's items
    elif anchor_end is not None:
        pos = anchor_end
    elif bearing is not None:
        route = _NAMED_ROUTE.match(text, bearing.end())
        if route is not None:
            pos = route.end()  # "A and B west of the E40 highway and C east of it" (read26)
    link = _CONTAINER_LINK.match(text, pos)
    if link is not None and link.end() in at:
        c = places[at[link.end()]]
        if (c.precision or 1) >= 3 and c.admin1 and c.admin1 == places[k].admin1 \
                and c.country_code == places[k].country_code:
            pos = c.end  # "Shevchenkove and Ochakiv, Mykolaiv Oblast": a container
    return pos


def _phrases_joined(doc, a: int, b: int) -> bool:
    """Are the site phrases of the places at tokens a and b joined by "and": a's preposition
    a conjunct of b's (or the same word, the parser having hung it elsewhere), or of a phrase
    on b or its list (either way round)?"""
    def prep_of(i):
        t = doc[i]
        while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ == "PROPN":
            t = t.head  # (a later name of a list: the list's first name's phrase)
        return t.head if t.dep_ == "pobj" else None

    pa, pb = prep_of(a), prep_of(b)
    if pa is None or pb is None or pa.i == pb.i:
        return False
    first, second = (pa, pb) if pa.i < pb.i else (pb, pa)
    if first.head.i == second.head.i and first.lower_ == second.lower_ and any(
            t.dep_ == "conj" and first.is_ancestor(t) for t in doc[first.i:second.i]):
        # "destroyed a depot in A and positions in B", both phrases hung on the verb and the
        # second object joined to the first phrase's name (read160: B had no event)
        return True
    for p, q, site in ((pa, pb, b), (pb, pa, a)):
        if p.dep_ == "conj" and p.lower_ in _SITE_PREPS | {"against"} and (
                p.head.i == q.i or p.lower_ == q.lower_ or p.head.head.i in _list_of(doc[site]) or
                p.head.dep_ == "prep" and p.head.head.i == q.head.i):
            return True
    return False


def _list_of(tok) -> set[int]:
    """The names listed with ``tok`` (itself included): its conjuncts, and names the parser hung
    as appositions inside a comma list ("shelled Derhachi, Udy, Slobozhanske, and
    Chornohlazivka": Udy an apposition, the rest its conjuncts)."""
    out, todo = {tok.i}, [tok]
    while todo:
        t = todo.pop()
        links = [c for c in t.children if c.dep_ in ("conj", "appos")]
        if t.dep_ in ("conj", "appos") and t.head.i != t.i:
            links.append(t.head)
        for n in links:
            if n.i not in out:
                out.add(n.i)
                todo.append(n)
    return out


# Words of a move of forces whose "on" phrase names where they head ("advance north on X")
_MOVES_ON = {"advance", "push", "drive", "march", "move", "press"}
# Reporting verbs whose gerund tells the speaker's own act ("confirmed striking X", "denied
# shelling Y", "admitted attacking Z")
# ("Ukrainian forces reported destroying another pontoon bridge": read206, the bridge's
# destruction with no doer, typed looting)
_OWN_ACT_REPORTS = {"confirm", "deny", "admit", "acknowledge", "report", "claim", "announce"}
_ATTACK_ON_NOUNS = {"attack", "assault", "strike", "raid", "storming"}


# Verbs of doing an act named by their object ("perpetrating attacks", "committing strikes")
_PERPETRATE = {"perpetrate", "commit", "conduct", "carry", "launch", "stage", "organize",
                "organise", "execute"}
def _accused_of_doing(tok):
    """The one accused of doing the act the noun names ("accused Ukrainian troops of
    perpetrating attacks"), else None."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and any(
            c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() in _PERPETRATE
            for c in tok.children):
        verb = tok.head.head  # (the parse's "perpetrating" a modifier of "attacks")
    else:
        gerund = tok.head
        if tok.dep_ != "dobj" or gerund.tag_ != "VBG" or \
                gerund.lemma_.lower() not in _PERPETRATE or gerund.dep_ != "pcomp" or \
                gerund.head.lower_ not in ("of", "for"):
            return None
        verb = gerund.head.head
    if verb.dep_ == "dobj" and verb.head.lemma_.lower() in _ACCUSE_VERBS:
        return verb  # ("accused X of ...": the parse may hang "of" on the object)
    if verb.lemma_.lower() in _ACCUSE_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


_CLAIM_NOUNS = {"claim", "claims", "report", "reports", "statement", "statements",
                "allegation", "allegations", "rumor", "rumors", "rumour", "rumours"}


def _told_clause(verb):
    """The clause a verb of saying tells, with a subject of its own: its "that"-clause, or the
    clause on its object "claims" ("amplified claims that X did Y"), else None."""
    if verb.lemma_.lower() in _REPORTING:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    else:
        said = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _CLAIM_NOUNS),
                    None)
        clause = next((c for c in said.children if c.dep_ == "acl"), None) if said else None
    if clause is None or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return clause


_COUNTER_NOUNS = _ATTACK_ON_NOUNS | {"counterattack", "counteroffensive", "counterstrike",
                                     "counter-attack", "offensive"}


def _attacked_act(tok):
    """The attack noun whose "against"/"on" object the event noun ``tok`` is ("counterattacks
    against recent Ukrainian gains"), else None."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in ("against", "on"):
        return None
    outer = prep.head
    if outer.pos_ == "VERB":
        # (the parse hangs the phrase on the light verb: "launched counterattacks against X")
        outer = next((c for c in outer.children if c.dep_ == "dobj" and c.i < prep.i), outer)
    return outer if outer.pos_ == "NOUN" and outer.lemma_.lower() in _COUNTER_NOUNS else None


# How far an advance's goal may lie from where it set out for the fight to be at the goal
GOAL_NEAR_KM = 15.0


def _goal_or_origins(doc, keep: list, places) -> list:
    """"Advanced on G from A and B": the fight is at G where G lies within GOAL_NEAR_KM of a
    start (read164: "on Ivano-Darivka from Berestove", 7 km), else near the starts ("on
    Kharkiv from Chuhuiv and Izium", 40 km: the session 23 rule)."""
    origins = [x for x in keep if _origin_of(doc, x[2])]
    goals = [x for x in keep if _advanced_on(doc, x[2])]
    if not origins or not goals:
        return keep
    def point(x):
        p = places[x[0]]
        return (p.lat, p.lon) if p.lat is not None else None

    near = any(point(g) and point(o) and haversine_km(*point(g), *point(o)) <= GOAL_NEAR_KM
               for g in goals for o in origins)
    # (starts the gazetteer did not find are no better place than a goal it did: "advance on
    # G from A, about 1km due east", A unresolved, left the fight with no place; read228
    # class 7)
    unplaced = not any(point(o) for o in origins) and any(point(g) for g in goals)
    drop = origins if near or unplaced else goals
    return [x for x in keep if x not in drop]


def _advanced_on(doc, root: int) -> bool:
    """Is the place at ``root`` what forces advanced (pushed, drove) "on" or "toward" ("tried
    to advance north on X from A, B and C")? They fought on the way, near it (read114: the
    fight placed in X itself, not at the villages it came from)."""
    t = doc[root]
    while t.dep_ in ("conj", "compound") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in ("on", "upon", "toward", "towards"):
        return False
    move = t.head.head
    if t.head.lower_ in ("toward", "towards") and move.lemma_.lower() in _ORIGIN_SITES and (
            any(w.lower_ == "from" for w in t.head.subtree) or
            any(w.dep_ == "prep" and w.lower_ == "from" for w in move.children)):
        # (and "attacks from P toward A": the start a phrase of the attacks beside the goal;
        # read221: placed at the start P)
        # "offensive operations towards A, B, and C from P": the goals of operations from P
        # (read178: three fights at the goals, 20-30 km off); "assaults toward A and B" with
        # no start named are fought near A and B
        return True
    for _ in range(4):
        if move.lemma_.lower() in _MOVES_ON:
            return True
        if move.pos_ == "NOUN" and move.lemma_.lower() in _ATTACK_ON_NOUNS:
            # "advance toward A through attacks on B and C": what the attacks are on is
            # where they were (read125: B and C lost, the fights put at the goal A)
            return False
        # "advance north on X"; "push west from A and the border towards X" (the parser
        # hangs the goal on the origin's last conjunct)
        if move.head.i == move.i or not (move.lower_ in COMPASS_WORDS or move.dep_ in (
                "conj", "pobj", "prep", "advmod")):
            return False
        move = move.head
    return False


def _in_aim(doc, root: int, trigger: int) -> bool:
    """Is the place at ``root`` the aim of the undertaking ``trigger`` ("operations to capture
    X": the fighting is near X, not in it)?"""
    targets = {a.i for a in aims(doc[trigger])}
    return bool(targets) and any(t.i in targets for t in doc[root].ancestors)


def _attached(doc, root: int) -> int:
    """Where a place's name stands in its list: the name itself, or the direction word (or
    plural region word) the parser hung it on ("Popivka, Pischane, Zhytlivka, and Kreminna
    northwest of Rubizhne": Kreminna a compound of "northwest", the list's last conjunct)."""
    t = doc[root]
    while t.dep_ == "compound" and t.head.lower_ in _NAME_HEADS and t.head.i != t.i:
        t = t.head  # "Kryvyi Rih district and Mykolaiv City": the list joins the head words
    if t.i != root and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)):
        return t.i  # (only in a list: "Kramatorsk, Donetsk Oblast" is its container)
    t = doc[root]
    return t.head.i if t.dep_ == "compound" and (
        t.head.lower_ in _DIRECTIONS or t.head.lower_ in _PLURAL_REGIONS) else root


# Words a place's name is written before ("Mykolaiv City", "Kryvyi Rih district")
_NAME_HEADS = {"city", "district", "raion", "oblast", "region", "town", "village", "hromada",
               "province", "county"}


# "Kherson, Dnipropetrovsk, and Zaporizhia Oblasts": the last name hangs on the plural region
# word, the list's last conjunct
_PLURAL_REGIONS = {"oblasts", "regions", "provinces", "raions"}


# what happens to a place, which "its" can name back
_PLACE_FATES = {"capture", "fall", "liberation", "seizure", "recapture", "encirclement"}


def anaphoric_site(doc, reg: set[int]) -> bool:
    """Does the region name its site only by reference ("most of the area", "from there")?
    Plural or modified nouns ("the border areas", "the Donetsk region") are not references."""
    for i in reg:
        t = doc[i]
        if t.lower_ == "there" and t.dep_ != "expl":
            return True
        if t.lower_ == "its" and t.dep_ == "poss" and t.head.lemma_.lower() in _PLACE_FATES:
            return True  # "despite Russian claims of its capture": the place just named
        if t.lemma_.lower() in _ANAPHORA and _bare_reference(
                t, proper=t.lower_ in _REGION_WORDS):
            return True
    return False


def _bare_reference(t, proper: bool = False) -> bool:
    """A singular noun with "the/that/this" and no modifier ("the area", "this region"; not
    "the border areas", "the Donetsk region"); with ``proper``, also one written with a
    capital ("in the Oblast", read14)."""
    kids = list(t.children)
    return (t.tag_ == "NN" or proper and t.tag_ == "NNP") and \
        any(c.lower_ in ("the", "that", "this") for c in kids) \
        and not any(c.dep_ in ("compound", "amod", "poss") or _names_its_own(c) for c in kids)


def _names_its_own(prep) -> bool:
    """Does a noun's prepositional phrase name it by a proper name ("the dam at the Nova
    Kakhova Hydroelectric Power Plant", "the bridge over the Inhulets River")? Then the noun is
    that thing, not one told before, even where the place stage did not find the name
    (read21: a misspelt plant's strike took the site last told, 415 km off)."""
    return prep.dep_ == "prep" and any(
        d.pos_ == "PROPN" and d.ent_type_ not in ("DATE", "TIME") for d in prep.subtree)


_REGION_WORDS = {"region", "oblast", "province"}


def region_anaphor(doc, reg: set[int]) -> int | None:
    """The token of "the region" ("this oblast", "the Oblast") when the region names its site
    only so."""
    return next((i for i in sorted(reg) if doc[i].lower_ in _REGION_WORDS
                 and _bare_reference(doc[i], proper=True)), None)


_SETTLEMENT_WORDS = {"city", "town", "village", "settlement"}
# Landforms named back by their kind, and the GeoNames feature codes of each
_LANDFORM_CODES = {"island": ("ISL",), "spit": ("SPIT", "PEN", "PT"), "peninsula": ("PEN",)}


def landform_named_before(doc, reg: set[int], places, ptoks) -> tuple[int, int] | None:
    """For "the island" ("the spit", "the peninsula") in the region: the last place of that
    kind named before it, in its sentence or the two before (read119: "repelled an attack
    against the island" after Snake Island had no place), as (place index, precision)."""
    for i in sorted(reg):
        t = doc[i]
        codes = _LANDFORM_CODES.get(t.lemma_.lower())
        if codes is None or not _bare_reference(t):
            continue
        lo = t.sent.start
        for _ in range(2):
            if lo > 0:
                lo = doc[lo - 1].sent.start
        best = None
        for k, p in enumerate(places):
            s, e = ptoks[k]
            if lo <= s and e <= i and p.lat is not None and \
                    (p.feature_code or "").startswith(codes):
                best = k
        if best is not None:
            return best, places[best].precision or 1
    return None


def settlement_anaphor(doc, reg: set[int]) -> int | None:
    """The token of "the city" ("the town", "the village") when the region names its site
    only so."""
    return next((i for i in sorted(reg) if doc[i].lemma_.lower() in _SETTLEMENT_WORDS
                 and _bare_reference(doc[i])), None)


# What a capital's name, as its possessor, says is its government's ("Moscow's claims")
_SAID_NOUNS = {"claim", "statement", "assertion", "allegation", "position", "narrative",
               "version", "account", "denial", "announcement", "report"}


def _speaks(root) -> bool:
    """Is the place a government named by its capital as the owner of words ("belies Moscow's
    claims that its forces have secured the city")? No place "the city" names back (read127:
    a capture of Moscow)."""
    return root.dep_ == "poss" and root.head.lemma_.lower() in _SAID_NOUNS


def _named_before(doc, i: int, places, ptoks, precision: int, back: int) -> int | None:
    """The last place of ``precision`` (resolved) named before token ``i`` in its sentence,
    else in the ``back`` sentences before it; None when there is none."""
    sent = doc[i].sent
    starts = [sent.start]
    for _ in range(back):
        if starts[-1] == 0:
            break
        starts.append(doc[starts[-1] - 1].sent.start)
    for lo in starts:
        ks = ptoks.overlapping(lo, i) if isinstance(ptoks, PlaceTokens) else range(len(ptoks))
        best = None
        for k in ks:
            s, e = ptoks[k]
            if s >= lo and e <= i and places[k].precision == precision and \
                    places[k].lat is not None and (precision != 1 or places[k].geonameid) and \
                    not (precision == 1 and measured_from(doc, doc[s:e].root.i)) and \
                    not _speaks(doc[s:e].root) and \
                    not (precision == 1 and _in_office_title(doc, e)):
                best = k if best is None or s > ptoks[best][0] else best
        if best is not None:
            return best
    return None


def _in_office_title(doc, e: int) -> bool:
    """Is the name ending before token ``e`` part of an office's title ("Head of the Luhansk
    Regional State Administration")? It names the office, not a town told of (read146: "the
    city" taken for Luhansk)."""
    return e < len(doc) and doc[e].lower_ in _REGIONAL_OFFICES and any(
        t.lower_ in ("administration", "council", "governor", "head", "authorities")
        for t in doc[e:e + 4])


def _measuring_word(doc, i: int):
    """The bearing with a distance whose "of" phrase the place at token i is ("southeast" of
    "approximately 30km southeast of X"), else None: the place is a point measured from."""
    h = _of_head(doc, i)
    return h if h is not None and h.lower_ in _DIRECTIONS and _distance_words(h) else None


def measured_from(doc, i: int) -> bool:
    """Is the place at token i only the point another is measured from ("X (approximately
    35km northwest of Y)")? "The settlement" after it is X, not Y (read64: "still clearing
    the settlement" took Lyman)."""
    if _measuring_word(doc, i) is not None:
        return True
    # (and a bearing with no distance set beside a name: "Avdiivka, just north of Donetsk
    # City, ... targeting the settlement", read134: the settlement taken for Donetsk)
    return places_names_before(doc, i)


def places_names_before(doc, i: int) -> bool:
    """Is the place at token i the anchor of a bearing set after other names by a comma or a
    bracket ("A, just north of X", "A and B, all situated southwest of X", "A (just south of
    X)")?"""
    h = _of_head(doc, i)
    if h is None or h.lower_ not in _DIRECTIONS:
        return False
    k = h.i - 1
    while k >= 0 and doc[k].lower_ in _BEFORE_BEARING:
        k -= 1
    # (or in brackets: "Metolkine (just south of X) ... what areas of the town": read163, X
    # taken for the town)
    return k >= 1 and doc[k].text in (",", "(") and doc[k - 1].pos_ == "PROPN"


# words between a name's comma and the bearing that places it ("A, just north of X", "A and
# B, all situated southwest of X")
_BEFORE_BEARING = {"just", "directly", "immediately", "slightly", "all", "both", "each",
                   "situated", "located", "lying", "to", "the"}


def settlement_named_before(doc, i: int, places, ptoks) -> tuple[int, int] | None:
    """For "the city" at token ``i`` ("Russian forces in Izyum conducted an operational pause
    after capturing the city"): the last settlement named before it in its sentence, as
    (place index, precision 1); None when its sentence names none."""
    k = _named_before(doc, i, places, ptoks, 1, back=0)
    return (k, 1) if k is not None else None


def region_named_before(doc, i: int, places, ptoks) -> tuple[int, int] | None:
    """For "the region" at token ``i`` ("The governor of Chernihiv Oblast reported that
    Russian forces are withdrawing from the region"): the last region-level place named
    before it in its sentence, else in the sentence before ("Russian forces shelled Luhansk
    Oblast. ... heavy battles in the oblast"), as (place index, precision); None when there
    is none (the site last told, a town, is not it)."""
    k = _named_before(doc, i, places, ptoks, 3, back=1)
    return (k, 3) if k is not None else None


# A city's own authorities speak of their city: "Kharkiv city authorities reported Russian
# forces shelled a humanitarian aid delivery point", "the mayor of Kherson confirmed that no
# Ukrainian forces remain in the city".
_LOCAL_AUTHORITIES = {"authority", "authorities", "council", "mayor", "administration",
                      "secretary", "police", "deputy"}
# Words of an office over a region or the military, whose town names the region's seat
# ("Luhansk Regional State Administration", "Odesa Oblast Military Administration"; read14:
# Haidai's Severodonetsk report placed at Luhansk city)
_REGIONAL_OFFICES = {"regional", "oblast", "region", "province", "military", "governor",
                     "state"}


def speaker_site(doc, trigger: int, places, ptoks) -> tuple[int, int] | None:
    """The settlement whose local authority reports the event ("Kharkiv city authorities
    reported ..."): (place index, precision 2, near it), or None. Only a settlement named in
    the subject of the reporting verb the event's clause hangs from, beside a word of local
    authority (a region's governor speaks of the region, not of one town)."""
    t = doc[trigger]
    for _ in range(4):
        if t.head.i == t.i:
            return None
        via, t = t.dep_, t.head
        if via == "ccomp" and t.lemma_.lower() in _REPORTING:
            break
    else:
        return None
    if t.lemma_.lower() not in _REPORTING:
        return None
    for subj in (c for c in t.children if c.dep_ == "nsubj"):
        toks = {x.i for x in subj.subtree}
        if not any(doc[i].lemma_.lower() in _LOCAL_AUTHORITIES or doc[i].lower_ in
                   _LOCAL_AUTHORITIES for i in toks):
            continue
        if any(doc[i].lower_ in _REGIONAL_OFFICES for i in toks):
            continue  # "Head of Luhansk Regional State Administration": the region's voice
        lo, hi = min(toks), max(toks)
        ks = ptoks.overlapping(lo, hi) if isinstance(ptoks, PlaceTokens) else range(len(ptoks))
        for k in ks:
            s, e = ptoks[k]
            if s >= lo and e - 1 <= hi and places[k].precision == 1 \
                    and places[k].geonameid is not None:
                return (k, 2)
    return None


def strike_named_back(doc, reg: set[int]) -> bool:
    """Does the region name a strike only by a bare definite noun ("launched the strike",
    "the explosion")? With a modifier ("the Kerch Strait Bridge explosion", "the May 3
    strike") or a place of its own it is named, not referred to."""
    for i in reg:
        t = doc[i]
        if t.lemma_.lower() in _STRIKE_NOUNS and t.tag_ == "NN":
            kids = list(t.children)
            if any(c.lower_ in ("the", "this", "that") for c in kids) and not any(
                    c.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "prep")
                    for c in kids):
                return True
    return False


# Nouns of an armed formation a state's name may own ("Russia's 19th Motor Rifle Division")
_FORMATION_NOUNS = {"division", "brigade", "regiment", "battalion", "army", "corps", "fleet",
                    "force", "troop", "unit", "element", "military", "navy"}


def _owns_a_formation(tok) -> bool:
    """Is the state's name the owner of an armed formation ("Russia's 19th Motor Rifle
    Division", "Ukraine's armed forces")? Its forces act, not its government."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in _FORMATION_NOUNS


def _side_name(iso: str | None, kind: str = "forces") -> str | None:
    name = country_name(iso)
    if not name:
        return None
    return f"Military Forces of {name}" if kind == "forces" else f"Government of {name}"


_MADE = {"made", "built", "produced", "designed", "manufactured", "supplied", "provided",
         "origin", "developed", "licensed"}


def _maker(doc, i: int) -> bool:
    """Is token i a people's word that names a thing's maker ("Iranian-made", "US-supplied")?"""
    return i + 2 < len(doc) and doc[i + 1].text in ("-", "\u2013") and \
        doc[i + 2].lower_ in _MADE


_USED_WEAPONS = WEAPON_NOUNS | {"shahed", "uav", "aircraft", "munition", "system"}


def _weapon_used(doc, i: int) -> bool:
    """Is token i a people's word on the weapon an act is done "with" ("struck X with Iranian
    Shahed-136 drones", "using Iranian drones")? It names where the weapon is from, not who
    used it: the doer is the verb's subject (read107: Iran stood as a party)."""
    noun = _modified_noun(doc, i, _USED_WEAPONS)
    if noun is None:
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("with", "using")) or (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("use", "employ"))


_BOUNDARIES = {"border", "frontier", "boundary", "borderland"}
# A weapon's model name ("Shahed-136", "Kh-101", "Mohajer-6")
_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]*-\d+[A-Za-z]*$")


def _model_after(doc, i: int) -> bool:
    """Is token i a people's word on a weapon's model name ("an Iranian Shahed-136 drone
    attack on X")? It names where the model is from; the attack's doer is told elsewhere
    (read194: Iran stood as the striking party, and the strike split from Russia's)."""
    return i + 1 < len(doc) and (_MODEL_NAME.match(doc[i + 1].text) is not None
                                 or doc[i + 1].lower_ == "shahed")


def actor_of_token(doc, i: int, actor_at: dict[int, object]) -> tuple[str | None, str | None]:
    """(canonical, side) of the actor a token stands for, if any."""
    a = actor_at.get(i)
    if a is not None:
        return a.canonical, a.side
    t = doc[i]
    low = t.lower_
    iso = DEMONYM_TO_ISO.get(low) or NAME_TO_ISO.get(low) or SEAT_TO_ISO.get(low)
    if iso and (_maker(doc, i) or _weapon_used(doc, i) or _model_after(doc, i)):
        return None, None  # "an Iranian-made drone": who built it, not who flies it (read55)
    if iso and t.head.lemma_.lower() in _BOUNDARIES and t.head.i != i:
        # "shelled areas in X Oblast near the Russian border": a line on the map, no party
        # (read192: the shelling laid on Ukraine, the target taken for Russia)
        return None, None
    if iso:
        return _side_name(iso), iso
    lemma = t.lemma_.lower()
    if aircraft_bomber(t):
        # "Russian Tu-22M3 bombers struck X": the aircraft fly for the side that names them
        # (read36: an "Unidentified Armed Group", the suicide bomber's sense)
        side = next((DEMONYM_TO_ISO[c.lower_] for c in t.children
                     if c.lower_ in DEMONYM_TO_ISO), None)
        return (_side_name(side), side) if side else (None, None)
    if lemma in GENERIC_GROUPS and t.pos_ == "NOUN":
        return GENERIC_GROUPS[lemma][0], None
    if unknown_doer(t):
        return "Unidentified Armed Group", None
    return None, None


# Nouns of a number of acts ("a series of assaults", "a wave of strikes"): the acts stand in
# their place as the verb's object (read25)
QUANTITY_NOUNS = {"series", "number", "wave", "round", "rounds", "string", "spate", "couple",
                  "handful", "set", "succession", "barrage", "volley", "salvo", "campaign"}
# Verbs that do the act their object names ("inflicted strikes", "delivered strikes")
_DOING_VERBS = {"inflict", "deliver", "execute", "perform", "undertake"}


def noun_slot(tok):
    """The token that stands in a verb's slot for a noun trigger: the first of nouns listed
    ("missile and artillery strikes": "missile") and the quantity noun of "a series of X"."""
    for _ in range(4):
        if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in QUANTITY_NOUNS:
            tok = tok.head.head
        else:
            break
    return tok


def _names_actor(doc, t, actor_at) -> bool:
    """Does the argument ``t`` (a modifier: "street fights", "unsuccessful assaults") name an
    actor?"""
    return any(actor_of_token(doc, d.i, actor_at)[0] for d in t.subtree)


def light_verb_subject(doc, tok, actor_at) -> list:
    """The subject of the light or aspectual verb whose object the noun ``tok`` is, climbing
    from a participle ("..., inflicting strikes on X") or a controlled verb to the clause
    that has one (read25). An aspect verb's subject counts only when it names an actor
    ("ISW continued its assessment" tells no act of ISW's)."""
    slot = noun_slot(tok)
    verb = slot.head
    if slot.dep_ != "dobj" or verb.i == slot.i:
        return []
    lemma = verb.lemma_.lower()
    if lemma not in _LIGHT_VERBS | _DOING_VERBS:
        return []
    aspect = lemma in _REPORTING
    if aspect and lemma not in _ASPECTUAL:
        return []
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj:
            if v is verb and slot is tok and not aspect:
                return []  # the plain light-verb rule has taken it
            if aspect and not any(t.i in actor_at for s in subj for t in s.subtree):
                return []
            return subj
        participle = v.dep_ == "advcl" and v.tag_ == "VBG" and not any(
            c.dep_ == "mark" for c in v.children)
        if not (participle or v.dep_ in ("xcomp", "conj")) or v.head.i == v.i:
            return []
        if v.head.lemma_.lower() in _REPORTING - _ASPECTUAL:
            return []
        v = v.head
    return []


_SUBJECT_CLIMB = {"dobj", "pobj", "prep", "xcomp", "conj", "compound", "pcomp"}


def _own_act_continued(v) -> bool:
    """Is ``v`` a verb with no subject of its own joined to a verb of reporting whose gerund
    tells the speaker's own act ("reported striking X and destroyed Y": "destroyed")?"""
    h = v.head
    return v.pos_ == "VERB" and v.dep_ == "conj" and h.i != v.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and \
        h.lemma_.lower() in ("report", "claim", "announce", "state", "say") and any(
            c.tag_ == "VBG" and c.dep_ in ("xcomp", "ccomp", "dobj") for c in h.children)


def clause_subject_side(doc, tok, actor_at) -> str | None:
    """The side of the actor named as the subject of the clause the trigger lies in (a
    few links up, through objects and prepositions), where it names one (read25). Not for a
    verb of repelling or saying, whose subject is the defender or a source."""
    v = tok
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in v.children):
            break
        if _own_act_continued(v):
            # "officials reported striking X and destroyed Y": the second act is theirs as
            # the first is (read187: a Russian strike on Y)
            v = v.head
            break
        if v.dep_ not in _SUBJECT_CLIMB or v.head.i == v.i:
            return None
        v = v.head
    else:
        return None
    if v.lemma_.lower() in REPEL_OR_HALT | (_REPORTING - _ASPECTUAL) and \
            not _own_act_continued(tok):
        return None
    for s in (c for c in v.children if c.dep_ == "nsubj"):
        for d in s.subtree:
            a = actor_at.get(d.i)
            if a is not None and getattr(a, "side", None):
                return a.side
    return None


# Nouns of a side's attack that a clash may be told to result from
_ATTACKS = {"attack", "counterattack", "assault", "offensive", "counteroffensive", "advance",
            "push", "raid"}


def cause_side(doc, tok, actor_at) -> str | None:
    """The side whose attack the clause says the act results from ("fighting is occurring
    in A and B as a result of Ukrainian counterattacks", "due to Russian assaults"): that
    side attacks (read68: the holder's enemy was made the doer)."""
    for t in tok.sent:
        if t.dep_ != "pobj" or t.lemma_.lower() not in _ATTACKS:
            continue
        p = t.head
        cause = (p.lower_ == "of" and p.head.lower_ in ("result", "because") or
                 p.lower_ == "to" and p.head.lower_ == "due" or p.lower_ == "following")
        if not cause:
            continue
        for d in t.subtree:
            a = actor_at.get(d.i)
            if a is not None and getattr(a, "side", None):
                return a.side
            if d.dep_ in ("amod", "compound", "poss") and d.head.i == t.i and \
                    DEMONYM_TO_ISO.get(d.lower_):
                return DEMONYM_TO_ISO[d.lower_]  # ("Ukrainian counterattacks": no actor)
    return None


# Prepositions of a time phrase whose gerund shares its clause's doer
_TIME_PREPS = {"after", "before", "while", "since", "upon", "following"}


# Nouns of an undertaking whose to-infinitive is its act ("attempts to advance")
_UNDERTAKING_NOUNS = {"attempt", "effort", "bid", "push", "drive", "operation", "offensive"}


# Verbs that keep their object from an act ("stopped X from advancing")
_KEEP_FROM = {"stop", "prevent", "halt", "keep", "block", "bar", "deter"}


def _noun_tagged_verb(tok) -> bool:
    """Is the word a noun the tagger called a verb, in a noun's place ("Ukrainian strikes on
    the bridges have rendered them inoperable": "strikes/VBZ" the subject; read218: its
    people's word lost and the strikes laid on the other side)?"""
    return tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "NNS") and \
        tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def roles(doc, trigger: int, actor_at: dict[int, object]):
    """(actor1, side1), (actor2, side2) from the trigger's syntax: subject / agent / possessor /
    nationality adjective is actor1; object / passive subject / against-with-on object actor2."""
    tok = doc[trigger]
    outer = _attacked_act(tok)
    if outer is not None:
        # "launched counterattacks against recent Ukrainian gains in X": the gains are what
        # the attack is on; its attacker fights their owner (read137: the sides reversed)
        return roles(doc, outer.i, actor_at)
    agents, patients = [], []
    accused = _accused_of_doing(tok)
    if accused is not None:
        # "accused Ukrainian troops of perpetrating attacks on X": the act the gerund does is
        # the accused's (read146: the accuser's side fought)
        agents.append(accused)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in REPEL_OR_HALT:
        # "Ukrainian forces repelled a Russian reconnaissance-in-force attempt near X": the
        # repelled act's owner attacked, the repeller defended (read58: the sides reversed)
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        owners = [g for o in objs for g in o.children if g.dep_ in ("poss", "amod")
                  and actor_of_token(doc, g.i, actor_at)[0]]
        if owners:
            agents.extend(owners)
            patients.extend(c for c in tok.children if c.dep_ == "nsubj")
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ in ("ROOT", "ccomp") \
            and tok.head.pos_ == "NOUN" and tok.head.i in actor_at:
        # "Ukrainian forces counterattacked in X", parsed as a noun (the sentence's root, no
        # verb of its own) with a clause on it: the noun is the verb's subject (the dyad's
        # fill named the other side)
        agents.append(tok.head)
    if not agents and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in _WEAPON_USING:
        # "Russian forces launched Iranian missiles at X": the launcher fired them, not the
        # maker the adjective names (read157)
        agents.extend(c for c in tok.head.children if c.dep_ == "nsubj")
    for ch in () if agents else tok.children:
        d = ch.dep_
        if d == "nsubj":
            agents.append(ch)
        elif d in ("poss", "amod", "compound") and (tok.pos_ == "NOUN" or
                                                    _noun_tagged_verb(tok) and ch.i < tok.i):
            agents.append(ch)
        elif d == "agent":
            agents.extend(c for c in ch.children if c.dep_ == "pobj")
        elif d in ("dobj", "nsubjpass") and not _shot_fired(tok, ch):
            patients.append(ch)
        elif d == "prep" and ch.lower_ in ("against", "with", "on", "by"):
            objs = [c for c in ch.children if c.dep_ == "pobj"]
            (agents if ch.lower_ == "by" else patients).extend(objs)
    # subject shared from a governing verb ("tried to capture"); object control ("forcing
    # Moscow to divert troops": Moscow diverts)
    reporting = tok.head.lemma_.lower() in _REPORTING
    if tok.dep_ in ("xcomp", "conj") and tok.head.lemma_.lower() in _ASPECTUAL:
        reporting = False  # "continue to shell X and struck Y": the forces strike
    if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        reporting = False  # "the DNR claimed to have established control over X": its own act
    if not agents and tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "ccomp", "dobj") and \
            reporting and tok.head.lemma_.lower() in _OWN_ACT_REPORTS and \
            not any(c.dep_ in ("nsubj", "poss") for c in tok.children) and \
            any(c.dep_ == "dobj" for c in tok.children):
        # "Ukrainian officials confirmed striking four depots": the speakers' own side struck
        # (read126: the strikes given the other side)
        agents.extend(c for c in tok.head.children if c.dep_ == "nsubj")
    if not agents and tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and not reporting:
        objs = [c for c in tok.head.children if c.dep_ == "dobj"]
        if tok.head.lemma_.lower() in INSTRUMENT_VERBS:
            objs = []  # "used an Iranian drone to attack X": the user attacks (read19)
        agents.extend(objs if tok.dep_ == "xcomp" and objs else
                      [c for c in tok.head.children if c.dep_ == "nsubj"])
        up = tok.head
        if not agents and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            # read27: "troops captured A, broke lines in B, and fought for C": a verb
            # conjunct with no subject shares the first conjunct's, however many lie between
            first = up
            while first.dep_ == "conj" and first.head.i != first.i and first.pos_ in (
                    "VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass")
                                               for c in first.children):
                first = first.head
            told = _told_clause(first) if first is not up or tok.head is first else None
            if told is not None and told.i < tok.i:
                # "milbloggers amplified claims that Ukrainian forces broke through A,
                # crossed the river, and took control of B": the parse joins the acts to the
                # saying; their doer is the told clause's (read143: a Russian capture of B)
                agents.extend(c for c in told.children if c.dep_ == "nsubj")
            elif first is not up and first.pos_ in ("VERB", "AUX") and \
                    first.lemma_.lower() not in _REPORTING:
                agents.extend(c for c in first.children if c.dep_ == "nsubj")
        if not agents and tok.dep_ == "conj" and up.dep_ in ("xcomp", "ccomp") \
                and up.head.lemma_.lower() in _ASPECTUAL | ATTEMPT_VERBS:
            # ("continued counteroffensives ... and pushed Russian forces out of X": the
            # noun parsed a verb, the aspect verb's complement; read118: no doer, and the
            # retaking coded as ground overtaken)
            # "Russian forces continue to shell Kharkiv and struck a delivery point": the
            # conjunct shares the subject its head shares with the aspect verb, or with the
            # verb of trying ("attempted to cross the river and seize X": read136, no doer)
            agents.extend(c for c in up.head.children if c.dep_ == "nsubj")
        if not agents and tok.dep_ == "xcomp" and up.dep_ == "conj" \
                and up.lemma_.lower() in _ASPECTUAL and up.head.pos_ in ("VERB", "AUX") \
                and up.head.lemma_.lower() not in _REPORTING:
            # "Russian forces conducted an airstrike on A and continued shelling B": the
            # aspect verb shares its head's subject (read21: the shelling had no doer)
            agents.extend(c for c in up.head.children if c.dep_ == "nsubj")
    if not agents and tok.pos_ == "NOUN":
        # "strikes comprising the continued Ukrainian interdiction campaign in X": acts that
        # make up a side's campaign are that side's (read194: laid on the other side)
        agents.extend(_campaign_owner(tok))
    if not agents and gerund_on_object(tok):
        agents.extend(c for c in tok.head.head.children if c.dep_ == "nsubj")
    if not agents and tok.dep_ == "acl" and tok.head.lemma_.lower() in _UNDERTAKING_NOUNS:
        # "repelled Russian attempts to advance around X", "Russian forces' efforts to
        # capture Y": the attempt's owner is the doer (read53: ten such clashes had none);
        # a light verb's subject owns it too ("Russian forces made attempts to advance")
        noun = tok.head
        agents.extend(c for c in noun.children if c.dep_ in ("poss", "amod", "compound"))
        if not agents and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS:
            agents.extend(c for c in noun.head.children if c.dep_ == "nsubj")
    if not agents and tok.dep_ == "xcomp" and leans_on_head(tok.head) and \
            tok.head.head.lemma_.lower() not in _REPORTING:
        # "Russian troops tried but failed to advance around X": the failing shares the
        # trying's subject (read53)
        agents.extend(c for c in tok.head.head.children if c.dep_ == "nsubj")
    if not agents and tok.dep_ == "xcomp" and tok.head.dep_ == "xcomp" and not reporting:
        # "Russian forces continued to attempt to capture X": the subject two verbs up
        # (read23: the fights had no doer)
        up = tok.head.head
        if tok.head.lemma_.lower() not in _REPORTING and (
                up.lemma_.lower() not in _REPORTING or up.lemma_.lower() in _ASPECTUAL):
            agents.extend(c for c in up.children if c.dep_ == "nsubj")
    whole = including_whole(tok) if not agents else None
    if whole is not None:
        # "Ukrainian strikes inflicted heavy losses ..., including killing 40 servicemen and
        # destroying a depot": the parts are the whole's doer's (read223: no doer, looting)
        agents.extend(c for c in whole.children if c.dep_ == "nsubj")
    if not agents and tok.dep_ == "pcomp" and effort_at(tok):
        # "Russia and proxy forces concentrated their efforts on capturing X": who spent them
        gov = tok.head.head.head if tok.head.head.dep_ == "dobj" else None
        if gov is not None:
            agents.extend(c for c in gov.children if c.dep_ == "nsubj")
    if not agents and tok.dep_ == "advcl" and tok.tag_ == "VBG" and not reporting and \
            not any(c.dep_ == "mark" for c in tok.children):
        # "Russian forces made advances south of Izyum, capturing the town of Zavody": a
        # participle's doer is its clause's subject (read12: Zavody's capture had no doer,
        # so it read as the government regaining it)
        agents.extend(c for c in tok.head.children if c.dep_ == "nsubj")
        if not agents and tok.head.dep_ == "acl" and tok.head.head.dep_ == "ROOT" and \
                tok.head.head.pos_ == "NOUN":
            # (the clause's verb parsed as a modifier of its subject, the root: "Ukrainian
            # forces conducted attacks near X, destroying and capturing tanks"; read190: the
            # fight had no doer, and read as looting)
            agents.append(tok.head.head)
    if not agents and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and \
            tok.head.lower_ in _TIME_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
        # "Russian forces conducted an operational pause after capturing the city", "before
        # withdrawing from X": the subject of the clause the time phrase modifies
        agents.extend(c for c in tok.head.head.children if c.dep_ == "nsubj")
    # noun trigger as the object of a light verb ("forces made gains", "carried out strikes")
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LIGHT_VERBS and not reporting:
        agents.extend(c for c in tok.head.children if c.dep_ == "nsubj")
        light = tok.head
        if not agents and light.dep_ == "xcomp" and is_infinitive(light):
            # "Ukrainian forces claimed to conduct a counterattack in X": the subject of the
            # verb the light verb's infinitive hangs on (read72: the holder's enemy was put)
            agents.extend(c for c in light.head.children if c.dep_ == "nsubj")
    if tok.pos_ in ("NOUN", "PROPN") and not any(_names_actor(doc, a, actor_at) for a in agents):
        # read25: the subject of an aspectual or light verb, or of the clause a participle
        # hangs on, is the agent of its nominal object, also through "a series of" and a
        # modifier conjunct ("conducted a series of unsuccessful assaults near A", "continued
        # street fights within B", "..., inflicting several strikes on targets in C")
        agents.extend(light_verb_subject(doc, tok, actor_at))
    # "accused Ukrainian forces of bombing X", "blamed them for shelling Y": the accused did
    # it, not the accuser; "blamed the fire on Ukrainian forces": the one it is laid on did
    if not agents and tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for"):
        h = tok.head.head
        if h.dep_ == "dobj" and h.head.lemma_.lower() in _ACCUSE_VERBS:
            agents.append(h)
        elif h.lemma_.lower() in _ACCUSE_VERBS:
            agents.extend(c for c in h.children if c.dep_ == "dobj")
    if not agents and tok.dep_ == "pcomp" and tok.head.lower_ == "from" and \
            tok.head.head.lemma_.lower() in _KEEP_FROM:
        # "Ukrainian forces stopped Russian troops from advancing toward X": the stopped
        # advance is the object's, against the stopper
        h = tok.head.head
        agents.extend(c for c in h.children if c.dep_ == "dobj")
        patients.extend(c for c in h.children if c.dep_ == "nsubj")
    if not agents and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for"):
        h = tok.head.head
        if h.lemma_.lower() in _ACCUSE_VERBS:
            # "blamed Ukraine for the explosion", "accused Kyiv of the attack": the blamed
            # did it, not the one who blames
            agents.extend(c for c in h.children if c.dep_ == "dobj")
        elif h.lemma_.lower() in _BLAME_NOUNS and h.dep_ == "dobj":
            # "put responsibility for the explosion on the bridge on Russian security
            # services": the one it is laid on did it
            on = [o for p in [*h.head.children, *h.subtree] if p.dep_ == "prep"
                  and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
            agents.extend(reversed(on))
            patients[:] = [t for t in patients if t not in agents]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ACCUSE_VERBS:
        on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
        on += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "on"]
        agents[:0] = [o for p in on for o in p.children if o.dep_ == "pobj"]
        patients[:] = [t for t in patients if t not in agents]
    # "X came under attack": X is the patient
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = tok.head.head
        patients.extend(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))

    if agents and all(t.lower_ in _SPEAKER_PRONOUNS for t in agents):
        agents = _speaker_for_pronoun(tok) or agents

    def first(tokens):
        for t in tokens:
            # (not a relative clause's words: "took Pisky, which ISW cannot confirm")
            told = {d.i for c in t.subtree if c.dep_ == "relcl" and c.i != t.i
                    for d in c.subtree}
            for cand in [t] + [c for c in t.subtree if c.i != t.i and c.i not in told][:6]:
                name, side = actor_of_token(doc, cand.i, actor_at)
                if name and side and name.startswith("Government of") and \
                        _owns_a_formation(cand):
                    name = _side_name(side)  # "Russia's 19th Motor Rifle Division" (read72)
                if name:
                    return name, side
        return None, None

    return first(agents), first(patients)


_WEAPON_USING = LAUNCH_VERBS | {"use", "employ"}
_MAKING_UP = {"comprise", "constitute", "form"}
_CAMPAIGN_NOUNS = {"campaign", "offensive", "counteroffensive", "operation", "effort"}


def _campaign_owner(tok) -> list:
    """The people's word on the campaign a noun of acts makes up ("strikes comprising the
    Ukrainian interdiction campaign", "strikes as part of the Ukrainian campaign")."""
    campaigns = []
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _MAKING_UP:
            campaigns += [o for o in c.children if o.dep_ == "dobj"]
    verb = tok.head if tok.dep_ == "dobj" else None
    for p in [*tok.children, *(verb.children if verb is not None else ())]:
        if p.dep_ == "prep" and p.lower_ == "as":
            for part in p.children:
                if part.dep_ == "pobj" and part.lower_ == "part":
                    campaigns += [o for q in part.children if q.dep_ == "prep" and q.lower_ == "of"
                                  for o in q.children if o.dep_ == "pobj"]
    # (the people's word on the campaign or on its compound: "Ukrainian interdiction")
    words = [w for n in campaigns if n.lemma_.lower() in _CAMPAIGN_NOUNS
             for w in [n, *(c for c in n.children if c.dep_ == "compound")]]
    return [a for w in words for a in w.children
            if a.dep_ in ("amod", "poss") and a.lower_ in DEMONYM_TO_ISO]


def _shot_fired(verb, obj) -> bool:
    """Is the object what the verb fired ("fired six NATO artillery rounds at X": read157,
    NATO the side fired on), not whom it hit?"""
    return verb.lemma_.lower() in _WEAPON_USING and \
        (obj.lower_ in FIRED_MUNITIONS or obj.lemma_.lower() in FIRED_MUNITIONS)


def mutual_blame(tok) -> bool:
    """Is the act one that parties lay on one another ("accused each other of shelling X",
    "blamed one another for the strike", "claimed that the other side shelled X")?"""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "side" and any(
            g.lower_ == "other" for g in c.children) for c in tok.children):
        return True  # "exchanged accusations that the other side shelled X" (read153)
    if tok.lemma_.lower() in ("exchange", "trade", "swap") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("accusation", "charge", "blame")
            for c in tok.children):
        return True  # (the parse's trigger the verb of the exchange itself)
    up = tok.head
    if tok.dep_ in ("pcomp", "pobj") and up.lower_ in ("of", "for") and \
            up.head.lemma_.lower() in _BLAME_NOUNS | {"accusation", "charge"} and \
            up.head.head.lemma_.lower() in ("trade", "exchange", "swap"):
        return True  # "traded accusations of shelling X" (read140)
    if tok.dep_ in ("pcomp", "pobj") and up.lower_ in ("of", "for"):
        verb = up.head
        return verb.lemma_.lower() in _ACCUSE_VERBS and any(
            c.dep_ == "dobj" and (c.lower_ in ("other", "another") or any(
                g.lower_ in ("each", "one", "another") for g in c.children))
            for c in verb.children)
    return False


# Pronouns a speaker names itself or its forces by in what it says
_SPEAKER_PRONOUNS = {"they", "it", "we"}


def _speaker_for_pronoun(tok) -> list:
    """The subject of the saying whose that-clause holds the trigger ("The Territorial
    Defense Force of the DNR claimed that they took control of X": the speaker did it;
    read65: no doer), else []."""
    v = tok
    for _ in range(4):
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in _REPORTING - _ASPECTUAL:
            return [c for c in v.head.children if c.dep_ == "nsubj"]
        if v.head.i == v.i:
            return []
        v = v.head
        named = [c for c in v.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if named and v.lemma_.lower() not in _REPORTING:
            # "reported that Russian troops attacked X, where they have been fighting": the
            # clause's own subject, not the speaker (read163: the sides reversed)
            return named
    return []


def nearest_time(doc, trigger: int, reg: set[int], times, ttoks, claimed: set[int]) -> int | None:
    """The time expression inside the trigger's region, else None."""
    best, best_d = None, 10**6
    for k, (s, e) in enumerate(ttoks):
        if s < 0 or k in claimed or last_time_before(doc, s):
            continue
        if any(i in reg for i in range(s, e)):
            d = abs(s - trigger)
            if d < best_d:
                best, best_d = k, d
    return best


def last_time_before(doc, s: int) -> bool:
    """Is the time at token s the last time before the act ("struck Kyiv for the first time
    since April 29")? It dates the previous one, not this act (read213: a strike dated April
    29 to June 26)."""
    k = s if doc[s].lower_ == "since" else s - 1
    return k >= 2 and doc[k].lower_ == "since" and doc[k - 1].lower_ == "time" and \
        doc[k - 2].lower_ in ("first", "second", "third")


# Prepositions of a time an act goes on into, or lasts until: not when it happens
_REACHED = {"into", "until", "till"}


def period_reached(doc, s: int, e: int) -> bool:
    """Is the time at tokens [s, e) one an act reaches into ("to liberate more territory into
    and through the winter", "until spring")? It bounds how long the act goes on, ahead of
    it, and never dates it (read223: a forecast dated the winter's first day)."""
    root = doc[s:e].root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in _REACHED or prep.dep_ == "conj" and prep.head.lower_ in _REACHED


def tree_distance(doc, a: int, b: int) -> int:
    pa = [doc[a]] + list(doc[a].ancestors)
    pb = [doc[b]] + list(doc[b].ancestors)
    ia = {t.i: n for n, t in enumerate(pa)}
    for n, t in enumerate(pb):
        if t.i in ia:
            return n + ia[t.i]
    return 10**6
