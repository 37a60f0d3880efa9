"""The candidate index finds every incident a brute-force scan would match."""

from __future__ import annotations

import random
from datetime import date, timedelta

from helpers_fuse import day, inferred, place

from fogofwar.fuse.fusion import MemoryIndex, fuse
from fogofwar.fuse.model import Mention
from fogofwar.records import NEAR_SETTLEMENT, REGION, SETTLEMENT, Span


class BruteIndex(MemoryIndex):
    """Every stored incident is a candidate: what the index must agree with."""

    def candidates(self, keys, first, last, family=None):
        return [self.incidents[i] for i in sorted(self.incidents)]


def _mentions(seed: int, n: int = 300) -> list[Mention]:
    """Random mentions at 80 fixed villages (one gazetteer id = one coordinate) and two
    regions, over 20 days, dated or undated, two families, some denials."""
    rng = random.Random(seed)
    villages = [(100 + k, 50 + rng.uniform(0, 0.8), 36 + rng.uniform(0, 1.2)) for k in range(80)]
    out = []
    for k in range(n):
        gid, lat, lon = rng.choice(villages)
        prec = rng.choice([SETTLEMENT, SETTLEMENT, NEAR_SETTLEMENT, REGION])
        admin1 = "09" if lon < 36.6 else "11"
        if prec == REGION:
            gid, lat, lon = int(admin1), 50.4, 36.0 if admin1 == "09" else 37.0
        spec = dict(geonameid=gid, name=f"P{gid}", lat=lat, lon=lon, country_code="RU",
                    admin1=admin1, admin2=None, feature_code="PPL", precision=prec, score=1.0)
        pub = (date(2025, 4, 1) + timedelta(days=rng.randrange(20))).isoformat()
        tv = inferred(pub) if rng.random() < 0.5 else day(
            (date.fromisoformat(pub) - timedelta(days=rng.randrange(3))).isoformat())
        sub = rng.choice(["Armed clash", "Air/drone strike"])
        neg = rng.random() < 0.1
        out.append(Mention(f"r{k}:e0", f"r{k}", pub, "X", "Battles" if sub == "Armed clash"
                           else "Explosions/Remote violence", sub, None, None,
                           "negative" if neg else "positive", "denied" if neg else "asserted",
                           place(f"P{gid}", spec), tv, Span("e", 0, 1)))
    return out


def test_index_agrees_with_brute_force():
    for seed in (1, 2, 3):
        ms = _mentions(seed)
        a, b = MemoryIndex(), BruteIndex()
        ja = [(j.incident_id, j.event_id) for j in fuse(ms, a)]
        jb = [(j.incident_id, j.event_id) for j in fuse(ms, b)]
        assert ja == jb
        assert len({i for i, _ in ja}) < len(ms)  # some merges happened: the test bites
