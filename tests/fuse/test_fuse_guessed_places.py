"""Name-only guesses and unstated sides in fusion (fuse/model.fusable_place, compat.place_match,
compat.actor_match). Hand-built mentions, no spaCy.

A blogger's feed names only "Demidovka"; the gazetteer's one Demidovka-like entry is a village
in another country, kept with a guess score. Another report names the same village, which the
gazetteer lacks, and falls back to its region. The two are one incident; the guess is not.
"""

from __future__ import annotations

from helpers_fuse import REGION_BEL, day, extraction, place

from fogofwar.fuse.book import IncidentBook
from fogofwar.fuse.compat import actor_match, place_match
from fogofwar.fuse.model import fusable_place, mentions_from_extraction
from fogofwar.records import SETTLEMENT, Place

GUESS = dict(geonameid=7001, name="Demydivka", lat=50.5, lon=25.3, country_code="UA", admin1="Rivne",
             admin2=None, feature_code="PPL", precision=SETTLEMENT, score=0.12)
SUPPORTED = dict(GUESS, score=0.8)


def test_guess_is_kept_as_the_name_as_written():
    p = place("Demidovka", GUESS)
    assert p.is_guess and not place("Demidovka", SUPPORTED).is_guess
    f = fusable_place(p)
    assert (f.text, f.geonameid, f.lat, f.country_code, f.precision) == ("Demidovka", None, None, None, None)
    assert fusable_place(place("Demidovka", SUPPORTED)).geonameid == 7001


def test_unresolved_name_matches_a_fallback_written_the_same_way():
    guess = fusable_place(place("Demidovka", GUESS))
    fallback = place("Demidovka", REGION_BEL)  # the village, not in the gazetteer: its region
    ok, strength, why = place_match(guess, fallback)
    assert ok and strength == 2.0 and "Demidovka" in why
    assert not place_match(guess, place("Prilesye", REGION_BEL))[0]
    # the guessed namesake itself is not a match any more
    assert not place_match(guess, place("Demydivka", dict(GUESS, score=0.9)))[0]


def test_actor_of_unstated_side_is_compatible():
    ext = extraction("r", "2025-03-18", None, "t", [dict(place=place("Alpha", REGION_BEL), time=day("2025-03-18"),
                                                          actors=("Military Forces", None))])
    m = mentions_from_extraction(ext)[0]
    assert actor_match(m, frozenset({"Military Forces of Ukraine", "Military Forces of Russia"}))[0]
    assert not actor_match(m, frozenset({"Police Forces of Russia"}))[0]


def test_feed_and_report_naming_one_village_are_one_incident():
    book = IncidentBook()
    book.add(extraction("feed", "2025-03-18", "Frontline Notes", "feed text", [
        dict(place=place("Demidovka", GUESS), time=day("2025-03-18"), actors=("Military Forces", None))]))
    book.add(extraction("isw", "2025-03-19", "Think tank", "report text", [
        dict(place=place("Demidovka", REGION_BEL), time=day("2025-03-18"))]))
    book.add(extraction("far", "2025-03-19", "Other", "other text", [
        dict(place=place("Demydivka", dict(GUESS, score=0.9)), time=day("2025-03-18"))]))
    incs = book.incidents()
    together = [i for i in incs if len(i["events"]) == 2]
    assert len(incs) == 2 and len(together) == 1
    assert sorted(together[0]["events"]) == ["feed:e0", "isw:e0"]


def test_event_listing_says_a_guess_is_a_guess():
    from fogofwar.cli.query import _place_label

    assert _place_label(place("Demidovka", GUESS)) == "Demidovka? (unsupported guess: Demydivka, Rivne, UA)"
    assert _place_label(place("Demidovka", SUPPORTED)) == "Demydivka (Rivne, UA)"


def test_a_regional_seat_named_alone_is_no_guess():
    """A low score on a region's seat ("attacks from Kherson toward Mykolaiv") is no name-only
    guess: its name alone points at it, and fusion keeps its coordinates (read12)."""
    seat = place("Mykolaiv", dict(GUESS, geonameid=700569, name="Mykolayiv", feature_code="PPLA",
                                  lat=46.97, lon=32.0))
    assert not seat.is_guess
    assert fusable_place(seat).geonameid == 700569
