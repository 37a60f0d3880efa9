"""Claims: attribution (source, cue, content), stance, certainty, mode, linked events.

``extract_claims`` is the stage function the pipeline calls after the events stage:

    attributions = find_attributions(doc)          attribution.py (parse + cue lexicon)
    quotes       = quote_spans(doc.text)           quotes.py (direct quotes widen the content)
    source       = SourceResolver.resolve(span)    sources.py + registry.py (coreference, kind)
    stance, certainty, mode                        factuality.py (FactBank-style)
    events       = link_events(content, events)    linking.py (evidence overlap)
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Actor, Claim, Event, Report, Span
from .attribution import Attribution, conceded_clause, find_attributions, trim
from .cues import SIEGE, TOPIC_CUES
from .factuality import certainty, mode, stance
from .linking import EvidenceIndex
from .quotes import quote_spans
from .sources import SourceResolver

__all__ = ["extract_claims"]


def _widen_to_quote(text: str, att: Attribution, quotes: list[tuple[int, int]]) -> Attribution:
    """A content that starts at a quotation and ends in or at its end is the whole quote
    (a quote can run over several sentences while the parse only sees the last one)."""
    s, e = att.content
    for qs, qe in quotes:
        if qs - 2 <= s <= qs + 1 and e <= qe + 2 and qe > s:
            cs, ce = trim(text, qs, qe)
            if ce > cs:
                return Attribution(att.source, att.cue, (cs, ce), att.cue_lemma, att.cue_token,
                                   att.content_root, att.negated, att.noun_cue)
        if qs - 2 <= s and e <= qe + 2:
            return att
    return att


def extract_claims(doc, actors: list[Actor], events: list[Event], report: Report) -> list[Claim]:
    """The report's claims in text order, each with exact spans into ``report.text``.

    ``actors`` is not needed (sources are resolved by this stage's own registry); it stays in
    the signature the pipeline calls. ``events`` are linked when their evidence overlaps a
    claim's content.
    """
    if doc is None or not hasattr(doc, "text"):
        raise TypeError(f"extract_claims: expected a spaCy Doc for report "
                        f"{getattr(report, 'id', '?')!r}, got {type(doc).__name__}")
    text = doc.text
    quotes = quote_spans(text)
    resolver = SourceResolver(doc, report_source=getattr(report, "source", None))
    evidence = EvidenceIndex(events or [])
    claims: list[Claim] = []
    atts = []
    for att in find_attributions(doc):
        att = _widen_to_quote(text, att, quotes)
        cs, ce = att.content
        linked = _linked(doc, att, evidence, events or [], cs, ce)
        if att.cue_lemma in TOPIC_CUES and not linked:
            continue  # "discussed the situation at the front": a topic, no proposition
        source = resolver.resolve(*att.source)
        claims.append(Claim(
            source=source,
            cue=Span(text[att.cue[0]:att.cue[1]], *att.cue),
            content=Span(text[cs:ce], cs, ce),
            stance=stance(doc, att),
            certainty=certainty(doc, att),
            mode=mode(att, quotes),
            events=linked,
        ))
        atts.append(att)
    return _answered_claims(_own_events_only(doc, claims, atts))


# Words of an act too common to tell which claim a denial answers
_COMMON_WORDS = {"russian", "ukrainian", "forces", "troops", "claims", "claim", "reports",
                 "report", "statements", "statement", "military", "units"}


def _act_stems(text: str) -> set[str]:
    """The four-letter stems of a content's longer words ("encirclement" -> "enci"), less
    the words every claim shares."""
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:4] for w in words if len(w) >= 6 and w not in _COMMON_WORDS}


def _answered_claims(claims: list[Claim]) -> list[Claim]:
    """A denial of another party's claim named by its act ("X denied Y's claims of
    encirclement") answers the claim Y made before in the report of that act ("Y claimed
    that forces are encircling the troops in P"): it takes that claim's events, as does the
    claim the denial names ("Y's claims of encirclement"), whose content is the bare noun.
    Without them the denial is tied to no event and no dispute appears (read227: the
    encirclement claim stood uncontested)."""
    out = list(claims)
    for i, d in enumerate(claims):
        if d.stance != "denies" or d.events:
            continue
        named = [(j, n) for j, n in enumerate(claims) if n is not d and n.source is not None
                 and d.content.start <= n.cue.start < d.content.end]
        for j, n in named:
            if SIEGE.search(n.content.text):
                # "denied Y's claims of encirclement": the events of Y's claim are the
                # fighting told there, which the denial does not dispute (cues.SIEGE)
                continue
            stems = _act_stems(n.content.text)
            told = [c for c in claims[:i] if c is not n and c.events and c.stance == "asserts"
                    and c.source is not None and c.source.canonical == n.source.canonical
                    and stems & _act_stems(c.content.text)]
            if told:
                out[i] = replace(d, events=told[-1].events)
                if not n.events:
                    out[j] = replace(n, events=told[-1].events)
                break
    return out


def _linked(doc, att, evidence: EvidenceIndex, events: list, cs: int, ce: int) -> tuple:
    """The events the claim's content tells. A claim set against its clause ("captured the
    plant despite Russian claims of a mass surrender") is of its own content only, never of
    the act the clause tells, whose evidence holds it (read201: the capture stood as the
    Russian government's claim)."""
    linked = evidence.link((cs, ce))
    cue = doc[att.cue_token] if att.cue_token is not None else None
    if cue is not None and _conceded(cue):
        linked = tuple(k for k in linked if _mostly_within(events[k].evidence, cs, ce))
    return linked


def _mostly_within(span, cs: int, ce: int) -> bool:
    """Does at least half of the span lie inside [cs, ce)?"""
    inter = min(ce, span.end) - max(cs, span.start)
    return inter > 0 and inter >= 0.5 * max(1, span.end - span.start)


# Prepositions that set a claim against the clause it stands in
_CONCESSIVE = {"despite", "notwithstanding", "contrary"}


def _conceded(cue) -> bool:
    """Is the claim's cue a noun set against its clause ("despite Russian claims of X",
    "contrary to claims that X")?"""
    head = cue.head if cue.dep_ == "pobj" else None
    if head is not None and head.lower_ == "to" and head.head.lower_ == "contrary":
        return True
    return head is not None and head.lower_ in _CONCESSIVE


def _own_events_only(doc, claims: list[Claim], atts: list) -> list[Claim]:
    """A claim whose content runs on into another speaker's claim joined to it ("Fedorov
    reported that A, and Kiselyov claimed that B") keeps only its own events: B is
    Kiselyov's, not Fedorov's (read66: the shoot-down stood as confirmed by both). A claim
    inside what the first says ("Fedorov said that Russian sources claimed B") is his to
    relay: it keeps it, unless the outer speaker's words set it aside ("reported that
    forces repelled an attack on X, despite Russian claims that Russian forces captured X":
    the capture is the Russian claim the report answers, not one the speaker relays; it
    stood as confirmed by the General Staff)."""
    out = list(claims)
    for i, (a, att_a) in enumerate(zip(claims, atts)):
        if att_a.content_root is None or not a.events:
            continue
        said = {t.i for t in doc[att_a.content_root].subtree}
        # (the parse may join the second saying to the first's content: "struck ..., and
        # Kiselyov claimed" a conjunct of "struck")
        inside = [(b, att_b) for b, att_b in zip(claims, atts) if b is not a
                  and a.content.start <= b.cue.start < a.content.end]
        others = {e for b, att_b in inside
                  if att_b.cue_token not in said or doc[att_b.cue_token].dep_ == "conj"
                  for e in b.events}
        # (a claim set aside is never the outer speaker's, even if it tells nothing else)
        aside = {e for b, att_b in inside
                 if _set_aside(doc[att_b.cue_token], att_a.content_root) for e in b.events}
        drop = set(aside)
        if others and set(a.events) - others:
            drop |= others
        if drop & set(a.events):
            out[i] = replace(a, events=tuple(e for e in a.events if e not in drop))
    return out


def _set_aside(cue, root: int) -> bool:
    """Is the cue word of a nested claim under a concessive phrase ("despite claims that",
    "in spite of reports", "contrary to claims": attribution.conceded_clause) below the outer
    content's root?"""
    tok = cue
    while tok.i != root and tok.head.i != tok.i:
        if conceded_clause(tok) is not None:
            return True
        tok = tok.head
    return False
