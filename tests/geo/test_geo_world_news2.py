"""Places for world news, issue 13's sixth session: an admin-1 region's point is the
centre of the area its towns span (main body only), a name listed with areas is the area
and not the capital of its name, and short or former country names (countryinfo lacks
them) name their country.

Hand-made gazetteer for the resolver; the point helpers and aliases of the real default
need no index."""

import pytest
from border_gazetteer import stage_of

from fogofwar.geo.default import COUNTRY_ALIASES, _box_centre, _main_body, _region_point
from fogofwar.geo.index import NewPlace
from fogofwar.geodesy import haversine_km

PLACES = [
    NewPlace(6252001, "United States", 39.76, -98.5, "US", fclass="A", fcode="PCLI",
             population=327_000_000),
    NewPlace(5744337, "Oregon", 44.0, -120.5, "US", "OR", fclass="A", fcode="ADM1",
             population=4_000_000),
    NewPlace(5815135, "Washington", 47.5, -120.5, "US", "WA", fclass="A", fcode="ADM1",
             population=7_000_000),
    NewPlace(5549030, "Utah", 39.25, -111.75, "US", "UT", fclass="A", fcode="ADM1",
             population=3_000_000),
    NewPlace(6254928, "Virginia", 37.5, -78.5, "US", "VA", fclass="A", fcode="ADM1",
             population=8_000_000),
    NewPlace(4140963, "Washington", 38.895, -77.037, "US", "DC", fcode="PPLC",
             population=700_000),
]


@pytest.fixture(scope="module")
def stage():
    return stage_of(PLACES)


def _washingtons(places):
    return [p for p in places if p.text == "Washington"]


@pytest.mark.slow
def test_a_state_named_with_another_state_is_the_state(nlp, stage):
    got = _washingtons(stage(nlp("He backed the Oregon and Washington laws on the matter.")))
    assert got and all(p.feature_code == "ADM1" for p in got), got


@pytest.mark.slow
def test_a_state_in_a_list_of_states_is_the_state(nlp, stage):
    got = _washingtons(stage(nlp("The affected states are Oregon, Utah, Virginia, Washington"
                                 " and others.")))
    assert got and all(p.feature_code == "ADM1" for p in got), got


@pytest.mark.slow
def test_the_capital_alone_stays_the_capital(nlp, stage):
    got = _washingtons(stage(nlp("Officials in Washington said the talks went well.")))
    assert got and all(p.feature_code == "PPLC" for p in got), got


def _grid(lat0, lat1, lon0, lon1, step=0.25):
    out = []
    lat = lat0
    while lat <= lat1:
        lon = lon0
        while lon <= lon1:
            out.append((round(lat, 3), round(lon, 3)))
            lon += step
        lat += step
    return out


def test_region_point_is_the_centre_of_its_area_not_of_its_crowd():
    # an L-shaped region: a long thin arm (the panhandle) and a broad body (the peninsula);
    # towns crowd at one end of the body. The hull's centroid lies in the body, where the
    # box of the towns sits off it
    arm = _grid(30.0, 31.0, -87.0, -83.0)
    body = _grid(25.0, 30.0, -82.5, -80.0)
    crowd = [(25.5 + i * 0.001, -80.2) for i in range(400)]
    towns = arm + body + crowd
    lat, lon = _region_point(towns)
    blat, blon = _box_centre(towns)
    body_centre = (27.5, -81.25)
    assert haversine_km(lat, lon, *body_centre) < haversine_km(blat, blon, *body_centre)


def test_main_body_drops_towns_filed_far_away():
    body = _grid(37.0, 41.0, 114.0, 119.0)
    strays = [(31.5, 94.0), (31.7, 94.3), (30.9, 95.2)]  # filed under the region, 2,000 km off
    kept = _main_body(body + strays)
    assert set(kept) == set(body)
    lat, lon = _region_point(body + strays)
    assert 37.0 < lat < 41.0 and 114.0 < lon < 119.0


def test_a_region_of_few_towns_keeps_a_point():
    assert _region_point([(10.0, 10.0)]) == (10.0, 10.0)
    lat, lon = _region_point([(10.0, 10.0), (12.0, 10.0)])
    assert (lat, lon) == (11.0, 10.0)


def test_short_and_former_country_names():
    for cc, name in (("MK", "Macedonia"), ("CD", "Zaire"), ("LK", "Ceylon"), ("IR", "Persia"),
                     ("CD", "DRC"), ("IR", "Iran")):
        assert name in COUNTRY_ALIASES[cc]
