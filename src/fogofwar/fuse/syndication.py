"""Near-copies of one story (the same wire text on several outlets) count as one source.

Reports are compared by MinHash (datasketch) over word 3-shingles; locality-sensitive
hashing bands give index keys, so a new report is compared only with the stored reports
that share a band (incremental, no pairwise scan). A report whose estimated Jaccard
similarity with an earlier one reaches the threshold joins that report's cluster; the
cluster is named by its first report (canonical order: date, id).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 120
BANDS, ROWS = 20, 6  # LSH S-curve threshold ~ (1/20)^(1/6) = 0.61
THRESHOLD = 0.6  # estimated Jaccard of word 3-shingles for "a copy of the same story"
_SEED = 7
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = 3) -> set[str]:
    """Lower-cased word k-grams (whitespace, punctuation and casing edits don't matter)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint64 values) of a text."""
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return mh.hashvalues.copy()


def band_keys(sig: np.ndarray) -> list[str]:
    """LSH band keys: two signatures sharing a key are candidate copies."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(f"{b}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(a == b))


def to_hex(sig: np.ndarray) -> str:
    return sig.astype("<u8").tobytes().hex()


def from_hex(text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(text), dtype="<u8").astype(np.uint64)


@dataclass(frozen=True, slots=True)
class CopyOf:
    """``report_id`` is in ``cluster`` (the first report of the story), with ``similarity``."""

    report_id: str
    cluster: str
    similarity: float


class MemorySyndication:
    """In-memory syndication index (tests, benchmarks); the store keeps the same in tables."""

    def __init__(self) -> None:
        self.sigs: dict[str, np.ndarray] = {}
        self.cluster: dict[str, str] = {}
        self.bands: dict[str, set[str]] = {}

    def add(self, report_id: str, text: str) -> CopyOf:
        sig = signature(text)
        keys = band_keys(sig)
        cands: set[str] = set()
        for k in keys:
            cands |= self.bands.get(k, set())
        best = best_copy(sig, {c: self.sigs[c] for c in cands}, self.cluster)
        self.sigs[report_id] = sig
        self.cluster[report_id] = best.cluster if best else report_id
        for k in keys:
            self.bands.setdefault(k, set()).add(report_id)
        return CopyOf(report_id, self.cluster[report_id], best.similarity if best else 1.0)


def best_copy(sig: np.ndarray, candidates: dict[str, np.ndarray], clusters: dict[str, str]
              ) -> CopyOf | None:
    """The most similar candidate at or above THRESHOLD (ties: smallest id), else None."""
    best: CopyOf | None = None
    for rid in sorted(candidates):
        s = similarity(sig, candidates[rid])
        if s >= THRESHOLD and (best is None or s > best.similarity):
            best = CopyOf(rid, clusters.get(rid, rid), s)
    return best
