"""Classes of error found by reading the time stage's output on unannotated news (the
GeoVirus epidemic reports, ../shared/data/geoparsing, no gold times read) and on hand-written
ISW-style sentences, judged by the TimeML/TIMEX3 conventions (issue 13). Every sentence here is
invented; none is from an evaluation set."""

from datetime import date

import pytest

from fogofwar.time import extract_times

WED = date(2009, 4, 15)  # a Wednesday in mid-April


def found(nlp, sentence, published=WED):
    return {t.text: t.value for t in extract_times(nlp(sentence), published)}


@pytest.mark.parametrize("sentence,expr,expected", [
    # a past tense tells what has happened: a date without its year is not still ahead
    ("The girl had been admitted to the clinic on June 16.", "June 16", "2008-06-16"),
    ("The mill was founded Nov. 15.", "Nov. 15", "2008-11-15"),
    ("Inspectors took samples from the pond on May 2.", "May 2", "2008-05-02"),
    # (a day's slack: the night before, another time zone)
    ("The vote was counted on April 16.", "April 16", "2009-04-16"),
    # ... but an adjective of the clause looks ahead on its own
    ("The board declared a dividend, payable May 7.", "May 7", "2009-05-07"),
    # ... nor a date that names a thing of the clause, nor one a past act schedules
    ("The council cancelled a May 9 election.", "May 9", "2009-05-09"),
    ("The court set the demolition for 8:30 a.m. April 21.", "8:30 a.m. April 21",
     "2009-04-21T08:30"),
    # a clause without tense keeps the nearer date, leaning to the past
    ("Talks on May 2 in Geneva.", "May 2", "2009-05-02"),
])
def test_a_past_tense_date_is_not_ahead_of_publication(nlp, sentence, expr, expected):
    assert found(nlp, sentence)[expr] == expected


@pytest.mark.parametrize("sentence,expr,expected", [
    ("We may finish the culling beyond Thursday.", "Thursday", "2009-04-16"),
    ("The council may vote in May.", "May", "2009-05"),
    # "may be missing": a guess about now
    ("The car that hit him early Sunday may be missing a hubcap.", "early Sunday",
     "2009-04-12"),
    # "may have": a past seen from now
    ("The rebels may have crossed the river on Sunday.", "Sunday", "2009-04-12"),
])
def test_may_looks_ahead(nlp, sentence, expr, expected):
    assert found(nlp, sentence)[expr] == expected


