"""Build the gazetteer index: the embedded default, and GeoNames dumps added to it.

Library functions behind ``fogofwar gazetteer build|add|info`` (the CLI only calls these).
"""

from __future__ import annotations

import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .geonames_io import (open_lines, read_admin_codes, read_admin_ids, read_alternate_names,
                          read_country_dump, read_country_info, read_postal_dump)
from .index import GazetteerIndex, default_path

DUMP_URL = "https://download.geonames.org/export/dump/{name}"
POSTAL_URL = "https://download.geonames.org/export/zip/{cc}.zip"
CODE_FILES = ("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")


class GazetteerSourceError(RuntimeError):
    """A source that could not be found, fetched or read; the message says which and why."""


def build_default_index(path: str | os.PathLike | None = None) -> Path:
    """(Re)build the default layer of the index at ``path`` (default: ``default_path()``).

    Sources added earlier stay. A fresh index is written to a temporary file and renamed, so
    a reader never sees a half-built file and concurrent first uses do not collide."""
    from .default import DEFAULT_VERSION, build_default, default_demonyms

    target = Path(path) if path else default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    places, admin = build_default()
    dems = default_demonyms()
    if target.exists():
        idx = GazetteerIndex.open(target)
        idx.replace_source("default", places, admin)
        idx.refresh_folded_keys()  # added dumps' keys, folded by this version (read26)
        idx.replace_demonyms(dems)
        idx.set_meta("default_version", DEFAULT_VERSION)
        idx.set_meta("digest:default", f"version {DEFAULT_VERSION}")
        idx.close()
        return target
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    try:
        idx = GazetteerIndex.open(tmp, create=True)
        idx.replace_source("default", places, admin)
        idx.replace_demonyms(dems)
        idx.set_meta("default_version", DEFAULT_VERSION)
        idx.set_meta("digest:default", f"version {DEFAULT_VERSION}")
        idx.conn.execute("ANALYZE")
        idx.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def is_current(path: str | os.PathLike) -> bool:
    """True when the index exists and its default layer was built by this version."""
    from .default import DEFAULT_VERSION

    if not Path(path).exists():
        return False
    idx = GazetteerIndex.open(path)
    try:
        return idx.meta().get("default_version") == DEFAULT_VERSION
    finally:
        idx.close()


def ensure_index(path: str | os.PathLike | None = None) -> Path:
    """The index path, building (or refreshing) the default layer there on first use."""
    target = Path(path) if path else default_path()
    if not is_current(target):
        build_default_index(target)
    return target


@dataclass
class AddResult:
    source: str
    places: int
    files: list[str] = field(default_factory=list)


def file_digest(paths) -> str:
    """sha256 of the files' bytes, in order: the identity of a source's input (a re-added
    identical dump keeps the gazetteer's identity, a newer one changes it)."""
    import hashlib

    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return "sha256:" + h.hexdigest()


def _find(from_dir: Path, names: list[str]) -> Path | None:
    for n in names:
        if (from_dir / n).exists():
            return from_dir / n
    return None


def _download(url: str, dest: Path) -> Path:
    try:
        with urllib.request.urlopen(url, timeout=30) as r, dest.open("wb") as fh:
            fh.write(r.read())
    except (urllib.error.URLError, OSError, TimeoutError) as e:
        raise GazetteerSourceError(
            f"could not download {url} ({e}); without network, give local GeoNames files"
            " with --from PATH") from e
    return dest


