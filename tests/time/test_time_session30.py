"""Time rules of the thirtieth session's events pass, on sentences written here:
- "the fall of <a name>" is a place's fall, never the season, also where the tagger's DATE
  entity holds it ("since at least the fall of X"; time.recognise._fall_of_a_thing; read228
  class 8: dated autumn, after the report's publication), while "the fall of 2021" stays the
  season (guard)."""

from datetime import date

from fogofwar.time import extract_times

_PUB = date(2022, 8, 3)


def test_fall_of_a_city_is_no_season(nlp):
    text = ("The ministry has not announced any gains around the front since at least the "
            "fall of Kupiansk.")
    found = extract_times(nlp(text), _PUB)
    assert not [t for t in found if "FA" in (t.value or "")]


def test_fall_of_a_year_is_the_season(nlp):
    """Guard: a season with its year is still read."""
    found = extract_times(nlp("The brigade was formed in the fall of 2021."), _PUB)
    assert any((t.value or "").startswith("2021-FA") for t in found)
