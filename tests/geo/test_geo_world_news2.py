"""Places for world news, issue 13's sixth session: an admin-1 region's point is the
centre of the area its towns span (main body only), a name listed with areas is the area
and not the capital of its name, and short or former country names (countryinfo lacks
them) name their country.

Hand-made gazetteer for the resolver; the point helpers and aliases of the real default
need no index."""

import pytest
from hand_gazetteer import KHARKIV, UNITED_KINGDOM, UNITED_STATES, stage_fixture, stage_of

from fogofwar.geo.default import COUNTRY_ALIASES, _box_centre, _main_body, _region_point
from fogofwar.geo.index import NewPlace
from fogofwar.geodesy import haversine_km

PLACES = [
    UNITED_STATES,
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


stage = stage_fixture(PLACES)


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


def test_second_level_regions_outside_the_us():
    from fogofwar.geo.default import second_level

    cities = [
        {"geonameid": 1, "countrycode": "GB", "admin1code": "ENG", "latitude": 52.1,
         "longitude": 1.0, "population": 100_000},
        {"geonameid": 2, "countrycode": "GB", "admin1code": "ENG", "latitude": 52.3,
         "longitude": 1.4, "population": 20_000},
        {"geonameid": 3, "countrycode": "PH", "admin1code": "03", "latitude": 15.5,
         "longitude": 121.0, "population": 5_000},
        {"geonameid": 4, "countrycode": "US", "admin1code": "VA", "latitude": 36.7,
         "longitude": -76.6, "population": 90_000},
        {"geonameid": 5, "countrycode": "GB", "admin1code": "ENG", "latitude": 51.0,
         "longitude": 0.0, "population": 1_000},
    ]
    county = {1: "Suffolk", 2: "Suffolk", 3: "Province of Nueva Ecija", 4: "Suffolk"}
    got = {p.name: p for p in second_level(cities, county)}
    assert set(got) == {"Suffolk", "Province of Nueva Ecija"}  # US counties come elsewhere
    s = got["Suffolk"]
    assert (s.cc, s.admin1, s.fcode, s.fclass) == ("GB", "ENG", "ADM2", "A")
    assert s.population == 120_000 and 52.1 <= s.lat <= 52.3 and 1.0 <= s.lon <= 1.4
    assert "nueva ecija" in got["Province of Nueva Ecija"].derived


COUNTIES = [
    UNITED_KINGDOM,
    NewPlace(6269131, "England", 52.5, -1.5, "GB", "ENG", fclass="A", fcode="ADM1",
             population=55_000_000),
    NewPlace(None, "Suffolk", 52.2, 1.0, "GB", "ENG", fclass="A", fcode="ADM2",
             population=700_000),
    NewPlace(4787534, "Suffolk", 36.73, -76.58, "US", "VA", population=90_000),
    NewPlace(None, "Nadia", 23.4, 88.5, "IN", "WB", fclass="A", fcode="ADM2",
             population=800_000),
]


county_stage = stage_fixture(COUNTIES, "county_stage")


@pytest.mark.slow
def test_an_english_county_beats_its_american_namesake(nlp, county_stage):
    ps = county_stage(nlp("Bird flu was found on a farm in Suffolk, England. The farm in"
                          " Suffolk had 160,000 birds."))
    got = [p for p in ps if p.text == "Suffolk"]
    assert len(got) == 2 and all(p.country_code == "GB" for p in got), got


def test_a_bare_word_only_counties_bear_needs_more_evidence():
    from fogofwar.geo.index import GazEntry, MAIN
    from fogofwar.geo.recognise import Mention, _county_only

    def entry(fcode):
        return GazEntry(1, None, "X", 0.0, 0.0, "IN", "WB", "", "A" if fcode[0] == "A" else "P",
                        fcode, 1000, "test")

    m = Mention("Nadia", 0, 5, "nadia", 0, 1, [(entry("ADM2"), MAIN)])
    assert _county_only(m)
    m2 = Mention("Nadia", 0, 5, "nadia", 0, 1, [(entry("ADM2"), MAIN), (entry("PPL"), MAIN)])
    assert not _county_only(m2)


@pytest.mark.slow
def test_a_first_name_that_is_a_district_is_no_place(nlp, county_stage):
    ps = county_stage(nlp("Nadia said the shop would open again. Nadia Moayyad ran it for"
                          " thirty years."))
    assert not [p for p in ps if p.text.startswith("Nadia")], ps


DIRECTIONS = [
    NewPlace(6269131, "England", 52.5, -1.5, "GB", "ENG", fclass="A", fcode="ADM1",
             population=55_000_000),
    NewPlace(2221788, "South-West", 4.9, 9.4, "CM", "09", fclass="A", fcode="ADM1",
             population=1_500_000),
    NewPlace(2221789, "South", 2.7, 10.9, "CM", "14", fclass="A", fcode="ADM1",
             population=700_000),
    NewPlace(1232860, "Western Province", 6.8, 80.0, "LK", "36", fclass="A", fcode="ADM1",
             population=6_000_000, derived=("western",)),
]


direction_stage = stage_fixture(DIRECTIONS, "direction_stage")


@pytest.mark.slow
def test_direction_words_are_no_regions(nlp, direction_stage):
    ps = direction_stage(nlp("Two people died in a caravan park in South West England. The"
                             " starving of the American South will go on."))
    assert not [p for p in ps if p.country_code == "CM"], ps


@pytest.mark.slow
def test_a_direction_with_a_region_word_is_the_region(nlp, direction_stage):
    ps = direction_stage(nlp("Officials of the Western Province said the floods had receded."))
    assert [p.country_code for p in ps if p.text.startswith("Western")] == ["LK"], ps


TITLES = [
    KHARKIV,
    NewPlace(701822, "Mariupol", 47.1, 37.55, "UA", "05", population=450_000),
    NewPlace(2990440, "Nice", 43.7, 7.27, "FR", "93", population=340_000),
    NewPlace(2639577, "Reading", 51.46, -0.97, "GB", "ENG", population=230_000),
]


title_stage = stage_fixture(TITLES, "title_stage")


@pytest.mark.slow
def test_a_name_after_a_comma_is_no_sentence_initial_word(nlp, title_stage):
    ps = title_stage(nlp("Destroyed cars in a parking space, Kharkiv"))
    assert [p.name for p in ps] == ["Kharkiv"], ps


@pytest.mark.slow
def test_a_prominent_city_opening_a_title(nlp, title_stage):
    ps = title_stage(nlp("Mariupol police station damaged"))
    assert [p.name for p in ps] == ["Mariupol"], ps
    assert not title_stage(nlp("Nice work.")), "an adjective opening a sentence"
    assert not title_stage(nlp("Reading the report, he said nothing."))


WEAPONS = [
    NewPlace(701822, "Mariupol", 47.1, 37.55, "UA", "05", population=450_000),
    NewPlace(1697175, "Orion", 14.62, 120.58, "PH", "03", population=8_000),
    NewPlace(5856195, "Airport", 21.33, -157.92, "US", "HI", population=12_000),
    NewPlace(2740637, "Tocha", 40.32, -8.74, "PT", "07", population=3_000),
]


weapon_stage = stage_fixture(WEAPONS, "weapon_stage")


@pytest.mark.slow
def test_a_weapon_named_for_a_small_place_is_the_weapon(nlp, weapon_stage):
    ps = weapon_stage(nlp("Video of an Orion-E UAV striking a target in Mariupol."))
    assert [p.name for p in ps] == ["Mariupol"], ps
    ps = weapon_stage(nlp("Remnants of a shot down Tochka missile near a government building"
                          " in Mariupol"))
    assert [p.name for p in ps] == ["Mariupol"], ps


@pytest.mark.slow
def test_a_war_noun_is_no_town(nlp, weapon_stage):
    ps = weapon_stage(nlp("Aftermath of destruction of Hostomel Airport, northwest of"
                          " Mariupol"))
    assert [p.name for p in ps] == ["Mariupol"], ps


RAIONS = [
    NewPlace(709717, "Donetsk", 48.0, 37.8, "UA", "05", fcode="PPLA", population=930_000),
    NewPlace(702569, "Luhansk", 48.57, 39.31, "UA", "14", fcode="PPLA", population=400_000),
    NewPlace(689558, "Volnovakha", 47.6, 37.5, "UA", "05", fcode="PPLA2", population=22_000),
    NewPlace(None, "Volnovakha Raion", 47.6, 37.4, "UA", "05", fclass="A", fcode="ADM2",
             population=120_000, derived=("volnovakha",)),
]


@pytest.mark.slow
def test_a_raions_stem_still_vouches_for_its_seat(nlp):
    stage = stage_of(RAIONS)
    ps = stage(nlp("Russian forces made limited advances on February 26 in Donetsk and"
                   " Luhansk, reportedly capturing Stanysia Luuhanska, Volnovakha, and"
                   " Starohnativka."))
    assert "Volnovakha" in [p.text for p in ps], ps
