"""The plain records fusion works on: event mentions in, incidents out.

A ``Mention`` is one stored event flattened with everything fusion needs (its place, its
time interval, the claims that attribute it, the report's outlet and date), so that the
fusion and grading functions are pure and testable without spaCy or a database.
``mentions_from_extraction`` builds them from a pipeline ``Extraction``; the store builds
the same records from its tables (store/incidents.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

from ..claims.canonical import Canon, canonical_source
from ..claims.cues import SIEGE
from ..claims.sources import joint_parts
from ..claims.registry import classify, lookup, side_of
from ..events.lexicon_events import STRIKE_NOUNS
from ..geo.names import COMPASS
from ..records import NEAR_SETTLEMENT, SETTLEMENT, Claim, Extraction, Place, Span, TimeValue
from .target import named_target, vessels_named

# How a source stands towards an incident. "hedges" = asserted as possible only;
# "retracts" = a source that asserted it earlier withdrew the report.
STANCES = ("asserts", "denies", "hedges", "retracts")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who says it, as the claims stage typed the source (or the outlet when unattributed)."""

    canonical: str
    kind: str
    side: str | None


@dataclass(frozen=True, slots=True)
class Attribution:
    """One claim that carries a mention: a source, its stance towards the event, and the quote."""

    claim_id: str | None  # None: the outlet states the event itself (no attributing claim)
    source: SourceRef
    stance: str  # asserts | denies | hedges | retracts
    certainty: str
    quote: Span
    relays: str | None = None  # canonical name of the source this one repeats, if any
    # the evidence the source cites ("Geolocated footage", "Satellite imagery"): what it
    # rests on, not a source of its own
    cites: str | None = None
    # casualty figures this source gives for the event (its own toll or its claim)
    fatalities: tuple[int, int, int] | None = None
    # the writer's own assessment of a claim it reports ("cannot independently verify",
    # "remains under Ukrainian control despite"): its voice, never resting on that claim
    assessment: bool = False
    # "the Russian MoD falsely accused Ukrainian forces of bombing the theater": the source
    # lays the event on the other party (grade: where the incident's doer is the source's
    # own side, that is a denial of it)
    shifts_blame: bool = False
    # the claim states no event of its own and only names this one back ("the remaining lane
    # of the road bridge opened", "the Kremlin denied this claim"): the source speaks of the
    # incident, but the report's own telling does not rest on its word
    names_back: bool = False
    # the writer passes the act on as heard ("Russian forces reportedly attacked X"): it does
    # not vouch for it, nor does it doubt it (grade: a single uncorroborated report)
    hearsay: bool = False
    # "Russian and Ukrainian sources accused each other of shelling X": the sides agree it
    # happened and each lays it on the other (who did it is disputed)
    mutual: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """One event of one report, ready to fuse."""

    event_id: str
    report_id: str
    published: str | None  # ISO date of the report
    outlet: str | None  # the report's publisher (Report.source)
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    polarity: str  # positive | negative
    modality: str
    place: Place | None
    time: TimeValue | None
    evidence: Span
    attributions: tuple[Attribution, ...] = ()
    # the few words of the report just before the evidence ("... aimed at " before "taking
    # Kyiv"): what the evidence clause hangs on
    before: str = ""
    # the place was taken for "the city" (or "its") in the evidence from before another place
    # named between the two (``_doubtful_antecedent``): which place is meant is a guess
    place_doubted: bool = False
    # a placeless mention's named target (``target.named_target``: "the cruiser Moskva",
    # "the sinking of the Moskva"): its key ("moskva") and its name as written ("Moskva");
    # None for a mention with a place (its place indexes it) or with no named target
    target: str | None = None
    target_name: str | None = None
    # the target's loss written as a thing ("the sinking of the X"), not with a verb
    target_named_back: bool = False
    # the evidence's sentence up to it (at most 240 characters): the longer reach some readings
    # need ("..., including establishing a crossing across the Krasna River and " before
    # "capturing the towns of ...")
    sentence_before: str = ""
    # the evidence's sentence after it (at most 120 characters): how the act told ended ("...
    # but were unsuccessful")
    sentence_after: str = ""

    @property
    def negative(self) -> bool:
        """Stated as not having happened (negated or denied); a merely possible event is
        negative in polarity too but is a hedge, not a denial."""
        return self.polarity == "negative" and self.modality in ("negated", "denied")

    @property
    def doer_speculated(self) -> bool:
        """Every source tells the event only as possible ("milbloggers speculated that
        Ukrainian saboteurs used a boat to detonate the bridge"): who did it is a guess,
        which neither sets the incident's actors nor keeps the mention from it (read18,
        the Kerch bridge: the guess split off a later account that blamed the other side)."""
        telling = [a for a in self.attributions if not a.names_back]  # (not one naming it back)
        return bool(telling) and all(a.stance == "hedges" for a in telling)

    @property
    def doer_disputed(self) -> bool:
        """A source lays the event on the other party ("accused Ukrainian forces of bombing
        the theater"): the mention's doer is what is disputed, not the incident's actor."""
        return any(a.shifts_blame for a in self.attributions)


@dataclass(frozen=True, slots=True)
class Interval:
    """An inclusive date interval; ``inferred`` marks the publication-date fallback."""

    first: date
    last: date
    inferred: bool = False

    def overlaps(self, other: "Interval", slack_days: int = 0) -> bool:
        pad = timedelta(days=slack_days)
        return self.first <= other.last + pad and other.first <= self.last + pad

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass
class IncidentState:
    """An incident as fusion keeps it: an anchor profile to match against, plus its members.

    The anchor is the most precise place and the narrowest time among the positive members;
    new mentions are compared with it. ``members`` maps event id -> (role, features) where
    role is "asserts" or "denies" and features say why the event joined.
    """

    id: str
    event_type: str
    sub_event_type: str
    family: str
    place: Place | None
    interval: Interval | None
    actors: frozenset[str] = frozenset()
    members: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    mentions: dict[str, Mention] = field(default_factory=dict)
    cells: tuple[str, ...] = ()  # index keys of the anchor place (see compat.cells)
    # The union of all members' intervals: what the candidate index searches by time.
    span: Interval | None = None
    # event id -> the interval that member stands for (lets the store match without
    # loading every member's full mention)
    intervals: dict[str, Interval | None] = field(default_factory=dict)
    # the outlet whose report gave the anchor time (a daily series' undated statements
    # speak of their own day: see fusion._score)
    anchor_outlet: str | None = None
    # a placeless incident's named target (``Mention.target``): its key and written name;
    # the store keeps it in its members' features ("target")
    target: str | None = None
    target_name: str | None = None


def outlet_ref(outlet: str | None) -> SourceRef | None:
    """The report's publisher as a source: its registry name, kind and side ("ISW" is the
    Institute for the Study of War, a monitor), else a news outlet of no side."""
    if not outlet:
        return None
    e = lookup(outlet)
    if e is not None:
        return SourceRef(e.canonical, e.kind, e.side)
    return SourceRef(outlet, "news_outlet", None)


def _sources_for_unattributed(ext: Extraction) -> SourceRef:
    """The outlet itself states an event no claim attributes; it is then the source."""
    ref = outlet_ref(ext.report.source)
    if ref is not None:
        return ref
    return SourceRef(canonical=ext.report.url or f"report:{ext.report.id}", kind="news_outlet",
                     side=None)


# "Russian attempts to deny", "the Kremlin's denial of", "Ukrainian efforts to refute": a
# denial the writer tells of, by the party it names, just before the denied event
_NOMINAL_DENIAL = re.compile(r"\b(Russian|Ukrainian|Kremlin(?:'s|’s)?|Russia(?:'s|’s)|"
                             r"Ukraine(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:attempts?|efforts?|"
                             r"denials?|refusals?)\s+(?:to\s+(?:deny|refute|reject|dismiss)|of)"
                             r"\s*$", re.I)


