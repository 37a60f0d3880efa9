"""Time rules of the twenty-ninth session, from the analyst reads of ISW 07-07, 07-08, 07-16
(read217), 09-25..27 (read219) and 10-06, 10-20, 10-23 (read220), on sentences written here:
- a yearless day in a clause under "will" ahead of publication is the next one, where the
  parser hung the modal on a verb it read as an auxiliary ("will annex occupied territory",
  "annex" an aux of "occupied") or read the participle as a past tense in an open complement
  ("will seize occupied territory": "occupied" an xcomp): the tense is the modal's (time.
  tense._auxes, _tensed; read219: "by or soon after October 1" dated a year back), while a
  past act's day stays behind publication (guard)."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.time import extract_times


def _values(nlp, text: str, published: str) -> list[str | None]:
    return [t.value for t in extract_times(nlp(text), date.fromisoformat(published))]


@pytest.mark.parametrize("text,want", [
    ("Analysts forecasted that Moscow will annex occupied Ukrainian territory by October 1.",
     "2022-10-01"),
    ("Kyiv expected that Moscow will seize occupied Ukrainian territory by October 4.",
     "2022-10-04"),
])
def test_a_day_under_will_lies_ahead(nlp, text, want):
    assert _values(nlp, text, "2022-09-27") == [want]


def test_a_past_acts_day_stays_behind(nlp):
    # guard
    got = _values(nlp, "Russian forces seized occupied positions near the river on October 4.",
                  "2022-09-27")
    assert got == ["2021-10-04"], got
