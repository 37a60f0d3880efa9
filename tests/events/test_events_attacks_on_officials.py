"""An assassination is an attack, and an attack on an unarmed official or collaborator is
violence against civilians, not a battle between the war's two forces (events.lexicon_events
CUES "Attack", CIVILIAN_TARGETS): "partisans assassinated an occupation official in X" had no
event before, and "killed a collaborator" between the two sides was typed an armed clash
(read21..24, left in note14)."""

import pytest

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def _rows(pipeline, text):
    return [r for r in rows_after(pipeline, _LEAD, text, "2022-07-26") if r[2] != "Izyum"]


@pytest.mark.parametrize("text", [
    "Ukrainian partisans assassinated an occupation official in Kakhovka on July 24.",
    "The assassination of a collaborator in Melitopol was reported by Ukrainian officials.",
    "Ukrainian partisans killed a Russian-appointed official in Kakhovka on July 24.",
])
def test_an_assassination_of_an_official_is_an_attack(pipeline, text):
    rows = _rows(pipeline, text)
    assert [r[0] for r in rows] == ["Attack"], rows


def test_an_attack_on_soldiers_is_still_a_battle(pipeline):
    # guard: an attack between the two sides' forces stays an armed clash
    rows = _rows(pipeline, "Ukrainian forces attacked Russian positions near Kakhovka on "
                           "July 24.")
    assert [r[0] for r in rows] == ["Armed clash"], rows
