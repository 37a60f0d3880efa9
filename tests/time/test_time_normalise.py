"""Normalisation rules, one expression at a time, against a fixed publication date (no model)."""

from datetime import date

import pytest

from fogofwar.time.normaliser import normalise

PUB = date(2025, 4, 8)  # a Tuesday


def norm(text, anchor=PUB, **kw):
    n = normalise(text, anchor, **kw)
    assert n is not None, f"{text!r} not normalised"
    return n


@pytest.mark.parametrize("text,value,precision", [
    ("Monday", "2025-04-07", "day"),          # the last Monday on or before publication
    ("Tuesday", "2025-04-08", "day"),         # publication day itself
    ("Wednesday", "2025-04-02", "day"),
    ("last Friday", "2025-04-04", "day"),
    ("18 March", "2025-03-18", "day"),
    ("March 18, 2022", "2022-03-18", "day"),
    ("18.03.2022", "2022-03-18", "day"),
    ("03/18/2022", "2022-03-18", "day"),
    ("2022-03-18", "2022-03-18", "day"),
    ("early on 18 March", "2025-03-18", "day"),
    ("Sept. 30, 1989", "1989-09-30", "day"),
    ("March", "2025-03", "month"),
    ("April", "2025-04", "month"),            # the publication month is not after it
    ("May", "2024-05", "month"),              # the most recent May not after publication
    ("last May", "2024-05", "month"),
    ("March 2022", "2022-03", "month"),
    ("earlier this month", "2025-04", "month"),
    ("last year", "2024", "year"),
    ("this year", "2025", "year"),
    ("2022", "2022", "year"),
    ("early 1991", "1991", "year"),
    ("yesterday", "2025-04-07", "day"),
    ("today", "2025-04-08", "day"),
    ("tomorrow", "2025-04-09", "day"),
    ("two days ago", "2025-04-06", "day"),
    ("five months ago", "2024-11", "month"),
    ("last week", "2025-W14", "week"),
    ("next week", "2025-W16", "week"),
    ("three days", "P3D", "period"),
    ("24 hours", "PT24H", "period"),
    ("two-year", "P2Y", "period"),
    ("months", "PXM", "period"),
    ("a few days", "PXD", "period"),
    ("the 1990s", "199", "period"),
    ("the nineties", "199", "period"),
    ("summer 2022", "2022-SU", "period"),
    ("now", "PRESENT_REF", "period"),
    ("currently", "PRESENT_REF", "period"),
    ("recently", "PAST_REF", "period"),
    ("the future", "FUTURE_REF", "period"),
    ("weeks earlier", "PAST_REF", "period"),
    ("the third quarter of 1990", "1990-Q3", "period"),
    ("every week", "P1W", "period"),
    ("year end", "2025", "year"),
])
def test_values_and_precision(text, value, precision):
    n = norm(text)
    assert (n.value, n.precision) == (value, precision)


def test_bounds_of_partial_dates():
    assert (norm("March").first, norm("March").last) == (date(2025, 3, 1), date(2025, 3, 31))
    assert (norm("last year").first, norm("last year").last) == (date(2024, 1, 1),
                                                                date(2024, 12, 31))
    n = norm("last week")
    assert (n.first, n.last) == (date(2025, 3, 31), date(2025, 4, 6))
    n = norm("the 1990s")
    assert (n.first, n.last) == (date(1990, 1, 1), date(1999, 12, 31))


def test_since_is_an_interval_to_publication():
    n = norm("since 2022")
    assert n.value == "2022/2025-04-08" and n.precision == "period"
    assert (n.first, n.last) == (date(2022, 1, 1), PUB)


@pytest.mark.parametrize("text", ["recent days", "in recent days", "recent weeks",
                                  "the past few weeks"])
def test_recent_is_an_interval_ending_at_publication(text):
    n = norm(text)
    assert n.precision == "period" and n.last == PUB and n.first < PUB
    assert n.value.endswith("/2025-04-08")


def test_recent_weeks_reach_further_back_than_recent_days():
    assert norm("recent weeks").first < norm("recent days").first


@pytest.mark.parametrize("text", ["overnight", "last night"])
def test_night_before_publication(text):
    n = norm(text)
    assert n.value == "2025-04-07TNI" and n.precision == "day"
    assert (n.first, n.last) == (date(2025, 4, 7), PUB)


