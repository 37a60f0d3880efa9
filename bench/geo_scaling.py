"""How extraction time grows with a report's length, through the CLI (issue 16, item 2).

    python -m bench.geo_scaling [--sizes 25000,100000,250000,990000] [--stages] [--timeout S]

Builds one report per size by concatenating real ISW daily reports (../shared/data/corpus/
isw, in date order, cut at a paragraph end), and times ``fogofwar extract`` on it as a user
would run it (one JSONL line on stdin; the default+UA+RU-postal bench gazetteer, as the
place gates use). A one-sentence report is timed first: its time is the start-up cost
(model and gazetteer load), subtracted to give the time the report itself takes.
``--stages`` also runs the pipeline in this process on each report and prints the seconds
of every stage, so a stage that grows faster than the others shows by name;
``--place-stage`` times only the parse and the place stage, in this process (no CLI).

Prints one JSON line per size and a last line with the ratio of the largest report's time
to the smallest one's against the ratio of their lengths (linear growth: the two are about
equal; issue 16 asks for at most ~40x from 25k to 1M characters).

Measured 2026-12-04 (2 shared cores, noisy; `--place-stage`, seconds):

| chars | place stage before (f10b99a^) | after | spaCy parse |
|---|---|---|---|
| 25k | 0.76 | 0.08 | 1.4 |
| 100k | 6.08 | 0.22 | 4.8 |
| 250k | 71.66 | 0.91 | 13.6 |
| 990k | (over 15 min, issue 16) | 5.28 | 89.0 |

Through the CLI (whole extract, start-up ~3 s included; the before run under contention
with a second run): 25k 42.5 s -> 5.3 s, 100k 127 s -> 17.7 s, 250k 354 s -> 54.7 s, 990k
(over 15 min) -> 703 s, of which the place stage is ~5 s and the parse ~90 s. What still grows
faster than the length is the events stage (100k 8.7 s, 250k 43 s: events/__init__.py
``_heading`` walks ``doc.sents`` once per event), not the place stage.

After a331a70 (the events stage read Doc.text once per event), through the CLI: 25k 0.7 s,
250k 14.6 s, 990k 100.7 s (was 703 s) of report time: 140x the 25k time for 40x the text.
The rest of the growth is the spaCy parse of one very long Doc (89 s at 990k), not our stages.

Issue 14/16 (2026-12-04): the line-break sentence starts were set one token at a time
(spaCy's setter scans the whole Doc each time: quadratic), an event looked at every place of
the report and a claim at every event; and a report over 100k characters is now parsed in
paragraph-aligned pieces, one at a time (nlp/long_texts.py). CPU seconds of one report's
extraction, model loaded (``Pipeline.run`` under ``time.process_time`` after a warm-up run,
PYTHONHASHSEED=0, default+UA+RU-postal gazetteer; CPU, not wall: the machine was shared):

| chars | before (d789bc5) CPU s | peak RSS | after CPU s | peak RSS |
|---|---|---|---|---|
| 25k | 0.80 | 251 MB | 0.80 | 250 MB |
| 100k | 3.23 | 462 MB | 3.26 | 465 MB |
| 250k | 9.53 | 859 MB | 8.07 (pieces batched) | 846 MB |
| 990k | 61.9 (77x the 25k) | 2,660 MB | 29.3 (37x the 25k) | 574 MB |

Through the CLI (this script, `report_cpu_s`, pieces batched, before the one-at-a-time
change): 25k 0.66, 100k 3.07, 250k 8.59, 990k 38.4 CPU s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .gate_lgl import bench_index
from .speed import isw_texts

ROOT = Path(__file__).resolve().parent.parent
SIZES = (25_000, 100_000, 250_000, 990_000)


def concatenated(size: int, rows: list[dict]) -> str:
    """ISW reports joined in date order, cut to at most ``size`` characters at a paragraph."""
    parts, n = [], 0
    k = 0
    while n < size:
        t = rows[k % len(rows)]["text"]
        parts.append(t)
        n += len(t) + 2
        k += 1
    text = "\n\n".join(parts)[:size]
    cut = text.rfind("\n")
    return text[:cut] if cut > size // 2 else text


def time_cli(text: str, gazetteer: Path, timeout: float | None) -> tuple[float, dict | None]:
    """Wall seconds of ``fogofwar extract`` on one report, and its output object; the CPU
    seconds it took (user+sys, steadier than wall time on a shared machine) are added to
    ``CPU`` under the report's length."""
    exe = Path(sys.executable).with_name("fogofwar")
    cmd = [str(exe) if exe.exists() else "fogofwar", "extract", "--gazetteer", str(gazetteer)]
    if "--max-seconds-per-report" in subprocess.run(cmd + ["--help"], capture_output=True,
                                                   text=True).stdout:
        cmd += ["--max-seconds-per-report", "0"]  # time the whole report, however long
    line = json.dumps({"id": "scaling", "text": text, "published": "2022-10-31"}) + "\n"
    t0 = time.perf_counter()
    cpu0 = _children_cpu()
    try:
        proc = subprocess.run(cmd, input=line.encode(), capture_output=True, timeout=timeout,
                              env={**os.environ, "PYTHONHASHSEED": "0"})
    except subprocess.TimeoutExpired:
        return float("inf"), None
    wall = time.perf_counter() - t0
    CPU[len(text)] = _children_cpu() - cpu0
    out = proc.stdout.decode().strip().splitlines()
    return wall, (json.loads(out[-1]) if out else None)


