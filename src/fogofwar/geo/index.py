"""The gazetteer index: one SQLite file of places and their name keys.

Why SQLite and not an in-memory structure: opening the file costs nothing (the default
index loads in milliseconds however large it grows), a report's candidate names are looked
up in one indexed query, and ``gazetteer add`` can replace one source's rows in place.
This is a read-mostly lookup file owned by the place stage, separate from the event store.

Rows carry their ``source`` ("default", "UA", "RU-postal", ...): a later source that holds
the same GeoNames id replaces the default's row, so an added country dump refines the
default instead of doubling it.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, lat REAL, lon REAL,
    cc TEXT, admin1 TEXT, admin2 TEXT, fclass TEXT, fcode TEXT, population INTEGER,
    source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS place_gid ON place(geonameid);
CREATE INDEX IF NOT EXISTS place_source ON place(source);
CREATE TABLE IF NOT EXISTS name (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER);
CREATE INDEX IF NOT EXISTS name_key ON name(key);
CREATE INDEX IF NOT EXISTS name_place ON name(place);
CREATE TABLE IF NOT EXISTS admin (
    cc TEXT NOT NULL, admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, name TEXT NOT NULL,
    source TEXT NOT NULL, PRIMARY KEY (cc, admin1, admin2));
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS demonym (key TEXT PRIMARY KEY, cc TEXT NOT NULL);
"""

REGION_CENTRE_MIN = 5  # settlements a region needs for its centre to be theirs
LOOSE_PREFIX = "~"  # loose keys live beside exact ones, marked so they never collide
# name.kind: how the key was derived (the resolver trusts a main name more than a variant).
MAIN, ALTERNATE, DERIVED = 0, 1, 2
# A lookup answer (not a name row): the key is a country's demonym ("Ukrainian",
# "Palestinians"), the entry that country; demonyms live in their own table, keyed by
# country code, so a country dump that replaces the default's country row keeps them.
DEMONYM = 3


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer place. ``admin1``/``admin2`` are GeoNames codes ("" when unknown);
    ``geonameid`` is None for places from postal dumps or derived regions."""

    id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str
    admin2: str
    fclass: str
    fcode: str
    population: int
    source: str

    @property
    def is_country(self) -> bool:
        return self.fcode.startswith("PCL") or self.fcode == "TERR"

    @property
    def is_admin1(self) -> bool:
        return self.fcode == "ADM1"

    @property
    def is_region(self) -> bool:
        return self.fclass == "A" and not self.is_country

    @property
    def is_settlement(self) -> bool:
        return self.fclass == "P"


@dataclass(frozen=True, slots=True)
class NewPlace:
    """A place to insert, with the names (original spellings) it is known by."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str = ""
    admin2: str = ""
    fclass: str = "P"
    fcode: str = "PPL"
    population: int = 0
    names: tuple[str, ...] = ()  # alternate spellings (the main name is always indexed)
    derived: tuple[str, ...] = ()  # derived keys (region stems, transliterations)


_COLS = "id, geonameid, name, lat, lon, cc, admin1, admin2, fclass, fcode, population, source"


def default_path() -> Path:
    """Where the gazetteer index lives: $FOGOFWAR_GAZETTEER, else $FOGOFWAR_HOME/gazetteer.sqlite,
    else ~/.cache/fogofwar/gazetteer.sqlite."""
    if os.environ.get("FOGOFWAR_GAZETTEER"):
        return Path(os.environ["FOGOFWAR_GAZETTEER"])
    home = os.environ.get("FOGOFWAR_HOME")
    base = Path(home) if home else Path.home() / ".cache" / "fogofwar"
    return base / "gazetteer.sqlite"


