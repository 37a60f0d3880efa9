"""Claims: attribution (source, cue, content), stance, certainty, mode, linked events.

``extract_claims`` is the stage function the pipeline calls after the events stage:

    attributions = find_attributions(doc)          attribution.py (parse + cue lexicon)
    quotes       = quote_spans(doc.text)           quotes.py (direct quotes widen the content)
    source       = SourceResolver.resolve(span)    sources.py + registry.py (coreference, kind)
    stance, certainty, mode                        factuality.py (FactBank-style)
    events       = link_events(content, events)    linking.py (evidence overlap)
"""

from __future__ import annotations

from ..records import Actor, Claim, Event, Report, Span
from .attribution import Attribution, find_attributions, trim
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
    for att in find_attributions(doc):
        att = _widen_to_quote(text, att, quotes)
        source = resolver.resolve(*att.source)
        cs, ce = att.content
        claims.append(Claim(
            source=source,
            cue=Span(text[att.cue[0]:att.cue[1]], *att.cue),
            content=Span(text[cs:ce], cs, ce),
            stance=stance(doc, att),
            certainty=certainty(doc, att),
            mode=mode(att, quotes),
            events=evidence.link((cs, ce)),
        ))
    return claims