CPU: dict[int, float] = {}


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def stage_seconds(text: str, gazetteer: Path) -> dict[str, float]:
    """Seconds of each pipeline stage on one report, in this process."""
    from fogofwar.pipeline import Pipeline, PipelineOptions
    from fogofwar.records import Report

    pipe = Pipeline(PipelineOptions(gazetteer=str(gazetteer)))
    pipe.run(Report(id="scaling", text=text, published="2022-10-31"))
    return {k: round(v, 2) for k, v in pipe.timings.items()}


def place_seconds(text: str, gazetteer: Path) -> dict[str, float]:
    """Seconds of the spaCy parse and of the place stage alone on one report, in this
    process (the place stage's own curve, up to 1M characters, without the other stages)."""
    from fogofwar import nlp as _nlp
    from fogofwar.geo.stage import PlaceStage

    nlp = _nlp.load()
    stage = PlaceStage.load(str(gazetteer))
    stage(nlp("Russian forces shelled Sumy."))  # warm the index
    t0 = time.perf_counter()
    doc = nlp(text)
    t1 = time.perf_counter()
    places = stage(doc)
    t2 = time.perf_counter()
    return {"spacy": round(t1 - t0, 2), "places": round(t2 - t1, 2), "n_places": len(places)}


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--stages", action="store_true", help="also time each stage in-process")
    ap.add_argument("--place-stage", action="store_true",
                    help="time only the spaCy parse and the place stage, in-process (no CLI)")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per CLI run")
    args = ap.parse_args(argv)
    gazetteer = bench_index("ua_ru", ["UA", "RU-postal"])
    rows = isw_texts()
    if args.place_stage:
        out = []
        for size in (int(s) for s in args.sizes.split(",")):
            text = concatenated(size, rows)
            out.append({"chars": len(text), **place_seconds(text, gazetteer)})
            print(json.dumps(out[-1]), flush=True)
        return out
    probe = "Russian forces shelled Sumy overnight."
    start, _ = time_cli(probe, gazetteer, args.timeout)
    start_cpu = CPU[len(probe)]
    print(json.dumps({"startup_s": round(start, 2), "startup_cpu_s": round(start_cpu, 2)}),
          flush=True)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        text = concatenated(size, rows)
        wall, obj = time_cli(text, gazetteer, args.timeout)
        r = {"chars": len(text), "cli_s": round(wall, 2),
             "report_s": round(wall - start, 2),
             "report_cpu_s": round(CPU.get(len(text), float("nan")) - start_cpu, 2),
             "places": len(obj.get("places", [])) if obj else None,
             "events": len(obj.get("events", [])) if obj else None,
             "error": obj.get("error") if obj else ("timeout" if wall == float("inf") else None)}
        if args.stages:
            r["stages_s"] = stage_seconds(text, gazetteer)
        results.append(r)
        print(json.dumps(r), flush=True)
    done = [r for r in results if r["cli_s"] != float("inf")]
    if len(done) >= 2:
        a, b = done[0], done[-1]
        print(json.dumps({"length_ratio": round(b["chars"] / a["chars"], 1),
                          "time_ratio": round(b["report_s"] / max(a["report_s"], 1e-3), 1),
                          "cpu_ratio": round(b["report_cpu_s"] / max(a["report_cpu_s"], 1e-3),
                                             1)}))
    return results


if __name__ == "__main__":
    main()
