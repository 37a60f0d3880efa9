"""The time stage over parsed text: recognition, offsets, the belgorod article, false friends."""

from datetime import date

import pytest

from fogofwar.time import extract_times
from fogofwar.time.timeml import parse_timeml

BELGOROD_PUB = date(2025, 4, 8)


def times(nlp, text, published=BELGOROD_PUB):
    return extract_times(nlp(text), published)


def by_text(found):
    return {t.text: t for t in found}


def test_offsets_are_exact(nlp):
    text = ("Shelling hit the town overnight. On 18 March, troops advanced; in recent days "
            "they fell back.")
    for t in times(nlp, text):
        assert text[t.start:t.end] == t.text
        assert t.precision in ("day", "week", "month", "year", "period")


def test_belgorod_article(nlp, belgorod_text):
    from conftest import BELGOROD_PUBLISHED

    found = times(nlp, belgorod_text, date.fromisoformat(BELGOROD_PUBLISHED))
    for t in found:
        assert belgorod_text[t.start:t.end] == t.text
    got = {(t.text.lower(), t.value, t.precision) for t in found}
    assert ("monday", "2025-04-07", "day") in got
    assert ("18 march", "2025-03-18", "day") in got
    assert ("march", "2025-03", "month") in got
    assert ("last year", "2024", "year") in got
    assert ("2022", "2022", "year") in got
    recent = [t for t in found if "recent days" in t.text.lower()]
    assert len(recent) == 1 and recent[0].precision == "period"
    assert recent[0].last == "2025-04-08" and recent[0].first < "2025-04-08"
    months = [t for t in found if t.text == "months"]
    assert months and months[0].value.startswith("P")  # "months of speculation": a duration
    assert not any("first time" in t.text for t in found)


def test_modal_may_and_verb_march_are_not_months(nlp):
    text = ("Ukraine's tactics may also provide leverage. Protesters march on the capital. "
            "The offensive began in May and the troops march again in March.")
    found = times(nlp, text)
    spans = [(t.text, text[:t.start].count(" ")) for t in found]
    assert all(t.text.lower() not in ("may", "march") or t.text[0].isupper() for t in found), spans
    assert {t.text for t in found} == {"May", "March"}
    assert by_text(found)["May"].value == "2024-05"


def test_the_first_time_is_not_a_time(nlp):
    text = "Zelensky has publicly confirmed for the first time that forces are operating there."
    assert times(nlp, text) == []


@pytest.mark.parametrize("sentence,expr,value,precision", [
    ("Drones struck the city overnight.", "overnight", "2025-04-07TNI", "day"),
    ("Explosions were heard last night in Kharkiv.", "last night", "2025-04-07TNI", "day"),
    ("The village was shelled early on 18 March.", "early on 18 March", "2025-03-18", "day"),
    ("The attack came two days ago.", "two days ago", "2025-04-06", "day"),
    ("The talks collapsed last week.", "last week", "2025-W14", "week"),
    ("Fighting flared earlier this month.", "earlier this month", "2025-04", "month"),
    ("The bridge was destroyed weeks earlier.", "weeks earlier", "PAST_REF", "period"),
    ("The siege lasted for three days.", "three days", "P3D", "period"),
    ("Attacks have continued since 2022.", "since 2022", "2022/2025-04-08", "period"),
    ("Fighting intensified in recent weeks.", "recent weeks", "2025-03-11/2025-04-08", "period"),
    ("The region was calm in the 1990s.", "the 1990s", "199", "period"),
    ("The offensive stalled in summer 2022.", "summer 2022", "2022-SU", "period"),
    ("The decree was signed on 18.03.2022.", "18.03.2022", "2022-03-18", "day"),
    ("The decree was signed on March 18, 2022.", "March 18, 2022", "2022-03-18", "day"),
    ("Troops withdrew yesterday.", "yesterday", "2025-04-07", "day"),
    ("The ministry said today that it repelled the attack.", "today", "2025-04-08", "day"),
])
def test_rules_in_context(nlp, sentence, expr, value, precision):
    found = by_text(times(nlp, sentence))
    assert expr in found, sorted(found)
    assert (found[expr].value, found[expr].precision) == (value, precision)


def test_future_tense_weekday(nlp):
    found = by_text(times(nlp, "The delegations will meet on Friday."))
    assert found["Friday"].value == "2025-04-11"
    found = by_text(times(nlp, "The delegations met on Friday."))
    assert found["Friday"].value == "2025-04-04"


def test_unknown_publication_date(nlp):
    text = ("On Monday troops entered the village; in March and last year they had failed. "
            "In recent days they withdrew.")
    found = by_text(times(nlp, text, None))
    assert found["Monday"].value == "XXXX-WXX-1"
    assert found["March"].value == "XXXX-03" and found["March"].precision == "month"
    assert found["last year"].value == "PAST_REF"
    assert found["recent days"].value == "PAST_REF"
    assert all(t.first is None for t in found.values())


