"""Stance, certainty (FactBank) and mode of an attribution.

- stance: ``denies`` when the cue is a denial ("denied", "rejecting", "contradicted") or the
  content's main predicate is negated or a repel verb ("it has repelled all Ukrainian
  advances": the other side's advance did not succeed); else ``asserts``.
- certainty: the cue's class (cues.py), ``unknown`` for a negated verification ("cannot
  verify if"), lowered by a hedge on the content's main predicate ("may" -> possible,
  "likely" -> probable) or on its head noun ("a possible withdrawal").
- mode: ``allusion`` for allude/hint; ``direct`` when the content is a quotation; ``mixed``
  when it holds one; else ``indirect``.
"""

from __future__ import annotations

import re

from .attribution import Attribution, doc_text
from .cues import (ALLUSION_VERBS, CERTAIN, CUE_NOUNS, CUE_VERBS, DENIAL_VERBS, POSSIBLE,
                   POSSIBLE_HEDGES, PROBABLE, PROBABLE_HEDGES, PROBABLE_PREDICATES,
                   REPEL_VERBS, UNKNOWN,
                   VERIFY_VERBS)
from .quotes import overlapping

_ORDER = {CERTAIN: 3, PROBABLE: 2, POSSIBLE: 1, UNKNOWN: 0}
_HEDGE_DEPS = {"aux", "advmod", "amod", "acomp", "neg"}


def _content_root(doc, att: Attribution):
    if att.content_root is None:
        return None
    root = doc[att.content_root]
    if not (att.content[0] <= root.idx < att.content[1]):
        # the parse put the root outside (a broken "that"-clause): take the first verb inside
        inside = [t for t in doc.char_span(*att.content, alignment_mode="expand") or []
                  if t.pos_ in ("VERB", "AUX")]
        root = inside[0] if inside else None
    return root


def _main_predicates(root):
    """The content's main word and the words coordinated with its first conjunct only."""
    yield root
    if root.dep_ == "xcomp" or root.lemma_ == "be":
        for c in root.children:
            if c.dep_ in ("xcomp", "acomp", "attr"):
                yield c


# What a speaker calls others' claims when it disputes them: "said that claims of the
# capture of X are premature" (read31: milbloggers stood as asserting the capture)
_FALSITY = {"premature", "false", "untrue", "baseless", "unfounded", "exaggerated", "fake",
            "inaccurate", "fabricated", "groundless", "erroneous", "misleading", "overstated",
            "unsubstantiated", "incorrect"}
_CLAIM_WORDS = {"claim", "report", "rumor", "rumour", "allegation", "statement", "assertion"}


def _claims_called_false(root) -> bool:
    """Is the content "claims (of X) are premature / false / untrue"?"""
    if root.lemma_ != "be":
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in _CLAIM_WORDS and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _FALSITY for c in root.children)


# What a speaker denies of an act when it plays it down, not that it happened
_WEIGHT_WORDS = {"significant", "major", "substantial", "decisive", "meaningful", "large",
                 "notable", "considerable", "serious", "important", "strategic"}


def _played_down(root) -> bool:
    """Is the content an act said not to weigh much ("Russia's incremental gains around X
    are not significant")? The speaker grants the act and plays it down: no denial (read128:
    a US official stood as denying the gains)."""
    if root.lemma_ != "be" or not any(c.dep_ == "neg" for c in root.children):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() not in _CLAIM_WORDS and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _WEIGHT_WORDS for c in root.children)


def stance(doc, att: Attribution) -> str:
    if att.cue_lemma in DENIAL_VERBS or att.cue_lemma in ("denial",):
        return "denies"
    if _unvouched(doc, att):
        return "asserts"  # "there is no evidence that X": X unvouched (certainty), not denied
    root = _content_root(doc, att)
    if root is None:
        return "asserts"
    if _claims_called_false(root):
        return "denies"
    if _played_down(root):
        return "asserts"
    for p in _main_predicates(root):
        # A repel verb denies that the repelled action succeeded (the gold set's guideline,
        # set before tuning: "repelled" is a denial). The event stage still records a
        # repelled specific attack as a clash that happened (events.polarity.blanket_repel).
        if any(c.dep_ == "neg" for c in p.children) or p.lemma_.lower() in REPEL_VERBS:
            return "denies"
        if any(c.lower_ == "no" and c.dep_ == "det" for c in p.children if c.dep_ == "det"):
            return "denies"
    return "asserts"


