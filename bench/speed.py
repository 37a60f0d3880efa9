"""Speed and memory of `extract` next to the bare spaCy pipeline, in one run.

    python -m bench.speed [--limit N] [--repeat R]

Reads the ISW reports in ../shared/data/corpus/isw/, extracts their main text once (not
timed), then times, on one core and in the same process order each repeat:
  * spaCy alone: ``nlp.pipe`` over the texts with every component on;
  * the full pipeline: ``Pipeline.run_many`` (the same spaCy parse plus every stage).
Reports reports/s, words/s, the ratio full/spaCy (target >= 0.60), each stage's share of
the pipeline's time, and the peak RSS of each in a fresh subprocess (so that one's memory
does not hide the other's). Machines here are shared and noisy: read the ratio, which is
measured side by side, rather than absolute rates.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from .gatelib import shared

OUT = Path(__file__).resolve().parent / "out"


def isw_texts(limit: int | None = None) -> list[dict]:
    """The ISW reports as {"id", "text", "published"} (cached in bench/out)."""
    from fogofwar.ingest import read_path  # the same HTML reader `ingest` uses

    files = sorted(shared("corpus", "isw").glob("*.html"))[:limit]
    # (keyed by the readers' code too: a cache from before a change to ingest/ would hide it)
    cache = OUT / f"isw_texts_{len(files)}_{_reader_digest()}.jsonl"
    if cache.exists():
        return [json.loads(line) for line in cache.read_text().splitlines()]
    rows = []
    for f in files:
        for item in read_path(f):
            report = getattr(item, "report", item)
            if getattr(report, "text", None):
                rows.append({"id": f.stem, "text": report.text, "published": f.stem})
    OUT.mkdir(exist_ok=True)
    cache.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def _reader_digest() -> str:
    """A short digest of the ingest code (src/fogofwar/ingest)."""
    import hashlib

    h = hashlib.sha256()
    for f in sorted((Path(__file__).resolve().parents[1] / "src" / "fogofwar" / "ingest")
                    .glob("*.py")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


def _words(rows: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in rows)


def time_spacy(rows: list[dict]) -> float:
    from fogofwar import nlp as _nlp

    nlp = _nlp.load()
    t0 = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in rows), batch_size=16):
        pass
    return time.perf_counter() - t0


def time_pipeline(rows: list[dict]) -> tuple[float, dict[str, float]]:
    from fogofwar.pipeline import Pipeline
    from fogofwar.records import Report

    pipe = Pipeline()
    reports = [Report(id=r["id"], text=r["text"], published=r["published"]) for r in rows]
    t0 = time.perf_counter()
    for _ in pipe.run_many(reports):
        pass
    return time.perf_counter() - t0, dict(pipe.timings)


def _peak_rss_mb(which: str, limit: int | None) -> float:
    """Run one side in a fresh interpreter and return its peak resident memory in MB."""
    code = (
        "import resource, sys; from bench import speed; "
        f"rows = speed.isw_texts({limit!r}); "
        f"speed.time_{which}(rows); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N reports only")
    ap.add_argument("--repeat", type=int, default=1, help="alternate the two sides R times")
    ap.add_argument("--no-memory", action="store_true", help="skip the peak-RSS subprocesses")
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the issue asks

    rows = isw_texts(args.limit)
    words = _words(rows)
    spacy_s, pipe_s, stages = [], [], {}
    time_spacy(rows[:2])  # warm up: model load and first-call costs out of the timing
    time_pipeline(rows[:2])
    for _ in range(args.repeat):
        spacy_s.append(time_spacy(rows))
        elapsed, stages = time_pipeline(rows)
        pipe_s.append(elapsed)
    s, p = min(spacy_s), min(pipe_s)
    stage_total = sum(stages.values())
    result = {
        "reports": len(rows), "words": words,
        "spacy_reports_per_s": round(len(rows) / s, 2), "spacy_words_per_s": round(words / s),
        "pipeline_reports_per_s": round(len(rows) / p, 2), "pipeline_words_per_s": round(words / p),
        "ratio_pipeline_to_spacy": round(s / p, 3),
        "stage_share": {k: round(v / stage_total, 3) for k, v in sorted(stages.items())},
        "stage_seconds": {k: round(v, 2) for k, v in sorted(stages.items())},
    }
    if not args.no_memory:
        result["peak_rss_mb_spacy"] = round(_peak_rss_mb("spacy", args.limit), 1)
        result["peak_rss_mb_pipeline"] = round(_peak_rss_mb("pipeline", args.limit), 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
