"""Places for world news, issue 13's tenth session: a larger place whose own name the
writer spells beats a namesake that bears it only as an alternate.

Hand-made gazetteers (invented sentences and places)."""

import pytest
from hand_gazetteer import UKRAINE, first_of, stage_fixture

from fogofwar.geo.index import NewPlace

SPELLINGS = [
    NewPlace(6252001, "United States", 39.8, -98.6, "US", fclass="A", fcode="PCLI",
             population=320_000_000),
    # "Harborough" is a large city's own name and another, smaller city's variant
    NewPlace(None, "Harborough", 40.44, -79.99, "US", "PA", population=300_000),
    NewPlace(None, "Harboro", 34.6, -118.1, "US", "CA", population=70_000,
             names=("Harborough",)),
    NewPlace(None, "California", 37.0, -120.0, "US", "CA", fclass="A", fcode="ADM1",
             population=39_000_000),
    NewPlace(None, "Bayport", 32.72, -117.16, "US", "CA", population=1_400_000),
    NewPlace(None, "Sunvale", 34.05, -118.24, "US", "CA", population=3_900_000),
]


spellings = stage_fixture(SPELLINGS, "spellings")


@pytest.mark.slow
def test_a_larger_place_of_the_name_beats_one_that_bears_it_as_an_alternate(nlp, spellings):
    # the text's Californian towns make the variant's bearer likely by context
    p = first_of(spellings(nlp("Doctors in Bayport and Sunvale agreed with a physician who "
                               "works in Harborough.")), "Harborough")
    assert p.name == "Harborough" and p.lat == 40.44, p


@pytest.mark.slow
def test_a_container_still_names_the_variants_bearer(nlp, spellings):
    p = first_of(spellings(nlp("Officials in Harborough, California, closed the schools.")),
                 "Harborough")
    assert p.lat == 34.6, p


ISLANDS = [
    NewPlace(None, "Zealandia", -42.0, 174.0, "NZ", fclass="A", fcode="PCLI",
             population=5_000_000),
    NewPlace(None, "Greenmark", 72.0, -40.0, "GL", fclass="A", fcode="PCLI",
             population=56_000),
    NewPlace(None, "Tamaki Region", -36.76, 174.73, "NZ", "E7", fclass="A", fcode="ADM1",
             population=1_600_000, derived=("tamaki",)),
    NewPlace(None, "Tamaki", -36.85, 174.76, "NZ", "E7", population=1_500_000),
]


islands = stage_fixture(ISLANDS, "islands")


@pytest.mark.slow
def test_a_close_spelling_outside_its_named_container_falls_back_to_it(nlp, islands):
    # "Greenmarke" (a suburb the gazetteer lacks) is spelt like the country Greenmark; the
    # region named after it contradicts the guess
    places = islands(nlp("Anyone who ate at the restaurant located in Greenmarke, Tamaki "
                         "Region, Zealandia, should see a doctor."))
    p = first_of(places, "Greenmarke")
    assert p.country_code == "NZ", p


@pytest.mark.slow
def test_a_close_spelling_alone_keeps_its_guess(nlp, islands):
    places = islands(nlp("The expedition flew on to Greenmarke on Monday."))
    got = [p for p in places if p.text == "Greenmarke"]
    assert not got or got[0].country_code == "GL", got


ROMANISED = [
    UKRAINE,
    # a town whose main name GeoNames spells with "ya", the other spelling an alternate
    NewPlace(None, "Kamyanovo", 50.48, 34.97, "UA", "21", population=19_500,
             names=("Kamianovo",)),
    # a hamlet far away whose main name is spelt with "ia"
    NewPlace(None, "Kamianovo", 48.17, 24.26, "UA", "25", population=377),
]


romanised = stage_fixture(ROMANISED, "romanised")


def test_romanised_alike():
    from fogofwar.geo.resolve import romanised_alike

    assert romanised_alike("trostianets", "Trostyanets")
    assert romanised_alike("kamianka", "Kam'yanka")
    assert not romanised_alike("pittsburgh", "Pittsburg")
    assert not romanised_alike("maryville", "Beeville")


@pytest.mark.slow
def test_another_romanisation_of_a_towns_name_costs_it_nothing(nlp, romanised):
    p = first_of(romanised(nlp("Russian trucks in central Kamianovo")), "Kamianovo")
    assert p.name == "Kamyanovo", p


def test_pair_support_counts_names_not_mentions():
    """Six mentions of a capital are one name beside a small namesake 46 km from it: they
    lend it the support of one pair, as one mention would."""
    from fogofwar.geo.index import MAIN, GazEntry
    from fogofwar.geo.recognise import Mention
    from fogofwar.geo.resolve import ResolveOptions, _pair_support

    capital = GazEntry(1, None, "Capitol", 38.90, -77.04, "US", "DC", "", "P", "PPLC",
                       700_000, "test")
    near = GazEntry(2, None, "Dunmore", 39.29, -77.20, "US", "MD", "", "P", "PPL", 15_000,
                    "test")
    far = GazEntry(3, None, "Dunmore", 33.51, 36.29, "SY", "13", "", "P", "PPLC", 1_500_000,
                   "test")

    def mention(name, at, cands):
        return Mention(name, at, at + len(name), name.lower(), at, at + 1,
                       [(e, MAIN) for e in cands])

    opt = ResolveOptions()
    for times in (1, 6):
        ms = [mention("Capitol", 10 * k, [capital]) for k in range(times)]
        ms.append(mention("Dunmore", 100, [far, near]))
        cands = [[(e, 0.0) for e, _ in m.candidates] for m in ms]
        got = _pair_support(ms, cands, opt)
        assert got[(len(ms) - 1, near.id)] == opt.pair, (times, got)


CAPITAL_REGIONS = [
    UKRAINE,
    # a capital that is a first-level region of its own, and the oblast named for it
    NewPlace(None, "Misto Dniprovsk", 50.45, 30.52, "UA", "12", fclass="A", fcode="ADM1",
             population=2_800_000, derived=("dniprovsk",)),
    NewPlace(None, "Dniprovsk Oblast", 50.3, 30.3, "UA", "13", fclass="A", fcode="ADM1",
             population=1_800_000, names=("Dniprovsk",)),
    NewPlace(None, "Borivka", 50.64, 29.92, "UA", "13", population=13_000),
]


capital_regions = stage_fixture(CAPITAL_REGIONS, "capital_regions")


@pytest.mark.slow
def test_a_region_word_takes_the_region_named_with_it(nlp, capital_regions):
    places = capital_regions(nlp("Aerial footage from Borivka, Dniprovsk oblast"))
    assert first_of(places, "Dniprovsk").name == "Dniprovsk Oblast", places
    assert first_of(places, "Borivka").name == "Borivka", places
