"""The tense of the clause decides which way a bare weekday, month or season points.

Written from the TimeML/TIMEX3 convention (a relative expression is anchored to the document
date in the direction the clause's tense gives) with hand-made sentences in the style of
local and wire news; none of them is from an evaluation set."""

from datetime import date

import pytest

from fogofwar.time import extract_times

MON = date(2009, 3, 23)  # a Monday in late March


def value(nlp, sentence, expr, published=MON):
    found = {t.text: t.value for t in extract_times(nlp(sentence), published)}
    assert expr in found, found
    return found[expr]


@pytest.mark.parametrize("sentence,expr,expected", [
    # the past: the last such day or month
    ("Around 7:35 p.m. Sunday police went to Ward Street.", "7:35 p.m. Sunday",
     "2009-03-22T19:35"),  # "went to" is a motion, not "going to"
    ("The council met on Friday.", "Friday", "2009-03-20"),
    ("In July, crypto was discovered in the water supply.", "July", "2008-07"),
    ("The board should have met on Friday.", "Friday", "2009-03-20"),
    # the future: auxiliaries and modals of what is still to come
    ("The council is going to vote on Friday.", "Friday", "2009-03-27"),
    ("The utility work should start in April.", "April", "2009-04"),
    # the present tense: a named day still to come; a month the nearer one, ahead or behind
    ("The rain turns to snow Wednesday.", "Wednesday", "2009-03-25"),
    ("The road is closed through mid-April.", "mid-April", "2009-04"),
    ("Board members are pursuing reelection in May.", "May", "2009-05"),
    ("The trial resumes Friday.", "Friday", "2009-03-27"),
    ("The trial resumes Saturday.", "Saturday", "2009-03-28"),
    ("The new law takes effect in October.", "October", "2008-10"),
    ("Stocks hurt the index on Friday.", "Friday", "2009-03-20"),  # "hurt": past or present
    # ... but a reporting verb, or a time that dates a noun, keeps the past
    ("The mayor says Friday's storm closed the road.", "Friday", "2009-03-20"),
    ("The GM move follows Thursday's declaration by Ford.", "Thursday", "2009-03-19"),
])
def test_tense_gives_the_direction(nlp, sentence, expr, expected):
    assert value(nlp, sentence, expr) == expected


@pytest.mark.parametrize("sentence,expr,expected,published", [
    # a future clause names the season still running, or the coming one
    ("The meetings will take place throughout spring and summer.", "spring", "2009-SP", MON),
    ("The meetings will take place throughout spring and summer.", "summer", "2009-SU", MON),
    ("Elections are due next spring.", "next spring", "2010-SP", MON),
    ("The fighting will continue through the winter.", "the winter", "2008-WI",
     date(2009, 1, 10)),
    # the past: the last one begun; "last" is the one before a season still running
    ("The drought hit farmers in the summer.", "the summer", "2008-SU", MON),
    ("Last winter was cold.", "Last winter", "2008-WI", MON),
    ("Last winter was cold.", "Last winter", "2007-WI", date(2009, 1, 10)),
    ("This summer will be hot.", "This summer", "2009-SU", MON),
])
def test_seasons_follow_tense(nlp, sentence, expr, expected, published):
    assert value(nlp, sentence, expr, published) == expected


def test_ordinal_second_is_no_duration(nlp):
    for sentence in ("The school opened a second campus.", "They looked closer to adding a second.",
                     "He filed a second request."):
        assert not extract_times(nlp(sentence), MON), sentence
    assert value(nlp, "The fire burned for 30 seconds.", "30 seconds") == "PT30S"


def test_consecutive_units_are_a_duration(nlp):
    assert value(nlp, "The index rose for three consecutive days.",
                 "three consecutive days") == "P3D"


@pytest.mark.parametrize("sentence,expr,expected,published", [
    # no tense to go by: the nearer season, one ahead counting thrice
    ("Putin's plan relies on using the harsh winter against Europe.", "winter", "2022-WI",
     date(2022, 10, 30)),
    ("Mechanized warfare in the spring muddy season is difficult.", "spring", "2022-SP",
     date(2022, 10, 30)),
    # a past tense keeps the last one even when the next is near
    ("The drought hit farmers in the summer.", "the summer", "2008-SU", date(2009, 5, 20)),
    ("The drought may hit farmers in the summer.", "the summer", "2009-SU", date(2009, 5, 20)),
    # a date in a present-tense clause: the nearer, ahead or behind
    ("The next cycle runs from October 1 to December 31.", "October 1 to December 31",
     "2022-10-01/2022-12-31", date(2022, 9, 20)),
])
def test_nearer_when_tense_does_not_say(nlp, sentence, expr, expected, published):
    assert value(nlp, sentence, expr, published) == expected


@pytest.mark.parametrize("sentence,expr,expected", [
    # a time between a reporting verb and its clause's subject dates the saying
    ("The mayor said on Friday he would resign.", "Friday", "2009-03-20"),
    ("The mayor said Friday that he would resign.", "Friday", "2009-03-20"),
    ("The mayor said that on Friday he would resign.", "Friday", "2009-03-27"),
    # what is put off (extended) lies ahead, whatever the tense
    ("The hearing has been postponed until Friday.", "Friday", "2009-03-27"),
    ("The court adjourned the trial until Thursday.", "Thursday", "2009-03-26"),
    ("The deadline was extended to April 15.", "April 15", "2009-04-15"),
    ("He stayed until Friday.", "Friday", "2009-03-20"),
])
def test_the_saying_and_the_putting_off(nlp, sentence, expr, expected):
    assert value(nlp, sentence, expr) == expected


@pytest.mark.parametrize("sentence,expr,expected", [
    ("Voters go to the polls ahead of Saturday's election.", "Saturday", "2009-03-28"),
    ("Security is tight ahead of talks on Friday.", "Friday", "2009-03-27"),
    # a past clause: what it came ahead of may be past too
    ("Voters went to the polls ahead of Saturday's election.", "Saturday", "2009-03-21"),
])
def test_ahead_of_in_the_present(nlp, sentence, expr, expected):
    assert value(nlp, sentence, expr) == expected


@pytest.mark.parametrize("sentence,expr,expected", [
    # what a past act of scheduling sets "for" a day lies ahead
    ("The board set a special meeting for 11 a.m. Friday.", "11 a.m. Friday",
     "2009-03-27T11:00"),
    ("The court scheduled a hearing for Thursday.", "Thursday", "2009-03-26"),
    ("The board met for two hours on Friday.", "Friday", "2009-03-20"),
])
def test_scheduled_for(nlp, sentence, expr, expected):
    assert value(nlp, sentence, expr) == expected


def test_at_least_stays_with_its_length(nlp):
    found = {t.text: t.value for t in extract_times(
        nlp("The coroner said it could take at least several months."), MON)}
    assert found == {"at least several months": "PXM"}
