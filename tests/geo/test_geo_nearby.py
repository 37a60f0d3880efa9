"""The point grid answers "what lies within r km" exactly as a scan of every point would
(issue 16: the resolver's per-report indices rest on it)."""

import random

import pytest

from fogofwar.geo.nearby import PointGrid
from fogofwar.geodesy import haversine_km


@pytest.mark.parametrize("cell", [0.5, 1.0])
@pytest.mark.parametrize("km", [30.0, 50.0, 250.0, 300.0])
def test_within_equals_a_full_scan(cell, km):
    rnd = random.Random(7)
    # a dense cluster (a front line), points near the poles and across the antimeridian
    pts = [(rnd.uniform(46, 52), rnd.uniform(30, 40)) for _ in range(400)]
    pts += [(rnd.uniform(-89.9, 89.9), rnd.uniform(-180, 180)) for _ in range(400)]
    pts += [(rnd.uniform(60, 70), rnd.choice([-1, 1]) * rnd.uniform(178, 180)) for _ in range(100)]
    grid: PointGrid[int] = PointGrid(cell)
    for k, (lat, lon) in enumerate(pts):
        grid.add(lat, lon, k)
    queries = pts[::9] + [(89.5, 10.0), (-89.5, -170.0), (65.0, 179.9), (65.0, -179.9)]
    for lat, lon in queries:
        got = sorted(k for _, k in grid.within(lat, lon, km))
        want = sorted(k for k, (a, b) in enumerate(pts) if haversine_km(lat, lon, a, b) <= km)
        assert got == want, (lat, lon, km)
