"""Places for world news (issue 13): demonyms name their country, a comma list of areas is
no chain of containers, an admin-1 region's own name beats a small namesake of the same
country, lakes and rivers are never their namesake state or parish, a possessive PERSON
entity is the name itself, world regions are regions, and a repeated name does not vouch
for its own namesake.

Hand-made gazetteer; the world regions and demonyms of the real default come from
countryinfo (tests at the bottom, no index needed)."""

import pytest
from hand_gazetteer import UNITED_STATES, stage_fixture

from fogofwar.geo.index import NewPlace
from fogofwar.geo.resolve import ResolveOptions

PLACES = [
    UNITED_STATES,
    NewPlace(357994, "Egypt", 27.0, 30.0, "EG", fclass="A", fcode="PCLI", population=98_000_000),
    NewPlace(1227603, "Sri Lanka", 7.0, 81.0, "LK", fclass="A", fcode="PCLI",
             population=21_000_000),
    NewPlace(5332921, "California", 37.25, -119.75, "US", "CA", fclass="A", fcode="ADM1",
             population=39_000_000),
    NewPlace(5481136, "New Mexico", 34.5, -106.0, "US", "NM", fclass="A", fcode="ADM1",
             population=2_000_000),
    NewPlace(5165418, "Ohio", 40.25, -82.75, "US", "OH", fclass="A", fcode="ADM1",
             population=11_000_000),
    NewPlace(5242283, "Vermont", 44.0, -72.75, "US", "VT", fclass="A", fcode="ADM1",
             population=600_000),
    NewPlace(None, "Red River Parish", 32.0, -93.3, "US", "LA", fclass="A", fcode="ADM2",
             derived=("red river",)),
    # a small California in Pennsylvania, a Mexico in Ohio next to Ohio towns
    NewPlace(5180225, "California", 40.07, -79.89, "US", "PA", population=6_700),
    NewPlace(7, "Mexico", 40.1, -82.9, "US", "OH", population=900),
    NewPlace(8, "Columbus", 39.96, -83.0, "US", "OH", population=900_000),
    NewPlace(9, "Uniontown", 39.9, -79.72, "US", "PA", population=10_000),
    NewPlace(10, "Fargo", 46.88, -96.79, "US", "ND", population=120_000),
]


stage = stage_fixture(PLACES)


def _of(places, name):
    got = [p for p in places if p.text == name]
    assert got, f"{name} not among {[p.text for p in places]}"
    return got


@pytest.mark.slow
def test_a_state_beats_its_small_namesake_town(nlp, stage):
    text = ("He was born in Uniontown and lived in Columbus. He is survived by two "
            "daughters, both of California, and four grandchildren.")
    for p in _of(stage(nlp(text)), "California"):
        assert p.feature_code == "ADM1", p


@pytest.mark.slow
def test_a_list_of_states_is_no_chain_of_containers(nlp, stage):
    text = "The states affected are California, New Mexico, Ohio and Vermont."
    ps = stage(nlp(text))
    assert [p.name for p in ps] == ["California", "New Mexico", "Ohio", "Vermont"], ps


@pytest.mark.slow
def test_lake_and_river_are_not_their_namesakes(nlp, stage):
    text = ("The road north of Fargo near Lake Vermont is closed. The Red River will crest"
            " at 40 feet in Fargo.")
    ps = stage(nlp(text))
    lake = _of(ps, "Lake Vermont")[0]
    assert lake.lat is None and lake.feature_code is None, lake
    assert all(p.name != "Vermont" for p in ps), ps
    river = _of(ps, "Red River")[0]
    assert river.feature_code != "ADM2", river


@pytest.mark.slow
def test_demonyms_are_context_and_places_on_request(nlp, stage):
    from fogofwar.geo.stage import PlaceStage

    stage.index.replace_demonyms([("egyptian", "EG"), ("egyptians", "EG"),
                                  ("sri lankan", "LK")])
    text = "Egyptian troops arrived on Monday. Sri Lankan officials said the Egyptians left."
    assert not stage(nlp(text))  # context only by default
    with_dem = PlaceStage(stage.index, ResolveOptions(demonyms=True))(nlp(text))
    assert [(p.text, p.country_code) for p in with_dem] == [
        ("Egyptian", "EG"), ("Sri Lankan", "LK"), ("Egyptians", "EG")]
    assert all(p.precision == 4 for p in with_dem)


@pytest.mark.slow
def test_possessive_person_entity_is_the_place(nlp, stage):
    text = "The realpolitik of Sri Lanka's former president was criticised."
    assert [p.name for p in stage(nlp(text))] == ["Sri Lanka"]


def test_world_regions_from_countryinfo_never_take_a_country_name():
    from fogofwar.geo.default import _countryinfo, _country_point, world_regions
    from fogofwar.geo.names import key

    info = _countryinfo()
    pts = {cc: tuple(map(float, _country_point(d))) for cc, d in info.items()
           if _country_point(d)}
    regs = {p.name: p for p in world_regions(info, pts, {"south africa", "south america"})}
    assert {"West Africa", "Western Africa", "Middle East", "Caribbean"} <= set(regs)
    assert "South Africa" not in regs and "South America" not in regs
    assert not any(" and " in n for n in regs)
    wa = regs["West Africa"]
    assert wa.fcode == "RGN" and 0 < wa.lat < 20 and -20 < wa.lon < 10
    assert key("Middle East") == key(regs["Middle East"].name)


def test_demonyms_take_the_more_populous_country():
    from fogofwar.geo.default import demonyms

    info = {"CD": {"demonym": "Congolese"}, "CG": {"demonym": "Congolese"},
            "EG": {"demonym": "Egyptian"}, "LK": {"demonym": "Sri Lankan"},
            "CH": {"demonym": "Swiss"}}
    got = dict(demonyms(info, {"CD": 90_000_000, "CG": 5_000_000}))
    assert got["congolese"] == "CD"
    assert got["egyptian"] == got["egyptians"] == "EG"
    assert got["sri lankans"] == "LK" and "swisss" not in got
