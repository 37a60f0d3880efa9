"""Rules added to close the gap to HeidelTime on TimeBank (dev half): the TimeML reading kept
beside our value, vague and fiscal lengths of time, counts that are not counts."""

from datetime import date

import pytest

from fogofwar.time import extract_times
from fogofwar.time.normaliser import normalise

PUB = date(2025, 4, 8)


def norm(text, anchor=PUB, **kw):
    n = normalise(text, anchor, **kw)
    assert n is not None, f"{text!r} not normalised"
    return n


def test_since_keeps_the_interval_and_the_timeml_start():
    n = norm("since 2022")
    assert n.value == "2022/2025-04-08" and n.timeml == "2022"
    assert norm("since March 18").timeml == "2025-03-18"


@pytest.mark.parametrize("text,timeml", [
    ("recent weeks", "PXW"), ("the past few days", "PXD"), ("recent years", "PXY"),
    ("the coming months", "PXM"), ("recent hours", "PTXH"),
])
def test_vague_plurals_keep_the_interval_and_read_as_vague_durations(text, timeml):
    n = norm(text)
    assert n.timeml == timeml and "/" in n.value and n.first and n.last


def test_plain_values_have_no_separate_timeml_reading():
    assert norm("18 March").timeml is None and norm("three days").timeml is None


def test_a_couple_is_two():
    assert norm("a couple of years").value == "P2Y"
    assert norm("a couple of days ago").value == "2025-04-06"


def test_a_number_before_a_is_no_count():
    assert normalise("seven a year ago", PUB) is None
    assert norm("a year ago").value == "2024"


@pytest.mark.parametrize("text", ["a while", "a long while"])
def test_a_while_is_a_vague_duration(text):
    assert norm(text).value == "PXX"


def test_the_full_year_is_the_year_of_publication():
    assert norm("the full year").value == "2025"
    assert normalise("the full year", None).value == "P1Y"


def test_found_in_text(nlp):
    text = ("They will have to live without power for a while. In the year ended Sept. 30, "
            "the company earned $5 million. Attacks have continued since 2022.")
    found = {t.text: t for t in extract_times(nlp(text), PUB)}
    assert found["a while"].value == "PXX"
    assert found["the year"].value == "P1Y"
    assert "Sept. 30" in found
    assert found["since 2022"].timeml == "2022" and found["since 2022"].value.startswith("2022/")


def test_the_year_alone_is_not_a_fiscal_year(nlp):
    found = {t.text for t in extract_times(nlp("It was the year of the flood."), PUB)}
    assert "the year" not in found
