"""Places for world news and short event texts, issue 13's seventh session: a region's
bare stem names the city it is named for, a facility named for its town places the event
at the town whatever case the facility's word has, a news dateline names its town, a
double space hides no cue word, and press abbreviations of Australian states.

Hand-made gazetteers (invented sentences); the default layer's abbreviation table needs no
index."""

import pytest
from hand_gazetteer import UKRAINE, first_of, stage_fixture, stage_of

from fogofwar.geo.index import NewPlace

PLACES = [
    NewPlace(630336, "Belarus", 53.0, 28.0, "BY", fclass="A", fcode="PCLI",
             population=9_400_000),
    UKRAINE,
    # a region known by its stem only ("Gomel" for Gomel Oblast) and the city it is named
    # for, whose main name is another spelling
    NewPlace(628035, "Gomel Oblast", 52.3, 29.6, "BY", "02", fclass="A", fcode="ADM1",
             population=1_400_000, derived=("gomel",)),
    NewPlace(627907, "Homyel'", 52.43, 30.98, "BY", "02", population=480_000,
             names=("Gomel",)),
    NewPlace(706483, "Kharkiv Oblast", 49.5, 36.5, "UA", "07", fclass="A", fcode="ADM1",
             population=2_600_000, derived=("kharkiv",)),
    # a small town that lends its name to an airbase, and its far namesake
    NewPlace(None, "Zelenodar", 49.84, 36.69, "UA", "07", population=30_000),
    NewPlace(None, "Zelenodar", 48.1, 24.2, "UA", "25", population=900),
    NewPlace(None, "Tykhohrad", 47.08, 32.82, "UA", "15", population=12_000),
    NewPlace(4839416, "Torrington", 41.80, -73.12, "US", "CT", population=35_000),
]


stage = stage_fixture(PLACES)


@pytest.mark.slow
def test_a_regions_stem_alone_is_the_city_it_is_named_for(nlp, stage):
    p = first_of(stage(nlp("A long convoy of military trucks moved through Gomel at night.")),
                 "Gomel")
    assert p.feature_code == "PPL" and p.name == "Homyel'", p


@pytest.mark.slow
def test_the_stem_with_a_region_word_stays_the_region(nlp, stage):
    p = first_of(stage(nlp("Air defence was active over the Gomel region at night.")), "Gomel")
    assert p.feature_code == "ADM1", p


@pytest.mark.slow
def test_a_capitalised_airbase_is_at_its_town(nlp, stage):
    # spaCy tags "Zelenodar Airbase" a PERSON: a person's name holds no facility word
    places = stage(nlp("Zelenodar Airbase on fire after the strike"))
    p = first_of(places, "Zelenodar")
    assert p.lat is not None and abs(p.lat - 49.84) < 0.1, p


@pytest.mark.slow
def test_a_double_space_hides_no_cue(nlp, stage):
    p = first_of(stage(nlp("A pedestrian bridge was destroyed in  Tykhohrad")), "Tykhohrad")
    assert p.lat is not None and abs(p.lat - 47.08) < 0.1, p


@pytest.mark.slow
def test_a_dateline_in_capitals_names_its_town(nlp, stage):
    text = ("Council adjusts budget for snow removal. TORRINGTON — The council voted on"
            " Monday to change the budget.")
    p = first_of(stage(nlp(text)), "TORRINGTON")
    assert p.name == "Torrington", p


def test_a_dateline_needs_capitals_and_a_dash(nlp):
    from fogofwar.geo.recognise import _dateline

    doc = nlp("Budget news. TORRINGTON — The council met. Torrington — a town. MAIN STREET is"
              " closed.")
    toks = [t.text for t in doc]
    i = toks.index("TORRINGTON")
    assert _dateline(doc, i, i + 1)
    k = toks.index("Torrington")
    assert not _dateline(doc, k, k + 1)  # not in capitals
    s = toks.index("MAIN")
    assert not _dateline(doc, s, s + 2)  # no dash after it


def test_australian_state_abbreviations_are_derived_forms():
    from fogofwar.geo.default import REGION_ABBREVIATIONS
    from fogofwar.geo.names import key

    assert key("NSW") in {key(f) for f in REGION_ABBREVIATIONS[("AU", "02")]}
    assert all(len(f) >= 3 for forms in REGION_ABBREVIATIONS.values() for f in forms)


