"""Shared parts of the place gates: a pinned gazetteer index per gate, the timed run.

Gates do not use the user's index (which may hold added sources): each builds its own in
$FOGOFWAR_BENCH_CACHE (default ~/.cache/fogofwar/bench) once, so its figures depend only on
the code and the pinned corpus.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .gatelib import shared


def bench_index(name: str, sources: list[str] = ()) -> Path:
    """Path of a gate's index: the default, plus ``sources`` from ../shared/data/geonames."""
    from fogofwar.geo.build import add_sources, build_default_index, is_current

    base = Path(os.environ.get("FOGOFWAR_BENCH_CACHE",
                               Path.home() / ".cache" / "fogofwar" / "bench"))
    path = base / f"{name}.sqlite"
    if not is_current(path):  # missing, or built by an older default: rebuild every layer
        tmp = base / f".{name}.building.sqlite"
        if tmp.exists():
            tmp.unlink()
        build_default_index(tmp)
        if sources:
            add_sources(list(sources), shared("geonames"), tmp)
        os.replace(tmp, path)
    return path


def run_articles(texts: list[str], index_path: Path):
    """Parse and place every text; yield places per text; return spaCy and stage seconds."""
    from fogofwar import nlp as _nlp
    from fogofwar.geo.stage import PlaceStage

    nlp = _nlp.load()
    stage = PlaceStage.load(str(index_path))
    t_spacy = t_geo = 0.0
    out = []
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=32):
        t1 = time.perf_counter()
        t_spacy += t1 - t0
        out.append(stage(doc, None))
        t0 = time.perf_counter()
        t_geo += t0 - t1
    return out, t_spacy, t_geo
