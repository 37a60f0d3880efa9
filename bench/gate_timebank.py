"""Accuracy gate for the time stage on TimeBank 1.2 (TempEval-3 cleaned, 183 news documents).

Each document's ``<TEXT>`` becomes plain text with gold TIMEX3 offsets; spaCy parses it and
``extract_times`` runs with the document creation time (DCT) as the publication date.
Scored TempEval-3 style: recognition precision/recall/F1, strict (same offsets) and relaxed
(any overlap), and value F1 (a relaxed match whose normalised value equals the gold value;
HeidelTime reports 77.61 on TempEval-3) with value accuracy over the relaxed matches.
``timeml_f1`` is value F1 of the TimeML reading (``TimeValue.timeml`` where set): it differs
from ``value`` only where our value says more than TIMEX3 can ("since 2022" is the interval
2022/<published> for us, TIMEX3 2022 with "since" outside; "recent weeks" an interval for us,
TIMEX3 PXW) - the like-for-like figure to compare with HeidelTime.

Honest split: the documents sorted by name alternate between a dev half (even positions,
the only half looked at while writing the rules) and a held-out test half (odd positions).
Figures are given for both and for all 183.

Changes (2026-11-25, issue 5 time part; figures value F1 / TimeML-reading F1):
fractions are no longer quarters or halves of a year ("three-quarters of its food", "a quarter
point", bare "half" in "two-and-a-half years"); newly read: "two and a half years", "an hour and
a half", "1988's fourth quarter", "mid-1988" (a one-token span was taken for punctuation), "the
first two quarters of 1990" (1990-H1), "the final/last quarter of 1988" (Q4), "January of last
year", "the spring of last year", "the 1970's", "Friday at midnight", "the end of the decade"
(was P1DE), "the corresponding period last year" (the quarter named before, a year back);
fractional years shift by months ("a year and a half ago"); "the past week" gets the TimeML
reading P1W. Most came from hand-written probe sentences, not from gold errors, so the dev
half barely moves. Dev 0.8314 / 0.8535 -> 0.8352 / 0.8574, test 0.7690 / 0.7787 -> 0.7789 /
0.7887 (HeidelTime 0.7761), all 0.8005 / 0.8165 -> 0.8074 / 0.8234; no figure fell. Time
stage 3.5-3.6 -> 3.8-3.9 ms/doc (more Matcher patterns), still ~6% of the spaCy parse. Tried
and left out: dropping rates ("$2 million a year": 2 of the 3 on the dev half are TIMEX3 P1Y),
"last week" written on a Sunday as the week just ended (one dev item), and past-tense clauses
never naming a day ahead ("took effect Jan. 1": dev unchanged, test aggregate one item worse).

Changes (2026-12-04/05, issue 13: times that hold on unseen text; figures value F1 / TimeML-
reading F1). The dev half was near its ceiling (most of its errors are annotation quirks:
"this week" as 1989-WXX, a DCT a week off), so the error classes were found by reading the
time stage's output on unannotated news - LGL local news (../shared/data/geoparsing) and ISW
reports - and judged by the TimeML/TIMEX3 conventions; the dev half served as the regression
check. New: the clause's tense (present: a bare weekday is the next one, a month or a date the
nearer one; past; "should/might/must", "is to", not "went to") directs bare weekdays, months,
dates and seasons; "soon"/"shortly" before "before/after" and "as soon as" are signals, not
times; ordinal "a second", bare singular units ("year after year", "day-to-day"), "a good
day" and words of a web address are no times; "1:30 a.m. Saturday" (the zone rule took "sat");
"two 5-year renewals" (P5Y, was P7Y); "that day", "later that day", "the year", "the week" (the
one named last, else publication's), "the year before"; a weekday named with a date picks the
year; holidays; "2009-10 fiscal year" (two years); "June 24-25"; "three consecutive days".
Dev 0.8352 / 0.8574 -> 0.8368 / 0.8590, test 0.7789 / 0.7887 -> 0.7879 / 0.7977 (gap 0.056 ->
0.049; TimeML-reading gap 0.069 -> 0.061), all 0.8074 / 0.8234 -> 0.8127 / 0.8288; relaxed P
dev 0.966 -> 0.970, test 0.903 -> 0.912. Test relaxed R fell 0.9437 -> 0.9387 (three or four
gold spans): some gold TIMEX3 is among what is now dropped as no time (which, the untouched
half cannot say); the floors were re-pinned with it, value F1 having risen on both halves.
The goal (test value F1 >= 0.80, gap <= 0.03) is not reached. Test-half aggregate read three
times: at the start (the figures above), after the tense and no-time rules (0.7879), and at
the end (unchanged: seasons, holidays and year spans do not occur there); no change was kept
or dropped on a test figure. Tried and dropped on the dev half: "two weeks ago" as a week
(TIMEX3 granularity; the dev gold writes the day, 1998-03-08), "the first quarter" in a future
clause as next year's (results reporting: "will report third-quarter earnings" is the quarter
just ended, two dev items worse), a present-tense weekday as the nearer one rather than the
next ("the trial resumes Friday" written on Monday). Time stage 6.6% of the spaCy parse (was
5.9%): three tense checks per candidate.

Changes (2026-12-05, issue 13, seventh session; figures value F1 / TimeML-reading F1). The
dev half gives no new error class (its remaining errors are annotation quirks: a document's
"Tuesday" both 08-07 and 08-14, "this week" as WXX, "a year ago" as a quarter or a day), so
the classes were found on unannotated text - LGL articles with their download dates as DCT
(main and this branch compared article by article), GeoVirus epidemic reports, ISW reports
and hand-written news/ISW probe sentences - and judged by the TimeML conventions; the dev
half was the regression check (its errors are unchanged, item for item). New: a past-tense
clause's yearless date is not ahead of publication (not a date naming a thing of the clause,
"cancelled a May 9 election", nor one a past act of scheduling sets, "set a meeting for 11
a.m. Friday", which is ahead); "may" (not "may have", "may be -ing"), "(un)likely to",
"poised to", "postponed until X", "ahead of X" in a present clause look ahead; "said on Monday
he would resign" dates the saying; a future clause naming today's weekday means today; a
clock time takes the day its sentence named ("Saturday, March 28, from 12 p.m."); a year
named once serves two linked times ("between January and May 2008"); "October 8-9" as one
token; "at present", "at the moment", "the other day" (PAST_REF), "the small hours of",
"the days ahead", "the next morning" and "that evening" (the day named last);
"at least" kept whole; no time in a count ("reported 1013 infections"), a name ("June Carr",
"Jason January said", "Woman of the Year", "the Winter Olympic Games"), a measure ("a
quarter inch", "highs in the low 60s", "close-quarters combat"). Dev 0.8368 / 0.8590
unchanged; test 0.7879 / 0.7977 -> 0.7883 / 0.7997 (gap 0.049 -> 0.049; TimeML-reading gap
0.061 -> 0.059); all 0.8127 / 0.8288 -> 0.8129 / 0.8297. Test relaxed P 0.9116 -> 0.9087
(within the gate's tolerance; which spans, the untouched half cannot say), R 0.9387 unchanged.
The test aggregate was read twice: after most of the rules (0.7889) and at the end (0.7883,
after "the days ahead" and "the next morning"); no change was kept or dropped on it. The goal
(test value F1 >= 0.80, gap <= 0.03) is still not reached: the dev half has no error left
that a general rule fixes, so what the test half needs is not visible from it. Time stage
cost: +13.6% function calls on the dev half (profiled wall time +4%); wall-clock ms/doc on
the shared machine varied 4.6-10.4 for the same code and cannot say more.

Changes (2026-12-05, issue 13, eighth session; figures value F1 / TimeML-reading F1). An audit
of the normalisation against the TimeML/TIMEX3 conventions with hand-written probe sentences
(WSJ 1989, wire and broadcast news 1998, 2013 news, local news), then a check of the output on
unannotated LGL/GeoVirus/ISW text against main's (every changed time right by reading); the dev
half was the regression check. New: a range's two yearless ends, read out of order, move a year
("from January through August" in a present clause; the reading that runs through publication
first); the mark of a comparison lies behind ("trading at 125 yen, up from 124 on Friday");
"last" after "to" or a modal before a plural unit is the verb ("expected to last weeks"); "N
trading/business/working days" (weekdays for "ago"); "Friday the 13th", Good Friday and the
other days Easter sets, Black Friday, and no weekday of this week for "Black Monday"; a
forecast period not yet begun frames no "year-ago period" in a later sentence; "the next year"
in a past clause steps from the year named before; "two weeks from now", "a week from Friday"
(one date); "the 1990 fiscal year"; "next Sept. 30"; spelled days and decades ("January fifth",
"the nineteen nineties"); "the last weeks of the campaign" (a length, no dates); "this past
weekend" whole; "the year to February"; "7 p.m. on Jan. 5" (one time); "the first Tuesday of
June"; "Minutes after the blast"; "Q4", "H1 2013", "FY2012". The tense readers moved to
tense.py. Dev 0.8368 / 0.8590 -> 0.8377 / 0.8599 (two items: "Eight trading days" found; a
year-ago period wrong either way); test 0.7883 / 0.7997 -> 0.7866 / 0.7980 (one item's value,
within the gate's tolerance; which, the untouched half cannot say); all 0.8129 / 0.8297 ->
0.8125 / 0.8294; relaxed P/R test unchanged (0.9087 / 0.9387), strict F1 0.8632 -> 0.8648. The
goal (test value F1 >= 0.80, gap <= 0.03) is not reached; the gap is 0.051. Test aggregate read
twice: at the start and at the end; no change kept or dropped on it. Of the dev half's 76 value
errors 14 are our deliberate value where TIMEX3 differs ("since 1993" an interval, "recent
weeks" dated; timeml_f1 counts them right) and most of the rest annotation quirks ("this week"
as WXX, a DCT a week off, ranges marked as two TIMEX3s where we give one interval). Time stage
+5% function calls (CPU 7.2 -> 7.6 ms/doc on the dev half, same machine, back to back). Then
(lead): two days of one month joined by "and" or "or" ("on March 14 and 15") are one interval,
with the first day as the TimeML reading (TIMEX3 marks each): no figure moved (the pattern is
not in the dev half's text), pinned with the above.

    python -m bench.gate_timebank            # figures + speed (time stage vs spaCy parse)
    python -m bench.gate_timebank --dev-errors   # the dev half's errors, one a line
    python -m bench.gates timebank [--pin]   # as a gate against pinned floors
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.gatelib import shared

CORPUS = ["time/timebank"]


def split(files: list[Path]) -> dict[str, list[Path]]:
    """The fixed dev/test split: alternate documents in name order."""
    files = sorted(files)
    return {"dev": files[0::2], "test": files[1::2]}


def _pair(gold, system):
    """One-to-one relaxed matching of gold and system spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((overlap, gi, si))
    used_g, used_s, matched = set(), set(), []
    for _, gi, si in sorted(pairs, reverse=True):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            matched.append((gold[gi], system[si]))
    return matched


