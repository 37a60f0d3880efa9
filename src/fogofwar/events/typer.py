"""The learned event typer: a spaCy text classifier that types a passage's news where the
rules are unsure (issue 13).

The hand-written rules (detect.py) type the CASE 2021 snippets their author read far better
than unseen ones. The learned typer is a spaCy ``textcat`` (bag of unigrams and bigrams)
over what the rules see without their decisions: the passage's lemmas and the sub-event
types of the lexicon's cues found in it (``cue_air_drone_strike``...), plus the rules'
reading as one word (``rule_armed_clash``; in training given only on passages the rules'
author never read, so the model learns how far to trust it on unseen text). It was trained on
the CASE 2021 dev set's even rows and on snippets written from the codebook definitions
(bench/typer_snippets.tsv) by ``python -m bench.train_typer``, which records the training
data's checksum in the model's meta; the model ships in ``typer_model/`` (no fetching).

It overrides the rules' reading only where it is confident (0.4) and gives the rules' type
little chance (under 0.2; :func:`combine`): the thresholds, like the features and the
architecture, were chosen under 5-fold cross-validation on the even rows and the codebook
snippets together.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "typer_model"
# the learned type replaces the rules' when its probability is at least CONFIDENT and the
# rules' type has less than DOUBTED (bench/train_typer.py --cv measured the choice)
CONFIDENT = 0.4
DOUBTED = 0.2

__all__ = ["CONFIDENT", "DOUBTED", "MODEL_DIR", "combine", "learned_cats", "rule_token",
           "typer_words", "vote"]


def cue_token(sub: str) -> str:
    """The feature word of a cue's sub-event type ("Air/drone strike" -> cue_air_drone_strike)."""
    return "cue_" + sub.lower().replace(" ", "_").replace("/", "_")


def rule_token(sub: str) -> str:
    """The feature word of the rules' reading ("Armed clash" -> rule_armed_clash)."""
    return "rule_" + sub.lower().replace(" ", "_").replace("/", "_")


def typer_words(tokens: Iterable, cue_subs: Iterable[str], rule_sub: str | None = None
                ) -> list[str]:
    """The words the typer reads: the lower-cased lemmas of the passage's tokens (no
    punctuation or spaces), then one word per sub-event type of the cues found there
    (sorted, once each), then the rules' reading as one word where given (``rule_sub``).
    Training and run time build their input through this one function."""
    words = [t.lemma_.lower() or t.lower_ for t in tokens if not (t.is_punct or t.is_space)]
    words += sorted({cue_token(s) for s in cue_subs})
    return words + [rule_token(rule_sub)] if rule_sub else words


@lru_cache(maxsize=1)
def _model():
    import spacy

    if not (MODEL_DIR / "config.cfg").is_file():
        raise RuntimeError(f"the learned event typer is missing from {MODEL_DIR}; "
                           "rebuild it with `python -m bench.train_typer` (needs ../shared)")
    return spacy.load(MODEL_DIR)


def learned_cats(words: list[str]) -> dict[str, float]:
    """The typer's probability for each sub-event type (ACLED names, "Other" and the
    non-conflict types), from the words :func:`typer_words` made."""
    from spacy.tokens import Doc

    nlp = _model()
    doc = Doc(nlp.vocab, words=words or [""])
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return dict(doc.cats)


def combine(rule_sub: str, cats: dict[str, float], confident: float = CONFIDENT,
            doubted: float = DOUBTED) -> str:
    """The rules' sub-event type, unless the typer is confident of another (its top type at
    ``confident`` or more) and gives the rules' type under ``doubted``. Pure."""
    if not cats:
        return rule_sub
    top = max(cats, key=lambda k: (cats[k], k))
    if top != rule_sub and cats[top] >= confident and cats.get(rule_sub, 0.0) < doubted:
        return top
    return rule_sub


def vote(rule_sub: str, cats: dict[str, float], weight: float = 0.3) -> str:
    """The type with the highest typer probability once the rules' type gets ``weight``
    more: the rules stand unless the typer gives another type ``weight`` more than theirs.
    Pure."""
    if not cats:
        return rule_sub
    return max(set(cats) | {rule_sub},
               key=lambda k: (cats.get(k, 0.0) + (weight if k == rule_sub else 0.0), k))
