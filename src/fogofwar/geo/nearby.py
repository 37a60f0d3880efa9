"""A grid of points for "what lies within r km of here" in time that does not grow with the
number of points far away.

The resolver asks many such questions per report (is another of the text's places within
30/100/300 km of this candidate? which of two names' namesakes lie within 50 km of each
other?). Scanning every place for every candidate made a report's cost grow with the square
(and, through the fallback ranking, the cube) of its length; the grid looks only at the
cells a circle of radius r can touch. Answers are exact: the cells are a superset, every
point in them is checked with the same haversine distance.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from typing import Generic, TypeVar

from ..geodesy import EARTH_RADIUS_KM, haversine_km

T = TypeVar("T")
_KM_PER_DEG = EARTH_RADIUS_KM * math.pi / 180  # one degree of latitude (111.19 km)


class PointGrid(Generic[T]):
    """Items at points, bucketed into cells of ``cell_deg`` degrees."""

    def __init__(self, cell_deg: float = 1.0):
        self.cell = cell_deg
        self.cells: dict[tuple[int, int], list[tuple[float, float, T]]] = defaultdict(list)
        self._lon_cells = max(1, math.ceil(360 / cell_deg))

    def add(self, lat: float, lon: float, item: T) -> None:
        self.cells[self._key(lat, lon)].append((lat, lon, item))

    def __len__(self) -> int:
        return sum(len(v) for v in self.cells.values())

    def _key(self, lat: float, lon: float) -> tuple[int, int]:
        return (math.floor(lat / self.cell), math.floor(lon / self.cell) % self._lon_cells)

    def within(self, lat: float, lon: float, km: float) -> Iterator[tuple[float, T]]:
        """(distance, item) of every item at most ``km`` from the point, in no set order."""
        for plat, plon, item in self.around(lat, lon, km):
            d = haversine_km(lat, lon, plat, plon)
            if d <= km:
                yield d, item

    def around(self, lat: float, lon: float, km: float) -> Iterator[tuple[float, float, T]]:
        """Every item of the cells a circle of ``km`` around the point can touch (a
        superset of those within ``km``; the caller checks the distance)."""
        dlat = km / _KM_PER_DEG * 1.01 + 1e-9
        lo_r, hi_r = math.floor((lat - dlat) / self.cell), math.floor((lat + dlat) / self.cell)
        polar = max(abs(lat - dlat), abs(lat + dlat))
        if polar >= 89.0:
            cols = range(self._lon_cells)
        else:
            # a circle's longitude extent is widest at its pole-side edge
            dlon = km / (_KM_PER_DEG * math.cos(math.radians(polar))) * 1.05 + 1e-9
            if dlon >= 180:
                cols = range(self._lon_cells)
            else:
                lo_c, hi_c = math.floor((lon - dlon) / self.cell), math.floor((lon + dlon) / self.cell)
                cols = sorted({c % self._lon_cells for c in range(lo_c, hi_c + 1)})
        cells = self.cells
        for r in range(lo_r, hi_r + 1):
            for c in cols:
                bucket = cells.get((r, c))
                if bucket:
                    yield from bucket
