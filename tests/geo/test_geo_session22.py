"""Place rules of the twenty-second session, on sentences written here:
- an offset is measured from the namesake of its anchor the writer means, chosen at the
  anchor's own turn before the mention it places ("X, 80km east of Y": Y the oblast centre,
  not a same-name village of the region the text dwells on; geo.resolve._anchors_first;
  read93: a town placed 130 km off, at a point by a Donetsk village);
- a demonym before the kind of place ("the Belarusian village of X") names the country that
  holds it (geo.resolve._containers, _KIND_OF; read90: a namesake in Ukraine), while without
  it the text's context chooses (guard);
- "the (west, left ...) bank of the X" names the river X, never its namesake city
  (geo.recognise._SHORE_WORDS; read90: a clash in Dnipro city), while the bare name stays
  the city (guard);
- an offset right after the name with no bracket or comma ("around X about 65km east of Y") and
  one in words ("approximately seven kilometers west of Y") are read as offsets
  (geo.cues._OFFSET, _NUM_WORDS; read97: two villages at namesakes 100 and 220 km off);
- a two-word name whose adjective ends in a bare "-y" ("Zeleny Hai") finds the "-yi" spelling
  (geo.names.agreement_variants; read97);
- a raion's adjective before "raion" ("Khersonsky raion") names the raion, even where a
  village elsewhere bears a close spelling (geo.recognise region keys, _ADJECTIVE_STEMS;
  read97: a village in Stavropol Krai)."""

import pytest
from hand_gazetteer import DONETSK, DONETSK_OBLAST, UKRAINE, BAKHMUT, located, stage_fixture

from fogofwar.geo.index import NewPlace
from fogofwar.geo.names import region_only_keys, region_stems

_CENTRE = NewPlace(9401, "Zorivka", 47.85, 35.12, "UA", "26", fcode="PPLA", population=700_000)
_VILLAGE = NewPlace(9402, "Zorivka", 48.10, 36.99, "UA", "05", population=240)
_TOWN = NewPlace(9403, "Lukivka", 47.67, 36.26, "UA", "26", fcode="PPLA2", population=13_000)
_AVDIIVKA = NewPlace(9404, "Avdiivka", 48.14, 37.75, "UA", "05", fcode="PPLA3",
                     population=30_000)

stage = stage_fixture([UKRAINE, DONETSK_OBLAST, DONETSK, BAKHMUT, _AVDIIVKA, _CENTRE, _VILLAGE,
                       _TOWN])


def test_an_offset_is_measured_from_the_anchor_the_writer_means(nlp, stage):
    got = located(nlp, stage, "Fighting went on near Donetsk, Bakhmut and Avdiivka in Donetsk "
                              "Oblast. Russian troops pushed toward Lukivka, 80km east of Zorivka.")
    assert (round(got["Lukivka"].lat, 2), round(got["Lukivka"].lon, 2)) == (47.67, 36.26)
    assert round(got["Zorivka"].lat, 2) == 47.85


_BELARUS = NewPlace(630336, "Belarus", 53.0, 28.0, "BY", fclass="A", fcode="PCLI",
                    population=9_400_000)
_KOPANKA_BY = NewPlace(9411, "Kopanka", 52.1, 27.6, "BY", population=300)
_KOPANKA_UA = NewPlace(9412, "Kopanka", 48.2, 37.9, "UA", "05", population=900)


@pytest.fixture(scope="module")
def border_stage():
    from hand_gazetteer import stage_of

    st = stage_of([UKRAINE, DONETSK_OBLAST, DONETSK, BAKHMUT, _AVDIIVKA, _BELARUS, _KOPANKA_BY,
                   _KOPANKA_UA])
    st.index.replace_demonyms([("belarusian", "BY"), ("ukrainian", "UA")])
    return st


def test_a_demonym_before_the_kind_of_place_names_its_country(nlp, border_stage):
    # "the Belarusian town of X" (read90: a namesake in the Ukrainian region the report dwells on)
    got = located(nlp, border_stage, "Fighting went on near Donetsk, Bakhmut and Avdiivka. "
                                     "Aircraft struck the Belarusian village of Kopanka.")
    assert got["Kopanka"].country_code == "BY", got["Kopanka"]