def test_past_n_units_are_anchored_durations():
    n = norm("the past three years")
    assert n.value == "P3Y" and (n.first, n.last) == (date(2022, 4, 8), PUB)


def test_future_tense_moves_weekday_and_month_forward():
    assert norm("Friday", future=True).value == "2025-04-11"
    assert norm("Friday").value == "2025-04-04"
    assert norm("June", future=True).value == "2025-06"
    assert norm("June").value == "2024-06"


def test_month_in_january_publication_is_last_year():
    assert normalise("in March", date(2025, 1, 10)).value == "2024-03"


def test_day_without_year_takes_the_nearest_year():
    assert normalise("Dec. 30", date(2025, 1, 3)).value == "2024-12-30"
    assert normalise("Jan. 2", date(2024, 12, 30)).value == "2025-01-02"


@pytest.mark.parametrize("text,value", [
    ("Monday", "XXXX-WXX-1"), ("18 March", "XXXX-03-18"), ("in March", "XXXX-03"),
    ("yesterday", "PAST_REF"), ("today", "PRESENT_REF"), ("last year", "PAST_REF"),
    ("in recent days", "PAST_REF"), ("2022", "2022"), ("three days", "P3D"),
])
def test_unknown_publication_date_still_normalises(text, value):
    n = normalise(text, None)
    assert n is not None and n.value == value
    assert n.precision in ("day", "week", "month", "year", "period")


@pytest.mark.parametrize("text", ["the first time", "may", "", "   ", "Demidovka", "32.13.2022",
                                  "February 30, 2022", "the quarter of the population",
                                  "daily", "55 years old", "8-month-old"])
def test_not_times(text):
    assert normalise(text, PUB) is None


def test_past_hours_are_anchored_to_the_days_they_cover():
    n = norm("the past 24 hours")
    assert n.value == "PT24H" and (n.first, n.last) == (date(2025, 4, 7), PUB)


def test_footnote_mark_glued_to_a_day_number():
    assert norm("March 4.[3").value == "2025-03-04"


def test_that_year_without_antecedent_is_unknown_not_wrong():
    n = norm("that year")
    assert n.value == "XXXX" and n.first is None


@pytest.mark.parametrize("text,value,first,last", [
    ("1 to 3 March", "2025-03-01/2025-03-03", date(2025, 3, 1), date(2025, 3, 3)),
    ("March 4-5", "2025-03-04/2025-03-05", date(2025, 3, 4), date(2025, 3, 5)),
    ("from 2014 to 2022", "2014/2022", date(2014, 1, 1), date(2022, 12, 31)),
    ("between May 2022 and July 2022", "2022-05/2022-07", date(2022, 5, 1), date(2022, 7, 31)),
])
def test_ranges_are_intervals(text, value, first, last):
    n = norm(text)
    assert (n.value, n.precision, n.first, n.last) == (value, "period", first, last)


def test_and_without_between_is_not_a_range():
    assert normalise("2022 and 2024", PUB) is None


@pytest.mark.parametrize("text,value,first,last", [
    ("overnight on March 4-5", "2025-03-04TNI", date(2025, 3, 4), date(2025, 3, 5)),
    ("the night of 18 to 19 March", "2025-03-18TNI", date(2025, 3, 18), date(2025, 3, 19)),
    ("the morning of March 5", "2025-03-05TMO", date(2025, 3, 5), date(2025, 3, 5)),
    ("Monday night", "2025-04-07TNI", date(2025, 4, 7), date(2025, 4, 8)),
    ("the week of 14 March", "2025-W11", date(2025, 3, 10), date(2025, 3, 16)),
])
def test_parts_of_days(text, value, first, last):
    n = norm(text)
    assert (n.value, n.first, n.last) == (value, first, last)
    assert n.precision in ("day", "week")


def test_an_article_is_not_a_count():
    assert norm("a three-year period").value == "P3Y"
    assert norm("a year").value == "P1Y"


def test_halves_with_and_without_article():
    assert norm("two and a half years").value == "P2.5Y"
    assert norm("the past two and half weeks").value == "P2.5W"


def test_military_time_needs_its_zone():
    assert norm("March 26, 1500 ET").value == "2025-03-26T15:00"
    assert norm("March 26, 1500").value == "1500-03-26"  # without a zone it reads as a year
