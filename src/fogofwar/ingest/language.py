"""A report's language, and whether the pipeline reads it.

The stages read English only (the spaCy model, the lexicons, the cue lists). A report in
another language is stored with its language and a warning, and is not extracted: an
English pipeline over Russian text finds nothing right, silently. ``fogofwar reprocess``
extracts it once a pipeline for its language exists.

Detection is py3langid (langid.py's model, bundled in the package: nothing is fetched at
run time; ~0.5 s to load once, well under a millisecond per report). A short or mixed text
can fool it, so a language other than English is taken only with high confidence;
otherwise the report is read as English, as before.
"""

from __future__ import annotations

from functools import lru_cache

READS = frozenset({"en"})
# langid's normalised probability for a non-English label below which we do not trust it
# (a line of place names reads as Finnish at 0.05; Russian or German sentences score 0.99)
MIN_CONFIDENCE = 0.9
MIN_LETTERS = 20  # fewer letters than this: too little text to tell
SAMPLE_CHARS = 20_000  # the language of a report is clear long before its end


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's bundled model, decompressed in memory. Its own loader streams the model
    through a temporary file, so on a full disk every report would fail to read; this
    reads the same npz (py3langid 0.4's layout) without touching the disk."""
    import io
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    with lzma.open(MODEL_DIR / MODEL_FILE) as src:
        buffer = io.BytesIO(src.read())
    with np.load(buffer, allow_pickle=False) as d:
        return LanguageIdentifier(
            np.asarray(d["ptc"]), np.asarray(d["pc"]), d["classes"].tolist(),
            _to_array(d["nextmove"]), d["out_feat"].tolist(), norm_probs=True,
            tk_row=_to_array(d["nextmove_row"]))


def normalise(tag: str | None) -> str | None:
    """A language tag as its ISO 639-1 code: "en-US" -> "en", "RU" -> "ru"."""
    if not tag:
        return None
    code = str(tag).strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def detect(text: str) -> str | None:
    """The text's language (ISO 639-1), or None when it cannot be told with confidence;
    English is taken at any confidence (reading it is what happens anyway)."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    label, p = _identifier().classify(sample)
    if label in READS:
        return label
    return label if p >= MIN_CONFIDENCE else None


def reads(language: str | None) -> bool:
    """Does the pipeline read this language? (Unknown: read it as English.)"""
    return language is None or normalise(language) in READS


def not_read_warning(language: str | None) -> str:
    return (f"language {normalise(language)}: no extraction yet (fogofwar reads English "
            "only; the report is stored with its language, and `fogofwar reprocess` can "
            "extract it when a pipeline for it exists)")
