"""Type corrections of the thirtieth session's events pass, from the analyst reads read227,
read228 and read230 (wrong event types). Called by detect.detect after refine:

- ``facility_mine``: "mine" named as a pit ("the X coal mine", "a mine shaft") is a place,
  no landmine cue (read228 class 4: "withdrew from the X coal mine" typed a man-made
  disaster);
- ``retype``: the type of a refined candidate, or None where it tells no event of its own:
  - a munition "that exploded in the air" is the firing's end, no blast of its own (read228
    class 4: a man-made disaster beside the missile strike);
  - "fired signal flares" is no attack (read230 class 4: a strike on a city);
  - "neutralized a reconnaissance-in-force attempt" stops a ground undertaking: an armed
    clash; disrupted weapons use needs a munition, drone or explosive stopped (read228
    class 4);
  - "destroyed the command post during a strike on X": the strike's harm, a remote strike,
    no armed clash (read228 class 4);
  - "warfare" is fighting only where named so ("trench and artillery warfare"), never
    "information warfare" (read227 class 6: a new cue);
  - "transport" moves forces only with forces or kit as its object ("transporting reserve
    units to X Oblast"), not "transporting educators" (read227 class 6: a new cue).
"""

from __future__ import annotations

# words that make a "mine" a pit, not a landmine
_PIT_WORDS = {"coal", "salt", "gold", "iron", "copper", "shaft", "colliery", "quarry",
              "miner", "miners", "mining", "uranium", "ore"}
# munitions whose bursting is the firing's own end
_FIRED = {"missile", "rocket", "shell", "projectile", "munition", "drone", "uav", "bomb",
          "warhead"}
_BLASTS = {"explode", "detonate", "burst", "blow"}
# what a stop of a ground undertaking names
_GROUND_TRIES = {"attempt", "attack", "assault", "offensive", "advance", "raid", "push",
                 "reconnaissance", "group", "grouping", "detachment", "unit", "force",
                 "forces", "sortie", "counterattack", "breakthrough", "incursion"}
_STOPS = {"neutralize", "neutralise"}  # ("foiled a ground operation": detect.refine)
# words that make the stopped thing a weapon's use ("a missile attack", "a suicide attack")
_ARMED_WORDS = {"missile", "rocket", "drone", "uav", "bomb", "suicide", "air", "aerial",
                "artillery", "mortar", "explosive", "kamikaze", "terrorist"}
_STRIKE_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "bombardment", "shelling"}
_HARM_VERBS = {"destroy", "damage", "hit", "disable", "eliminate"}
_FIGHTING_KINDS = {"trench", "artillery", "positional", "urban", "street", "guerrilla",
                   "guerilla", "partisan", "tank", "infantry", "close"}


def facility_mine(doc, root: int, phrase: str) -> bool:
    """Is the cue ``phrase`` at token ``root`` the noun "mine" named as a pit by a modifier
    ("the X coal mine", "a mine shaft", "salt mine")? Such a mine is a place (read228)."""
    if not phrase.startswith("mine"):
        return False
    tok = doc[root]
    if tok.lower_ not in ("mine", "mines"):
        return False
    near = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if tok.dep_ == "compound":
        near.add(tok.head.lower_)
    return bool(near & _PIT_WORDS)


def _fired_antecedent(trig) -> bool:
    """Is ``trig`` a blast verb in a relative clause on a fired munition ("a missile ... that
    exploded in the air"), the parser's antecedent being the munition or a place hung on it
    ("launched a missile at X Oblast that exploded")?"""
    if trig.dep_ != "relcl" or trig.lemma_.lower() not in _BLASTS:
        return False
    t = trig.head
    for _ in range(4):
        if t.lemma_.lower() in _FIRED or t.lower_ in _FIRED:
            return True
        if t.pos_ in ("VERB", "AUX"):
            # the antecedent a place after the munition: "launched a missile at X that"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in _FIRED for c in t.children)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _flares(trig) -> bool:
    """Is ``trig`` "fire"/"launch" whose object is flares ("fired signal flares")?"""
    if trig.lemma_.lower() not in ("fire", "launch", "shoot"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("flare", "flares")
               for c in trig.children)


def _stops_ground_try(trig) -> bool:
    """Is ``trig`` a stopping verb ("neutralized") whose object is a ground undertaking or
    the party making it ("a reconnaissance-in-force attempt", "a sabotage group")?"""
    if trig.lemma_.lower() not in _STOPS:
        return False
    obj = next((c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children
                                    if c.dep_ in ("compound", "nmod", "amod")}
    return bool(words & _GROUND_TRIES) and not words & _ARMED_WORDS


def _harm_in_strike(trig) -> bool:
    """Is ``trig`` a harm verb ("destroyed") told as done during or in a strike ("destroyed
    the command post during a strike on X")?"""
    if trig.lemma_.lower() not in _HARM_VERBS:
        return False
    for prep in trig.children:
        if prep.dep_ == "prep" and prep.lower_ in ("during", "in", "with", "by"):
            if any(o.dep_ == "pobj" and o.lower_ in _STRIKE_NOUNS for o in prep.children):
                return True
    return False


def _warfare_unnamed(trig) -> bool:
    """Is ``trig`` "warfare" with no word naming fighting ("information warfare", "hybrid
    warfare")? "trench and artillery warfare" (also parsed as a conjunct of "trench") is
    fighting."""
    if trig.lemma_.lower() != "warfare":
        return False
    near = {c.lower_ for c in trig.children if c.dep_ in ("amod", "compound", "nmod")}
    if trig.dep_ == "conj":
        near.add(trig.head.lower_)
    near |= {c.lower_ for c in trig.children if c.dep_ == "conj"}
    return not near & _FIGHTING_KINDS


def _carries_no_forces(trig) -> bool:
    """Is ``trig`` "transport" moving no forces or their kit ("transporting educators from
    X", not "transporting reserve units with tanks to Y")?"""
    from .detect import _moves_forces  # (detect calls this module: imported when read)

    return trig.lemma_.lower() == "transport" and not _moves_forces(trig)


def retype(doc, cand, sub: str) -> str | None:
    """The type of ``cand`` (refined to ``sub``) once read for the cases of this module, or
    None where it tells no event of its own."""
    trig = doc[cand.trigger]
    if _fired_antecedent(trig) or _flares(trig) or _warfare_unnamed(trig) or \
            _carries_no_forces(trig):
        return None
    if trig.lemma_.lower() == "warfare":
        return "Armed clash"  # "trench and artillery warfare": fighting, not only fire
    if sub == "Disrupted weapons use" and _stops_ground_try(trig):
        return "Armed clash"
    if sub in ("Looting/property destruction", "Armed clash", "Attack") and \
            _harm_in_strike(trig):
        return "Shelling/artillery/missile attack"
    return sub