# The writer's word that the claims of an act it names are made up ("falsifying claims of
# advances near X", "fabricated reports of a strike on Y")
_FALSIFIED = re.compile(r"\b(?:falsif(?:y|ies|ied|ying)|fabricat(?:e|es|ed|ing)|invent(?:s|ed|ing)|"
                        r"false|fake|bogus)\s+(?:\w+\s+)?(?:claims?|reports?|allegations?)\s+"
                        r"(?:of|about)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.I)


# The writer's word that a source's claim is false, on its cue: "falsely claimed that X",
# "incorrectly stated that Y", "wrongly reported"
_FALSE_BEFORE_CUE = re.compile(r"\b(?:falsely|wrongly|incorrectly|erroneously|baselessly|"
                               r"mistakenly|fraudulently)\s+(?:\w+\s+)?$", re.I)


def called_false_before(text: str, claim: Claim) -> bool:
    """Does the writer call the claim false on its cue ("X falsely claimed that ...")?"""
    return claim.stance == "asserts" and claim.cue.start > 0 and \
        bool(_FALSE_BEFORE_CUE.search(text[max(0, claim.cue.start - 30):claim.cue.start]))


# The writer's clause stands against the claim told after it: "X despite Ukrainian denials",
# "X, contrary to the ministry's denials", "X in spite of denials by Y"
_STANDS_AGAINST = re.compile(r"^\W*(?:despite|notwithstanding|contrary\s+to|in\s+spite\s+of)\b",
                             re.I)


def stood_against(text: str, claim: Claim) -> bool:
    """Is ``claim`` a denial that the writer's own clause (its content) stands against? Then
    the clause is the writer's to assert as well as the source's to deny (read78: "likely
    captured the port despite General Staff denials" kept only the denial)."""
    return claim.stance == "denies" and claim.content.end <= claim.cue.start and \
        bool(_STANDS_AGAINST.match(text[claim.content.end:claim.cue.start]))


# (and what only seems so: "has apparently begun using naval infantry", read108: asserted)
_HEARSAY = re.compile(r"\b(reportedly|allegedly|purportedly|supposedly|rumou?red|apparently|"
                      r"seemingly|ostensibly)\b", re.I)
# the hearsay of a report passed on, which casts no doubt of its own ("allegedly",
# "supposedly" and "apparently" do)
_REPORTED = re.compile(r"\breportedly\b", re.I)
# what ends the reach of a hearsay adverb before an event: another clause or subject
# (", and" before a name opens a clause only when a verb or a party follows the name: ", and
# Ukrainian forces shelled"; not the list's last item, "shell A, B, and C and launched ...",
# read202: the hedge lost on the second act)
_NEW_CLAUSE = re.compile(r"[;:]|\b(?:but|while|whereas|however|though|although)\b|"
                         r",\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+"
                         r"(?:forces|troops|officials|sources|authorities|military|army|"
                         r"government|[a-z]+ed|[a-z]+s)\b")


# The writer's own judgement that an act probably happened
_PROBABLE = re.compile(r"\b(?:likely|probably|almost certainly|most likely)\b", re.I)


def _writer_adverb(adverb: re.Pattern, evidence: str, before: str) -> bool:
    """Does the writer's adverb (hearsay: "reportedly"; judgement: "likely") stand in the act's
    evidence or earlier in its clause, reaching the coordinated act ("Russian forces reportedly
    made advances north of Slovyansk and took control of Yarova", read14: the captures stood
    as ISW's assertions; "Ukrainian forces likely struck A and shelled B")?"""
    evidence, before = _MEANS_ASIDE.sub(",", evidence), _MEANS_ASIDE.sub(",", before)
    if adverb.search(evidence):
        return True
    hits = list(adverb.finditer(before))
    # (the new clause may open with the act's own subject: "reportedly shelled X, and
    # Ukrainian forces struck Y", the evidence starting at "Ukrainian forces")
    return bool(hits) and _NEW_CLAUSE.search(before + evidence[:60], hits[-1].end()) is None


# An adverb set off on the means alone (", reportedly with HIMARS,"): it doubts the weapon,
# not the act (read164: a strike footage showed graded doubtful)
_MEANS_ASIDE = re.compile(r",\s*(?:reportedly|allegedly|purportedly|supposedly|apparently|likely|"
                          r"probably|possibly)\s+(?:with|using|via|by)\b[^,;]*", re.I)


# The writer's own contrary statement in the sentence of a relayed capture claim.
_CONTRARY = re.compile(r"\b(?:remains?|remained|is still|are still|stays?|stayed) (?:firmly )?"
                       r"(?:under|in) (?:\w+ )?control\b|\bremains? contested\b|"
                       r"\b(?:falsely|false(?:ly)? claim\w*|fabricated)\b|"
                       # "continued bombardment of X belies Moscow's claims that its forces
                       # have secured the city" (read205: ISW stood as relaying the capture)
                       r"\bbel(?:ies|ied|ie|ying)\b", re.I)


# where a sentence ends: its full stop with any closing quote and citation markers ("...
# Rubizhne.[9] The Ukrainian ..."), or a line break
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\[\d+\])*\s+|\n")


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence end of ``text`` starts and where it stops, found once per report
    (every claim and event of the report asks for its sentence)."""
    found = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding text[start:end] (one that starts over 3,000
    characters back is taken from the text's start)."""
    starts, stops = _sentence_ends(text)
    k = bisect_right(stops, start) - 1  # the last end that stops at or before ``start``
    lo = stops[k] if k >= 0 and starts[k] >= start - 3000 else 0
    k = bisect_left(starts, end)  # the first end at or after ``end``
    hi = starts[k] if k < len(starts) else len(text)
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def _writer_contradicts(text: str, evidence: Span, places=(), own=None,
                        claims=()) -> Span | None:
    """The sentence around ``evidence`` when it holds the writer's own contrary statement
    ("... remains under Ukrainian control despite Russian claims ..."), else None.

    Not a statement inside a claim it reports, nor one about another place: in "X claimed
    that its forces took A and that B remains under Ukrainian control" the writer denies
    nothing (read48: ISW stood as denying the capture of A). ``places``: the report's places;
    ``own``: the event's place; ``claims``: the report's claims."""
    lo, hi = _sentence(text, evidence.start, evidence.end)
    sentence = text[lo:hi]
    for mt in _CONTRARY.finditer(sentence):
        at = lo + mt.start()
        if any(c.content.start <= at < c.content.end for c in claims):
            continue  # a source's words, not the writer's
        before = [p for p in places if lo <= p.start < at and p.lat is not None]
        if own is not None and before and before[-1].name != own.name and \
                before[-1].start > evidence.end:
            continue  # "... took A, and B remains under Ukrainian control": about B
        return Span(sentence, lo, hi)
    return None


# "ISW cannot independently verify Russian claims about X": the writer leaves open what the
# claim's source asserts (the event reads "possible" because of the writer's words, not the
# source's).
_FALSELY = r"\(\s*(?:likely|probably|almost certainly)\s+falsely\s*\)"
_DOUBT = re.compile(r"\b(?:cannot|can ?not|could not|couldn['’]t|can['’]t|(?:is|are|was|were) "
                    r"(?:unable|not able) to|did not|does not|do not|has not|have not|"
                    # "ISW has not been able to independently verify these claims" (read124)
                    r"(?:has|have|had) (?:not been able|been unable) to)\s+"
                    # ("cannot currently verify", "cannot yet fully confirm": read150)
                    r"(?:(?:yet|currently|fully|immediately|still|independently|now)\s+){0,2}"
                    r"(?:verify|confirm|corroborate)\b|"
                    # the passive: "while this claim cannot be confirmed" (read16)
                    r"\b(?:cannot|can ?not|could not|couldn['’]t|can['’]t)\s+(?:yet\s+)?be\s+"
                    r"(?:independently\s+)?(?:verified|confirmed|corroborated)\b|"
                    # the writer's own "but there is no evidence that ...", "though it is
                    # unlikely that ..." after a claim (read18: ISW stood as asserting)
                    r"\b(?:but|though|although|however),?\s+(?:there\s+(?:is|was)\s+no\s+"
                    r"(?:\w+\s+)?evidence|it\s+is\s+(?:highly\s+|very\s+)?unlikely)\b|"
                    # "but ISW has not observed independent confirmation of the strike" (read20)
                    # the writer's "ISW has no independent confirmation of ..." (read135)
                    r"\b(?:ISW|we)\s+(?:has|have|had)\s+(?:yet\s+)?(?:seen\s+)?no\s+"
                    r"(?:independent\s+|visual\s+)?(?:confirmation|verification|evidence)\b|"
                    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:observed|seen|found)\s+(?:any\s+)?"
                    r"(?:independent\s+|visual\s+|photographic\s+)?(?:confirmation|evidence|"
                    r"verification)\b|"
                    # "claimed (likely falsely) that ...", "it is unclear whether ..." (read34)
                    + _FALSELY + r"|"
                    r"\bit\s+is\s+(?:still\s+|currently\s+)?unclear\s+(?:if|whether)\b|"
                    # "reported that ..., but did not provide visual evidence", "without
                    # providing evidence" (read29: the writer's doubt went unread)
                    r"\b(?:but|and)\s+(?:did|have|has|had)\s+not\s+(?:yet\s+)?(?:provided?|"
                    r"offered?|presented?|shown?)\s+(?:any\s+)?(?:visual\s+|photographic\s+)?"
                    r"(?:evidence|proof|confirmation)\b|\bwithout\s+(?:providing|offering|"
                    r"presenting)\s+(?:any\s+)?(?:visual\s+)?(?:evidence|proof)\b|"
                    # "but provided no evidence", "and offered no proof" (read74)
                    r"\b(?:but|and|while)\s+(?:(?:has|have|had)\s+)?(?:provided|offered|presented|"
                    r"shown|showed|gave)\s+no\s+(?:visual\s+|photographic\s+)?(?:evidence|proof|"
                    r"confirmation)\b", re.I)
# the source's own failing to back what it says, which the parse may leave inside what it
# says ("Russian sources claimed that X but provided no evidence": read74)
_NO_EVIDENCE = re.compile(r"\b(?:but|while)\s+(?:did\s+not\s+provide\s+(?:any\s+)?|"
                          r"(?:provided|offered|presented|showed|gave)\s+no\s+)(?:visual\s+|"
                          r"photographic\s+)?(?:evidence|proof|confirmation)\b", re.I)