def test_without_the_demonym_the_context_chooses(nlp, border_stage):
    # guard
    got = located(nlp, border_stage, "Fighting went on near Donetsk, Bakhmut and Avdiivka. "
                                     "Aircraft struck the village of Kopanka.")
    assert got["Kopanka"].country_code == "UA", got["Kopanka"]



@pytest.mark.parametrize("text, city", [
    ("Russian advances on the west bank of the Dnipro slowed.", False),
    ("Russian forces shelled Dnipro on March 3.", True),
])
def test_the_bank_of_a_name_is_the_river(pipeline, text, city):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="t", text=text, published="2022-03-04"))
    got = [p for p in ext.places if p.text == "Dnipro"]
    assert got, ext.places
    assert (got[0].feature_code or "").startswith("PPL") == city, got[0]


_TOWN_FAR = NewPlace(9421, "Lukivka", 48.30, 38.70, "UA", "05", population=900)
_CITY = NewPlace(9422, "Zorivka", 46.97, 32.00, "UA", "16", fcode="PPLA", population=470_000)
_TOWN_NEAR = NewPlace(9423, "Lukivka", 47.08, 32.82, "UA", "16", population=800)
_VILLAGE_ADJ = NewPlace(9424, "Zelenyi Hai", 47.10, 32.10, "UA", "16", population=300)
# (each word a name of its own somewhere, as in GeoNames: the mis-agreed pair is tried only then)
_WORD_ONE = NewPlace(9425, "Zeleny", 50.0, 25.0, "UA", "22", population=100)
_WORD_TWO = NewPlace(9426, "Hai", 50.5, 25.5, "UA", "22", population=100)


@pytest.fixture(scope="module")
def offset_stage():
    from hand_gazetteer import stage_of

    return stage_of([UKRAINE, DONETSK_OBLAST, DONETSK, BAKHMUT, _AVDIIVKA, _TOWN_FAR, _CITY,
                     _TOWN_NEAR, _VILLAGE_ADJ, _WORD_ONE, _WORD_TWO])


@pytest.mark.parametrize("offset", ["about 65km east of Zorivka",
                                    "(approximately fifty kilometers east of Zorivka)"])
def test_an_offset_with_no_mark_or_in_words_is_read(nlp, offset_stage, offset):
    # read97: "around X about 65km east of Y" and "(approximately seven kilometers west of Y)"
    # went unread, and X to a namesake of the region the text dwells on
    text = ("Fighting went on near Donetsk, Bakhmut and Avdiivka in Donetsk Oblast. Ukrainian "
            f"forces attacked around Lukivka {offset}.")
    got = located(nlp, offset_stage, text)
    assert round(got["Lukivka"].lat, 2) == 47.08, got["Lukivka"]


def test_a_shortened_adjective_ending_still_finds_the_place(nlp, offset_stage):
    # "Zeleny Hai" for Zelenyi Hai (read97: not recognised)
    got = located(nlp, offset_stage, "Russian forces shelled Zeleny Hai.")
    assert got["Zeleny Hai"].name == "Zelenyi Hai", got


# (with the derived keys a GeoNames dump's reader gives a region: geo.geonames_io)
_RAION = NewPlace(9431, "Khersonskyi Raion", 46.66, 32.82, "UA", "08", "6525", fclass="A",
                  fcode="ADM2", population=300_000,
                  derived=tuple(region_stems("Khersonskyi Raion")
                                | region_only_keys("Khersonskyi Raion")))
_VILLAGE_RU = NewPlace(9432, "Khersonskiy", 44.69, 43.29, "RU", "70", population=500,
                       names=("Khersonsky",))


@pytest.fixture(scope="module")
def raion_stage():
    from hand_gazetteer import stage_of

    return stage_of([UKRAINE, _RAION, _VILLAGE_RU])


@pytest.mark.parametrize("text", ["Ukrainian forces struck depots in Khersonsky raion.",
                                  "Ukrainian forces struck depots in Khersonskyi Raion."])
def test_a_raions_adjective_before_raion_names_the_raion(nlp, raion_stage, text):
    # read97: "Khersonsky raion" went to a village in Stavropol Krai, 900 km off
    got = [p for p in raion_stage(nlp(text)) if p.lat is not None]
    assert got and got[0].feature_code == "ADM2", got
