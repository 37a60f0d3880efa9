"""Events: detection, ACLED typing, actors, arguments (place, time, fatalities), polarity.

``extract_events`` is the pipeline's event stage: cues found in the parse (detect.py) become
candidate events; each gets its actors in ACLED's actor1/actor2 roles, its own site (one event
per coordinated site, as ACLED codes one location per event), its own time (in its clause, else
continuing from the previous sentence, else an inferred publication-date entry), fatalities
and a modality (polarity.py). Mentions of an event that name nothing about it ("these
operations remain controversial") are references, not new events, and are skipped.
"""

from __future__ import annotations

from datetime import date

from ..records import Actor, Event, Fatalities, Place, Report, Span, TimeValue
from . import fatalities as _fatalities
from .arguments import (
    anaphoric_site, locations, place_tokens, region, roles, tree_distance,
)
from .coding import code_event, dyad_of
from .detect import Candidate, detect, sent_starts
from .polarity import modality
from .plover import plover_code
from .taxonomy import ALL_SUBTYPES

__all__ = ["extract_events"]

_USABLE_REFS = {"PRESENT_REF"}


def _usable_time(t: TimeValue) -> bool:
    """Times that can date an event: dates, months, years, intervals; not durations ("for
    months") or vague past/future references."""
    if t.inferred:
        return False
    v = t.value or ""
    if v.startswith("P") and v not in _USABLE_REFS:
        return False
    return not v.endswith("_REF") or v in _USABLE_REFS


def _inferred(times: list[TimeValue], published: date | None) -> int | None:
    if published is None:
        return None
    for k, t in enumerate(times):
        if t.inferred:
            return k
    iso = published.isoformat()
    times.append(TimeValue(text="", start=0, end=0, value=iso, precision="day", first=iso,
                           last=iso, inferred=True))
    return len(times) - 1


def extract_events(doc, places: list[Place], times: list[TimeValue], actors: list[Actor],
                   report: Report) -> tuple[list[Event], list[TimeValue]]:
    """Return the report's events and the times list (extended with inferred times, if any).

    Raises ValueError naming the report when the doc carries no dependency parse (the event
    stage reads arguments off the parse; a pipeline without a parser cannot feed it)."""
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError(f"report {report.id!r}: the spaCy doc has no dependency parse; "
                         "the event stage needs a pipeline with a parser")
    places = list(places)
    times = list(times)
    actor_at: dict[int, Actor] = {}
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                actor_at[t.i] = a
    skip = frozenset(i for i, a in actor_at.items()
                     if a.kind not in ("protesters", "rioters"))  # "protesters" is also a cue
    # capitals and countries standing for governments ("Moscow retook") are actors, not sites
    metonyms = frozenset(i for i, a in actor_at.items() if a.kind == "government")
    cands = detect(doc, skip=skip, actor_at=actor_at)
    triggers = {c.trigger for c in cands}
    ptoks = place_tokens(doc, places)
    ttoks = place_tokens(doc, times)
    own_time = _assign_times(doc, cands, times, ttoks)
    dyad = dyad_of(actors)
    published = report.published_date

    events: list[Event] = []
    refs: list[bool] = []
    last_site: tuple[int, int] | None = None
    battle_at: dict[str | None, tuple[str | None, str | None]] = {}  # site name -> actors
    sent_time: dict[int, int] = {}
    fig_cache: dict = {}
    for c in cands:
        trig = doc[c.trigger]
        sent = trig.sent
        reg = region(doc, c.trigger, triggers - {c.trigger})
        (a1, s1), (a2, s2) = roles(doc, c.trigger, actor_at)
        syntactic_actor = bool(a1 or a2)
        sites = locations(doc, c.trigger, reg, places, ptoks, metonyms)
        if not sites:
            sites = _site_by_name(trig, places)
        if not sites and last_site is not None and anaphoric_site(doc, reg):
            sites = [last_site]
        tk = own_time.get(c.trigger)
        fig = _figure(doc, c, cands, fig_cache)
        if trig.pos_ in ("NOUN", "PROPN") and not (sites or syntactic_actor or fig
                                                    or _named_site(trig)):
            continue  # a reference to events told elsewhere, or a generic mention
        if tk is None:
            tk = _continuing_time(doc, sent, sent_time)
        if tk is None:
            tk = _inferred(times, published)
        else:
            sent_time.setdefault(sent.start, tk)
        sub, a1, a2 = code_event(doc, c.sub, trig, reg, (a1, s1), (a2, s2), sites, places,
                                 dyad, battle_at)
        mod = modality(trig, [doc[i] for i in c.tokens])
        toks = reg | c.tokens
        lo = max(min(toks), sent.start)
        hi = min(max(toks) + 1, sent.end)
        while hi - lo > 1 and doc[hi - 1].is_punct:  # the sentence's full stop is no evidence
            hi -= 1
        while hi - lo > 1 and doc[lo].is_punct:
            lo += 1
        ev_span = doc[lo:hi]
        evidence = Span(ev_span.text, ev_span.start_char, ev_span.end_char)
        # a noun with no actor of its own may re-mention an event told before
        reference = trig.pos_ in ("NOUN", "PROPN") and not syntactic_actor
        for k, prec in (sites or [(None, None)]):
            refs.append(reference)
            events.append(Event(
                event_type=ALL_SUBTYPES[sub], sub_event_type=sub, actor1=a1, actor2=a2,
                location=k, time=tk, fatalities=fig,
                polarity="positive" if mod == "asserted" else "negative",
                evidence=evidence, modality=mod, plover=plover_code(sub, sent, trig),
                location_precision=prec))
        if sites:
            last_site = sites[-1]
    return _dedupe(events, refs, places), times