# a contrast that may open the writer's verdict on a claim inside the claim's own sentence
_CONTRAST = re.compile(r"[,;(]\s*(?:though|although|but|however|and)\s+", re.I)


def _writer_doubts(text: str, claim: Claim, claims: list[Claim]) -> Span | None:
    """The writer's own "cannot verify" in ``claim``'s sentence, before its source or after its
    content ("Kadyrov claimed that ..., but ISW is unable to independently verify this
    claim"), if no other claim's cue is those words (then that claim's source doubts)."""
    lo, hi = _sentence(text, claim.source.start, claim.content.end)
    # (also between the cue and what it says: "claimed (likely falsely) that ...", read34)
    for a, b in ((lo, claim.source.start), (claim.cue.end, claim.content.start),
                 (claim.content.end, hi)):
        for m in _DOUBT.finditer(text, a, max(a, b)):
            if any(o.cue.start < m.end() and m.start() < o.cue.end for o in claims):
                continue
            return Span(m.group(0), m.start(), m.end())
    m = _NO_EVIDENCE.search(text, claim.content.start, claim.content.end)
    if m is not None:
        return Span(m.group(0), m.start(), m.end())
    for c in _CONTRAST.finditer(text, claim.content.start, hi):
        # "claimed that X, though this claim is likely false" (read109: the writer stood as
        # relaying a capture it called false in the same sentence)
        f = _CALLED_FALSE_AFTER.match(text, c.end()) or _UNPROVEN_AFTER.match(text, c.end())
        if f is not None and not any(o.cue.start < f.end() and c.start() < o.cue.end
                                     for o in claims):
            return Span(f.group(0), f.start(), f.end())
    m = _FALSE_PREDICATE.match(text, claim.content.end)
    if m is not None and claim.cue.end <= claim.content.start:
        # the claim noun's own predicate: "Russian claims to have captured X are likely false"
        return Span(m.group(0), m.start(), m.end())
    # the next sentence's "ISW cannot independently confirm this report" (read12, ISW
    # 2022-04-27: the writer was counted as asserting what it only relayed), when no other
    # claim stands between
    starts, stops = _sentence_ends(text)
    k = bisect_left(starts, hi)  # this sentence's end; the next sentence runs to the one after
    nlo = stops[k] if k < len(stops) else len(text)
    nhi = starts[k + 1] if k + 1 < len(starts) else len(text)
    if nlo < nhi and not any(hi <= o.cue.start < nlo for o in claims):
        m = _DOUBT.search(text, nlo, nhi)
        if m is not None and _THIS_CLAIM.match(text, m.end()) and not any(
                o.cue.start < m.end() and nlo <= o.cue.end for o in claims) \
                and len(text[nlo:m.start()].split()) <= 4:
            # only a doubt that opens the next sentence ("ISW cannot ...", "However, ISW
            # cannot ...") looks back; one after a claim of the next sentence's own ("Telegram
            # channels claimed ..., though ISW cannot independently confirm this claim") is
            # about that claim (read13, 2022-06-14: the General Staff's report before it was
            # hedged)
            return Span(m.group(0), m.start(), m.end())
        m = _CALLED_FALSE_AFTER.match(text, nlo) or _UNPROVEN_AFTER.match(text, nlo)
        if m is not None:
            return Span(m.group(0), m.start(), m.end())
    return _paragraph_doubt(text, claim, claims)


# the claims a paragraph's doubt is about, named: "their claims", "these claims", "such reports"
_PLURAL_CLAIMS = re.compile(r"\s+(?:(?:their|these|those|such|the)\s+(?:\w+\s+)?(?:claims|reports|"
                            r"assertions|statements)|(?:either|both|each|any|all)\s+(?:of\s+"
                            # ("unable to verify either claim": read116, ISW asserted both;
                            # "either of the Russian milbloggers' claims": read144)
                            r"(?:the|these|those|their)\s+)?(?:[\w'’]+\s+){0,2}(?:claims?|"
                            r"reports?|assertions?|statements?))\b")
# the writer's plural verdict on claims just told, as its sentence's subject: "These Russian
# claims remain unsubstantiated" (read144: only the last claim before it was hedged)
_CLAIMS_UNPROVEN = re.compile(
    r"\b(?:these|those|such|both|all|the)\s+(?:(?:\w+\s+){0,2})(?:claims|reports|assertions)\s+"
    r"(?:remain|are|were)\s+(?:still\s+|so\s+far\s+|currently\s+|likely\s+|largely\s+)?"
    r"(?:unsubstantiated|unverified|unverifiable|unconfirmed|unproven|uncorroborated|dubious|"
    r"questionable)\b",
    re.I)
# what a doubt names back by its being reported: "of the reported raid", "of this claimed strike"
_REPORTED_THING = re.compile(r"\s+(?:of|for|about)\s+(?:the|this|that|these|those)\s+"
                             r"(?:reported|claimed|alleged|purported)\b", re.I)
# the source named as the claim noun's modifier: "the Ukrainian General Staff report" (read150)
_SOURCE_NOUN_CLAIM = re.compile(r"\s+the\s+((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)\s+(?:claims?|"
                                r"reports?|reporting|statements?|assertions?)\b")
_POSSESSOR = re.compile(r"\s+((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:\w+\s+)?"
                        r"(?:claims?|reports?|reporting|statements?|assertions?)\b")


def _paragraph_doubt(text: str, claim: Claim, claims: list[Claim]) -> Span | None:
    """The writer's doubt elsewhere in the claim's paragraph that is about it: one that opens
    the paragraph and names claims in the plural ("ISW cannot independently verify their
    claims." before "Russian milbloggers claimed ..."), or one after it that names its source
    ("... told CNN that ... . ISW cannot independently verify CNN's report") (read18: ISW
    stood as asserting what it had called unverified)."""
    lo = text.rfind("\n", 0, claim.cue.start) + 1
    hi = text.find("\n", claim.cue.end)
    hi = len(text) if hi < 0 else hi
    for m in _DOUBT.finditer(text, lo, hi):
        if any(o.cue.start < m.end() and m.start() < o.cue.end for o in claims):
            continue  # another source's own "did not confirm"
        slo, _shi = _sentence(text, m.start(), m.end())
        opening = slo <= lo + 1 and m.end() < claim.source.start \
            and _PLURAL_CLAIMS.match(text, m.end()) is not None
        named = _POSSESSOR.match(text, m.end()) or _SOURCE_NOUN_CLAIM.match(text, m.end())
        if _REPORTED_THING.match(text, m.end()) and m.start() > claim.content.end and not any(
                claim.content.end <= o.cue.start < m.start() for o in claims):
            # "... . ISW has no independent confirmation of the reported raid": the act last
            # claimed before it (read135: the writer asserted a raid two sentences back)
            names_it = True
        elif named is not None and m.start() > claim.content.end:
            who = named.group(1).lower()
            src = claim.source.text.lower()
            names_it = who in src or who in text[claim.source.start:claim.content.end].lower()
        else:
            names_it = False
        if opening or names_it or _looks_back_over(text, claim, claims, m, slo):
            return Span(m.group(0), m.start(), m.end())
    for m in _CLAIMS_UNPROVEN.finditer(text, max(lo, claim.content.end), hi):
        slo, _shi = _sentence(text, m.start(), m.end())
        if _looks_back_over(text, claim, claims, m, slo, said_before=True):
            return Span(m.group(0), m.start(), m.end())
    return None


# the side a plural doubt names its claims by ("these Russian claims")
_CLAIMS_SIDE = re.compile(r"\s+(?:their|these|those|such|the)\s+(russian|ukrainian|pro-russian|"
                          r"pro-kremlin)\b", re.I)


def _looks_back_over(text: str, claim: Claim, claims: list[Claim], m, slo: int,
                     said_before: bool = False) -> bool:
    """Is the doubt ``m``, later in the claim's paragraph, one that opens its sentence and
    names claims in the plural ("ISW cannot independently verify these Russian claims."), with
    no other doubt of the writer's between the claim and it? It covers every claim told
    before it since the paragraph began, of the side it names if it names one (read111: three
    milbloggers' claims, only the last one hedged), and, naming none, back to the last claim
    of another party."""
    if m.start() <= claim.content.end or not said_before and \
            _PLURAL_CLAIMS.match(text, m.end()) is None:
        return False
    if len(text[slo:m.start()].split()) > 4 or any(slo <= o.cue.start < m.end() for o in claims):
        return False  # (a doubt after a claim of its own sentence is about that claim)
    if any(not any(o.cue.start < d.end() and d.start() < o.cue.end for o in claims)
           for d in _DOUBT.finditer(text, claim.content.end, m.start())):
        return False  # an earlier doubt stands between: that one is about this claim
    side = _CLAIMS_SIDE.match(text, m.start() - 1) if said_before else \
        _CLAIMS_SIDE.match(text, m.end())
    if side is not None and claim.source.side is not None:
        return claim.source.side == ("UA" if side.group(1).lower() == "ukrainian" else "RU")
    if claim.source.side is not None and any(
            o.source.side not in (None, claim.source.side)
            for o in claims if claim.content.end <= o.cue.start < m.start()):
        # (another party's claims told between: "these claims" are that run's, the ones
        # just told; read124: a milblogger's doubted claims hedged the General Staff's)
        return False
    return True