@pytest.mark.parametrize("sentence,expr,expected", [
    ("She was moved to the isolation ward on the night of October 8–9.",
     "the night of October 8–9", "2008-10-08TNI"),
    ("The summit was held on 8–9 October 2008.", "8–9 October 2008", "2008-10-08/2008-10-09"),
    ("The fair runs May 13–15.", "May 13–15", "2009-05-13/2009-05-15"),
])
def test_a_span_of_days_written_as_one_token(nlp, sentence, expr, expected):
    assert found(nlp, sentence)[expr] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Between January and May 2008, 149 workers fell ill.",
     {"January": "2008-01", "May 2008": "2008-05"}),
    ("The last outbreak, in the spring and summer of 2001, cost millions.",
     {"the spring": "2001-SP", "summer of 2001": "2001-SU"}),
    ("The strikes hit on May 3 and June 4, 2007.",
     {"May 3": "2007-05-03", "June 4, 2007": "2007-06-04"}),
    # two years, or no year named: nothing to share
    ("He served in 1985 and 1987.", {"1985": "1985", "1987": "1987"}),
])
def test_a_year_named_once_serves_both_linked_times(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The agency has reported 1013 confirmed infections so far.", {}),
    ("The army sent 1500 troops to the border.", {}),
    # a year before a plural noun keeps its article or possessive
    ("The 2000 elections were close.", {"2000": "2000"}),
    ("Its 1990 results were poor.", {"1990": "1990"}),
    ("The strain was isolated in a 1967 outbreak.", {"1967": "1967"}),
])
def test_a_four_digit_count_is_no_year(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the "at" makes these a time (it was trimmed as a preposition, and nothing was left)
    ("At present, the clinic is closed.", {"At present": "PRESENT_REF"}),
    ("At the moment, no vaccine is planned.", {"At the moment": "PRESENT_REF"}),
    # a recent day the text does not date: no length of one day
    ("The mayor said the other day that the market would reopen.",
     {"the other day": "PAST_REF"}),
    # the small (wee) hours of a day, as the early hours
    ("Troops arrived in the small hours of Sunday.", {"the small hours of Sunday": "2009-04-12TMO"}),
    ("Police raided the house in the wee hours of April 2.",
     {"the wee hours of April 2": "2009-04-02TMO"}),
])
def test_phrases_of_present_and_past(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Both sides are locked in close-quarters urban combat.", {}),
    ("The soldiers returned to their quarters.", {}),
    ("Profit fell for three quarters.", {"three quarters": "P3Q"}),
])
def test_quarters_that_are_rooms(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expr,expected", [
    # war-report modality: "(un)likely to", "poised to" look ahead
    ("Occupation authorities remain unlikely to hold the vote by early May.", "early May",
     "2009-05"),
    ("The militia is likely to attack the depot in May.", "May", "2009-05"),
    ("The army is poised to launch an offensive in June.", "June", "2009-06"),
    # ... unless the clause is past
    ("The rebels were likely to attack in early June.", "early June", "2008-06"),
])
def test_likely_to_looks_ahead(nlp, sentence, expr, expected):
    assert found(nlp, sentence)[expr] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Ice accumulations ranged from a quarter inch to an inch.", {}),
    ("Marilyn Ames was honored as Woman of the Year.", {}),
    ("Marilyn Ames was named Woman of the Year. June Carr was inducted into the Hall of Fame.",
     {}),
    ("In June Smith said he would run.", {"June": "2008-06"}),
    ("The city promised land for the Winter Olympic Games.", {}),
    ("It was the best film of the year.", {"the year": "2009"}),
])
def test_time_words_inside_names_and_measures(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


def test_a_clock_time_takes_the_day_its_sentence_named(nlp):
    assert found(nlp, "The club holds its fundraiser Saturday, April 18, from 12 p.m. to "
                      "8 p.m. at the fire station.") == {
        "Saturday, April 18": "2009-04-18", "12 p.m.": "2009-04-18T12:00",
        "8 p.m.": "2009-04-18T20:00"}
    assert found(nlp, "On Monday, April 13, at approximately 11:30 p.m., deputies stopped a "
                      "car.")["approximately 11:30 p.m."] == "2009-04-13T23:30"
    # a day still to come in the sentence owns the clock times before it: not Friday's
    assert not found(nlp, "Hours are 9 a.m. to 5 p.m. Friday and noon to 9 p.m. Sunday.")[
        "noon"].startswith("2009-04-10")
    # another sentence: publication's day, as before
    assert found(nlp, "Police were called on Monday. The suspect was arrested at 3 p.m.")[
        "3 p.m."] == "2009-04-15T15:00"


def test_a_future_clause_names_todays_weekday_for_today(nlp):
    # published on a Wednesday: "will ... Wednesday" is today, not a week ahead
    assert found(nlp, "Rain will fall late Wednesday into Thursday.") == {
        "late Wednesday": "2009-04-15", "Thursday": "2009-04-16"}
    assert found(nlp, "The board will meet next Wednesday.") == {
        "next Wednesday": "2009-04-22"}


@pytest.mark.parametrize("sentence,expected", [
    ("Showers are likely, with highs in the low 60s.", {}),
    ("Temperatures will climb into the mid-70s.", {}),
    ("The band was popular in the 60s.", {"the 60s": "196"}),
    ("Burning is allowed, said Jason January of the fire department.", {}),
    ("January said the permits expire in May.", {"May": "2009-05"}),
    ("Sales rose in January, the company said.", {"January": "2009-01"}),
    ("The grant covers fiscal years 2010 and 2011.", {"2010": "2010", "2011": "2011"}),
])
def test_decades_that_are_degrees_and_months_that_are_people(nlp, sentence, expected):
    assert found(nlp, sentence) == expected


def test_the_days_ahead(nlp):
    out = found(nlp, "The army will likely try to seize the town in the days ahead.")
    assert out == {"the days ahead": "2009-04-15/2009-04-22"}
    assert found(nlp, "He was two days ahead of schedule.") == {"two days": "P2D"}


@pytest.mark.parametrize("sentence,expected", [
    ("The minister arrived on Sunday evening and left the following morning.",
     {"Sunday evening": "2009-04-12TEV", "the following morning": "2009-04-13TMO"}),
    ("Police found the car on April 3. That evening, the suspect surrendered.",
     {"April 3": "2009-04-03", "That evening": "2009-04-03TEV"}),
    # no day named: counted from publication
    ("The storm will hit the next morning.", {"the next morning": "2009-04-16TMO"}),
])
def test_a_part_of_the_day_named_before(nlp, sentence, expected):
    assert found(nlp, sentence) == expected
