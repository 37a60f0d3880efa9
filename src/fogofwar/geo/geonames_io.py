"""Readers for the standard GeoNames dump formats -> ``NewPlace`` rows and admin names.

Formats (see geonames.org/export): a country dump ``CC.zip``/``CC.txt`` (19 tab-separated
columns), a postal dump ``CC.zip`` from export/zip (12 columns, names in the local script),
``admin1CodesASCII.txt``, ``admin2Codes.txt``, ``countryInfo.txt`` and ``alternateNames``.
Readers take text lines so they work on zip members, plain files and tests alike, and they
name the file and line of any row they cannot read instead of failing on it silently.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .facilities import facility_names
from .index import NewPlace
from .names import is_latin, key, region_only_keys, region_stems
from .translit import bgn, is_cyrillic, romanise

log = logging.getLogger(__name__)

# Feature classes kept from a country dump: populated places, admin areas, regions (L),
# terrain (T: peninsulas, hills), water (H: rivers, reservoirs). Spots/roads/vegetation
# (S, R, V, U) add false hits ("Station", "Park") for little gain in conflict text...
KEEP_CLASSES = frozenset("PALTH")
# ... except the spots war reports name as places of their own: airports, airbases, power
# stations, dams, bridges, kept under the names that say what they are ("Hostomel Airport",
# "Zaporizhia Nuclear Power Plant"; see geo/facilities.py), never a bare town name
KEEP_SPOTS = frozenset({"AIRP", "AIRB", "AIRF", "AIRH", "PS", "PSH", "PSN", "DAM", "BDG"})


class GeoNamesFormatError(ValueError):
    """A GeoNames file that cannot be read; the message names the file and the reason."""


def open_lines(path: Path, member: str | None = None) -> Iterator[str]:
    """Text lines of a plain file or of the data member of a GeoNames zip."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such GeoNames file")
    if path.suffix == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            raise GeoNamesFormatError(f"{path}: not a zip file ({e})") from e
        names = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        if member:
            names = [n for n in names if Path(n).name == member] or names
        if not names:
            raise GeoNamesFormatError(f"{path}: no data .txt member in the zip")
        with zf.open(names[0]) as fh:
            yield from io.TextIOWrapper(fh, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def _alt_names(alts: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(Latin alternate names, keys of romanised Cyrillic ones)."""
    latin, derived = [], set()
    for a in alts:
        a = a.strip()
        if not a:
            continue
        if is_cyrillic(a):
            derived.update(key(r) for r in romanise(a))
        elif is_latin(a) and a[0].isupper() and not (a.isupper() and len(a) <= 4):
            latin.append(a)
    return tuple(latin), tuple(sorted(derived))


def read_country_dump(lines: Iterable[str], origin: str = "dump") -> Iterator[NewPlace]:
    """Places of a GeoNames country dump (geonameid, name, asciiname, alternatenames, ...)."""
    for n, line in enumerate(lines, 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            if line.strip():
                log.warning("%s line %d: %d columns, expected 19; skipped", origin, n, len(cols))
            continue
        spot = cols[6] == "S" and cols[7] in KEEP_SPOTS
        if cols[6] not in KEEP_CLASSES and not spot:
            continue
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            pop = int(cols[14] or 0)
        except ValueError:
            log.warning("%s line %d: bad id/coordinates; skipped", origin, n)
            continue
        latin, derived = _alt_names(cols[3].split(",") if cols[3] else [])
        name = cols[1]
        if cols[2] and cols[2] != cols[1]:
            latin = (*latin, cols[2])
        if spot:
            named = facility_names((name, *latin))
            if not named:
                continue  # "Saky", "Melitopol": an airfield only by its town's name
            name, latin, derived = named[0], tuple(n for n in named[1:] if n != named[0]), ()
        if cols[7] in ("ADM1", "ADM2"):
            stems = set()
            for nm in (cols[1], cols[2], *latin):
                stems |= region_stems(nm) | region_only_keys(nm)
            derived = tuple(sorted(set(derived) | stems))
        yield NewPlace(gid, name, lat, lon, cols[8], cols[10], cols[11], cols[6], cols[7],
                       pop, names=latin, derived=derived)


def read_admin_codes(lines: Iterable[str], origin: str = "admin codes"
                     ) -> Iterator[tuple[str, str, str, str]]:
    """(cc, admin1, admin2, name) rows of admin1CodesASCII.txt or admin2Codes.txt."""
    for n, line in enumerate(lines, 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or not cols[0]:
            continue
        code = cols[0].split(".")
        if len(code) == 2:
            yield code[0], code[1], "", cols[1]
        elif len(code) == 3:
            yield code[0], code[1], code[2], cols[1]
        else:
            log.warning("%s line %d: code %r is not CC.A1 or CC.A1.A2", origin, n, cols[0])


def read_admin_ids(lines: Iterable[str]) -> Iterator[tuple[str, str, int]]:
    """(cc, admin1, geonameid) of admin1CodesASCII.txt: ids for regions that lack one."""
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        code = cols[0].split(".")
        if len(cols) >= 4 and len(code) == 2 and cols[3].strip().isdigit():
            yield code[0], code[1], int(cols[3])


def read_country_info(lines: Iterable[str]) -> Iterator[tuple[str, str, str, str]]:
    """(cc, "", "", country name) rows of countryInfo.txt."""
    for line in lines:
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 4 and len(cols[0]) == 2:
            yield cols[0], "", "", cols[4]


def read_alternate_names(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(geonameid, alternate name) of an alternateNames file, skipping links and codes."""
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[2] in ("link", "post", "iata", "icao", "faac", "abbr", "wkdt"):
            continue
        try:
            yield int(cols[1]), cols[3]
        except ValueError:
            continue


def read_postal_dump(lines: Iterable[str], locate: Callable[[float, float], tuple[str, str] | None],
                     origin: str = "postal") -> tuple[list[NewPlace], list[tuple[str, str, str, str]]]:
    """Places of a GeoNames postal-code dump, one per (place, district), names romanised.

    Postal dumps carry admin *names* in the local script, not codes. ``locate(lat, lon)``
    gives the (country, admin-1 code) of the nearest known town; each admin name takes the
    majority vote of its rows. Spatial voting also puts places in Crimea, which a Russian
    postal dump lists, under UA as GeoNames' own dumps do. A place's best-accuracy row wins
    (4 is a geocoded place; 1 is a district's estimate)."""
    best: dict[tuple[str, str, str], tuple[int, list[str]]] = {}
    by_admin: dict[str, list[tuple[float, float]]] = {}
    for n, line in enumerate(lines, 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 11 or not cols[2]:
            continue
        try:
            acc = int(cols[11]) if len(cols) > 11 and cols[11] else 0
            lat, lon = float(cols[9]), float(cols[10])
        except ValueError:
            log.warning("%s line %d: bad coordinates; skipped", origin, n)
            continue
        k = (cols[0], cols[2].strip(), cols[5].strip())
        if k not in best or acc > best[k][0]:
            best[k] = (acc, cols)
        if acc >= 4:
            by_admin.setdefault(cols[3], []).append((lat, lon))
    codes: dict[str, tuple[str, str]] = {}
    for name, pts in by_admin.items():
        votes = Counter(filter(None, (locate(la, lo) for la, lo in pts[:: max(1, len(pts) // 40)])))
        if votes:
            codes[name] = votes.most_common(1)[0][0]
    places, admin = [], {}
    for (cc, place, district), (_acc, cols) in best.items():
        if _looks_like_postoffice(place):
            continue
        spellings = romanise(place) or {place}
        main = bgn(place) if is_cyrillic(place) else place
        cc2, a1 = codes.get(cols[3], (cc, ""))
        a2 = ""
        if district:
            a2 = (bgn(district) if is_cyrillic(district) else district).title()
            admin[(cc2, a1, a2)] = a2
        places.append(NewPlace(None, main, float(cols[9]), float(cols[10]), cc2, a1, a2, "P",
                               "PPL", 0, names=(place,),
                               derived=tuple(sorted({key(s) for s in spellings}))))
    return places, [(cc, a1, a2, name) for (cc, a1, a2), name in admin.items()]


def _looks_like_postoffice(name: str) -> bool:
    # "Суджа 1", "Москва 123": numbered post offices of a town, not places of their own
    return any(ch.isdigit() for ch in name) or name.isupper()
