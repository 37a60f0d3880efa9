"""The named target of a strike that has no settlement: a vessel called by its own name.

A strike on a ship at sea ("Ukrainian forces claimed to strike the Moskva"), or in a port no
town of which the events stage resolved, has no place to fuse by; yet the ship's name is as
good an index key as a town's: later reports name it back ("the sinking of the Moskva") and
the other side denies it ("denied any damage to the cruiser Moskva"). ``named_target`` reads
that name from the report's text around an event's evidence.

Read with regular expressions, not the parse: the constructions are few and fixed (a vessel
noun before a capitalised name, a strike verb or noun before "the" and a name), and the
parser tags an unfamiliar transliterated name ("Vasily Bekh", "Saratov") as a place, a person
or nothing from one sentence to the next. A name counts only where it is

- written after a vessel noun ("the cruiser X", "the landing ship X", "the tug X"), or
- the definite object or possessor of a word of sinking ("sank the X", "the sinking of the
  X", "the X sank"): only a vessel sinks, or
- the definite object of a strike word or noun ("strike the X", "the loss of the X", "the X
  suffered damage") when the report calls X a vessel or sunk somewhere (a town's name after
  "struck the" is no target);

and never a place the extraction resolved, an actor, a demonym or a unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..events.lexicon_actors import COUNTRIES
from ..records import Place, Span

# Vessel nouns (longest first, so "landing ship" wins over "ship").
_VESSEL = (r"(?:guided[- ]missile\s+)?(?:cruiser|frigate|corvette|destroyer|(?:large\s+)?landing\s+ship|"
           r"tug(?:boat)?|patrol\s+(?:ship|boat|vessel)|submarine|warship|flagship|minesweeper|"
           r"tanker|rescue\s+ship|reconnaissance\s+ship|missile\s+(?:ship|boat)|ship|vessel|boat|"
           r"ferry)")
# A proper name of one to three capitalised words ("Moskva", "Vasily Bekh", "Admiral
# Makarov"), in quotes or not.
_NAME = r"[\"“‘']?(?P<name>[A-Z][\w’'.-]*[\w](?:\s+[A-Z][\w’'.-]*[\w]){0,2})[\"”’']?"
# What may follow a name that is the head of its phrase (not "the X plant", "the X Bridge").
_HEAD_END = r"(?=\s*(?:$|[,.;:)\]\[—–]|(?:with|in|on|at|and|or|which|when|while|near|off|"\
            r"from|by|during|after|before|that|as|to|for|of|was|is|had|has|sank|sunk|"\
            r"suffered|exploded|caught|remains?|would|could|may|likely|but)\b))"
_AFTER_VESSEL = re.compile(rf"\b{_VESSEL}\s+{_NAME}{_HEAD_END}")
# the name before the noun: "the Orsk large landing ship", "the Fleet's “Vasily Bekh” tugboat"
_BEFORE_VESSEL = re.compile(rf"\bthe\s+{_NAME}\s+{_VESSEL}\b|"
                            rf"[\"“](?P<quoted>[A-Z][\w’'.-]*[\w](?:\s+[A-Z][\w’'.-]*[\w]){{0,2}})[\"”]"
                            rf"\s+{_VESSEL}\b")
_SINK_VERB = r"(?:sank|sunk|sink|sinks|sinking)"
_STRIKE_VERB = r"(?:strik\w*|struck|hit|hits|hitting|damag\w*|destroy\w*|attack\w*|target\w*)"
_SINK_OBJECT = re.compile(rf"\b{_SINK_VERB}\s+the\s+{_NAME}{_HEAD_END}")
_SINK_NOUN = re.compile(rf"\bsinking\s+of\s+the\s+{_NAME}{_HEAD_END}")
_SINK_SUBJECT = re.compile(rf"\bthe\s+{_NAME}\s+(?:sank|(?:was|had been|has been)\s+sunk)\b")
_STRIKE_OBJECT = re.compile(rf"\b{_STRIKE_VERB}\s+the\s+{_NAME}{_HEAD_END}")
_STRIKE_NOUN = re.compile(rf"\b(?:(?:strikes?|attacks?|damage)\s+(?:on|against|to)|"
                          rf"(?:loss|destruction)\s+of)\s+the\s+{_NAME}{_HEAD_END}")
_STRIKE_SUBJECT = re.compile(
    rf"\bthe\s+{_NAME}\s+(?:(?:was|were|had been|has been)\s+(?:struck|hit|damaged|destroyed)|"
    rf"suffered|exploded|caught fire)\b")

# Words that make a name an actor, a unit, a place or a time, never a target's name.
_NOT_A_NAME = re.compile(
    r"\b(?:Russia\w*|Ukrain\w*|Kremlin|Ministry|MoD|Defense|Defence|General|Staff|Armed|"
    r"Forces?|Fleet|Navy|Naval|Army|Brigade|Regiment|Division|Battalion|Corps|Group|Guard\w*|"
    r"Black|Azov|Sea|Oblast|Raion|River|Strait|Bay|Island|Bridge|Port|Harbou?r|Base|Airport|"
    r"Airfield|Plant|Station|Oblast|Crimea\w*|Donbas|ISW|NATO|Western|Soviet|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|It|Its|"
    r"\w+-(?:class|type))\b")
_DEMONYMS = frozenset(d.lower() for _n, _names, dems, _s in COUNTRIES.values() for d in dems)


@dataclass(frozen=True, slots=True)
class Target:
    """A named target: ``key`` to index by, ``name`` as the report writes it."""

    key: str
    name: str
    # written as a thing named back ("the sinking of the X", "the loss of the X", "strikes on
    # the X") rather than with a verb ("sank the X", "the cruiser X was struck")
    named_back: bool = False


def target_key(name: str) -> str:
    """"Vasily Bekh", "vasily-bekh", "Vasily  Bekh" -> "vasily bekh"."""
    return " ".join(re.sub(r"[^\w]+", " ", name.lower().replace("’", "'").replace("'", "")).split())


def _a_name(name: str, places: tuple[Place, ...]) -> bool:
    """Is ``name`` a target's proper name: not a place the extraction resolved, an actor, a
    demonym, a unit or a time?"""
    if _NOT_A_NAME.search(name) or name.lower() in _DEMONYMS:
        return False
    key = target_key(name)
    return not any(key in (target_key(p.text), target_key(p.name or "")) for p in places)


def _name(m: re.Match) -> str:
    return m.group("name") or m.groupdict().get("quoted") or ""


def vessels_named(text: str, places: tuple[Place, ...] = ()) -> frozenset[str]:
    """Keys of the names the report calls a vessel ("the cruiser X") or says sank."""
    out = set()
    for rx in (_AFTER_VESSEL, _BEFORE_VESSEL, _SINK_OBJECT, _SINK_NOUN, _SINK_SUBJECT):
        for m in rx.finditer(text):
            if _a_name(_name(m), places):
                out.add(target_key(_name(m)))
    return frozenset(out)


# "damaged or sank one other landing ship", "sinking a patrol boat": the event acts on an
# unnamed vessel of its own
_UNNAMED_VESSEL = re.compile(rf"\b(?:a|an|one|another|other|two|three|several|\d+)\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?{_VESSEL}s?\b", re.I)
# "the cruiser X fired on the island", "the frigate X, which shelled the coast": a vessel
# named just before an evidence that opens with an attacking verb is the doer
_BETWEEN_DOER = re.compile(r"^\s*(?:,\s*which\s+|,?\s*(?:also|has|had|reportedly)?\s*)$", re.I)
_ACTIVE_ATTACK = re.compile(r"^(?:shell\w*|fire[sd]?|firing|struck|strikes|launch\w*|attack\w*|"
                            r"bombard\w*|shot|target\w*|conduct\w*)\b", re.I)
# How far (characters) a name may stand from the event's evidence in its sentence.
_REACH = 60


def named_target(text: str, lo: int, hi: int, evidence: Span, places: tuple[Place, ...],
                 vessels: frozenset[str]) -> Target | None:
    """The named target of the event whose ``evidence`` lies in ``text[lo:hi]`` (its
    sentence): the nearest name within ``_REACH`` characters of the evidence, written after a
    vessel noun or as the object or subject of sinking, or as the object of a strike when it
    is one of the report's ``vessels`` (``vessels_named``); else None."""
    sentence = text[lo:hi]
    # where in the evidence an unnamed vessel is told ("... the X large landing ship and
    # damaged or sank one other landing ship"): only a name told inside the evidence before
    # it is the event's
    unnamed = _UNNAMED_VESSEL.search(evidence.text)
    unnamed_at = evidence.start + unnamed.start() if unnamed else None
    found = []
    for rx, needs_vessel in ((_AFTER_VESSEL, False), (_BEFORE_VESSEL, False),
                             (_SINK_OBJECT, False), (_SINK_NOUN, False),
                             (_SINK_SUBJECT, False), (_STRIKE_OBJECT, True),
                             (_STRIKE_NOUN, True), (_STRIKE_SUBJECT, True)):
        for m in rx.finditer(sentence):
            name = _name(m)
            if not _a_name(name, places) or (needs_vessel and target_key(name) not in vessels):
                continue
            a, b = lo + m.start(), lo + m.end()
            if unnamed_at is not None and not (evidence.start <= a and b <= unnamed_at):
                continue
            if b <= evidence.start and _BETWEEN_DOER.match(text[b:evidence.start]) \
                    and _ACTIVE_ATTACK.match(evidence.text):
                continue  # the named vessel is the doer
            gap = max(0, a - evidence.end, evidence.start - b)
            if gap <= _REACH:
                found.append((gap, a, name, rx in (_SINK_NOUN, _STRIKE_NOUN)))
    if not found:
        return None
    _, _, name, nominal = min(found)
    return Target(target_key(name), name, nominal)
