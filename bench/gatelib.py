"""Accuracy gates: measure a stage on real gold data and hold it to pinned floors.

A gate is a module ``bench/gate_<name>.py`` with ``CORPUS`` (paths under ../shared/data that
it reads) and ``run(limit: int | None = None) -> dict[str, float]`` (metric -> value, higher is
better unless the metric name ends in ``_km``). ``bench/floors.json`` pins, per gate, a
floor for each metric and the checksum of the corpus it was measured on: a gate fails when a
metric falls below its floor by more than the tolerance, and refuses to compare when the
corpus changed. Floors move only by an explicit ``--pin`` that shows up in the diff.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("FOGOFWAR_SHARED", ROOT.parent / "shared")) / "data"
FLOORS = Path(__file__).resolve().parent / "floors.json"
# One flipped item moves a metric by ~1/N; don't fail on that noise, fail on a real drop.
TOLERANCE = 0.005


def shared(*parts: str) -> Path:
    return SHARED.joinpath(*parts)


def corpus_checksum(paths: list[str]) -> str:
    h = hashlib.sha256()
    for rel in sorted(paths):
        p = shared(rel)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file():
                h.update(str(f.relative_to(SHARED)).encode())
                h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:16]


def load_floors() -> dict:
    return json.loads(FLOORS.read_text()) if FLOORS.exists() else {}


def lower_is_better(metric: str) -> bool:
    """Distances, seconds, fragment counts and errors (``*_err``, such as the gap between
    an inspected and an untouched split) are better lower."""
    return (metric.endswith("_km") or metric.endswith("_s") or metric.endswith("_err")
            or "fragments" in metric)


def check(name: str, metrics: dict[str, float], checksum: str, floors: dict) -> list[str]:
    """Return the failures of one gate's metrics against its pinned floors."""
    pinned = floors.get(name)
    if not pinned:
        return [f"{name}: no floors pinned (run with --pin to pin the current figures)"]
    if pinned.get("checksum") != checksum:
        return [f"{name}: corpus checksum {checksum} != pinned {pinned.get('checksum')}"]
    failures = []
    for metric, floor in pinned["floors"].items():
        value = metrics.get(metric)
        if value is None:
            failures.append(f"{name}.{metric}: not measured")
        elif lower_is_better(metric):
            if value > floor * (1 + TOLERANCE) + TOLERANCE:
                failures.append(f"{name}.{metric}: {value:.4f} above ceiling {floor:.4f}")
        elif value < floor - TOLERANCE:
            failures.append(f"{name}.{metric}: {value:.4f} below floor {floor:.4f}")
    return failures


def gold_checksum(paths: list[str], base: str) -> str:
    """``base`` extended with the gold files a gate keeps in the repository (``GOLD_FILES``)."""
    h = hashlib.sha256(base.encode())
    for rel in sorted(paths):
        h.update(rel.encode())
        h.update(hashlib.sha256((ROOT / rel).read_bytes()).digest())
    return h.hexdigest()[:16]


def run_gate(name: str, limit: int | None = None) -> tuple[dict[str, float], str]:
    mod = importlib.import_module(f"bench.gate_{name}")
    checksum = corpus_checksum(list(mod.CORPUS))
    if getattr(mod, "GOLD_FILES", None):
        checksum = gold_checksum(list(mod.GOLD_FILES), checksum)
    return mod.run(limit=limit), checksum


def remove_sqlite(path: Path) -> None:
    """A SQLite file gone, with its WAL and shared-memory files."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def publish_sqlite(tmp: Path, dst: Path) -> None:
    """The store built at ``tmp`` as one self-contained file at ``dst`` (the WAL folded in),
    written whole or not at all; ``tmp`` removed."""
    con = sqlite3.connect(str(tmp))
    con.execute("VACUUM INTO ?", (str(dst) + ".part",))
    con.close()
    os.replace(str(dst) + ".part", dst)
    remove_sqlite(tmp)