# what a doubt in the next sentence is about: the claim just told ("this report", "these
# claims", "it")
# (also the speaker's own: "ISW cannot independently confirm Pushilin's claims", read16; and
# after "of": "has not seen any visual evidence of this claim", read34)
_THIS_CLAIM = re.compile(r"\s+(?:(?:of|for|about)\s+)?(?:the\s+(?:validity|veracity|accuracy|"
                         r"truth|authenticity)\s+of\s+(?=(?:the\s+)?(?:claimed|reported|"
                         r"alleged)\b))?(?:the\s+)?(?:claimed|reported|alleged)\b|"
                         r"\s+(?:(?:of|for|about)\s+)?(?:the\s+(?:validity|veracity|accuracy|"
                         r"truth|authenticity)\s+of\s+)?(?:(?:either|both|any|all|each|one|"
                         r"neither|most|some|many)\s+of\s+)?(?:(?:this|these|that|those|such|the)\s+"
                         r"(?:\w+\s+)?(?:claims?|reports?|statements?|assertions?|reporting)|it|"
                         r"(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+(?:['’]s?)?\s+(?:\w+\s+)?(?:claims?|"
                         r"reports?|statements?|assertions?)|"
                         # "ISW cannot independently confirm whether ...": the claim just told
                         # (read143: the writer asserted it)
                         r"whether|"
                         # "ISW cannot independently confirm claims of Ukrainian counterattacks
                         # in X": the claim just told, named by what it says (read223)
                         r"(?:(?:Russian|Ukrainian|these|such)\s+)?(?:claims|reports)\s+"
                         r"(?:of|that|about))\b")


# What the writer calls a claim it holds false ("these claims are likely incorrect": read112,
# the writer stood as asserting the capture)
_FALSE_WORDS = ("false|untrue|fabricated|baseless|unfounded|groundless|premature|inaccurate|"
                "incorrect|erroneous|exaggerated|disinformation")


# The writer's next sentence calling the claim just told false: "These claims are likely
# false" (read51: ISW stood as asserting the interceptions it called false)
_CALLED_FALSE_AFTER = re.compile(
    r"(?:(?:however|but),?\s+)?(?:these|this|that|those|such|the)\s+(?:\w+\s+){0,2}"
    r"(?:claims?|reports?|statements?|assertions?)\s+(?:is|are|was|were)\s+(?:(?:very\s+|"
    r"highly\s+)?(?:likely|probably|almost\s+certainly)\s+)?(?:" + _FALSE_WORDS + r")\b",
    re.I)


# a claim noun called false by its own predicate, right after what it says: "Russian claims
# that X (to have done X) are likely false" (read93: the writer stood as asserting X)
_FALSE_PREDICATE = re.compile(
    r"\s*(?:is|are|was|were|remains?)\s+(?:(?:very|highly|most)\s+)?(?:(?:likely|probably|"
    r"almost\s+certainly)\s+)?(?:" + _FALSE_WORDS + r")\b", re.I)


# "claimed (likely falsely) that X": one of the writer's doubts, and a call that the claim
# is false (read97: it stood as a hedge)
_FALSELY_ASIDE = re.compile(_FALSELY, re.I)


def _calls_false(doubt: Span) -> bool:
    """Is the writer's doubt a call that the claim is false (a denial, not a hedge)?"""
    return bool(_CALLED_FALSE_AFTER.match(doubt.text) or _FALSE_PREDICATE.match(doubt.text)
                or _FALSELY_ASIDE.match(doubt.text))


# ... or calling it unproven: "These Russian claims remain unsubstantiated" (read66: ISW
# stood as relaying them without doubt)
_UNPROVEN_AFTER = re.compile(
    r"(?:(?:however|but),?\s+)?(?:these|this|that|those|such|the)\s+(?:\w+\s+){0,2}"
    r"(?:claims?|reports?|statements?|assertions?)\s+(?:remains?|remained|is|are|was|were)\s+"
    r"(?:(?:so\s+far|still|currently|as\s+yet|thus\s+far)\s+)?(?:unsubstantiated|unconfirmed|"
    r"unverified|uncorroborated|unproven|"
    # "claimed that forces took X, but this claim is unlikely considering that ..." (read228:
    # the writer stood as relaying the capture it doubted)
    r"(?:(?:very|highly)\s+)?(?:unlikely|doubtful|dubious|questionable|implausible))\b|"
    # "These unconfirmed Russian claims ..." opening the next sentence (read76)
    r"(?:(?:however|but),?\s+)?(?:these|this|such|those)\s+(?:unconfirmed|unverified|"
    r"unsubstantiated|uncorroborated)\s+(?:\w+\s+){0,2}(?:claims?|reports?)\b", re.I)


_BLAME_CUE = re.compile(r"\b(?:accus|blam)", re.I)


# "claimed ... that Ukrainian forces launched the strike as a false flag": the strike told
# before, named back, laid on the other party (ISW 2022-04-08, the Kramatorsk station)
STRIKE_NAMED_BACK = re.compile(
    rf"\b(?:the|this|that)\s+(?:{'|'.join(STRIKE_NOUNS)})\W*$", re.I)


# groups that name no kind of speaker: "multiple sources reported" need not be the "Russian
# sources" of another paragraph (read91: a rocket strike's witnesses stood as Russian)
_ANY_GROUP = {"sources", "reports", "observers"}


def _named_as_before(canons: list[tuple]) -> list[tuple]:
    """A bare group with no side ("milbloggers", "Telegram channels") is the group the report
    names with its side ("Russian milbloggers"), when it names exactly one such: one source
    under one name (ISW 2022-10-09: "Milbloggers" beside "Russian milbloggers")."""
    sided: dict[str, set] = {}
    for group in canons:
        for c in group:
            if c is not None and c.side:
                head = c.canonical.lower().split(" ", 1)[-1] if " " in c.canonical else ""
                if head:
                    sided.setdefault(head, set()).add(c)
    if not sided:
        return canons

    def named(c):
        if c is None or c.side or c.canonical.lower() in _ANY_GROUP:
            return c
        hits = sided.get(c.canonical.lower(), set())
        return next(iter(hits)) if len(hits) == 1 else c

    return [tuple(named(c) for c in group) for group in canons]


# The parties to the war whose sources speak as one side (grade.witnesses) and lay the blame
# on each other (_blames_other_side)
PARTIES = frozenset({"RU", "UA"})


def _blames_other_side(cue: str, side: str | None, actor: str | None,
                       evidence: str = "") -> bool:
    """Does a source accuse or blame the other party of the event ("accused Ukrainian forces
    of bombing the theater", "claimed that Ukrainian forces launched the strike")?"""
    if side not in PARTIES or not actor:
        return False
    if not _BLAME_CUE.search(cue or "") and not STRIKE_NAMED_BACK.search(evidence or ""):
        return False
    doer = side_of(actor)
    return doer is not None and doer != side


# parties laying one act on each other ("accused each other of", "traded accusations over",
# "blamed one another for")
_MUTUAL = re.compile(r"\b(?:accus\w*|blam\w*)\s+(?:each other|one another)\b|"
                     r"\btrad\w*\s+(?:accusations|blame|charges)\b|"
                     r"\bmutual\s+(?:accusations|blame|recriminations)\b", re.I)


def mutual_blame(text: str, claim: Claim) -> bool:
    """Do the claim's speakers lay its act on each other ("Russian and Ukrainian sources
    accused each other of shelling X", read229: two sides' agreement graded the shelling
    confirmed, its doer unknown)? Read over the cue and the words up to the content's act."""
    lo = min(claim.cue.start, claim.content.start)
    return _MUTUAL.search(text, lo, min(len(text), claim.content.start + 40)) is not None


# Cue words that deny a claim outright; a "denies" claim without one ("reported that forces
# repelled attacks near X") denies only the attackers' success, not the fighting.
_DENIAL_CUES = ("deni", "deny", "reject", "refut", "dismiss", "contradict", "disput", "counter",
                "false", "fake")

# "Pro-Russian Telegram channels and the Russian Ministry of Defense initially claimed ...":
# the claims stage names the first of coordinated speakers (its source span stops at the
# conjunction, as the claims gold writes it); the others stand between it and the cue.
_CO_SOURCE = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:and|as well as)\s+(?:the\s+)?"
    r"(?P<np>[^,;.:()“”\"]{3,100}?)"
    r"(?:\s+(?:\w+ly|also|both|all|each|have|has|had|later|then|jointly))*\s*$", re.I)