def _site_by_name(trig, places: list[Place]) -> list[tuple[int, int]]:
    """"battles in Demidovka" where the place stage missed this mention of a name it found
    elsewhere in the report: the same name's place, with its own precision."""
    for prep in trig.children:
        if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS:
            names = {t.text.lower() for t in prep.subtree if t.pos_ == "PROPN"}
            for k in range(len(places) - 1, -1, -1):
                if places[k].text.lower() in names:
                    prec = places[k].precision or 4
                    return [(k, max(prec, 2) if prep.lower_ == "near" else prec)]
    return []


_SITE_PREPS = ("in", "near", "at", "around", "outside")


def _named_site(trig) -> bool:
    """"battles in Demidovka": a proper name in a site phrase, even if no place was resolved."""
    for prep in trig.children:
        if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS:
            if any(t.pos_ == "PROPN" for t in prep.subtree):
                return True
    return False


def _assign_times(doc, cands: list[Candidate], times: list[TimeValue], ttoks) -> dict[int, int]:
    """Give each usable time expression to the nearest event trigger (in the dependency tree)
    of its sentence; each trigger keeps the nearest of the times it got."""
    got: dict[int, list[tuple[int, int]]] = {}
    starts = sent_starts(doc)
    by_sent: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sent.setdefault(starts[c.trigger], []).append(c)
    for k, (s, e) in enumerate(ttoks):
        if s < 0 or not _usable_time(times[k]):
            continue
        root = doc[s:e].root
        same = by_sent.get(starts[root.i], [])
        if not same:
            continue
        best = min(same, key=lambda c: (tree_distance(doc, root.i, c.trigger),
                                        abs(root.i - c.trigger)))
        got.setdefault(best.trigger, []).append((tree_distance(doc, root.i, best.trigger), k))
    return {t: min(v)[1] for t, v in got.items()}


def _continuing_time(doc, sent, sent_time: dict[int, int]) -> int | None:
    """The previous sentence's time when this one clearly continues it (its subject is a
    pronoun or 'those same ...'), within one paragraph."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in doc[prev.end - 1:sent.start + 1].text_with_ws:
        return None
    subj = [t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    if subj and (subj[0].pos_ == "PRON" or any(c.lower_ in ("same", "those", "these")
                                               for c in subj[0].children)):
        return sent_time.get(prev.start)
    return None


def _figure(doc, cand: Candidate, cands: list[Candidate], cache: dict) -> Fatalities | None:
    """The fatality figure of the sentence nearest this trigger (of the sentence's triggers)."""
    sent = doc[cand.trigger].sent
    if sent.start not in cache:
        found = _fatalities.parse(sent.text)
        same = [c for c in cands if sent.start <= c.trigger < sent.end] if found else []
        cache[sent.start] = (found, same)
    found, same = cache[sent.start]
    if not found:
        return None
    for s, e, fig in found:
        mid = sent.start_char + (s + e) // 2
        nearest = min(same, key=lambda c: abs(doc[c.trigger].idx - mid))
        if nearest is cand:
            return fig
    return None


def _dedupe(events: list[Event], refs: list[bool], places: list[Place]) -> list[Event]:
    """Drop re-mentions: a noun mention without its own actor ("the Belgorod operation") of an
    event already told with the same type, site, polarity and time. Separately told events
    (a verb, or a noun with its own actor) stay apart: they may come from different sources,
    and claims link to them one by one."""
    seen: dict[tuple, int] = {}
    out: list[Event] = []
    for ev, ref in zip(events, refs):
        if ev.location is None:
            out.append(ev)
            continue
        p = places[ev.location]
        # the name as written as well as its resolution: a village the gazetteer could only
        # place in its region is not the region named elsewhere
        key = (ev.sub_event_type, p.geonameid, (p.name or "").lower(), p.text.lower(),
               ev.polarity, ev.time)
        if ref and key in seen:
            continue
        seen.setdefault(key, len(out))
        out.append(ev)
    return out