def _prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(results) -> dict[str, float]:
    """TempEval-3 style figures over ``[(gold_timexes, system_times), ...]``."""
    n_gold = n_sys = strict = relaxed = value_ok = timeml_ok = 0
    for gold, system in results:
        n_gold += len(gold)
        n_sys += len(system)
        matched = _pair(gold, system)
        relaxed += len(matched)
        strict += sum(1 for g, s in matched if (g.start, g.end) == (s.start, s.end))
        value_ok += sum(1 for g, s in matched if g.value == s.value)
        timeml_ok += sum(1 for g, s in matched if g.value == (s.timeml or s.value))
    sp, sr, sf = _prf(strict, n_sys, strict, n_gold)
    rp, rr, rf = _prf(relaxed, n_sys, relaxed, n_gold)
    vp, vr, vf = _prf(value_ok, n_sys, value_ok, n_gold)
    tp, tr, tf = _prf(timeml_ok, n_sys, timeml_ok, n_gold)
    return {"strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp,
            "relaxed_r": rr, "relaxed_f1": rf, "value_f1": vf,
            "value_acc": value_ok / relaxed if relaxed else 0.0, "timeml_f1": tf}


def evaluate(files: list[Path], nlp=None, timings: dict | None = None):
    """Run spaCy and the time stage over TimeML files: ``[(doc_id, gold, system), ...]``."""
    from fogofwar import nlp as _nlp
    from fogofwar.time import extract_times
    from fogofwar.time.timeml import parse_timeml

    nlp = nlp or _nlp.load()
    docs = [parse_timeml(f) for f in files]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(d.text for d in docs))
    t1 = time.perf_counter()
    out = [(d.doc_id, d.timexes, extract_times(doc, d.dct)) for d, doc in zip(docs, parsed)]
    t2 = time.perf_counter()
    if timings is not None:
        timings["spacy_s"] = timings.get("spacy_s", 0.0) + t1 - t0
        timings["time_s"] = timings.get("time_s", 0.0) + t2 - t1
        timings["docs"] = timings.get("docs", 0) + len(docs)
    return out