CITY = [
    UKRAINE,
    NewPlace(None, "Varvarivka", 49.9, 36.2, "UA", "07", population=300_000),
    NewPlace(None, "Odesa", 46.49, 30.74, "UA", "17", population=1_000_000),
    NewPlace(None, "Dubrivne", 50.46, 29.81, "UA", "13", population=900),
    NewPlace(None, "Dubrivne", 46.1, 30.2, "UA", "17", population=800),
]


city_stage = stage_fixture(CITY, "city_stage")


@pytest.mark.slow
def test_a_university_named_for_a_city_is_in_it(nlp, city_stage):
    places = city_stage(nlp("Shelling damaged the Faculty of Chemistry of Varvarivka University"))
    assert any(p.text == "Varvarivka" and p.lat is not None for p in places), places


@pytest.mark.slow
def test_a_village_before_a_lower_case_facility_noun_is_a_place(nlp, city_stage):
    places = city_stage(nlp("Damage to the Dubrivne cultural center after the night"))
    assert any(p.text == "Dubrivne" for p in places), places


@pytest.mark.slow
def test_a_side_word_after_a_cue_counts_as_a_cue(nlp, city_stage):
    places = city_stage(nlp("Troops raised a flag over a damaged building in northern Dubrivne"))
    assert any(p.text == "Dubrivne" for p in places), places


def test_facility_nouns_in_lower_case_only(nlp):
    from fogofwar.geo.recognise import _before_facility_noun

    doc = nlp("Dubrivne railway station and Dubrivne Station and Dubrivne visited school")
    toks = [t.text for t in doc]
    assert _before_facility_noun(doc, 1)
    assert not _before_facility_noun(doc, toks.index("Station"))  # capitalised: a name's
    assert not _before_facility_noun(doc, toks.index("visited"))  # a verb between


REGIONS = [
    UKRAINE,
    NewPlace(None, "Kramarska Oblast", 48.0, 37.8, "UA", "05", fclass="A", fcode="ADM1",
             population=4_000_000, derived=("kramarsk",)),
    NewPlace(None, "Kramarsk", 48.02, 37.80, "UA", "05", fcode="PPLA", population=900_000),
    NewPlace(None, "Lypky", 48.9, 37.6, "UA", "05", population=400),
    NewPlace(None, "Lypky", 46.5, 30.5, "UA", "17", population=2_000_000),
]


@pytest.mark.slow
def test_a_village_comma_a_regional_centre_is_in_that_region(nlp):
    # "X, Kramarsk": a village is not inside the city; the writer names the region
    places = stage_of(REGIONS)(nlp("Destroyed school of Lypky, Kramarsk. Deaths reported."))
    p = first_of(places, "Lypky")
    assert p.admin1 == "Kramarska Oblast" or abs(p.lat - 48.9) < 0.1, p


WORLD = [
    NewPlace(3723988, "Haiti", 19.0, -72.4, "HT", fclass="A", fcode="PCLI",
             population=11_000_000),
    NewPlace(3718426, "Port-au-Prince", 18.54, -72.34, "HT", "11", fcode="PPLC",
             population=1_200_000),
    NewPlace(None, "Vintara", 16.0, 107.0, "VT", fclass="A", fcode="PCLI",
             population=90_000_000),
]


@pytest.mark.slow
def test_a_name_joined_by_au_is_one_name(nlp):
    places = stage_of(WORLD)(nlp("No new cases were found in the capital, Port-au-Prince."))
    assert [p.name for p in places] == ["Port-au-Prince"], places


@pytest.mark.slow
def test_a_war_named_for_a_country_names_the_country(nlp):
    places = stage_of(WORLD)(nlp("The chemical was sprayed during the Vintara War in order to"
                                 " clear the forest."))
    assert any(p.text == "Vintara" and p.feature_code == "PCLI" for p in places), places


@pytest.mark.slow
def test_a_stem_the_text_calls_a_region_elsewhere_stays_the_region(nlp, stage):
    text = ("Drones struck fuel depots in Belarus's Gomel region overnight. Officials said"
            " the strikes on Gomel would not stop the convoys.")
    got = [p for p in stage(nlp(text)) if p.text == "Gomel"]
    assert len(got) == 2 and all(p.feature_code == "ADM1" for p in got), got


