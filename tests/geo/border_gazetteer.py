"""A hand-made gazetteer of the Russia-Ukraine border area for the context tests.

"Ozerne" exists only in the far west of Ukraine (as Demydivka in Rivne does for "Demidovka"
in the embedded default); "Hlyboke" is a Ukrainian village a few kilometres from the Russian
border. Imported by test modules (not a conftest.py: see tests/store/store_fixtures.py)."""

from hand_gazetteer import BELGOROD_OBLAST, RUSSIA, SUMY_OBLAST, UKRAINE

from fogofwar.geo.index import NewPlace

PLACES = [
    RUSSIA,
    UKRAINE,
    BELGOROD_OBLAST,
    SUMY_OBLAST,
    NewPlace(695592, "Rivne Oblast", 51.0, 26.5, "UA", "19", fclass="A", fcode="ADM1",
             population=1_100_000, derived=("rivne",)),
    NewPlace(None, "Ozerne", 50.43, 25.34, "UA", "19", population=900),
    NewPlace(None, "Hlyboke", 50.90, 35.30, "UA", "21", population=700),
]