# ... and the first of them where the claims stage named the last ("The Russian MoD and
# Russian milbloggers claimed": read60, the MoD was lost)
_CO_SOURCE_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\bthat\s+|\n)(?:the\s+)?(?P<np>[A-Z][^,;.:()“”\"\n]{2,80}?)"
    r"\s*(?:\([^()]{1,30}\))?\s+(?:and|as well as)\s+(?:the\s+)?$")


_SPEAKER_NOUNS = {"sources", "officials", "milbloggers", "bloggers", "channels", "ministry",
                  "mod", "staff", "command", "media", "outlets", "authorities", "administration",
                  "government", "spokesperson", "spokesman", "correspondents", "journalists",
                  "commentators", "agency", "service", "office", "council"}


def _joint_sources(claim: Claim) -> tuple[Canon | None, ...]:
    """The two sources of a joint source of two sides ("Russian and Ukrainian sources
    reported ..."): one of each side, each a witness (read19: one source with no side, so no
    corroboration across sides); () for any other source."""
    return tuple(_source_named(p) for p in joint_parts(claim.source.text))


def co_sources(text: str, claim: Claim) -> tuple[Canon, ...]:
    """The other speakers of a claim whose subject coordinates several ("X and Y claimed"):
    each as its canonical source, parse fragments left out."""
    src, cue = claim.source, claim.cue
    inside = _speakers_inside(claim)
    if inside:
        return inside
    if not (src.end <= cue.start and cue.start - src.end <= 120):
        return ()
    mt = _CO_SOURCE.match(text[src.end:cue.start])
    if mt is None:
        mt = _CO_SOURCE_BEFORE.search(text, max(0, src.start - 100), src.start)
        if mt is None or mt.end() != src.start:
            return ()
        before = mt.group("np").strip()
        # (only a speaker's name: "Ukrainian forces struck Kherson and Russian milbloggers
        # claimed ..." names no co-speaker)
        if lookup(before) is None and before.split()[-1].lower() not in _SPEAKER_NOUNS:
            return ()
    np_ = mt.group("np").strip()
    if not np_[:1].isalpha() and lookup(np_) is None:
        return ()  # a phrase that opens with no letter: only a registry name passes
    c = _source_named(np_)
    return (c,) if c is not None else ()


_AND = re.compile(r"\s+(?:and|as well as)\s+(?:the\s+)?", re.I)


def _speakers_inside(claim: Claim) -> tuple[Canon, ...]:
    """The other speaker where the claim's own source phrase coordinates two ("The Russian
    Ministry of Defense and Russian milbloggers claimed": read110, the milbloggers were lost),
    each part a speaker's name (the registry's, or one ending in a speaker's noun)."""
    parts = _AND.split(claim.source.text.strip())
    if len(parts) != 2 or joint_parts(claim.source.text):
        return ()
    if not all(p[:1].isalpha() and (lookup(p) is not None or p.split()[-1].lower().strip(
            "'’") in _SPEAKER_NOUNS) for p in parts):
        return ()
    own = canonical_source(claim.source.canonical, claim.source.kind, claim.source.side)
    named = [_source_named(p) for p in parts]
    return tuple(c for c in named if c is not None and (own is None or c.canonical !=
                                                        own.canonical))


def _source_named(name: str) -> Canon | None:
    """A source named in running text (a co-speaker, a relayed source): the registry's entry,
    else the canonical source its own words type; None for a phrase that is no speaker."""
    e = lookup(name)
    if e is not None:
        return Canon(e.canonical, e.kind, e.side)
    return canonical_source(name, *classify(name))


# "at the time of the strike", "denied the explosion", "the capture of the city": a claim
# whose content names its event back with a definite noun and states none of its own.
# the name an anaphor's noun is of: "the liberation of Sukhyi Stavok"
_NOUN_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_ANAPHOR = re.compile(r"\b(?:the|this|that|these|those|its|his|her|their)\s+[\"'“”]?"
                      r"(?:[\w-]+\s+){0,2}?[\"'“”]?"
                      r"(strikes?|attacks?|explosions?|blasts?|shelling|bombing|sinking|capture|"
                      r"withdrawals?|retreat|surrender|liberation|incident|emergency|"
                      # "denied reports of his death" (read223: the denial of a killing told
                      # just before named nothing)
                      r"death|killing|murder|assassination)\b", re.I)
_KILLINGS = ("remote", "combat", "Violence against civilians")
_ANAPHOR_FAMILY = {"strike": ("remote",), "attack": ("remote", "combat"),
                   "explosion": ("remote",), "blast": ("remote",), "shelling": ("remote",),
                   "bombing": ("remote",), "sinking": ("remote",), "capture": ("territory",),
                   "withdrawal": ("territory",), "retreat": ("territory",),
                   "surrender": ("territory",), "liberation": ("territory",),
                   "incident": ("remote", "combat", "territory"),
                   "death": _KILLINGS, "killing": _KILLINGS, "murder": _KILLINGS,
                   "assassination": _KILLINGS,
                   "emergency": ("remote", "combat", "territory")}
# the stem the named event's own words carry ("the explosion" names "a truck exploded")
_ANAPHOR_STEM = {"strike": "strik", "attack": "attack", "explosion": "explo", "blast": "blast",
                 "shelling": "shell", "bombing": "bomb", "sinking": "sink", "capture": "captur",
                 "withdrawal": "withdr", "retreat": "retreat", "surrender": "surrend",
                 "killing": "kill", "murder": "murder", "assassination": "assassinat",
                 "liberation": "liberat"}
# how far back (characters) the event it names may be told: its paragraph, roughly
_ANAPHOR_REACH = 600
# how far back an event told in the same words, or at the structure or place the claim
# names, may be: the claim's paragraph and the one before it
_TOPIC_REACH = 2500
# "The Kremlin denied this claim": the content is only a name for another source's claim
_CLAIM_NOUN = re.compile(r"^\W*(?:(?i:the|this|that|these|those|such|his|her|their|its)|"
                         # a named speaker's: "denied Haidai's claims on June 5" (read44)
                         r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+['’]s?)\s+(?:[\w-]+\s+)?"
                         r"(?i:claims?|reports?|allegations?|accusations?|statements?|"
                         r"assertions?|reporting)(?:\s+(?:on|of)\s+[A-Z][a-z]+\s+\d{1,2})?"
                         r"\W*$")
# a structure a comment names back ("the remaining lane of the road bridge opened")
_STRUCTURE = re.compile(r"\b(bridge|airfield|airport|air base|dam|power plant|nuclear plant|"
                        r"steel plant|plant|railway station|train station|station|port|prison|"
                        r"colony|theater|theatre|shopping (?:center|centre|mall)|mall|depot|"
                        r"refinery|cruiser|warship|flagship)\b", re.I)


# the proper name right before a structure noun: "the Antonivsky Bridge", "Kherson's Antonivsky
# road bridge" (the capitalised word, then up to two lower-case words)
_OWN_NAME = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _paragraph_start(text: str, at: int, paragraphs: int) -> int:
    """Where the paragraph ``paragraphs - 1`` before the one holding ``at`` starts."""
    i = at
    for _ in range(paragraphs):
        i = text.rfind("\n", 0, i)
        if i < 0:
            return 0
    return i + 1


def _told_before(ext: Extraction, claim: Claim, reach: int, paragraphs: int):
    """Events told before the claim's source, nearest first, within ``reach`` characters and
    the claim's paragraph (``paragraphs`` = 1) or also the ones before it; only events that
    occurred (not hypothetical or future) and have a place."""
    text = ext.report.text
    lo = max(claim.content.start - reach, _paragraph_start(text, claim.source.start, paragraphs))
    for ei in range(len(ext.events) - 1, -1, -1):
        ev = ext.events[ei]
        if lo <= ev.evidence.start and ev.evidence.end <= claim.source.start \
                and ev.modality not in ("hypothetical", "future") and ev.location is not None:
            yield ei, ev


def _previous_claim_events(ext: Extraction, claim: Claim,
                           family_at: Callable[[int], str]) -> tuple[int, ...]:
    """The events of the claim told just before this one in its paragraph."""
    text = ext.report.text
    lo = _paragraph_start(text, claim.source.start, 1)
    before = [c for c in ext.claims if lo <= c.content.start and c.content.end <= claim.source.start
              and c is not claim]
    for c in reversed(before):
        evs = c.events or refers_to(ext, c, family_at)
        if evs:
            return tuple(evs)
    return ()


# A content that tells of what is planned or prepared names no act just told at its place
# (read33: the Russian MoD's "Ukrainian forces in Nikopol are preparing provocations" stood as
# asserting Russia's shelling of Nikopol)
# the speaker's earlier word, before the cue: "have previously reported", "had earlier said"
_EARLIER_SAID = re.compile(r"\b(?:previously|earlier|already|repeatedly|long)\s+"
                           r"(?:\w+\s+)?(?:report|stat|claim|sa|warn|not|announc|assess)\w*\b",
                           re.I)
_PLANNED = re.compile(r"\b(?:prepar(?:e|es|ed|ing)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|will|"
                      r"going to|about to|threaten(?:s|ed|ing)?|"
                      # forces gathered for what is to come ("concentrating equipment in the
                      # X direction": read217, the UK MoD stood as a source of the shelling
                      # of X just told)
                      r"concentrat(?:e|es|ed|ing)|amass(?:es|ed|ing)?|mass(?:es|ed|ing)|"
                      r"build(?:s|ing)? up)\b")


# "claims of the capture of X are premature": a verdict on claims told before, opening a
# content that goes on to a statement of its own ("... and that forces are still attacking")
_CLAIMS_OF = re.compile(r"^\W*(?:(?:the|these|those|such|[A-Z][\w'’-]+['’]s?)\s+)?"
                        r"(?:[\w-]+\s+)?(?:claims?|reports?|allegations?|assertions?)\s+of\s+")
_JUDGED_FALSE = re.compile(r"\b(?:premature|false|untrue|exaggerat\w*|fake|unfounded|"
                           r"inaccurate|baseless|fabricat\w*)\b", re.I)
_NEXT_THAT = re.compile(r",?\s+and\s+that\s+")


def claims_judged_false(ext: Extraction, claim: Claim,
                        family_at: Callable[[int], str]) -> tuple[int, ...]:
    """For a denial that tells events of its own: the event its opening verdict on claims
    names back ("said that claims of the capture of X are premature and that forces are
    continuing attempts to take X": the capture told before), else none. The claims stage
    keeps coordinated that-clauses one content (its gold's guideline); here the verdict
    denies the capture, and the rest tells the fighting (read220: the denial stood as an
    assertion of the fighting, the capture undisputed)."""
    text = claim.content.text
    if claim.stance != "denies" or not _CLAIMS_OF.match(text):
        return ()
    nxt = _NEXT_THAT.search(text)
    first = text[:nxt.start()] if nxt else text
    if not _JUDGED_FALSE.search(first):
        return ()
    verdict = replace(claim, events=(), content=Span(first, claim.content.start,
                                                     claim.content.start + len(first)))
    return tuple(ei for ei in refers_to(ext, verdict, family_at) if ei not in claim.events)


# a side's forces told gone from a place: "no Ukrainian forces remain in the city", "no
# Russian troops are left in X", "Ukrainian forces no longer hold X"
_NONE_LEFT = re.compile(
    r"\bno (?:more |longer any )?(?:[A-Z][\w-]* )?(?:forces|troops|units|soldiers|servicemen|"
    r"defenders|fighters) (?:remain|remained|are left|were left|are present|stay)\b|"
    r"\b(?:forces|troops|units|defenders) no longer (?:hold|control|occupy|remain in)\b")
# a place named back as what it is ("the city", "the town")
_PLACE_NOUN = re.compile(r"\b(?:the|that|this) (?:city|town|village|settlement|port)\b", re.I)


def none_left_at(ext: Extraction, claim: Claim,
                 family_at: Callable[[int], str]) -> tuple[int, ...]:
    """For a claim that tells a side's forces gone from a place ("the mayor confirmed that no
    Ukrainian forces remain in the city and that he negotiated conditions"): the change of
    control told just before it at that place, which it bears witness to (the dev Kherson
    story: the claim stood only on the negotiation it also told). The place is named in the
    content, or named back as "the city"; the change of control is the nearest one told in
    the claim's paragraph."""
    text = claim.content.text
    if claim.stance != "asserts":
        return ()
    # (or its own act is a surrender or withdrawal told with no place: "Fomichev stated the
    # Ukrainian forces surrendered to preserve civilian lives", the town's capture told just
    # before; the dev Slavutych story)
    placeless = bool(claim.events) and all(
        ext.events[ei].location is None and family_at(ei) == "territory"
        for ei in claim.events if 0 <= ei < len(ext.events))
    if not placeless and not _NONE_LEFT.search(text):
        return ()
    low = text.lower()
    anaphor = placeless or _PLACE_NOUN.search(text) is not None
    for ei, ev in _told_before(ext, claim, _TOPIC_REACH, 1):
        if family_at(ei) != "territory":
            continue
        p = ext.places[ev.location] if 0 <= ev.location < len(ext.places) else None
        if p is not None and (anaphor or (len(p.text) > 3 and p.text.lower() in low)):
            return (ei,)
    return ()


def _denied_by_another(claims, c: Claim) -> bool:
    """Is claim ``c`` (its cue) inside the content of another source's denial?"""
    return c.stance == "asserts" and any(
        d is not c and d.stance == "denies" and d.content.start <= c.cue.start < d.content.end
        for d in claims)


def refers_to(ext: Extraction, claim: Claim, family_at: Callable[[int], str]) -> tuple[int, ...]:
    """The event a claim with no event of its own names back, else none. In order:

    - a content that only names another claim ("The Kremlin denied this claim"): the events
      of the claim told before it in its paragraph;
    - a definite noun of the event's kind ("over 1,000 civilians were inside the mall at the
      time of the strike", "participated in the explosion"): the nearest event told before it
      in the same words ("a truck exploded") within its paragraph or the one before; else the
      nearest of the named kind within ``_ANAPHOR_REACH``;
    - a structure it names ("the remaining lane of the road bridge opened"): the nearest event
      told before it at that structure, in its paragraph or the one before;
    - a place it names that an event just told is at ("several Ukrainian units remain in
      Severodonetsk"): that event, in the claim's paragraph only, unless it tells of what is
      planned or prepared there.

    ``family_at(i)``: event i's ``compat.mention_family`` (memoised by the caller)."""
    content = claim.content.text
    if _CLAIM_NOUN.match(content):
        return _previous_claim_events(ext, claim, family_at)
    mt = _ANAPHOR.search(content)
    if mt is not None:
        noun = mt.group(1).lower()
        noun = noun if noun in ("shelling", "sinking") else noun.rstrip("s")
        stem = _ANAPHOR_STEM.get(noun)
        # "the liberation of Sukhyi Stavok": a noun with a place of its own names back an
        # event at that place only (read147: the claim stood on another village's liberation)
        own = _NOUN_OF_NAME.match(content, mt.end())
        named = own.group(1).lower() if own is not None else None

        def fits(ev) -> bool:
            return named is None or named in ev.evidence.text.lower()

        if stem is not None:
            for ei, ev in _told_before(ext, claim, _TOPIC_REACH, 2):
                if stem in ev.evidence.text.lower() and fits(ev):
                    return (ei,)
        fams = _ANAPHOR_FAMILY.get(noun, ())
        for ei, ev in _told_before(ext, claim, _ANAPHOR_REACH, 1):
            if family_at(ei) in fams and fits(ev):
                return (ei,)
        return ()
    ms = _STRUCTURE.search(content)
    if ms is not None:
        want = ms.group(1).lower()
        # a structure named by a proper name ("the Antonivsky Bridge") is that one only: an
        # event at another bridge is not named back (read29: a barge crossing near one
        # bridge stood as a source of the strike on another)
        own = _OWN_NAME.search(content[:ms.start()])
        if own is not None and own.group(1).lower().endswith(("an", "ish", "ese", "i")):
            own = None  # "a Russian ammunition depot": a side's, no name of its own
        for ei, ev in _told_before(ext, claim, _TOPIC_REACH, 2):
            if re.search(rf"\b{re.escape(want)}\b", ev.evidence.text, re.I) and (
                    own is None or own.group(1).lower() in ev.evidence.text.lower()):
                return (ei,)
        return ()
    low = content.lower()
    if _PLANNED.search(low):
        return ()  # "forces in Nikopol are preparing provocations": another, later matter
    if _EARLIER_SAID.search(ext.report.text, claim.source.start,
                            max(claim.source.start, claim.cue.end)):
        # "Ukrainian officials have previously reported that Russian forces accumulated
        # equipment in X": an earlier report of an earlier matter, no word on the strike at X
        # just told (read51: the officials stood as asserting it)
        return ()
    if claim.stance == "denies" and _EXTENT_DENIED.search(low):
        # "Russian forces have not pushed Ukrainian troops across the river near X": how far
        # the fighting got, no word against the fighting at X just told (read198: the
        # sources stood as denying the offensive)
        return ()
    days = _days_told(ext, claim)
    # a claim that the place is surrounded or cut off ("forces cut off all routes and
    # surrounded X") speaks of its control, not of the day's fighting there: it names back
    # only a change of control or another siege told at it (read227: an encirclement claim
    # the writer called false stood as a witness of the assault, grading it confirmed)
    siege = SIEGE.search(low) is not None
    # (each place the content names, not as a bearing's anchor ("in Y, 25 km southeast of
    # X" names Y: read47, a claim about Y stood on an event at X), takes the nearest event
    # told at it: "ISW assesses that forces control A, B, and C" speaks of all three (read46:
    # only the first had the writer's word))
    out: dict[str, int] = {}
    for ei, ev in _told_before(ext, claim, _TOPIC_REACH, 1):
        p = ext.places[ev.location] if 0 <= ev.location < len(ext.places) else None
        if p is None or (p.precision or 1) > 2 or len(p.text) <= 3 or p.text.lower() in out:
            continue
        if siege and family_at(ei) != "territory" and not SIEGE.search(ev.evidence.text):
            continue
        named = [mt for mt in re.finditer(rf"\b{re.escape(p.text.lower())}\b", low)
                 if not _ANCHOR_BEFORE.search(low, 0, mt.start())]
        if named and not _other_day(days, ext, ev):
            out[p.text.lower()] = ei
    return tuple(out.values())


# A negated advance told by how far it got ("have not pushed X across the river", "did not
# advance beyond Y")
_EXTENT_DENIED = re.compile(r"\b(?:not|n't|never|no)\b[^.;]{0,40}?\b(?:push\w*|advanc\w*|"
                            r"cross\w*|reach\w*|mov\w*|progress\w*)\b[^.;]{0,60}?\b(?:across|"
                            r"beyond|past|further|farther)\b")
# a bearing just before a name makes it an anchor: "25 km southeast of X", "east of X"
_ANCHOR_BEFORE = re.compile(r"\b" + COMPASS + r"(?:ern)?\s+(?:of|from)\s+(?:the\s+)?$")


def _days_told(ext: Extraction, claim: Claim) -> list[tuple[str, str]]:
    """The days (first, last) the claim's source or content dates its statement to: "X
    previously warned on July 10 that ...", "... on July 10"."""
    lo, hi = min(claim.source.start, claim.content.start), claim.content.end
    return [(t.first, t.last) for t in ext.times
            if lo <= t.start and t.end <= hi and t.first and t.last and not t.inferred]


def _other_day(days: list[tuple[str, str]], ext: Extraction, ev) -> bool:
    """Does the claim date itself to days apart from the event's? A claim of another day
    names back no event at a place it shares (read26: a mayor's warning of July 10 stood as
    asserting a strike of July 12 at the town he named)."""
    if not days or ev.time is None or not 0 <= ev.time < len(ext.times):
        return False
    t = ext.times[ev.time]
    if not (t.first and t.last):
        return False
    return all(last < t.first or first > t.last for first, last in days)


def stance_of(claim_stance: str, certainty: str, event_polarity: str, modality: str,
              cue: str | None = None) -> str:
    """A source's stance towards an event from the claim's stance and the event's polarity.

    A claim that asserts a negated event ("Russia says it repelled every advance" when the
    advance is the event) denies it, as does a claim that denies with a denial cue ("denied
    that ..."). A "denies" claim over an event the text asserts without such a cue is the
    repel of a specific attack ("the General Staff reported that forces repelled attacks near
    X": fighting at X happened, the attack failed): the source asserts that clash. Certainty
    "possible" (or a "possible" modality) hedges, and so does a negated verification ("ISW
    cannot confirm").
    """
    if modality == "retracted":
        return "retracts"
    negated_event = event_polarity == "negative" and modality in ("negated", "denied")
    if claim_stance == "denies" and not negated_event and cue is not None \
            and modality == "asserted" and not any(w in cue.lower() for w in _DENIAL_CUES):
        claim_stance = "asserts"
    # A denied event is usually marked negative *because of* the denying claim, so a
    # "denies" claim over a negative event is one denial, not a double negation.
    if claim_stance == "denies" or negated_event:
        return "denies"
    if certainty == "possible" or modality == "possible":
        return "hedges"
    if certainty == "unknown" and cue is not None:
        return "hedges"  # the claims stage's mark of a negated verification ("cannot confirm")
    return "asserts"


# The writer says the place is not the namesake a reader would take it for: "Rubizhne (a
# different Rubizhne than the town of the same name in Kharkiv Oblast)", "Bravo (not to be
# confused with Bravo in Region)".
_DISOWNED = re.compile(r"^\s*[(,–—-]\s*(?:(?:a|an|the)\s+)?(?:different|another|other)\b|"
                       r"^\s*[(,–—-]\s*not\s+(?:to\s+be\s+confused|the\s+(?:same|one))\b", re.I)


def disowned(text: str, p: Place | None) -> bool:
    """Does the text right after the place say that it is another place of that name?"""
    return p is not None and bool(_DISOWNED.match(text[p.end:p.end + 80]))


_TOWN_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:city|town|village|settlement)\b", re.I)
_ITS = re.compile(r"\bits\b", re.I)


def _doubtful_antecedent(ext: Extraction, p: Place | None, evidence: Span) -> bool:
    """Is the event's place one taken from before its evidence for "the city" (or "the town")
    in it, while another place is named between the two? Then "the city" may be that nearer
    place, or one the gazetteer did not find ("... toward Kyiv ... filmed Russian armored
    vehicles in Okhtyrka ... have fully captured the city", placed at Kyiv: seed 4242, read;
    "... Makariv ... recapturing Luk'yanivka ... retook the town on March 24", placed at
    Makariv: seed 1212). "Its" may stand for a region named between too ("... Kupyansk ...
    occupied Kharkiv Oblast prior to its liberation", placed at Kupyansk: seed 1213)."""
    if p is None or p.end > evidence.start:
        return False
    if _TOWN_ANAPHOR.search(evidence.text):
        widest = 2  # "the city" stands for a settlement
    elif _ITS.search(evidence.text):
        widest = 3  # "its liberation" may stand for a region too
    else:
        return False
    return any(p.end <= o.start and o.end <= evidence.start and (o.precision or 1) <= widest
               and (o.name or o.text) != (p.name or p.text) for o in ext.places)


def fusable_place(p: Place | None, text: str = "") -> Place | None:
    """The place fusion reasons with: a name-only guess (``Place.is_guess``: a namesake that
    nothing in the text supports, e.g. "Demidovka" alone resolved to Demydivka in Rivne) is
    kept as the name as written, unresolved, so that it neither merges with events at the
    guessed namesake nor keeps apart the reports that name the same village; so is a place
    the writer says is another of that name (``disowned``, in ``text``: the report), which
    the gazetteer cannot tell apart (seed 1213: two Rubizhnes, one story)."""
    if p is None or not (p.is_guess or disowned(text, p)):
        return p
    return replace(p, geonameid=None, name=None, lat=None, lon=None, country_code=None,
                   admin1=None, admin2=None, feature_code=None, precision=None)


def mentions_from_extraction(ext: Extraction, event_ids: list[str] | None = None,
                             claim_ids: list[str] | None = None) -> list[Mention]:
    """Flatten one extraction's events into mentions (ids as the store derives them).

    Hypothetical and future events never count as occurred; they are left out.
    """
    rid = ext.report.id
    event_ids = event_ids or [f"{rid}:e{i}" for i in range(len(ext.events))]
    claim_ids = claim_ids or [f"{rid}:c{i}" for i in range(len(ext.claims))]
    from .compat import family, mention_family  # compat reads this module's records

    outlet = outlet_ref(ext.report.source)
    # (the writer's own "ISW cannot confirm whether ..." is its doubt, not another source's
    # claim that would keep it from the claim before: read143)
    others = [c for c in ext.claims
              if outlet is None or c.source.canonical != outlet.canonical]

    @lru_cache(maxsize=None)
    def doubt_of(ci: int) -> Span | None:
        return _writer_doubts(ext.report.text, ext.claims[ci], others)

    @lru_cache(maxsize=None)
    def nested_at(ci: int) -> str | None:
        return nested_source(ext.claims, ci, canons)

    @lru_cache(maxsize=None)
    def family_at(i: int) -> str:
        ev = ext.events[i]
        return mention_family(ev.event_type, ev.sub_event_type, ev.evidence.text)

    by_event: dict[int, list[int]] = {}
    told_by_claim: set[int] = set()  # events stated inside some claim's content
    # (claim, event) pairs attached by what the claim names back (refers_to)
    named_back: set[tuple[int, int]] = set()
    for ci, claim in enumerate(ext.claims):
        if not stood_against(ext.report.text, claim):
            told_by_claim.update(claim.events)
        evs = claim.events or refers_to(ext, claim, family_at)
        if not claim.events:
            named_back.update((ci, ei) for ei in evs)
        else:
            judged = claims_judged_false(ext, claim, family_at)
            named_back.update((ci, ei) for ei in judged)
            evs = tuple(dict.fromkeys((*evs, *judged, *none_left_at(ext, claim, family_at))))
        for ei in evs:
            by_event.setdefault(ei, []).append(ci)
    # once per claim and per report, however many events they carry
    canons = _named_as_before([_joint_sources(c) or
                               (canonical_source(c.source.canonical, c.source.kind, c.source.side),
                                *co_sources(ext.report.text, c)) for c in ext.claims])
    writer = _sources_for_unattributed(ext)
    vessels: frozenset[str] | None = None  # the report's named vessels, read once if needed
    out = []
    for ei, ev in enumerate(ext.events):
        if ev.modality in ("hypothetical", "future"):
            continue
        place = ext.places[ev.location] if ev.location is not None and 0 <= ev.location < len(ext.places) else None
        place = fusable_place(place, ext.report.text)
        if place is not None and place.precision == SETTLEMENT and \
                ev.location_precision == NEAR_SETTLEMENT:
            # the act is near the town, not in it ("ground assaults northeast of X"): the
            # incident is placed near X (read102..106: shown at X itself, precision 1)
            place = replace(place, precision=NEAR_SETTLEMENT)
        tv = ext.times[ev.time] if ev.time is not None and 0 <= ev.time < len(ext.times) else None
        before = ext.report.text[max(0, ev.evidence.start - 40):ev.evidence.start]
        sentence = _sentence(ext.report.text, ev.evidence.start, ev.evidence.end)
        sentence_before = ext.report.text[max(sentence[0], ev.evidence.start - 240):
                                          ev.evidence.start]
        sentence_after = ext.report.text[ev.evidence.end:min(sentence[1], ev.evidence.end + 120)]
        atts = []
        toll = ((ev.fatalities.low, ev.fatalities.best, ev.fatalities.high)
                if ev.fatalities is not None else None)
        cited: list[str] = []
        doubted: Span | None = None
        for ci in by_event.get(ei, []):
            c = ext.claims[ci]
            doubt = doubt_of(ci)
            # the source's own words assert what the writer cannot verify
            polarity, modality = ("positive", "asserted") if doubt and ev.modality == "possible" \
                else (ev.polarity, ev.modality)
            if ev.modality == "denied" and _denied_by_another(ext.claims, c):
                # "Russian sources denied Ukrainian reports of advances": the reports assert
                # what the other source denies (read218: they stood as denying it)
                polarity, modality = "positive", "asserted"
            doubted = doubted or doubt
            for canon in canons[ci]:
                if canon is None:
                    continue  # a parse fragment is no speaker: the writer states it
                if canon.kind == "evidence":
                    cited.append(canon.canonical)  # the writer states it, citing the evidence
                    continue
                src = SourceRef(canon.canonical, canon.kind, canon.side)
                relayed = _relayed_name(relay_of(c.content.text, canon.canonical)) \
                    or nested_at(ci)
                called_false = relayed is not None and _CALLED_FALSE.search(c.content.text)
                # (a claim that names another's claim back and calls it false denies its
                # event: "said that claims of the capture of X are premature", read31)
                disputes = (ci, ei) in named_back and c.stance == "denies"
                atts.append(Attribution(claim_ids[ci], src,
                                        "denies" if called_false or disputes else
                                        stance_of(c.stance, c.certainty, polarity,
                                                  modality, c.cue.text),
                                        c.certainty, c.content,
                                        # (a speaker's own denial answers the claim it
                                        # names, it does not pass it on: "denying Russian
                                        # claims that X", read92)
                                        relays=None if called_false or c.stance == "denies"
                                        else relayed,
                                        names_back=(ci, ei) in named_back,
                                        fatalities=toll,
                                        shifts_blame=_blames_other_side(
                                            c.cue.text, src.side, ev.actor1,
                                            ev.evidence.text),
                                        mutual=mutual_blame(ext.report.text, c)))
        if ev.modality == "denied" and not atts and _NOMINAL_DENIAL.search(before):
            # "Russian attempts to deny the strike": the writer tells of a party's denial (its
            # claim is quoted where that party speaks); it does not deny the strike itself
            pass
        elif not atts or ei not in told_by_claim:
            # "reportedly captured X" in the writer's own voice: it passes on what it heard
            # without vouching for it (a hedge, not an assertion of its own). A claim that
            # only names the event back ("at the time of the strike") leaves it standing.
            before_act = ext.report.text[sentence[0]:ev.evidence.start]
            # (the writer's "likely" is its own judgement: "Ukrainian forces likely struck
            # X" asserts it as probable, read121, read126: its certainty unknown)
            hearsay = _writer_adverb(_HEARSAY, ev.evidence.text, before_act)
            certainty = "possible" if hearsay \
                else "probable" if _writer_adverb(_PROBABLE, ev.evidence.text, before_act) \
                else "unknown"
            if _FALSIFIED.search(before):
                # "forces are likely falsifying claims of advances near X": the writer says
                # the advances are made up (read224: ISW stood as asserting them)
                atts.append(Attribution(None, writer, "denies", certainty, ev.evidence,
                                        assessment=True))
            else:
                atts.append(Attribution(None, writer,
                                        stance_of("asserts", certainty, ev.polarity,
                                                  ev.modality),
                                        certainty, ev.evidence,
                                        cites=", ".join(dict.fromkeys(cited)) or None,
                                        fatalities=toll,
                                        hearsay=hearsay and _writer_adverb(
                                            _REPORTED, ev.evidence.text, before_act)))
        false_cue = next((ext.claims[ci].cue for ci in by_event.get(ei, [])
                          if called_false_before(ext.report.text, ext.claims[ci])), None)
        if false_cue is not None and not any(a.claim_id is None for a in atts):
            # "Russian milbloggers falsely claim that Russian forces captured X": the writer
            # denies what it tells them claiming (read88: ISW stood as relaying it)
            # (a claim that it did not happen, called false, the writer asserts: "sources
            # falsely claimed that the strike did not occur")
            neg = ev.polarity == "negative" and ev.modality in ("negated", "denied")
            atts.append(Attribution(None, writer, "asserts" if neg else "denies", "certain",
                                    false_cue, assessment=True))
        if doubted is not None and not any(a.claim_id is None for a in atts):
            # (the writer calling it false denies it: "These claims are likely false")
            atts.append(Attribution(None, writer,
                                    "denies" if _calls_false(doubted)
                                    else "hedges", "possible", doubted, assessment=True))
        contrary = _writer_contradicts(ext.report.text, ev.evidence, ext.places, place,
                                       ext.claims) \
            if atts and atts[0].claim_id is not None and family(ev.event_type, ev.sub_event_type) == "territory" \
            else None
        if contrary is not None:
            # "X remains under Ukrainian control despite Russian claims of its capture": the
            # claim's source asserts the capture, the writer denies it in its own voice
            atts.append(Attribution(None, writer, "denies", "certain", contrary,
                                    assessment=True))
        target = None
        if place is None:
            if vessels is None:
                vessels = vessels_named(ext.report.text, ext.places)
            target = named_target(ext.report.text, *sentence, ev.evidence, ext.places, vessels)
        out.append(Mention(event_ids[ei], rid, ext.report.published[:10] if ext.report.published else None,
                           outlet.canonical if outlet else None, ev.event_type, ev.sub_event_type, ev.actor1, ev.actor2,
                           ev.polarity, ev.modality, place, tv, ev.evidence, tuple(atts),
                           before, _doubtful_antecedent(ext, place, ev.evidence),
                           target.key if target else None, target.name if target else None,
                           bool(target and target.named_back), sentence_before,
                           sentence_after))
    return out


def _relayed_name(name: str | None) -> str | None:
    """The canonical name of a source named as relayed ("according to Ukrainian forces");
    None for a phrase that is no speaker."""
    c = _source_named(name) if name else None
    return c.canonical if c is not None and c.kind != "evidence" else None


# A source that tells of another's claim as false ("stated that Russian forces had falsely
# claimed to have captured X") denies what it tells, it does not pass it on (read27: Ukrainian
# officials stood as relaying a Russian capture claim they called false)
_CALLED_FALSE = re.compile(r"\b(?:falsely|wrongly|baselessly|fraudulently)\s+(?:\w+\s+)?"
                           r"(?:claim|report|assert|allege|state|announc|insist)\w*|"
                           r"\bfalse\s+claims?\b|\bfabricated\b", re.I)


# "cited reports by X that ...", "relayed statements from X": the words of the inner source
_WORDS_OF = re.compile(r"(?:(?:the|a|an|recent|several|unspecified|new|multiple) )*"
                       r"(?:reports?|statements?|claims?|remarks|comments|accounts?|"
                       r"words|information|testimony|testimonies) (?:by|from|of)")


def nested_source(claims: list[Claim], ci: int, canons: list[tuple]) -> str | None:
    """The source whose claim this claim's content opens with ("The New York Times reported
    that an unnamed senior Ukrainian official stated that ...", "cited reports by X that
    ...": read121): the outer source relays it."""
    c = claims[ci]
    for cj, other in enumerate(claims):
        if cj == ci or not canons[cj] or canons[cj][0] is None:
            continue
        if not (c.cue.end <= c.content.start <= other.source.start < other.content.end
                <= c.content.end + 1):
            continue
        lead = c.content.text[:other.source.start - c.content.start].strip(" ,“”\"'").lower()
        if (lead in ("", "that") or _WORDS_OF.fullmatch(lead)) and \
                canons[cj][0].kind != "evidence":
            # (imagery or footage "shows" nothing on its own: the outer source reads it)
            return canons[cj][0].canonical
    return None


# "according to ISW", "citing the ISW", "as reported by Reuters": the source repeats another.
_RELAY_CUES = ("according to ", "citing ", "cited by ", "as reported by ", "reported by ", "quoting ")


def relay_of(text: str, own: str | None = None) -> str | None:
    """The source a quoted content says it repeats ("according to X" -> "X"), else None.

    Written by hand: a handful of fixed cue phrases, no library gives this; the name is
    cut at the first comma/period and must start with a capital letter.
    """
    low = text.lower()
    for cue in _RELAY_CUES:
        i = low.find(cue)
        if i < 0:
            continue
        rest = text[i + len(cue):].lstrip()
        if rest.lower().startswith("the "):
            rest = rest[4:]
        name = rest.split(",")[0].split(".")[0].split(" that ")[0].strip()
        words = name.split()[:6]
        if words and words[0][:1].isupper():
            name = " ".join(words)
            if own and name.lower() == own.lower():
                return None
            return name
    return None