def run(limit: int | None = None, timings: dict | None = None) -> dict[str, float]:
    files = sorted(shared("time", "timebank").glob("*.tml"))[:limit]
    metrics: dict[str, float] = {}
    everything = []
    for half, paths in split(files).items():
        results = [(g, s) for _, g, s in evaluate(paths, timings=timings)]
        everything += results
        metrics.update({f"{half}_{k}": round(v, 4) for k, v in score(results).items()})
    metrics.update({f"all_{k}": round(v, 4) for k, v in score(everything).items()})
    return metrics


def dev_errors(out=sys.stdout) -> None:
    """List the dev half's errors only (the test half is never printed): VAL (matched, wrong
    value), FN (gold missed), FP (spurious), one a line with its document and context."""
    from fogofwar.time.timeml import parse_timeml

    paths = split(sorted(shared("time", "timebank").glob("*.tml")))["dev"]
    docs = {d.doc_id: d for d in (parse_timeml(p) for p in paths)}
    for doc_id, gold, system in evaluate(paths):
        text = docs[doc_id].text
        matched = _pair(gold, system)
        seen_g, seen_s = {id(g) for g, _ in matched}, {id(s) for _, s in matched}

        def ctx(x):
            return text[max(0, x.start - 60):x.end + 40].replace("\n", " ")
        for g, s in matched:
            if g.value != (s.timeml or s.value):
                print(f"VAL\t{doc_id}\t{g.text!r}\t{g.value}\t{s.text!r}\t"
                      f"{s.timeml or s.value}", file=out)
        for g in gold:
            if id(g) not in seen_g:
                print(f"FN\t{doc_id}\t{g.text!r}\t{g.value}\t|{ctx(g)}|", file=out)
        for s in system:
            if id(s) not in seen_s:
                print(f"FP\t{doc_id}\t{s.text!r}\t{s.value}\t|{ctx(s)}|", file=out)


if __name__ == "__main__":
    import json

    if sys.argv[1:] == ["--dev-errors"]:
        dev_errors()
        sys.exit(0)

    timings: dict = {}
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(run(limit, timings), indent=1))
    n = timings["docs"]
    print(f"speed: {n} docs; spaCy parse {1000 * timings['spacy_s'] / n:.1f} ms/doc, "
          f"time stage {1000 * timings['time_s'] / n:.2f} ms/doc "
          f"({100 * timings['time_s'] / timings['spacy_s']:.1f}% of the parse)")
