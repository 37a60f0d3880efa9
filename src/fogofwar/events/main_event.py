"""The report's main event: the event or events that are its news.

The news is told in the report's lead: the whole text of a one-paragraph report (a news
snippet), else the first paragraph that tells an event and is no heading (an ISW daily
report's opening paragraph, an article's first paragraph). The event stage reads the lead as
one event the way ``detect.classify`` reads a snippet (``detect.read_news``): the most salient
candidate, typed with the whole lead as its context, else the most specific cue. The events
built from that candidate (one per site it names) are the main events:

- in a one-paragraph report the candidate becomes an event even where the stage would not
  make one of a mere mention (a snippet is told for its news), so a snippet's main event is
  the one ``classify`` chooses (the CASE 2021 gate scores ``extract`` through this flag);
- when the lead tells one event (no other of its events is at another site) the main event
  takes the lead's typing, coded by the stage's conventions where the report names a state
  party with a side (events/coding.py); beside other events the sentence's typing stands;
- in a longer report whose lead only names its news, the most salient event the lead tells
  is the main one; a report with no event in its lead has none;
- in a longer report an event that did not happen as told (negated, denied, future,
  hypothetical, possible) is never the news while the report tells one that did (a snippet's
  news stays the one ``classify`` chooses): an ISW lead that only forecasts ("to
  liberate more of its occupied territory into the winter") hands the flag to the most
  salient asserted event of the first paragraph, from the lead on, that tells one
  (``told_main``; read223).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..records import Event
from .detect import Candidate

__all__ = ["lead_span", "mark_main", "most_salient", "one_paragraph", "retype_main",
           "told_main"]


def one_paragraph(text: str) -> bool:
    """Is the report one paragraph (a news snippet, a one-line item)?"""
    return "\n" not in text.strip()


def lead_span(doc, cands: Sequence[Candidate], heading: Callable[[int], bool]):
    """The report's lead as a spaCy span, or None when no paragraph tells an event.

    ``heading(token_index)`` says whether that token's line is a heading or a list's lead-in.
    A text of one paragraph is its own lead (even with no candidate: its most specific cue may
    still name its news)."""
    text = doc.text
    if one_paragraph(text):
        return doc[:]
    for c in cands:  # in text order
        if heading(c.trigger):
            continue
        at = doc[c.trigger].idx
        s = text.rfind("\n", 0, at) + 1
        e = text.find("\n", at)
        span = doc.char_span(s, len(text) if e < 0 else e, alignment_mode="contract")
        if span is not None and len(span):
            return span
    return None


def mark_main(events: Sequence[Event], origins: Sequence[int | None],
              trigger: int | None) -> list[Event]:
    """Flag as main the events built from the candidate at token ``trigger`` (``origins[i]``
    is the trigger of ``events[i]``'s candidate; one event per site it names) and every other
    event as not main. Deterministic: the same events, origins and trigger, the same flags."""
    return [replace(ev, main=trigger is not None and origin == trigger)
            for ev, origin in zip(events, origins)]


def most_salient(origins: Sequence[int], score: Callable[[int], float]) -> int | None:
    """The trigger of the highest ``score`` among ``origins``, the earliest on a tie; None
    when there is none."""
    return max(origins, key=lambda o: (score(o), -o), default=None)


def retype_main(events: Sequence[Event], origins: Sequence[int | None],
                in_lead: Sequence[bool], trigger: int, sub: str,
                recode: Callable[[str], dict]) -> list[Event]:
    """Give the events of the main candidate (``origins[i] == trigger``) the lead's typing
    ``sub``, when the lead tells one event: no other event of the lead is at a site the main
    event is not. ``recode(sub)`` gives the fields to replace (the type, and the actors as the
    stage's coding conventions set them, events/coding.py). All of a one-event lead's words
    describe its event ("injured in the disaster, triggered by torrential rain", "protesters
    ... clashes with police"); beside another event at another site ("Artillery shelled
    Nikopol. Drones struck Marhanets.") they may be the other's: the sentence's typing stands."""
    mine = {ev.location for ev, o in zip(events, origins) if o == trigger}
    others = {ev.location for ev, o, lead in zip(events, origins, in_lead)
              if lead and o != trigger and ev.location is not None}
    if others - mine or all(ev.sub_event_type == sub for ev, o in zip(events, origins)
                            if o == trigger):
        return list(events)
    fields = recode(sub)
    return [replace(ev, **fields) if o == trigger else ev for ev, o in zip(events, origins)]


def told_main(events: Sequence[Event], origins: Sequence[int | None], trigger: int | None,
              paragraph: Callable[[int], int | None],
              score: Callable[[int], float]) -> int | None:
    """The main candidate's trigger, moved off an event that did not happen as told.

    Where every event of ``trigger`` is negative (negated, future, hypothetical, possible) and
    the report tells an asserted event, the news is the most salient asserted event of the
    first paragraph that tells one (``paragraph(o)``: the paragraph of trigger ``o``, None
    for a heading or a paragraph before the lead); otherwise ``trigger`` stands (a report
    that only forecasts keeps its forecast as its news)."""
    mine = [ev for ev, o in zip(events, origins) if o == trigger]
    if trigger is None or not mine or any(ev.polarity == "positive" for ev in mine):
        return trigger
    told = {o: paragraph(o) for ev, o in zip(events, origins)
            if ev.polarity == "positive" and o is not None and o >= 0}
    told = {o: k for o, k in told.items() if k is not None}
    if not told:
        return trigger
    first = min(told.values())
    return most_salient(sorted(o for o, k in told.items() if k == first), score)
