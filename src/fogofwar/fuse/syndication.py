"""Near-copies of one story (the same wire text on several outlets) count as one source.

Reports are compared by MinHash (datasketch) over word 3-shingles; locality-sensitive
hashing bands give index keys, so a new report is compared only with the stored reports
that share a band (incremental, no pairwise scan). A report joins an earlier report's
cluster (named by its first report, canonical order: date, id) when either

* the estimated Jaccard similarity reaches THRESHOLD (0.6): a verbatim or near-verbatim
  copy, whoever published it; or
* it is a *rewrite*: another outlet, published within REWRITE_DAYS of it, with similarity
  at least REWRITE_THRESHOLD (0.3). A second outlet lightly rewriting a wire story (the
  examples/reports/wires.jsonl pairs: 0.45 and 0.58) adds no independent witness, so an
  analyst counts it as the wire's one source. Independently written reports of one event
  share few word 3-grams (the seven examples/followups outlets: at most 0.074), so 0.3
  leaves a wide margin on both sides (MinHash error at 120 permutations is ~0.045).
  One outlet's own series never counts as a rewrite of itself: daily assessments repeat
  their boilerplate and yesterday's paragraphs, yet each day is its own report (ISW: see
  bench/fuse_isw.md).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from datasketch import MinHash

from ..time.calendar import days_apart

NUM_PERM = 120
BANDS, ROWS = 20, 6  # LSH S-curve threshold ~ (1/20)^(1/6) = 0.61
THRESHOLD = 0.6  # estimated Jaccard of word 3-shingles for "a copy of the same story"
# Rewrites are found through a second, looser banding of the same signature: 60 bands of
# 2 rows (a pair at 0.3 shares a band with probability 0.996; 40 bands of 3 rows missed
# the 0.45 Belgorod pair of examples/reports/wires.jsonl). So loose a banding makes many
# reports candidates, so rewrite candidates are also restricted to REWRITE_DAYS around the
# report (the store queries them by date). Keys carry a "w" prefix: stores written before
# this still work (their reports are found by the strict bands only).
REWRITE_BANDS, REWRITE_ROWS = 60, 2
REWRITE_THRESHOLD = 0.3
REWRITE_DAYS = 2
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
    for b in range(REWRITE_BANDS):
        chunk = sig[b * REWRITE_ROWS:(b + 1) * REWRITE_ROWS].tobytes()
        out.append(f"w{b}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
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
        self.meta: dict[str, Meta] = {}

    def add(self, report_id: str, text: str, outlet: str | None = None,
            published: str | None = None) -> CopyOf:
        sig = signature(text)
        keys = band_keys(sig)
        cands: set[str] = set()
        for k in keys:
            got = self.bands.get(k, set())
            if k.startswith("w"):
                got = {c for c in got if _near(published, self.meta[c].published)}
            cands |= got
        best = best_copy(sig, {c: self.sigs[c] for c in cands}, self.cluster,
                         {c: self.meta[c] for c in cands}, Meta(outlet, published))
        self.sigs[report_id] = sig
        self.meta[report_id] = Meta(outlet, published)
        self.cluster[report_id] = best.cluster if best else report_id
        for k in keys:
            self.bands.setdefault(k, set()).add(report_id)
        return CopyOf(report_id, self.cluster[report_id], best.similarity if best else 1.0)


@dataclass(frozen=True, slots=True)
class Meta:
    """What the rewrite rule needs of a report besides its text."""

    outlet: str | None = None
    published: str | None = None


def _near(a: str | None, b: str | None) -> bool:
    gap = days_apart(a, b)
    return gap is not None and gap <= REWRITE_DAYS


def rewrite_window(published: str | None) -> tuple[str, str] | None:
    """ISO string bounds [lo, hi) of the publication dates a rewrite of a report published
    on ``published`` may have (None when the date is unknown)."""
    try:
        d = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return ((d - timedelta(days=REWRITE_DAYS)).isoformat(), (d + timedelta(days=REWRITE_DAYS + 1)).isoformat())


def is_rewrite(s: float, mine: Meta | None, other: Meta | None) -> bool:
    """A lightly rewritten copy: another outlet, within REWRITE_DAYS, similarity >= 0.3."""
    if s < REWRITE_THRESHOLD or mine is None or other is None:
        return False
    if not mine.outlet or not other.outlet or mine.outlet.strip().lower() == other.outlet.strip().lower():
        return False
    return _near(mine.published, other.published)


def best_copy(sig: np.ndarray, candidates: dict[str, np.ndarray], clusters: dict[str, str],
              metas: dict[str, Meta] | None = None, mine: Meta | None = None) -> CopyOf | None:
    """The most similar candidate that is a copy (>= THRESHOLD) or a rewrite (see
    is_rewrite; needs ``metas`` and ``mine``), ties to the smallest id; else None."""
    best: CopyOf | None = None
    for rid in sorted(candidates):
        s = similarity(sig, candidates[rid])
        ok = s >= THRESHOLD or is_rewrite(s, mine, (metas or {}).get(rid))
        if ok and (best is None or s > best.similarity):
            best = CopyOf(rid, clusters.get(rid, rid), s)
    return best
