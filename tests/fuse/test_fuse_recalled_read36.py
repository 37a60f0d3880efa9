"""A unit's past told to describe it is no event of the day (fuse.salience.recalled; read36,
ISW 2022-04-07..22: "which suffered previous casualties in fighting in X" and "many of whom
remain highly damaged from fighting around Y" made fights at X and Y); a thing described by
its past ("a previously-destroyed bridge") recalls nothing (read37: the day's missile strike
dropped). A sentence whose own words recall nothing is not recalled by the sentence before it
("... is not consistent with the footage. Russian forces continued heavy shelling ...":
read45, the day's shelling dropped). Sentences written here."""

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.fuse.salience import recalled
from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations in eastern Ukraine on April 6.\n\n"


def _recalled(pipeline, text, word):
    """Whether each mention whose evidence opens with ``word`` is recalled."""
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-04-07", source="ISW"))
    return [recalled(m) for m in mentions_from_extraction(ext)
            if m.evidence.text.startswith(word)]


@pytest.mark.parametrize("text", [
    "Russia deployed the 1st Tank Army, which suffered previous casualties in fighting near "
    "Kharkiv, to Belgorod.",
    "Russia redeployed several battalions, many of whom remain highly damaged from fighting "
    "around Kharkiv, to Belgorod.",
])
def test_a_units_past_is_recalled(pipeline, text):
    got = _recalled(pipeline, text, "fighting")
    assert got and all(got), got


def test_the_previous_day_is_no_recollection(pipeline):
    # guard: "the previous day" dates the act, it does not recall it
    got = _recalled(pipeline, "Russian forces shelled Kharkiv the previous day.", "Russian")
    assert got and not any(got), got


def test_a_thing_described_by_its_past_is_no_recollection(pipeline):
    # read37: "struck a previously-destroyed bridge" is the day's strike, the hyphened word
    # describes the bridge
    got = _recalled(pipeline, "Russian forces struck a previously-destroyed bridge in Odesa "
                              "with two missiles.", "Russian")
    assert got and not any(got), got


def test_the_sentence_before_recalls_nothing_of_the_next(pipeline):
    text = ("The Russian claim is not consistent with the footage.[23] Russian forces continued "
            "heavy shelling around Kramatorsk.")
    got = _recalled(pipeline, text, "Russian forces continued heavy")
    assert got and not any(got), got


def test_a_recollection_in_its_own_sentence_stays(pipeline):
    # guard
    text = "Consistent with earlier reports, Russian forces shelled Kramatorsk."
    got = _recalled(pipeline, text, "Russian forces shelled")
    assert got and all(got), got
