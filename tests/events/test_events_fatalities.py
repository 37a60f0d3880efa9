"""Fatality figures with ACLED's conventions for vague numbers (pure: no model)."""

import pytest

from fogofwar.events.fatalities import parse


def fig(text):
    found = parse(text)
    assert len(found) == 1, found
    f = found[0][2]
    return f.low, f.best, f.high


@pytest.mark.parametrize("text,expected", [
    ("The strike killed 6 civilians.", (6, 6, 6)),
    ("Dozens of people were killed.", (12, 12, 12)),
    ("Tens were killed in the blast.", (10, 10, 10)),
    ("Hundreds died in the fighting.", (100, 100, 100)),
    ("At least five soldiers were killed.", (5, 5, 5)),
    ("Up to 20 fighters were killed.", (1, 20, 20)),
    ("Between 5 and 10 people died.", (5, 5, 10)),
    ("The death toll rose to 1,200.", (1200, 1200, 1200)),
])
def test_figures(text, expected):
    assert fig(text) == expected


def test_the_attackers_are_not_the_dead_and_the_injured_are_not_counted():
    assert fig("Two bombers killed eight people.") == (8, 8, 8)
    assert parse("The attack left dozens injured.") == []
    assert parse("Officials met on Monday.") == []
