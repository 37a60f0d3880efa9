"""Place rules of the twenty-second session, on sentences written here:
- an offset is measured from the namesake of its anchor the writer means, chosen at the
  anchor's own turn before the mention it places ("X, 80km east of Y": Y the oblast centre,
  not a same-name village of the region the text dwells on; geo.resolve._anchors_first;
  read93: a town placed 130 km off, at a point by a Donetsk village)."""

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
