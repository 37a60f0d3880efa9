"""Back-references: "that year", "a year earlier" next to a quarter, "the quarter"."""

from datetime import date

from fogofwar.time.discourse import Mention, resolve_references
from fogofwar.time.normaliser import normalise

PUB = date(1989, 10, 27)


def mentions(*items):
    return [Mention(text, sent, normalise(text, PUB)) for text, sent in items]


def values(*items):
    return [n.value for n in resolve_references(mentions(*items))]


def test_that_year_takes_the_last_year_named():
    assert values(("1985", 0), ("that year", 1)) == ["1985", "1985"]
    assert values(("March 2014", 0), ("the same month", 0)) == ["2014-03", "2014-03"]


def test_that_year_alone_stays_unknown():
    assert values(("that year", 0)) == ["XXXX"]


def test_a_year_earlier_next_to_a_quarter_is_that_quarter_a_year_before():
    assert values(("the third quarter", 0), ("a year earlier", 0)) == ["1989-Q3", "1988-Q3"]


def test_a_year_earlier_far_from_any_quarter_is_the_year_before_publication():
    assert values(("the third quarter", 0), ("a year earlier", 1)) == ["1989-Q3", "1988-Q3"]
    assert values(("the third quarter", 0), ("a year earlier", 3)) == ["1989-Q3", "1988"]
    assert values(("a year earlier", 0)) == ["1988"]


def test_the_quarter_is_the_last_quarter_named():
    assert values(("the first quarter", 0), ("the quarter", 2)) == ["1989-Q1", "1989-Q1"]


def test_bounds_follow_the_resolved_value():
    (_, n) = resolve_references(mentions(("the second quarter", 0), ("a year ago", 0)))
    assert (n.first, n.last) == (date(1988, 4, 1), date(1988, 6, 30))


def test_steps_from_the_time_named_last():
    assert values(("March 4", 0), ("the following day", 1)) == ["1989-03-04", "1989-03-05"]
    assert values(("March 4", 0), ("the day before", 0)) == ["1989-03-04", "1989-03-03"]
    assert values(("May 1989", 0), ("the following month", 1)) == ["1989-05", "1989-06"]
    assert values(("2014", 0), ("the previous year", 1)) == ["2014", "2013"]


def test_steps_without_antecedent_count_from_publication():
    assert values(("the following day", 0)) == ["1989-10-28"]
    assert values(("the previous week", 0)) == ["1989-W42"]
