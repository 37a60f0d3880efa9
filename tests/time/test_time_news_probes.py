"""Hand-made sentences in the style of local and wire news, for classes of error found by
reading the time stage's output on unannotated news (not on any evaluation set): what TimeML
does not mark as a time, clock times before a weekday, back-references to a day."""

from datetime import date

import pytest

from fogofwar.time import extract_times

MON = date(2009, 3, 23)


def found(nlp, sentence, published=MON):
    return {t.text: t.value for t in extract_times(nlp(sentence), published)}


@pytest.mark.parametrize("sentence", [
    "Construction began shortly after.",
    "The council can take it up as soon as possible.",
    "On a good day he can ride 50 miles.",
    "The company had a fantastic year.",
])
def test_no_time_here(nlp, sentence):
    assert found(nlp, sentence) == {}


def test_signals_stay_outside_the_times_they_measure(nlp):
    assert found(nlp, "He was hit shortly before 2 p.m.") == {"2 p.m.": "2009-03-23T14:00"}
    assert found(nlp, "The council can take it up as soon as April 14.") == {
        "April 14": "2009-04-14"}
    assert found(nlp, "The talks will resume soon.") == {"soon": "FUTURE_REF"}


def test_a_clock_time_before_saturday(nlp):
    # "sat" of "Saturday" is no time zone
    assert found(nlp, "Officers were called at about 1:30 a.m. Saturday.") == {
        "about 1:30 a.m. Saturday": "2009-03-21T01:30"}


def test_a_count_of_things_is_no_part_of_their_length(nlp):
    assert found(nlp, "The lease comes with two 5-year renewals.") == {"5-year": "P5Y"}


@pytest.mark.parametrize("text,expr,value", [
    ("The walk starts at 10 a.m. April 25. Proceeds from that day go to charity.",
     "that day", "2009-04-25"),
    ("Russian forces shelled Kharkiv on March 7. Later that day, they struck Izium.",
     "Later that day", "2009-03-07"),
    ("The bill passed in 2007. Later that year, it was repealed.", "Later that year", "2007"),
])
def test_that_day_is_the_day_named_before(nlp, text, expr, value):
    assert found(nlp, text)[expr] == value


@pytest.mark.parametrize("sentence,expr,value", [
    # the weekday named with a date picks its year: 17 Sept. 2009 is a Thursday
    ("The award will be presented in Washington on Thursday, Sept. 17.", "Thursday, Sept. 17",
     "2009-09-17"),
    ("The award was presented in Washington on Thursday, Sept. 18.", "Thursday, Sept. 18",
     "2008-09-18"),
    # "is to" + verb: what is due
    ("Fumo is to be sentenced at 10 a.m. July 13.", "10 a.m. July 13", "2009-07-13T10:00"),
    ("The president is to visit Kyiv on Friday.", "Friday", "2009-03-27"),
    ("The strike was to begin on Friday.", "Friday", "2009-03-20"),
    # a season in the present tense: the running or coming one
    ("More mission trips are in the works for summer.", "summer", "2009-SU"),
    # "last" the verb is no part of the time
    ("Cold winters could last a decade.", "a decade", "P1DE"),
])
def test_dates_around_publication(nlp, sentence, expr, value):
    assert found(nlp, sentence, date(2009, 3, 21))[expr] == value


def test_the_night_of_a_span_of_days(nlp):
    got = found(nlp, "Russian forces shelled Kharkiv City on the night of June 24-25.",
                date(2022, 7, 10))
    assert got == {"the night of June 24-25": "2022-06-24TNI"}


@pytest.mark.parametrize("text,expr,value", [
    # TimeML marks "the year", "the week" of results and market reports: the one named last
    ("Revenue for the year ended Sept. 30 rose 5%. For the year, volume was flat.",
     "the year", "1989"),
    ("Shares closed at 45 on Friday. For the week, the index dropped 3.8%.", "the week",
     "1989-W43"),
    ("Profit rose 5% during the year.", "the year", "1989"),  # none named: publication's
    ("The bill passed in 1987. The year before, it had failed.", "The year before", "1986"),
])
def test_the_year_named_last(nlp, text, expr, value):
    got = [(t.text, t.value) for t in extract_times(nlp(text), date(1989, 10, 30))]
    assert got[-1] == (expr, value), got


@pytest.mark.parametrize("sentence", [
    "Cards arrived year after year at the house.",
    "The board manages day-to-day operations.",
    "Flooding is a normal occurrence this time of year.",
])
def test_a_bare_unit_in_an_idiom_is_no_duration(nlp, sentence):
    assert found(nlp, sentence) == {}


@pytest.mark.parametrize("sentence,expr,value", [
    # holidays are dates (TimeML); no year: the one nearest publication, leaning back
    ("Santa delivered presents to a family at Christmas.", "Christmas", "2008-12-25"),
    ("The store will reopen after Easter.", "Easter", "2009-04-12"),
    ("The fire broke out on New Year's Eve.", "New Year's Eve", "2008-12-31"),
    ("Sales rose on Thanksgiving Day 2008.", "Thanksgiving Day 2008", "2008-11-27"),
    ("Russian forces struck Kyiv on Orthodox Christmas.", "Orthodox Christmas", "2009-01-07"),
    # a later two-digit year after a dash: two years, not a month
    ("The budget for the 2009-10 fiscal year was approved.", "2009-10 fiscal year",
     "2009/2010"),
    ("She led the club in 2006-08.", "2006-08", "2006/2008"),
    ("The report was dated 2022-03.", "2022-03", "2022-03"),
])
def test_holidays_and_year_spans(nlp, sentence, expr, value):
    assert found(nlp, sentence)[expr] == value


def test_a_holiday_naming_a_thing_is_no_time(nlp):
    assert found(nlp, "The Christmas tree was lit.") == {}


def test_a_word_of_an_address_is_no_time(nlp):
    assert found(nlp, "[2] https://strana dot today/news/402398-iran.html") == {}
