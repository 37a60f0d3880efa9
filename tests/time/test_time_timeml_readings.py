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
    assert found["a while"].value == "PXX" and found["a while"].precision == "period"
    assert found["the year"].value == "P1Y"
    assert "Sept. 30" in found
    assert found["since 2022"].timeml == "2022" and found["since 2022"].value.startswith("2022/")


@pytest.mark.parametrize("sentence,value", [
    ("Sales rose in the quarter ended Sept. 30, 2024.", "2024-Q3"),
    ("Sales rose in the quarter ended July 31.", "P1Q"),
    ("Net fell in the fiscal year ended Jan. 31.", "P1Y"),
    ("Net fell in the year ended Dec. 31, 2023.", "2023"),
])
def test_fiscal_periods_ended(nlp, sentence, value):
    found = {t.text: t for t in extract_times(nlp(sentence), PUB)}
    period = found.get("the quarter") or found.get("the fiscal year") or found.get("the year")
    assert period is not None and period.value == value, sorted(found)


def test_a_year_earlier_follows_a_calendar_quarter_ended(nlp):
    text = "Net rose in the quarter ended Sept. 30, 2024, from $5 million a year earlier."
    found = {t.text: t for t in extract_times(nlp(text), PUB)}
    assert found["a year earlier"].value == "2023-Q3"


def test_the_year_alone_is_not_a_fiscal_year(nlp):
    found = {t.text for t in extract_times(nlp("It was the year of the flood."), PUB)}
    assert "the year" not in found


@pytest.mark.parametrize("sentence,expr,value", [
    ("The talks are supposed to conclude by May.", "May", "2025-05"),
    ("Final guidelines to be published in June will decide it.", "June", "2025-06"),
    ("The ministry said it would pay the families in June.", "June", "2025-06"),
    ("The ministry paid the families in June.", "June", "2024-06"),
])
def test_future_cues_move_a_bare_month_forward(nlp, sentence, expr, value):
    found = {t.text: t for t in extract_times(nlp(sentence), PUB)}
    assert found[expr].value == value


def test_day_without_year_well_after_publication_leans_to_the_past():
    # 2025-04-08: 31 July is 114 days ahead, 31 July 2024 251 days back
    assert norm("July 31").value == "2024-07-31"
    assert norm("July 31", future=True).value == "2025-07-31"
    assert norm("April 20").value == "2025-04-20"  # a few days ahead stays ahead


def test_programme_titles_are_not_times(nlp):
    text = ('Baker, speaking on ABC News\' "This Week," said it. This is VOA Today. '
            "Troops withdrew today, and this week more left.")
    found = [t.text for t in extract_times(nlp(text), PUB)]
    assert found == ["today", "this week"]


@pytest.mark.parametrize("text,value", [
    ("each July", "XXXX-07"), ("every Monday", "XXXX-WXX-1"), ("every week", "P1W"),
])
def test_recurring_times(text, value):
    assert norm(text).value == value


def test_recurring_month_in_text(nlp):
    found = {t.text: t.value for t in extract_times(nlp("Orangemen march each July."), PUB)}
    assert found == {"each July": "XXXX-07"}


def test_since_without_publication_date_claims_no_interval():
    n = normalise("since 2022", None)
    assert n.value == "2022" and n.precision == "period" and n.first is None and n.last is None
