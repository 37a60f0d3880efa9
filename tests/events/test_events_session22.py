"""Event rules of the twenty-second session, from the analyst reads of ISW 2022-03-27..04-05
(read91) and 04-20..24 (read93), on sentences written here:
- a noun of acts said to be concentrated (focused, centred) on places is at each of them
  ("shelling concentrated on A, B, and C": events.arguments._focused_on; read91: five
  shellings lost, their event had no place), while the same acts with no focus word keep
  their own site (guard)."""

from __future__ import annotations

import pytest
from helpers_events import rows_after, subs_at

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on April 5.\n\n")


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-04-05")


@pytest.mark.parametrize("text, places, sub", [
    ("Local officials said that Russian shelling concentrated on Kharkiv, Sumy, and Chernihiv "
     "on April 4.", ("Kharkiv", "Sumy", "Chernihiv"), "Shelling/artillery/missile attack"),
    ("Russian ground operations focused on Mykolaiv and Zaporizhzhia on April 3.",
     ("Mykolaiv", "Zaporizhzhia"), "Armed clash"),
])
def test_acts_concentrated_on_places_are_at_each(pipeline, text, places, sub):
    rows = _rows(pipeline, text)
    for p in places:
        assert sub in subs_at(rows, p), (p, rows)


def test_acts_with_no_focus_word_keep_their_site(pipeline):
    # guard
    rows = _rows(pipeline, "Russian shelling of Kharkiv continued on April 4.")
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Kharkiv"), rows
