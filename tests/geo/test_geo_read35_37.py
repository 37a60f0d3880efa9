"""Place rules from the analyst reads of ISW 2022-03-09..19 (read35), 04-07..22 (read36) and
05-29/30, 07-19 (read37), on sentences written here and hand-made gazetteers:
- a city of BIG_CITY_POP people or more beats a hamlet of its name, as a capital or an oblast
  seat does, and a second romanisation of an adjective's ending ("Kryvyi" for GeoNames'
  "Kryvyy") is the city's own name (geo.resolve._seat_namesake, romanised_alike; read37: the
  city of 600,000 lost to a hamlet in the oblast the paragraph named);
- a "person" the tagger makes of a whole place name ("Velyka Komyshuvakha") lends no surname
  to the text (geo.recognise; read37: the village's neighbour "Komyshuvakha" dropped as one);
- a list item the gazetteer lacks does not cut the list: the names after it, tagged as persons,
  stay places with the list's placed names and frame, the serial comma too (geo.recognise.
  _joined; read37: "near A, B, <unknown>, and C" kept only A).
"""

import pytest
from hand_gazetteer import UKRAINE, stage_fixture, tagged_person

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow

PLACES = [
    UKRAINE,
    NewPlace(706442, "Kherson Oblast", 46.75, 33.5, "UA", "08", fclass="A", fcode="ADM1",
             population=1_000_000),
    NewPlace(709929, "Dnipropetrovsk Oblast", 48.5, 35.0, "UA", "04", fclass="A", fcode="ADM1",
             population=3_200_000),
    NewPlace(None, "Kherson", 46.64, 32.61, "UA", "08", fcode="PPLA", population=290_000),
    NewPlace(None, "Beryslav", 46.84, 33.42, "UA", "08", population=12_000),
    NewPlace(None, "Kryvyy Rih", 47.91, 33.39, "UA", "04", fcode="PPLA2", population=650_000,
             names=("Kryvyi Rih",)),
    NewPlace(None, "Kryvyi Rih", 46.43, 34.25, "UA", "08", population=0),
    NewPlace(None, "Velyka Komyshuvakha", 49.05, 37.05, "UA", "07", population=900),
    NewPlace(None, "Komyshuvakha", 49.10, 37.20, "UA", "07", population=600),
    NewPlace(None, "Pisky", 48.07, 37.67, "UA", "05", population=2_000),
    NewPlace(None, "Krasnohorivka", 47.98, 37.50, "UA", "05", population=16_000),
    NewPlace(None, "Marinka", 47.94, 37.50, "UA", "05", population=9_000),
]


stage = stage_fixture(PLACES)


def test_a_big_city_beats_a_hamlet_of_its_name(nlp, stage):
    text = ("Russian forces shelled Kherson and Beryslav in Kherson Oblast on May 28.\n\n"
            "Ukrainian forces moved reserves from Kryvyi Rih toward the Kherson Oblast border.")
    [p] = [p for p in stage(nlp(text)) if p.text == "Kryvyi Rih"]
    assert p.lat > 47.5, p


def test_a_place_tagged_as_a_person_lends_no_surname(nlp, stage):
    text = ("Russian forces attacked Velyka Komyshuvakha on May 28.\n\n"
            "Russian forces shelled Komyshuvakha on May 29.")
    doc = tagged_person(nlp, text, "Velyka", 2)
    got = [p for p in stage(doc) if p.text == "Komyshuvakha" and p.lat is not None]
    assert got, [(p.text, p.name) for p in stage(doc)]


def _persons(nlp, text, names):
    """The parsed text with each of ``names`` tagged as a one-word PERSON."""
    from spacy.tokens import Span

    doc = nlp(text)
    at = {t.i for t in doc if t.text in names}
    doc.ents = sorted([e for e in doc.ents if not at & set(range(e.start, e.end))] +
                      [Span(doc, i, i + 1, label="PERSON") for i in at], key=lambda e: e.start)
    return doc


@pytest.mark.parametrize("unknown", ["Zorivske", "Nova Zorivka", "Zorivske, Zelenivka"])
def test_an_unknown_list_item_does_not_cut_the_list(nlp, stage, unknown):
    text = (f"Russian forces conducted ground assaults near Pisky, Krasnohorivka, {unknown}, "
            "and Marinka on August 16.")
    doc = _persons(nlp, text, {"Krasnohorivka", "Marinka"})
    got = {p.text for p in stage(doc) if p.lat is not None}
    assert {"Pisky", "Krasnohorivka", "Marinka"} <= got, got


def test_persons_around_an_unknown_name_stay_persons(nlp, stage):
    # guard: no placed name and no frame of places, so the list lifts nothing
    text = ("The report was written by Krasnohorivka, Zorivske, and Marinka on August 16.")
    doc = _persons(nlp, text, {"Krasnohorivka", "Marinka"})
    got = {p.text for p in stage(doc) if p.lat is not None}
    assert not got & {"Krasnohorivka", "Marinka"}, got
