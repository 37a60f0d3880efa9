"""A hand-made gazetteer of the Russia-Ukraine border area for the context tests, and
``stage_of``: a place stage over any hand-made list of places (the other geo tests).

"Ozerne" exists only in the far west of Ukraine (as Demydivka in Rivne does for "Demidovka"
in the embedded default); "Hlyboke" is a Ukrainian village a few kilometres from the Russian
border. Imported by test modules (not a conftest.py: see tests/store/store_fixtures.py)."""

from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.geo.stage import PlaceStage

PLACES = [
    NewPlace(2017370, "Russia", 60.0, 100.0, "RU", fclass="A", fcode="PCLI", population=140_000_000),
    NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI", population=41_000_000),
    NewPlace(578071, "Belgorod Oblast", 50.75, 37.25, "RU", "09", fclass="A", fcode="ADM1",
             population=1_500_000, derived=("belgorod",)),
    NewPlace(692196, "Sumy Oblast", 51.0, 34.0, "UA", "21", fclass="A", fcode="ADM1",
             population=1_000_000, derived=("sumy",)),
    NewPlace(695592, "Rivne Oblast", 51.0, 26.5, "UA", "19", fclass="A", fcode="ADM1",
             population=1_100_000, derived=("rivne",)),
    NewPlace(None, "Ozerne", 50.43, 25.34, "UA", "19", population=900),
    NewPlace(None, "Hlyboke", 50.90, 35.30, "UA", "21", population=700),
]


def stage_of(places: list[NewPlace]) -> PlaceStage:
    """A place stage over an in-memory gazetteer of just these places."""
    idx = GazetteerIndex.memory()
    idx.replace_source("test", places)
    return PlaceStage(idx)


def border_stage() -> PlaceStage:
    return stage_of(PLACES)
