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
  the city (guard)."""

import pytest
from hand_gazetteer import DONETSK, DONETSK_OBLAST, UKRAINE, BAKHMUT, located, stage_fixture

from fogofwar.geo.index import NewPlace

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