OUTBREAK = [
    NewPlace(None, "Kwanzara", -12.0, 18.0, "KZ", fclass="A", fcode="PCLI",
             population=30_000_000),
    NewPlace(None, "Ohiana", 40.0, -86.0, "US", "OH", fclass="A", fcode="ADM1",
             population=6_000_000),
    NewPlace(None, "Kwanzara", 41.6, -85.0, "US", "OH", population=8_000),
    NewPlace(None, "Lakeford", 41.62, -85.05, "US", "OH", population=9_000),
    NewPlace(None, "Millbury", 41.58, -84.95, "US", "OH", population=7_000),
    NewPlace(None, "Marbach", 50.8, 8.8, "DE", "05", population=70_000),
]


@pytest.mark.slow
def test_a_country_beats_a_small_town_of_its_name(nlp):
    text = ("Two cases were reported in Lakeford and Millbury, Ohiana. The fever is still"
            " spreading in Kwanzara.")
    p = first_of(stage_of(OUTBREAK)(nlp(text)), "Kwanzara")
    assert p.feature_code == "PCLI", p


@pytest.mark.slow
def test_a_disease_named_for_a_place_is_no_place(nlp):
    places = stage_of(OUTBREAK)(nlp("Doctors said Marbach hemorrhagic fever kills slowly."
                                    " A strain of the H5N1 virus was found too."))
    assert not [p for p in places if p.text in ("Marbach", "H5N1")], places


def test_officer_and_drug_are_common_words():
    from fogofwar.geo.recognise import COMMON_WORDS

    assert {"officer", "drug"} <= COMMON_WORDS


def test_initials_with_stops_are_no_english_word(nlp):
    from fogofwar.geo.recognise import _INITIALS

    assert _INITIALS.match("D.C.") and _INITIALS.match("N.Y.")
    assert not _INITIALS.match("Ky.") and not _INITIALS.match("Mass.")


@pytest.mark.slow
def test_dc_without_a_comma_is_the_district(nlp):
    from fogofwar.geo.names import key

    dc = [NewPlace(None, "District of Columbia", 38.91, -77.01, "US", "DC", fclass="A",
                     fcode="ADM1", population=700_000, derived=(key("D.C."),))]
    places = stage_of(dc)(nlp("The school will move from Northwest D.C. to a new campus."))
    assert any(p.text == "D.C." and p.feature_code == "ADM1" for p in places), places


ARMS = [
    NewPlace(None, "Zurbagan", 58.0, 56.2, "RU", "90", population=1_000_000,
             names=("Kalashin",)),
    NewPlace(None, "Su", -9.9, 124.3, "ID", "18", population=5_000),
    NewPlace(None, "Kirovets", 60.2, 24.8, "FI", "18", population=500_000),
    NewPlace(None, "Popivka", 48.63, 38.37, "UA", "09", population=20_000),
]


@pytest.mark.slow
def test_a_designation_before_a_number_is_no_place(nlp):
    places = stage_of(ARMS)(nlp("A Su 25 was flying above Popivka at dawn."))
    assert [p.text for p in places] == ["Popivka"], places


@pytest.mark.slow
def test_a_cocktail_or_a_class_named_for_a_city_is_the_weapon(nlp):
    places = stage_of(ARMS)(nlp("Two men threw Kalashin cocktails at the office in Popivka."
                                " A Kirovets class sub left the port of Popivka."))
    assert {p.text for p in places} == {"Popivka"}, places


@pytest.mark.slow
def test_a_headline_opening_with_a_city_before_a_weapon_noun(nlp, city_stage):
    # "Odesa missile strike kills three": a city of 100,000+ opening a headline before a
    # weapon's or a facility's noun is a place, whatever tag spaCy gives it
    places = city_stage(nlp("Odesa missile strike kills three"))
    assert [p.text for p in places] == ["Odesa"], places


def test_the_last_word_of_a_military_formation_is_no_town(pipeline):
    from fogofwar.records import Report

    text = ("The flagship of Russia's Northern Fleet sailed on May 2. Residents of Fleet, "
            "Hampshire, protested on Monday. The 2nd Combined Arms Army withdrew to Belgorod.")
    ext = pipeline.run(Report(id="t", text=text, published="2022-05-02"))
    fleets = [p for p in ext.places if p.text == "Fleet"]
    assert len(fleets) == 1 and fleets[0].start == text.index("Fleet, Hampshire")
    assert not any(p.text == "Army" for p in ext.places)
