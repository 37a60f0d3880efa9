"""Geoparsing evaluation: gold toponyms from LGL/GeoVirus-style XML, and the standard figures.

Recognition is scored by span overlap, one-to-one (a predicted place matches at most one
gold toponym), the lenient match of the geoparsing literature (Gritta et al. 2019).
Resolution: for gold toponyms that were recognised and resolved, the share within 161 km
(100 miles: acc@161) and the median error in km; ``acc161_all`` counts every gold toponym
with coordinates, an unrecognised one as a miss (the end-to-end figure).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..geodesy import haversine_km


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


def _f(el, tag: str) -> float | None:
    x = el.find(tag)
    try:
        return float(x.text) if x is not None and x.text else None
    except ValueError:
        return None


def load_articles(path: str | Path) -> list[GoldArticle]:
    """Articles of an LGL (``toponyms/toponym/gaztag``) or GeoVirus (``locations/location``) file."""
    root = ET.parse(path).getroot()
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in list(art.iter("toponym")) + list(art.iter("location")):
            try:
                s, e = int(t.findtext("start")), int(t.findtext("end"))
            except (TypeError, ValueError):
                continue
            g = t.find("gaztag")
            src = g if g is not None else t
            name = (t.findtext("phrase") or t.findtext("name") or "").strip()
            s, e = _align(text, s, e, name)
            tops.append(GoldToponym(s, e, text[s:e], _f(src, "lat"), _f(src, "lon")))
        out.append(GoldArticle(text, tuple(tops)))
    return out


def _align(text: str, s: int, e: int, name: str) -> tuple[int, int]:
    """GeoVirus offsets are one past the name ("andi," for "Pandi"): move a span onto its
    name when the name lies within two characters of the given offsets."""
    if not name or text[s:e] == name:
        return s, e
    for d in (-1, 1, -2, 2):
        if 0 <= s + d and text[s + d:s + d + len(name)] == name:
            return s + d, s + d + len(name)
    return s, e


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[float] = None  # km, for matched gold toponyms with coordinates
    gold_with_coords: int = 0

    def __post_init__(self):
        if self.errors is None:
            self.errors = []

    def add(self, gold: tuple[GoldToponym, ...], places) -> None:
        """Score one article's predicted places (records.Place) against its gold toponyms."""
        used = set()
        self.gold_with_coords += sum(1 for g in gold if g.lat is not None)
        for g in gold:
            match = None
            for k, p in enumerate(places):
                if k not in used and p.start < g.end and g.start < p.end:
                    match = k
                    break
            if match is None:
                self.fn += 1
                continue
            used.add(match)
            self.tp += 1
            p = places[match]
            if g.lat is not None:
                if p.lat is None:
                    self.errors.append(20038.0)  # recognised, not resolved: a miss
                else:
                    self.errors.append(haversine_km(g.lat, g.lon, p.lat, p.lon))
        self.fp += len(places) - len(used)

    def metrics(self) -> dict[str, float]:
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f = 2 * p * r / max(1e-9, p + r)
        within = sum(1 for e in self.errors if e < 161)
        return {
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "acc161": round(within / max(1, len(self.errors)), 4),
            "acc161_all": round(within / max(1, self.gold_with_coords), 4),
            "median_error_km": round(statistics.median(self.errors), 1) if self.errors else 0.0,
        }
