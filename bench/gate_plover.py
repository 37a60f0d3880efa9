"""Gate: PLOVER gold standard records (322 sentences coded with PLOVER 0.5 event types).

Each sentence goes through the event stage's typing: the most specific ACLED cue, mapped to
PLOVER (taxonomy.PLOVER), or, for diplomatic and uncued sentences, the PLOVER verb class of
the governing verb (events/plover.py). Nothing is learned from this file. ``acc_conflict`` is
the accuracy on the records whose gold type is one our ACLED taxonomy covers (FIGHT, ASSAULT,
COERCE, PROTEST, RETREAT, MOBILIZE, AGREE). The verb lexicon's author looked at misses on the
even rows only; ``accuracy_odd`` is the figure on rows never inspected.
"""

from __future__ import annotations

import json

from bench.gatelib import shared

CORPUS = ["events/PLOVER_GSR_CAMEO.json"]
CONFLICT = {"FIGHT", "ASSAULT", "COERCE", "PROTEST", "RETREAT", "MOBILIZE", "AGREE"}


def load(limit: int | None = None) -> list[tuple[str, str]]:
    recs = json.loads(shared(CORPUS[0]).read_text(encoding="utf-8"))
    rows = [(r["text"], r["event"]) for r in recs if r.get("text") and r.get("event") != "DOCUMENT"]
    return rows[:limit] if limit else rows


def predict_one(doc) -> str | None:
    """The governing verb's PLOVER class; the ACLED typing where the verb has none (or is a
    generic fight/assault verb and a more specific ACLED cue exists)."""
    from fogofwar.events.detect import detect
    from fogofwar.events.plover import plover_code, plover_of_sentence

    sents = list(doc.sents)
    verb = plover_of_sentence(sents[0]) if sents else None
    cands = [c for c in detect(doc) if c.sub not in ("Diplomatic event", "Other")]
    if cands and (verb is None or verb in ("FIGHT", "ASSAULT")):
        best = max(cands, key=lambda c: (c.weight, -c.trigger))
        if best.weight >= 3:
            return plover_code(best.sub, doc[best.trigger].sent, doc[best.trigger])
    return verb


def run(limit: int | None = None) -> dict[str, float]:
    from fogofwar import nlp as _nlp

    rows = load(limit)
    nlp = _nlp.load()
    pred = [predict_one(d) for d in nlp.pipe([r[0] for r in rows], batch_size=64)]
    gold = [r[1] for r in rows]
    conf = [i for i, g in enumerate(gold) if g in CONFLICT]
    odd = [i for i in range(len(gold)) if i % 2 == 1]
    return {
        "accuracy": round(sum(p == g for p, g in zip(pred, gold)) / len(gold), 4),
        "accuracy_odd": round(sum(pred[i] == gold[i] for i in odd) / len(odd), 4),
        "acc_conflict": round(sum(pred[i] == gold[i] for i in conf) / len(conf), 4),
        "coverage": round(sum(p is not None for p in pred) / len(pred), 4),
    }


def errors(parity: int = 0) -> list[tuple[str, str | None, str]]:
    """(gold, predicted, sentence) for the misses of one half (0 = even rows; the lexicon's
    author looked at these only)."""
    from fogofwar import nlp as _nlp

    rows = load()
    nlp = _nlp.load()
    pred = [predict_one(d) for d in nlp.pipe([r[0] for r in rows], batch_size=64)]
    return [(g, p, t) for i, ((t, g), p) in enumerate(zip(rows, pred))
            if i % 2 == parity and p != g]