def test_bad_input(nlp):
    assert times(nlp, "") == []
    assert times(nlp, "!!! ??? \n\n") == []
    with pytest.raises(TypeError, match="published"):
        extract_times(nlp("On Monday."), "2025-04-08")


TIMEML = """<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13"
temporalFunction="false" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT><TEXT>
The convention voted <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> to hold
a referendum <TIMEX3 tid="t2" type="DATE" value="1999">next year</TIMEX3> after <TIMEX3 tid="t3"
type="DURATION" value="P210Y">210 years</TIMEX3> of loyalty.</TEXT></TimeML>"""


def test_timeml_reader_and_scoring(nlp):
    doc = parse_timeml(TIMEML)
    assert doc.dct == date(1998, 2, 13)
    assert [(g.text, g.value) for g in doc.timexes] == [
        ("Friday", "1998-02-13"), ("next year", "1999"), ("210 years", "P210Y")]
    for g in doc.timexes:
        assert doc.text[g.start:g.end] == g.text
    found = extract_times(nlp(doc.text), doc.dct)
    assert {(t.start, t.end, t.value) for t in found} == {
        (g.start, g.end, g.value) for g in doc.timexes}


def test_timebank_subset_gate(nlp, shared_data):
    """A small pinned subset of the TimeBank gate (8 dev documents): recognition and values."""
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    if root not in sys.path:  # bench/ lives beside src/, not in the installed package
        sys.path.insert(0, root)
    from bench.gate_timebank import evaluate, score, split

    files = split(sorted((shared_data / "time" / "timebank").glob("*.tml")))["dev"][:8]
    m = score([(g, s) for _, g, s in evaluate(files, nlp=nlp)])
    assert m["relaxed_f1"] >= 0.85, m
    assert m["value_f1"] >= 0.65, m


def test_footnote_marks_stay_out_of_the_span(nlp):
    text = "Russian forces took hostages in the town on March 4.[3] Units attacked again."
    found = times(nlp, text, date(2022, 3, 6))
    assert [(t.text, t.value) for t in found] == [("March 4", "2022-03-04")]
    assert text[found[0].start:found[0].end] == "March 4"


def test_datetime_publication_is_accepted(nlp):
    from datetime import datetime

    found = times(nlp, "The strike came on Monday.", datetime(2025, 4, 8, 14, 30))
    assert found[0].value == "2025-04-07"


def test_works_on_a_doc_without_a_trained_pipeline():
    """Only a tokenizer: no entities, tags or parse - the patterns still find plain dates."""
    import spacy

    nlp = spacy.blank("en")
    text = "The strike came on 18 March 2022, and troops may return in recent weeks."
    found = extract_times(nlp(text), BELGOROD_PUB)
    got = {(t.text, t.value) for t in found}
    assert ("18 March 2022", "2022-03-18") in got
    assert all(t.text.lower() != "may" for t in found)
    assert all(text[t.start:t.end] == t.text for t in found)


def test_long_report_stays_fast(nlp):
    import time

    text = " ".join(["On Monday, Russian forces shelled the village for three days, officials "
                     "said on 18 March, weeks after the attack in 2022."] * 40)
    doc = nlp(text)
    t0 = time.perf_counter()
    found = extract_times(doc, BELGOROD_PUB)
    assert len(found) >= 160
    assert time.perf_counter() - t0 < 2.0  # ~10 ms here; generous for a loaded machine


@pytest.mark.parametrize("sentence,expr,value", [
    ("Russian forces conducted strikes overnight on March 4-5.", "overnight on March 4-5",
     "2025-03-04TNI"),
    ("Ukrainian forces repelled assaults from 1 to 3 March.", "1 to 3 March",
     "2025-03-01/2025-03-03"),
    ("Missiles struck in the early hours of Monday.", "the early hours of Monday",
     "2025-04-07TMO"),
    ("Shelling began on the morning of March 5.", "the morning of March 5", "2025-03-05TMO"),
])
def test_compound_expressions_in_context(nlp, sentence, expr, value):
    found = by_text(times(nlp, sentence))
    assert expr in found, sorted(found)
    assert found[expr].value == value
    assert len(found) == 1  # "overnight" is not also reported on its own


def test_ages_are_not_times(nlp):
    found = times(nlp, "Russian sources posted an obituary for a 28-year-old department head.")
    assert found == []


def test_the_following_day_counts_from_the_date_named_before(nlp):
    text = ("Russian forces captured the village on March 4. The following day, Ukrainian "
            "forces counterattacked.")
    found = by_text(times(nlp, text, date(2022, 3, 10)))
    assert found["The following day"].value == "2022-03-05"