class GazetteerIndex:
    """Read and write access to one index file (or ``":memory:"`` for tests)."""

    def __init__(self, conn: sqlite3.Connection, path: str = ":memory:"):
        self.conn = conn
        self.path = path
        self._admin_cache: dict[tuple[str, str, str], GazEntry] | None = None
        self._admin_names: dict[tuple[str, str, str], str] | None = None
        self._demonyms: dict[str, str] | None = None
        self._centres: dict[tuple[str, str, str], tuple[float, float] | None] = {}
        self._facilities: list[tuple[GazEntry, object]] | None = None

    # -- opening ---------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = False) -> "GazetteerIndex":
        p = Path(path)
        if not create and not p.exists():
            raise FileNotFoundError(
                f"gazetteer index {p} does not exist: run `fogofwar gazetteer build` first")
        if create:
            p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(p), check_same_thread=False, timeout=300)
        if create:
            conn.executescript(SCHEMA)
        else:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "place" not in tables:
                raise ValueError(f"{p} is not a fogofwar gazetteer index (no place table)")
        return cls(conn, str(p))

    @classmethod
    def memory(cls) -> "GazetteerIndex":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.executescript(SCHEMA)
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    # -- writing ---------------------------------------------------------------------
    def replace_source(self, source: str, places: Iterable[NewPlace],
                       admin_names: Iterable[tuple[str, str, str, str]] = ()) -> int:
        """Replace every row of ``source`` with ``places``; returns the count inserted.

        Rows of the "default" source that share a GeoNames id with the new rows are dropped,
        so a country dump refines the default."""
        from .names import key, loose

        c = self.conn
        with c:
            ids = [r[0] for r in c.execute("SELECT id FROM place WHERE source=?", (source,))]
            self._delete_ids(ids)
            c.execute("DELETE FROM admin WHERE source=?", (source,))
            n = 0
            cur = c.cursor()
            for p in places:
                cur.execute(
                    "INSERT INTO place (geonameid, name, lat, lon, cc, admin1, admin2, fclass,"
                    " fcode, population, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1 or "", p.admin2 or "",
                     p.fclass, p.fcode, int(p.population or 0), source))
                pid = cur.lastrowid
                seen: set[str] = set()
                rows = []
                for kind, names in ((MAIN, (p.name,)), (ALTERNATE, p.names), (DERIVED, p.derived)):
                    for nm in names:
                        k = key(nm) if kind != DERIVED else nm
                        if k and k not in seen and len(k) <= 80:
                            seen.add(k)
                            rows.append((k, pid, kind))
                for k in list(seen):  # romanisation variants: "Hulyaipole" ~ "Huliaipole"
                    lk = LOOSE_PREFIX + loose(k)
                    if lk not in seen:
                        seen.add(lk)
                        rows.append((lk, pid, DERIVED))
                cur.executemany("INSERT INTO name (key, place, kind) VALUES (?,?,?)", rows)
                n += 1
            c.executemany("INSERT OR REPLACE INTO admin (cc, admin1, admin2, name, source)"
                          " VALUES (?,?,?,?,?)", [(*a, source) for a in admin_names])
            self._drop_default_duplicates()
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, datetime('now'))",
                      (f"source:{source}",))
        self._admin_cache = self._admin_names = None
        self._centres = {}
        self._facilities = None
        return n

    def refresh_folded_keys(self, keep: str = "default") -> int:
        """Re-derive the loose ("~") and region-only ("@") keys of every source but ``keep``
        from the names it holds, as ``replace_source`` derives them: an index whose default
        layer a newer ``names.loose`` rebuilds keeps its added dumps, whose stored keys were
        folded the old way (read26: "Rayske" ~ "Raiske"). Returns the places refreshed."""
        from .names import REGION_ONLY_PREFIX, loose, region_only_keys

        c = self.conn
        rows: dict[int, list[tuple[str, int]]] = {}
        for pid, k, kind in c.execute(
                "SELECT n.place, n.key, n.kind FROM name n JOIN place p ON p.id = n.place"
                " WHERE p.source != ?", (keep,)):
            rows.setdefault(pid, []).append((k, kind))
        with c:
            c.execute("DELETE FROM name WHERE (key LIKE '~%' OR key LIKE '@%') AND place IN"
                      " (SELECT id FROM place WHERE source != ?)", (keep,))
            out = []
            for pid, names in rows.items():
                seen = {k for k, _ in names if not k.startswith((LOOSE_PREFIX,
                                                                 REGION_ONLY_PREFIX))}
                if any(k.startswith(REGION_ONLY_PREFIX) for k, _ in names):
                    for k in {k for k, kind in names if kind in (MAIN, ALTERNATE)}:
                        for r in region_only_keys(k) - seen:
                            seen.add(r)
                            out.append((r, pid, DERIVED))
                for k in list(seen):
                    lk = LOOSE_PREFIX + loose(k)
                    if lk not in seen:
                        seen.add(lk)
                        out.append((lk, pid, DERIVED))
            c.executemany("INSERT INTO name (key, place, kind) VALUES (?,?,?)", out)
        return len(rows)

    def replace_demonyms(self, rows: Iterable[tuple[str, str]]) -> None:
        """Set the demonym table: (key, country code) rows ("egyptian", "EG")."""
        with self.conn:
            self.conn.execute("CREATE TABLE IF NOT EXISTS demonym"
                              " (key TEXT PRIMARY KEY, cc TEXT NOT NULL)")
            self.conn.execute("DELETE FROM demonym")
            self.conn.executemany("INSERT OR REPLACE INTO demonym VALUES (?, ?)", list(rows))
        self._demonyms = None

    def _demonym_map(self) -> dict[str, str]:
        if self._demonyms is None:
            try:
                self._demonyms = dict(self.conn.execute("SELECT key, cc FROM demonym"))
            except sqlite3.OperationalError:  # an index built before demonyms were kept
                self._demonyms = {}
        return self._demonyms

    def _drop_default_duplicates(self) -> None:
        """Drop default rows that an added source holds too: the same GeoNames id, or the
        same admin-1 region. Runs after every write, so a rebuilt default layer stays under
        the dumps added before it."""
        c = self.conn
        dup = [r[0] for r in c.execute(
            "SELECT d.id FROM place d JOIN place s ON d.geonameid = s.geonameid"
            " WHERE d.source='default' AND s.source != 'default'")]
        dup += [r[0] for r in c.execute(
            "SELECT id FROM place WHERE source='default' AND fcode='ADM1' AND cc || '.' ||"
            " admin1 IN (SELECT cc || '.' || admin1 FROM place WHERE source != 'default'"
            " AND fcode='ADM1')")]
        self._delete_ids(sorted(set(dup)))

    def _delete_ids(self, ids: list[int]) -> None:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = ",".join("?" * len(chunk))
            self.conn.execute(f"DELETE FROM name WHERE place IN ({q})", chunk)
            self.conn.execute(f"DELETE FROM place WHERE id IN ({q})", chunk)

    # -- reading ---------------------------------------------------------------------
    def lookup(self, keys: Iterable[str]) -> dict[str, list[tuple[GazEntry, int]]]:
        """Entries (with the name kind that matched) for each key that the index holds; a key
        with no exact match is tried loosely (romanisation glides folded), as a DERIVED match.
        A country's demonym answers that country alone, as a DEMONYM match."""
        from .names import loose

        keys = list(dict.fromkeys(k for k in keys if k))
        exact = self._lookup(keys)
        dem = self._demonym_map()
        for k in keys:
            cc = dem.get(k)
            country = self.admin_entry(cc) if cc else None
            if country is not None:  # "Egyptian": the country, not a town of that name
                exact[k] = [(country, DEMONYM)]
        # several spellings may fold to one loose key ("mikolaiyv", "mykolaiv"): each gets
        # its entries (keeping only the last one made the result depend on set order)
        missing: dict[str, list[str]] = {}
        for k in keys:
            if k not in exact:
                missing.setdefault(LOOSE_PREFIX + loose(k), []).append(k)
                if "j" in k:
                    # a "j" for the glide before a vowel ("Vojevodivka", "Nyzhnje" for
                    # Voievodivka, Nyzhnie: read15, read16): fold it first, as the stored
                    # loose keys of the "y" spellings were folded
                    missing.setdefault(LOOSE_PREFIX + loose(k.replace("j", "y")), []).append(k)
        for lk, rows in self._lookup(list(missing)).items():
            for k in missing[lk]:
                got = exact.setdefault(k, [])
                seen = {e.id for e, _ in got}
                got.extend((e, DERIVED) for e, _ in rows if e.id not in seen)
        return exact

    def facilities(self) -> list[tuple[GazEntry, object]]:
        """The facilities the index holds (class S spots kept by the dump reader), each with
        its parsed name (geo/facilities.py): read once, on first use."""
        from .facilities import parse

        if self._facilities is None:
            seen: set[tuple[int, object]] = set()
            sql = (f"SELECT n.key, {', '.join('p.' + c for c in _COLS.split(', '))} FROM place p"
                   f" JOIN name n ON n.place = p.id WHERE p.fclass = 'S' AND n.kind != ?")
            rows = self.conn.execute(sql, (DERIVED,)).fetchall()
            facilities: list[tuple[GazEntry, object]] = []
            for row in rows:
                e, f = GazEntry(*row[1:]), parse(row[0])
                if f is not None and (e.id, f) not in seen:
                    seen.add((e.id, f))
                    facilities.append((e, f))
            self._facilities = facilities
        return self._facilities

    def names_of(self, e: GazEntry) -> set[str]:
        """Every name key of an entry (main, alternate, derived and loose)."""
        return {r[0] for r in self.conn.execute("SELECT key FROM name WHERE place = ?", (e.id,))}

    def fuzzy_lookup(self, k: str, cutoff: float = 85.0,
                     closest_only: bool = True) -> list[tuple[GazEntry, int]]:
        """Entries whose key is the closest spelling of ``k`` ("Donestk", "Rayazan"), as
        DERIVED matches; only names of 6+ letters whose first two letters agree are tried,
        which keeps the scan to one index range and the false matches few. Without
        ``closest_only`` the three closest spellings over the cutoff all count, for a caller
        that places the name by its neighbours ("Konstantynivka" is one letter from the
        villages Konstiantynivka and two from the city Kostiantynivka)."""
        from rapidfuzz import fuzz, process

        from .names import swapped_spellings

        if len(k) < 6 or k[:2] != k[:2].strip():
            return []
        lo, hi = k[:2], k[:1] + chr(ord(k[1]) + 1)
        keys = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT key FROM name WHERE key >= ? AND key < ?", (lo, hi))]
        hits = [h for h in process.extract(k, keys, scorer=fuzz.ratio, score_cutoff=cutoff,
                                           limit=3) if _same_word_starts(k, h[0])]
        if not hits:
            # two letters swapped ("Optyne" for Opytne, ISW's spelling for months: read39),
            # under the cutoff for a six-letter name, as near as a spelling gets
            swapped = set(swapped_spellings(k))
            hits = [(h, cutoff, None) for h in keys if h in swapped]
        if not hits:
            return []
        top = hits[0][1]
        found = self._lookup([h[0] for h in hits if h[1] == top or not closest_only])
        return [(e, DERIVED) for rows in found.values() for e, _ in rows]

    def _lookup(self, keys: list[str]) -> dict[str, list[tuple[GazEntry, int]]]:
        out: dict[str, list[tuple[GazEntry, int]]] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = ",".join("?" * len(chunk))
            sql = (f"SELECT n.key, n.kind, {', '.join('p.' + c for c in _COLS.split(', '))}"
                   f" FROM name n JOIN place p ON p.id = n.place WHERE n.key IN ({q})")
            for row in self.conn.execute(sql, chunk):
                out.setdefault(row[0], []).append((GazEntry(*row[2:]), row[1]))
        return out

    def _load_admin(self) -> None:
        cache: dict[tuple[str, str, str], GazEntry] = {}
        sql = (f"SELECT {_COLS} FROM place WHERE fcode IN ('ADM1','ADM2') OR fcode LIKE 'PCL%'"
               " OR fcode = 'TERR' ORDER BY source != 'default', population")
        for row in self.conn.execute(sql):
            e = GazEntry(*row)
            if e.is_country:
                cache[(e.cc, "", "")] = e
            elif e.fcode == "ADM1":
                cache[(e.cc, e.admin1, "")] = e
            else:
                cache[(e.cc, e.admin1, e.admin2)] = e
        self._admin_cache = cache
        self._admin_names = {(r[0], r[1], r[2]): r[3] for r in self.conn.execute(
            "SELECT cc, admin1, admin2, name FROM admin ORDER BY source = 'default' DESC")}

    def admin_entry(self, cc: str, admin1: str = "", admin2: str = "") -> GazEntry | None:
        """The country (no admin codes), ADM1 or ADM2 entry of a code, when the index has it."""
        if self._admin_cache is None:
            self._load_admin()
        return self._admin_cache.get((cc, admin1 or "", admin2 or ""))

    def region_centre(self, cc: str, admin1: str,
                      admin2: str = "") -> tuple[float, float] | None:
        """The middle of a region's settlements (the median of their latitudes and of their
        longitudes), for a side of the region: GeoNames puts an oblast's point at its
        capital, which may lie on its edge (Kherson City, in the oblast's west: read26).
        None for a region with fewer than REGION_CENTRE_MIN settlements in the index."""
        k = (cc, admin1 or "", admin2 or "")
        if k not in self._centres:
            sql = "SELECT lat, lon FROM place WHERE cc = ? AND admin1 = ? AND fclass = 'P'"
            args = [cc, admin1 or ""]
            if admin2:
                sql += " AND admin2 = ?"
                args.append(admin2)
            pts = list(self.conn.execute(sql, args))
            self._centres[k] = (statistics.median(p[0] for p in pts),
                                statistics.median(p[1] for p in pts)) \
                if len(pts) >= REGION_CENTRE_MIN else None
        return self._centres[k]

    def admin_name(self, cc: str, admin1: str, admin2: str = "") -> str | None:
        """The English name of an admin code: ("RU", "09") -> "Belgorod Oblast"."""
        if self._admin_names is None:
            self._load_admin()
        if not admin1 and not admin2:
            return None
        e = self.admin_entry(cc, admin1, admin2)
        if e is not None and e.source != "default":
            return e.name  # a dump's ADM entry: "Kharkiv Oblast", not "Kharkivs'ka Oblast'"
        name = self._admin_names.get((cc, admin1 or "", admin2 or ""))
        return name if name is not None else (e.name if e else None)

    def stats(self) -> dict[str, int]:
        """Rows per source, for ``gazetteer info``."""
        return {s: n for s, n in self.conn.execute(
            "SELECT source, count(*) FROM place GROUP BY source ORDER BY source")}

    def set_meta(self, k: str, v: str) -> None:
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (k, v))

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT k, v FROM meta"))

    def identity(self) -> str:
        """What this index was built from: its sources and a digest of their inputs, e.g.
        ``default+UA+RU-postal #3f2a9c1b0d4e``. It changes when ``gazetteer build`` or ``add``
        changes what the index holds, so a stored extraction can say which gazetteer placed
        its places (provenance.py). ``build``/``add`` keep a digest of each source's input
        files (``digest:<source>``); an index built before they did falls back to the time
        each source was added."""
        import hashlib

        meta = self.meta()
        sources = sorted((k.split(":", 1)[1] for k in meta if k.startswith("source:")),
                         key=lambda s: (s != "default", s))
        parts = [f"default_version={meta.get('default_version', '')}"]
        parts += [f"{s}={meta.get('digest:' + s) or meta.get('source:' + s)}" for s in sources]
        digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:12]
        return f"{'+'.join(sources) or 'empty'} #{digest}"


def _same_word_starts(a: str, b: str) -> bool:
    """A misspelling keeps each word's first letter: "Donestk" ~ "Donetsk", but "Nova Poshta"
    (a postal company, ISW 2022-03-24) is no "Nova Osota". Names of different word counts
    ("Novo Oleksandrivka", "Novooleksandrivka") compare their first letters only."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return a[:1] == b[:1]
    return all(x[:1] == y[:1] for x, y in zip(wa, wb))
