"""Which event mentions may start an incident of their own.

An analyst codes an incident for an event the report tells as having happened at a place.
A daily assessment also restates its context ("Russian forces continued offensive operations
in Donetsk Oblast"), speaks of whole countries, and weighs what may come ("may soon
attempt", "is unlikely to allow", "would not lead to"). Such a mention still joins an
incident it is compatible with (it is kept, with its source, in the store's events either
way), but it never starts one: on the ISW corpus, placeless, country-level and
region-restating mentions were more than half of all incidents (4,110 placeless and 592
country-level of 9,834 listed, 2026-12-04).
"""

from __future__ import annotations

import re
from typing import Iterable

from ..records import COUNTRY, NEAR_SETTLEMENT, REGION, SETTLEMENT
from .compat import mention_family
from .model import Mention

# A clause that forecasts, weighs or supposes rather than reports (the events stage marks
# "will"/"would"/"could" on the trigger's own verb; these reach it from the clause around).
_ASSESSMENT = re.compile(
    r"\b(unlikely|likely to|(?:is|are|was|were) (?:not )?likely|would|could|might|may (?:soon|"
    r"also|still|not|be|have|attempt|try|seek|launch|resume|begin|continue)|will|ready to|"
    r"intend\w*|plan(?:s|ned|ning)? to|seek(?:s|ing)? to|prepar\w+ to|in order to|aim\w* to|"
    r"threat\w* to|in the coming|in the near future|set(?:ting)? conditions)\b", re.I)


# An attempt, an aim or a condition on taking a place is no change of control ("efforts to
# capture Severodonetsk", "to take control of the highway", "once they capture the city",
# "whether or not Russian forces capture"): ISW, May-June 2022, 20 of 42 members of one
# Severodonetsk "capture" story were such clauses.
_ATTEMPT = re.compile(
    r"(^\s*(?:in order )?to\b|\b(?:attempt\w*|efforts?|tr(?:y|ies|ying|ied)|push\w*|bid|"
    r"operations?|goal|objective|aim\w*|intend\w*|continu\w+|order|orders|focus\w*) to\b|"
    r"\b(?:once|whether|if|unless|until|before)\b|\bencircl\w*|\bgains?\b|\bgain (?:ground|access)\b)",
    re.I)


def attempt(m: Mention) -> str | None:
    """Why a territory mention tells of an attempt, an aim or a condition rather than a
    change of control (or None)."""
    if mention_family(m.event_type, m.sub_event_type, m.evidence.text) != "territory":
        return None
    if _ATTEMPT.search(m.evidence.text):
        return "an attempt, aim or condition on taking a place, not a change of control"
    return None


def settled_regions(mentions: Iterable[Mention]) -> frozenset[tuple[str, str, str]]:
    """(family, country, admin-1) of a report's settlement-level asserted mentions: a
    region-level mention of the same family there restates them."""
    out = set()
    for m in mentions:
        p = m.place
        if p is None or (p.precision or SETTLEMENT) > NEAR_SETTLEMENT or not p.admin1:
            continue
        out.add((m.report_id, mention_family(m.event_type, m.sub_event_type, m.evidence.text), f"{p.country_code}.{p.admin1}"))
    return frozenset(out)


def not_salient(m: Mention, settled: frozenset[tuple[str, str, str]]) -> str | None:
    """Why ``m`` may not start an incident, or None when it may."""
    p = m.place
    if p is None:
        return "no place stated"
    prec = p.precision or SETTLEMENT
    if prec >= COUNTRY:
        return "a whole country is no incident's place"
    if prec >= REGION and (m.report_id, mention_family(m.event_type, m.sub_event_type, m.evidence.text),
                           f"{p.country_code}.{p.admin1}") in settled:
        return "restates at region level what the report tells at its settlements"
    if _ASSESSMENT.search(m.evidence.text):
        return "an assessment, forecast or supposition, not a report of an event"
    return attempt(m)
