"""Place rules from the second analyst reads of ISW reports outside every gold window
(read51-62: 2022-08-29..31, 03-20..22, 07-15..17, 07-23..25, 09-21..23, 06-21..23, 10-25..27,
08-26..28, 05-13/15/22, 10-28/30/31, 04-09/10/12 and 08-16..18; each window read once before
by an earlier session, now on the current code), on sentences written here and a hand-made
gazetteer:
- one distance for each name of a list ("A and B, approximately 40 and 50 km southwest of Y,
  respectively") places the list from Y as one distance does (geo.cues._OFFSET,
  geo.recognise._BEARING_AFTER; read53: Pavlivka went to Mykolaiv Oblast, Vodyane to
  Zaporizhia Oblast);
- a bracketed remark on who holds a place before its distance ("X (within Russian-controlled
  territory approximately 25km south of Y)") keeps the bearing's cue and anchor (read51);
- a wide natural area is no point to measure a bearing from ("Henichesk (just north of the
  Crimean Peninsula)": geo.cues._no_point, _WIDE_CODES; read55: the town was put in the
  middle of Crimea).
"""

from hand_gazetteer import UKRAINE, stage_fixture

from fogofwar.geo.index import NewPlace

ENERHODAR = NewPlace(709334, "Enerhodar", 47.49, 34.66, "UA", "23", population=53_000)
BILOZERKA = NewPlace(9103, "Velyka Bilozerka", 47.28, 34.68, "UA", "23", population=1_500)
BILOZERKA_FAR = NewPlace(9104, "Velyka Bilozerka", 50.00, 30.00, "UA", "13", population=3_000)

HENICHESK = NewPlace(707688, "Henichesk", 46.17, 34.81, "UA", "08", fcode="PPLA2",
                     population=19_000)
CRIMEA = NewPlace(694422, "Crimean Peninsula", 45.0, 34.0, "UA", "11", fclass="L", fcode="PEN")

stage = stage_fixture([UKRAINE, ENERHODAR, BILOZERKA, BILOZERKA_FAR, HENICHESK, CRIMEA])


def _at(nlp, stage, text):
    return {p.text: (round(p.lat, 2), round(p.lon, 2)) for p in stage(nlp(text))
            if p.lat is not None}


def test_one_distance_for_each_listed_name_places_the_list(pipeline):
    # the embedded gazetteer has no Pavlivka or Vodiane near Donetsk: the names go to the
    # stated point, not to namesakes in other oblasts
    from fogofwar.geodesy import haversine_km
    from fogofwar.records import Report
    ext = pipeline.run(Report(id="t", published="2022-07-15", text=(
        "Russian forces unsuccessfully attempted to advance toward Vodyane and Pavlivka, "
        "approximately 40 and 50 km southwest of Donetsk City, respectively.")))
    got = {p.text: p for p in ext.places if p.lat is not None}
    for name in ("Vodyane", "Pavlivka"):
        assert haversine_km(got[name].lat, got[name].lon, 47.76, 37.30) < 30, got


def test_a_remark_on_who_holds_a_place_keeps_its_bearing(nlp, stage):
    got = _at(nlp, stage, "Officials accused Russian forces of shelling Velyka Bilozerka "
                          "(within Russian-controlled territory approximately 25km south of "
                          "Enerhodar).")
    assert got.get("Velyka Bilozerka") == (47.28, 34.68), got


def test_a_wide_area_is_no_point_to_measure_from(nlp, stage):
    got = _at(nlp, stage, "Ukrainian forces struck Russian positions in Henichesk (just north "
                          "of the Crimean Peninsula).")
    assert got.get("Henichesk") == (46.17, 34.81), got
