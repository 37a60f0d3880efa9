"""Time rules of the thirtieth session's events pass, on sentences written here:
- "the fall of <a name>" is a place's fall, never the season, also where the tagger's DATE
  entity holds it ("since at least the fall of X"; time.recognise._fall_of_a_thing; read228
  class 8: dated autumn, after the report's publication), while "the fall of 2021" stays the
  season (guard);
- what "since" starts from lies before the writing: "since the fall" written in August is
  the last autumn, never the coming one (time.normaliser.normalise; read228 class 8: an
  asserted past dated after publication), while "since the spring" stays this year's
  (guard)."""

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


def test_since_the_fall_is_the_last_autumn(nlp):
    found = extract_times(nlp("Shelling of the city has not stopped since the fall."), _PUB)
    assert [t.value for t in found if "FA" in (t.value or "")] == ["2021-FA/2022-08-03"], found


def test_since_the_spring_is_this_years(nlp):
    """Guard: a season begun before publication in the same year."""
    found = extract_times(nlp("Shelling of the city has not stopped since the spring."), _PUB)
    assert [t.value for t in found if "SP" in (t.value or "")] == ["2022-SP/2022-08-03"], found