# A content that opens by saying its teller cannot vouch for what follows: "(said that) the
# US has no confirmation that Ukrainian forces recaptured Snake Island", "there is no
# evidence that ...", "they could not independently verify that ..." (read15: a US official
# was stored as asserting the recapture, certain)
_UNVOUCHED = re.compile(
    r"(?:[\w.'’-]+\s+){0,6}?(?:(?:has|have|had|there\s+(?:is|was|are|were))\s+(?:yet\s+)?"
    r"(?:seen\s+|found\s+)?no\s+(?:\w+\s+)?(?:confirmation|evidence|indication|proof|sign)|"
    r"(?:cannot|could\s+not|can't|couldn't|(?:is|was|were|are)\s+unable\s+to)\s+"
    r"(?:yet\s+)?(?:independently\s+)?(?:confirm|verify))\s+(?:that|of|whether|if|"
    # ("the United States cannot confirm the reported strike": read205, Kirby stood as
    # denying the strike)
    r"(?:the|this|these|those|such)\s+(?:reported\s+|claimed\s+|alleged\s+)?\w+)\b", re.I)


def _unvouched(doc, att: Attribution) -> bool:
    """Does the claim's content open by saying its teller cannot vouch for what follows?
    (The report's text is read once per doc: spaCy rebuilds ``Doc.text`` on every access.)"""
    return _UNVOUCHED.match(doc_text(doc), att.content[0], att.content[1]) is not None


# Manners of saying that leave what is said open; and the writer's own doubt that the source
# said it at all ("the General Staff seemingly confirmed that ...": the writer reads it into a
# statement, read107: a confirmation)
_TENTATIVE = {"tentatively", "cautiously", "speculatively", "hesitantly", "seemingly",
              "apparently", "ostensibly", "implicitly"}


def certainty(doc, att: Attribution) -> str:
    base = CUE_NOUNS.get(att.cue_lemma) if att.noun_cue else CUE_VERBS.get(att.cue_lemma, CERTAIN)
    base = base or CERTAIN
    if att.negated and att.cue_lemma in VERIFY_VERBS:
        return UNKNOWN
    if _unvouched(doc, att):
        return UNKNOWN
    root = _content_root(doc, att)
    level = base
    cue = doc[att.cue_token]
    if any(c.dep_ == "advmod" and c.lower_ in _TENTATIVE
           for t in (cue, cue.head) for c in t.children):
        # "tentatively amplified claims that ...": the speaker passes it on as possible only
        # (read58: an LNR official stood as asserting a capture)
        level = min(level, POSSIBLE, key=_ORDER.get)
    if root is not None:
        for p in _main_predicates(root):
            for c in p.children:
                if c.dep_ not in _HEDGE_DEPS and c.dep_ != "det":
                    continue
                if not att.content[0] <= c.idx < att.content[1]:
                    continue  # ", likely in advance of ...": the reporter's hedge, cut off
                w = c.lower_
                if w in POSSIBLE_HEDGES and w != "reportedly":
                    level = min(level, POSSIBLE, key=_ORDER.get)
                elif w in PROBABLE_HEDGES and w not in ("reportedly", "allegedly"):
                    level = min(level, PROBABLE, key=_ORDER.get)
            if p.lower_ in ("likely", "unlikely", "probable") or \
                    p.lemma_.lower() in PROBABLE_PREDICATES:
                level = min(level, PROBABLE, key=_ORDER.get)
            if p.lower_ in ("possible",):
                level = min(level, POSSIBLE, key=_ORDER.get)
    return level


def mode(att: Attribution, quotes: list[tuple[int, int]]) -> str:
    if att.cue_lemma in ALLUSION_VERBS:
        return "allusion"
    s, e = att.content
    over = overlapping(quotes, s, e)
    if not over:
        return "indirect"
    if any(qs - 2 <= s and e <= qe + 2 for qs, qe in over):
        return "direct"
    return "mixed"
