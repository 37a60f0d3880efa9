"""Small readings of a spaCy parse that more than one stage asks."""

from __future__ import annotations

# A subject that names no one: "no sources", "neither Ukrainian nor Russian sources", "none
# of the officials", "nobody"
_NOBODY_DETS = frozenset({"no", "neither"})
_NOBODY_WORDS = frozenset({"none", "nobody", "neither", "noone"})


def nobody_subject(verb) -> bool:
    """Does the verb's subject deny that anyone did it ("No official sources have confirmed
    the capture", "Neither Ukrainian nor Russian sources confirmed it", "None of the officials
    commented")? Its statement is then negated, like "sources have not confirmed" (read25: a
    source named "Neither official Ukrainian nor Russian sources" asserted two captures)."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in _NOBODY_WORDS or any(
                d.dep_ in ("det", "preconj") and d.lower_ in _NOBODY_DETS for d in c.children):
            return True
        if any(d.dep_ == "amod" and d.lower_ == "neither" for d in c.children):
            return True
    return False