@pytest.mark.parametrize("sentence", [
    "Iraq imports about three-quarters of its foodstuffs.",
    "A quarter of the shares were sold on Monday.",
    "The central bank cut its rate by a quarter point.",
    "The bank made a quarter-point cut.",
])
def test_fractions_are_not_quarters_of_a_year(nlp, sentence):
    got = {t.text.lower() for t in times(nlp, sentence, date(1989, 10, 26))}
    assert not any("quarter" in g for g in got)


@pytest.mark.parametrize("sentence, expr, value", [
    # compounds
    ("Profit rose in the quarter.", "the quarter", "1989-Q3"),
    ("Sales fell in the first two quarters.", "the first two quarters", "P2Q"),
    ("Profit rose for a quarter.", "a quarter", "P1Q"),
])
def test_quarters_of_a_year_are_kept(nlp, sentence, expr, value):
    found = by_text(times(nlp, sentence, date(1989, 10, 26)))
    assert found[expr].value == value


@pytest.mark.parametrize("text, expr, value", [
    ("Net rose 5% in the third quarter. Sales were flat. Revenue fell from the corresponding "
     "period last year.", "the corresponding period last year", "1988-Q3"),
    ("Profit fell in the second quarter from the same quarter a year earlier.",
     "the same quarter a year earlier", "1988-Q2"),
    ("Revenue fell from the same period a year earlier.", "the same period a year earlier",
     "1988"),  # no quarter named: only the year is known
])
def test_the_same_period_a_year_back(nlp, text, expr, value):
    found = by_text(times(nlp, text, date(1989, 10, 26)))
    assert found[expr].value == value


def test_two_quarters_of_a_named_year_are_a_half(nlp):
    found = by_text(times(nlp, "Sales fell in the first two quarters of 1990.", date(1989, 10, 26)))
    assert found["the first two quarters of 1990"].value == "1990-H1"
    found = by_text(times(nlp, "Sales fell in the first two quarters.", date(1989, 10, 26)))
    assert found["the first two quarters"].value == "P2Q"  # no year: a length


def test_half_alone_is_not_a_half_year(nlp):
    found = by_text(times(nlp, "The strike lasted two-and-a-half years. Sales fell by half.",
                          date(1989, 10, 26)))
    assert set(found) == {"two-and-a-half years"}
    assert found["two-and-a-half years"].value == "P2.5Y"
    found = by_text(times(nlp, "Profit rose in the first half.", date(1989, 10, 26)))
    assert found["the first half"].value == "1989-H1"


def test_hyphenated_mid_year(nlp):
    found = by_text(times(nlp, "Prices peaked in mid-1988.", date(1989, 10, 26)))
    assert found["mid-1988"].value == "1988"


@pytest.mark.parametrize("sentence, expr, value", [
    # compounds
    ("Profit rose in 1988's fourth quarter.", "1988's fourth quarter", "1988-Q4"),
    ("Trading was halted for an hour and a half.", "an hour and a half", "PT1.5H"),
    ("It took a year and a half.", "a year and a half", "P1.5Y"),
    ("He left a year and a half ago.", "a year and a half ago", "1988"),
    # months of relative years, ends of decades
    ("He has been in office since January of last year.", "since January of last year",
     "1988-01/1989-10-26"),
    ("Talks resume in March next year.", "March next year", "1990-03"),
    ("By the end of the decade, prices fell.", "the end of the decade", "198"),
    # final quarters, seasons of relative years
    ("Sales fell in the final quarter of 1988.", "the final quarter of 1988", "1988-Q4"),
    ("Sales fell in the last quarter of 1988.", "the last quarter of 1988", "1988-Q4"),
    ("Sales fell in the last quarter.", "the last quarter", "1989-Q3"),  # the one before
    ("It happened in the spring of last year.", "the spring of last year", "1988-SP"),
    # decades with an apostrophe, clock words after "at"
    ("In the 1970's, prices rose.", "the 1970's", "197"),
    ("In the late 1970's, prices rose.", "the late 1970's", "197"),
    # (published on a Thursday: the present tense names the coming Friday, the past the last)
    ("The offer expires Friday at midnight.", "Friday at midnight", "1989-10-27T24:00"),
    ("The offer expired Friday at midnight.", "Friday at midnight", "1989-10-20T24:00"),
])
def test_expression_values_1989(nlp, sentence, expr, value):
    found = by_text(times(nlp, sentence, date(1989, 10, 26)))
    assert found[expr].value == value


def test_the_past_week_reads_as_a_length_in_timeml(nlp):
    found = by_text(times(nlp, "Prices rose over the past week.", date(1989, 10, 26)))
    t = found["the past week"]
    assert (t.value, t.timeml) == ("1989-10-19/1989-10-26", "P1W")


def test_a_year_possessive_is_still_a_year(nlp):
    found = by_text(times(nlp, "Last year's drought hurt farmers.", date(1989, 10, 26)))
    assert found["Last year"].value == "1988"