def add_sources(names: list[str], from_path: str | os.PathLike | None = None,
                path: str | os.PathLike | None = None) -> list[AddResult]:
    """Add GeoNames sources to the index: ``CC`` (a country dump) or ``CC-postal``.

    With ``from_path`` (a folder or a file), files are read from there: ``CC.zip``/``CC.txt``,
    ``CC-postal.zip``; admin1/admin2 codes, countryInfo and alternateNames found beside them
    are loaded too. Without it, the dumps are downloaded from geonames.org."""
    idx = GazetteerIndex.open(ensure_index(path))
    results: list[AddResult] = []
    from_dir = Path(from_path) if from_path else None
    if from_dir is not None and not from_dir.exists():
        raise GazetteerSourceError(f"--from {from_dir}: no such file or folder")
    tmpdir = tempfile.TemporaryDirectory(prefix="fogofwar-geonames-")
    try:
        if from_dir is not None and from_dir.is_dir():
            results += _add_codes(idx, from_dir)
        for name in names:
            cc, postal = name.upper().removesuffix("-POSTAL"), name.lower().endswith("-postal")
            if len(cc) != 2 or not cc.isalpha():
                raise GazetteerSourceError(f"{name!r}: expected a country code (UA) or CC-postal")
            if from_dir is None:
                url = POSTAL_URL.format(cc=cc) if postal else DUMP_URL.format(name=f"{cc}.zip")
                f = _download(url, Path(tmpdir.name) / f"{cc}{'-postal' if postal else ''}.zip")
            elif from_dir.is_file():
                f = from_dir
            else:
                cands = ([f"{cc}-postal.zip", f"{cc}-postal.txt", f"{cc}_postal.zip"] if postal
                         else [f"{cc}.zip", f"{cc}.txt"])
                f = _find(from_dir, cands)
                if f is None:
                    raise GazetteerSourceError(f"{from_dir}: none of {', '.join(cands)} found")
            source = f"{cc}-postal" if postal else cc
            if postal:
                places, admin = read_postal_dump(open_lines(f, f"{cc}.txt"),
                                                 _town_locator(idx), str(f))
                n = idx.replace_source(source, places, admin)
            else:
                n = idx.replace_source(source, read_country_dump(open_lines(f, f"{cc}.txt"),
                                                                 str(f)))
            idx.set_meta(f"digest:{source}", file_digest([f]))
            results.append(AddResult(source, n, [str(f)]))
        idx.conn.execute("ANALYZE")
    finally:
        tmpdir.cleanup()
        idx.close()
    return results


def _add_codes(idx: GazetteerIndex, from_dir: Path) -> list[AddResult]:
    """Admin names and alternate names found in a --from folder."""
    admin: list[tuple[str, str, str, str]] = []
    files = []
    for fname in CODE_FILES:
        f = from_dir / fname
        if f.exists():
            reader = read_country_info if fname == "countryInfo.txt" else read_admin_codes
            admin += list(reader(open_lines(f)))
            files.append(str(f))
    out = []
    if admin:
        # admin names only (no places): an empty place list under their own source
        idx.replace_source("admin-codes", [], admin)
        idx.set_meta("digest:admin-codes", file_digest(files))
        out.append(AddResult("admin-codes", 0, files))
    if (from_dir / "admin1CodesASCII.txt").exists():
        # the default's regions come without GeoNames ids (its sources have none): fill them
        with idx.conn:
            idx.conn.executemany(
                "UPDATE place SET geonameid = ? WHERE geonameid IS NULL AND fcode = 'ADM1'"
                " AND cc = ? AND admin1 = ?",
                [(gid, cc, a1) for cc, a1, gid in
                 read_admin_ids(open_lines(from_dir / "admin1CodesASCII.txt"))])
    alt = _find(from_dir, ["alternateNamesV2.zip", "alternateNames.zip", "alternateNames.txt",
                           "alternateNamesV2.txt"])
    if alt is not None:
        n = _add_alternate_names(idx, read_alternate_names(open_lines(alt)))
        idx.set_meta("source:alternate-names", "added")
        idx.set_meta("digest:alternate-names", file_digest([alt]))
        out.append(AddResult("alternate-names", n, [str(alt)]))
    return out


def _add_alternate_names(idx: GazetteerIndex, rows) -> int:
    from .index import ALTERNATE
    from .names import is_latin, key
    from .translit import romanise

    c = idx.conn
    n = 0
    with c:
        for gid, name in rows:
            ids = [r[0] for r in c.execute("SELECT id FROM place WHERE geonameid=?", (gid,))]
            keys = {key(name)} if is_latin(name) else {key(r) for r in romanise(name)}
            for pid in ids:
                for k in keys:
                    if k:
                        c.execute("INSERT INTO name (key, place, kind) VALUES (?,?,?)",
                                  (k, pid, ALTERNATE))
                        n += 1
    return n


def _town_locator(idx: GazetteerIndex):
    """``locate(lat, lon) -> (cc, admin1)`` of the nearest town with codes in the index.

    A one-degree grid of towns; plain Python because it runs once per postal admin name."""
    grid: dict[tuple[int, int], list[tuple[float, float, str, str]]] = {}
    for lat, lon, cc, a1 in idx.conn.execute(
            "SELECT lat, lon, cc, admin1 FROM place WHERE fclass='P' AND admin1 != ''"
            " AND geonameid IS NOT NULL"):
        grid.setdefault((int(lat // 1), int(lon // 1)), []).append((lat, lon, cc, a1))

    def locate(lat: float, lon: float) -> tuple[str, str] | None:
        gy, gx = int(lat // 1), int(lon // 1)
        best, best_d = None, 1e9
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for tl, tn, cc, a1 in grid.get((gy + dy, gx + dx), ()):
                    d = (tl - lat) ** 2 + ((tn - lon) * 0.6) ** 2
                    if d < best_d:
                        best, best_d = (cc, a1), d
        return best

    return locate
