"""Normalisation audited against the TimeML/TIMEX3 conventions with invented probe sentences
(issue 13, eighth session): a range runs forward, a comparison's mark lies behind, "last"
after "to" is the verb, days of a kind are days, named days, and what frames a year-back
comparison or "the next year" in a narrative. Every sentence here is made up; none comes
from an evaluation set."""

from datetime import date

import pytest

from fogofwar.time import extract_times

MON = date(1991, 10, 28)  # a Monday


def found(nlp, sentence, published=MON):
    return {t.text: t.value for t in extract_times(nlp(sentence), published)}


@pytest.mark.parametrize("sentence,expected", [
    # present tense pulled January ahead; the range still runs forward
    ("The survey covers the period from January through August.",
     {"January": "1991-01", "August": "1991-08"}),
    ("The clinic is closed between Dec. 22 and Jan. 2.",
     {"Dec. 22": "1991-12-22", "Jan. 2": "1992-01-02"}),
    # a past clause keeps both ends behind publication; a future one moves the second on
    ("Exports rose from November through February.", {"November through February":
                                                      "1990-11/1991-02"}),
    ("The ferry will run from November through February.", {"November through February":
                                                            "1991-11/1992-02"}),
    ("Sales were strong from November until February.",
     {"November": "1990-11", "February": "1991-02"}),
    # already in order: nothing moves
    ("Exports fell between March and May.", {"March": "1991-03", "May": "1991-05"}),
])
def test_a_range_runs_forward(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expr,expected", [
    ("The franc is trading at 5.9 to the dollar today, up from 5.8 on Friday.", "Friday",
     "1991-10-25"),
    ("The index stands at 410, down from 415 Thursday.", "Thursday", "1991-10-24"),
    # a present clause without a comparison still looks ahead
    ("The ferry resumes service on Friday.", "Friday", "1991-11-01"),
])
def test_the_mark_of_a_comparison_lies_behind(nlp, sentence, expr, expected):
    assert found(nlp, sentence)[expr] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The hearing, which opens Monday, is expected to last weeks.",
     {"Monday": "1991-10-28", "weeks": "PXW"}),
    ("The repairs could last several months.", {"several months": "PXM"}),
    # "to" as a preposition before a singular unit: still the time
    ("Output fell to last week's level.", {"last week": "1991-W43"}),
])
def test_last_after_to_or_a_modal_is_the_verb(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Nine trading days after the vote, the index had recovered.",
     {"Nine trading days": "P9D"}),
    ("The bid must stay open for 20 business days.", {"20 business days": "P20D"}),
    # counted in weekdays back from Monday: the Monday before
    ("Shares peaked five trading days ago.", {"five trading days ago": "1991-10-21"}),
])
def test_days_of_a_kind_are_days(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Markets fell sharply on Friday the 13th.", {"Friday the 13th": "1991-09-13"}),
    ("The ferry sank on Good Friday.", {"Good Friday": "1991-03-29"}),
    ("Shops opened early on Black Friday.", {"early on Black Friday": "1990-11-23"}),
    # a named day no rule dates is no day of this week
    ("Traders still speak of Black Monday.", {}),
])
def test_named_days(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


def test_a_forecast_period_does_not_frame_a_later_year_ago_period(nlp):
    text = ("Acme earned $4 million in the third quarter. Analysts expect losses through the "
            "second quarter of 1992. In the year-ago period, Acme earned $6 million.")
    out = found(nlp, text)
    assert out["the second quarter of 1992"] == "1992-Q2"
    assert out["the year-ago period"] == "1990-Q3"


@pytest.mark.parametrize("sentence,expr,expected", [
    # a past clause: the year after the one named, not after publication
    ("The mill lost money in 1984 and again the next year.", "the next year", "1985"),
    # a present or future clause keeps publication's
    ("The mill expects to profit the next year.", "the next year", "1992"),
])
def test_the_next_year_in_a_narrative(nlp, sentence, expr, expected):
    assert found(nlp, sentence)[expr] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The ferry will sail two weeks from now.", {"two weeks from now": "1991-11-11"}),
    ("The plan will be unveiled a week from today.", {"a week from today": "1991-11-04"}),
    # the weekday named is the coming one
    ("The sale will close a week from Friday.", {"a week from Friday": "1991-11-08"}),
])
def test_units_from_a_day_are_a_date(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The mill expects a profit in the 1992 fiscal year.", {"the 1992 fiscal year": "1992"}),
    # "next" before a date: the first such day after publication, "last" the one before
    ("The budget runs to next Sept. 30.", {"next Sept. 30": "1992-09-30"}),
    ("The mill closed last Nov. 2.", {"last Nov. 2": "1990-11-02"}),
])
def test_years_and_dates_with_a_word_before_them(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # spoken news writes the day out
    ("They met on January fifth.", {"January fifth": "1991-01-05"}),
    ("They met on the fifth of January.", {"the fifth of January": "1991-01-05"}),
    ("They met on March twenty-third.", {"March twenty-third": "1991-03-23"}),
    ("In the nineteen eighties, the mill boomed.", {"the nineteen eighties": "198"}),
    # an ordinal before another noun stays out of the month
    ("In March second-quarter sales rose.", {"March": "1991-03", "second-quarter": "1991-Q2"}),
])
def test_days_and_decades_written_out(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


def test_a_range_under_way_at_publication(nlp):
    # written in June: the season of this year, running through publication
    out = found(nlp, "Officials expect the fever to peak between May and July.",
                published=date(1991, 6, 12))
    assert out == {"May": "1991-05", "July": "1991-07"}


def test_the_last_weeks_of_a_thing_are_not_the_last_weeks_before_publication(nlp):
    doc = nlp("In the last weeks of the campaign, the rallies grew.")
    (t,) = extract_times(doc, MON)
    assert (t.text, t.value, t.first, t.last) == ("the last weeks", "PXW", None, None)
    # the recent weeks, whatever they held
    (t,) = extract_times(nlp("In the last few weeks of fighting, 300 died."), MON)
    assert t.first == "1991-09-30" and t.last == "1991-10-28"


@pytest.mark.parametrize("sentence,expected", [
    ("This past weekend, the rebels attacked.", {"This past weekend": "1991-W43-WE"}),
    ("The rebels attacked this past Sunday.", {"this past Sunday": "1991-10-27"}),
    ("The ferry will sail this coming Monday.", {"this coming Monday": "1991-11-04"}),
    # the twelve months that end then
    ("Exports rose 4% in the year to September.",
     {"the year to September": "1990-10/1991-09"}),
])
def test_this_past_and_the_year_to(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The hearing is set for 7 p.m. on Jan. 5.", {"7 p.m. on Jan. 5": "1992-01-05T19:00"}),
    ("Polls closed at 8 p.m. on Sunday.", {"8 p.m. on Sunday": "1991-10-27T20:00"}),
    ("The council met on the first Tuesday of October.",
     {"the first Tuesday of October": "1991-10-01"}),
    ("Elections are held on the last Sunday in May 1990.",
     {"the last Sunday in May 1990": "1990-05-27"}),
])
def test_a_clock_times_day_and_the_nth_weekday_of_a_month(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


def test_bare_units_before_a_signal(nlp):
    assert found(nlp, "Minutes after the blast, police arrived.") == {"Minutes": "PTXM"}
    assert found(nlp, "Two days after the blast, police arrived.") == {"Two days": "P2D"}


@pytest.mark.parametrize("sentence,expected", [
    ("Profit rose 5% in Q3.", {"Q3": "1991-Q3"}),
    ("Profit rose 5% in Q4 1990.", {"Q4 1990": "1990-Q4"}),
    ("Sales will rise in H1 1992.", {"H1 1992": "1992-H1"}),
    ("Results for FY1990 were strong.", {"FY1990": "1990"}),
])
def test_period_codes(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


def test_two_days_of_one_month_joined_by_and_are_one_accounts_days():
    """"assaults on X on March 14 and 15": the days the account covers (an interval, so that a
    daily series' "March 13-14" and "March 14 and 15" are told apart), with the first day
    as the TIMEX3 reading (TimeML marks each day); two years stay two."""
    from fogofwar.time.normaliser import normalise
    from datetime import date
    n = normalise("March 14 and 15", date(2022, 3, 15), past=True)
    assert (n.value, n.timeml) == ("2022-03-14/2022-03-15", "2022-03-14")
    assert normalise("March 14 or 15", date(2022, 3, 15), past=True).value == \
        "2022-03-14/2022-03-15"
    assert normalise("2022 and 2024", date(2022, 3, 15)) is None
    assert normalise("March 15 and 14", date(2022, 3, 15), past=True) is None
