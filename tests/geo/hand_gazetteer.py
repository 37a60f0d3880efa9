"""The pieces the geo tests' hand-made gazetteers share: the places many of them list the same
way (countries, oblasts and towns of the front, each with the same id, point, codes and
population), a place stage over any list of places, and helpers that read what a stage made
of a text.

A test keeps its own entry wherever it differs from these in any field, and its own namesakes
and invented villages, which document its case. Imported by test modules (not a conftest.py:
see tests/store/store_fixtures.py)."""

import pytest

from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.geo.stage import PlaceStage

# countries
UKRAINE = NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
                   population=41_000_000)
RUSSIA = NewPlace(2017370, "Russia", 60.0, 100.0, "RU", fclass="A", fcode="PCLI",
                  population=140_000_000)
UNITED_STATES = NewPlace(6252001, "United States", 39.76, -98.5, "US", fclass="A",
                         fcode="PCLI", population=327_000_000)
UNITED_KINGDOM = NewPlace(2635167, "United Kingdom", 54.0, -2.0, "GB", fclass="A",
                          fcode="PCLI", population=66_000_000)

# regions
BELGOROD_OBLAST = NewPlace(578071, "Belgorod Oblast", 50.75, 37.25, "RU", "09", fclass="A",
                           fcode="ADM1", population=1_500_000, derived=("belgorod",))
SUMY_OBLAST = NewPlace(692196, "Sumy Oblast", 51.0, 34.0, "UA", "21", fclass="A", fcode="ADM1",
                       population=1_000_000, derived=("sumy",))
DONETSK_OBLAST = NewPlace(709716, "Donetsk Oblast", 48.05, 37.67, "UA", "05", fclass="A",
                          fcode="ADM1", population=4_100_000)
KHARKIV_OBLAST = NewPlace(706483, "Kharkiv Oblast", 49.5, 36.5, "UA", "07", fclass="A",
                          fcode="ADM1", population=2_700_000)
ILLINOIS = NewPlace(4896861, "Illinois", 40.0, -89.25, "US", "IL", fclass="A", fcode="ADM1",
                    population=12_000_000)

# towns
DONETSK = NewPlace(None, "Donetsk", 48.02, 37.80, "UA", "05", fcode="PPLA", population=900_000)
KHARKIV = NewPlace(706483, "Kharkiv", 49.98, 36.25, "UA", "07", fcode="PPLA",
                   population=1_430_000)
BAKHMUT = NewPlace(None, "Bakhmut", 48.59, 38.00, "UA", "05", fcode="PPLA3", population=73_000)
IZIUM = NewPlace(None, "Izium", 49.21, 37.26, "UA", "07", fcode="PPLA3", population=45_000)
KUPIANSK = NewPlace(None, "Kupiansk", 49.71, 37.61, "UA", "07", fcode="PPLA3",
                    population=27_000)


def stage_of(places: list[NewPlace]) -> PlaceStage:
    """A place stage over an in-memory gazetteer of just these places."""
    idx = GazetteerIndex.memory()
    idx.replace_source("test", places)
    return PlaceStage(idx)


def stage_fixture(places: list[NewPlace], name: str = "stage"):
    """A module-scoped fixture: a place stage over these places, built once for the module
    that sets ``stage = stage_fixture(PLACES)`` (or ``towns = stage_fixture(TOWNS, "towns")``
    for a fixture of another name)."""

    @pytest.fixture(scope="module", name=name)
    def _stage() -> PlaceStage:
        return stage_of(places)

    return _stage


def located(nlp, stage, text):
    """name -> its place, for the names of the text the stage gave a point."""
    return {p.text: p for p in stage(nlp(text)) if p.lat is not None}


def mentions_of(nlp, stage, text, name):
    """The places of the text's mentions of ``name``; a name not recognised fails the test."""
    ps = [p for p in stage(nlp(text)) if p.text == name]
    assert ps, f"{name} not recognised in {text!r}"
    return ps


def first_of(places, text):
    """The first of the places whose text is ``text`` (any case); none fails the test."""
    got = [p for p in places if p.text.lower() == text.lower()]
    assert got, places
    return got[0]


def near(p, point, deg):
    """Whether the place lies within ``deg`` degrees of the point in latitude and longitude."""
    return abs(p.lat - point[0]) < deg and abs(p.lon - point[1]) < deg


def tagged_person(nlp, text, first: str, length: int):
    """The parsed text with the ``length`` tokens from the word ``first`` tagged as one
    PERSON entity, as the tagger has read a route or a place name in real reports."""
    from spacy.tokens import Span

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == first)
    doc.ents = sorted([e for e in doc.ents if e.end <= i or e.start >= i + length] +
                      [Span(doc, i, i + length, label="PERSON")], key=lambda e: e.start)
    return doc
