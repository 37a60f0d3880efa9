"""Fusion rules from the second analyst reads of ISW reports outside every gold window
(read51-62: 2022-08-29..31, 03-20..22, 07-15..17, 07-23..25, 09-21..23, 06-21..23, 10-25..27,
08-26..28, 05-13/15/22, 10-28/30/31, 04-09/10/12 and 08-16..18; each window read once before
by an earlier session, now on the current code), on sentences written here:
- one series' undated strike and its next report's strike "on" that day stay one incident
  where both name one kind of struck site at the place ("struck a Russian river crossing in
  X" and "destroyed a pontoon-ferry crossing in X on August 29": fuse.fusion._same_site;
  read51, one strike in two incidents); fighting so told stays two accounts (guard);
- the writer's next sentence doubting the claims of a side it names by its adjective ("ISW
  cannot independently verify Russian claims, however") hedges the claim just told, and one
  calling it false ("These claims are likely false") denies it (fuse.model._THIS_CLAIM,
  _CALLED_FALSE_AFTER; read51: ISW stood as asserting both);
- efforts on taking places that the sentence says failed ("concentrated their efforts on
  capturing A, B, and C but were unsuccessful") are fights at each, not aims
  (fuse.salience._FAILED_AFTER; read52: four fights dropped);
- a speaker's earlier word ("Ukrainian officials have previously reported that forces
  accumulated equipment in X") names no event just told at X back: it is no source of the
  strike at X (fuse.model._EARLIER_SAID; read51);
- a prevention that is the second of two aims ("in an effort to push Ukrainian forces away
  from X and prevent them from advancing toward the border") denies nothing: the day's fight
  at X stays undisputed (events.polarity._aim_set_on; read54);
- "Several Ukrainian and Russian sources reported fighting south of X in A" is two witnesses,
  one of each side, and the fight at A confirmed: the gerund with a bearing is what they say
  (claims.attribution, content of _GERUND_SPEECH verbs), and a joint phrase after "several"
  splits as after "both" (claims.sources._JOINT; read56: the writer stood alone);
- the writer's "but we assess that they were likely unable to secure the settlement" after a
  claimed entry denies the capture: "the settlement" is the place just named
  (events.arguments._ANAPHORA), the taking is typed by "secure", not by the fighting named as
  its cause (events.detect._in_cause), and a taking told as failed is no aim
  (fuse.salience._UNABLE_BEFORE; read59: ISW stood as relaying the claim);
- read58: a speaker who "tentatively amplified claims" hedges (claims.factuality._TENTATIVE),
  and the writer's next sentence "ISW cannot independently confirm the validity of claimed
  Russian control of X" hedges the claim just told (fuse.model._THIS_CLAIM);
- read57: an act told over a span of months up to now ("despite fighting there since early
  summer") is the setting, no incident (fuse.salience.long_running); a few days' span ("since
  at least October 23") is still news (guard);
- read60: "The Russian MoD and Russian milbloggers claimed", "The Russian Ministry of Defense
  (MoD) and Russian milbloggers claimed": both speakers are sources, whichever the claims
  stage named (fuse.model.co_sources, _CO_SOURCE_BEFORE; one of the two was lost).
"""

from __future__ import annotations

from helpers_fuse import fused_incidents

from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations in eastern Ukraine.\n\n"


def _report_incidents(pipeline, text, published):
    """The incidents of one ISW report: ``_LEAD`` and ``text``, published that day."""
    return fused_incidents(pipeline, [Report(id="r", text=_LEAD + text, published=published,
                                             source="ISW")])


def _place(inc) -> str:
    return (inc.get("place") or {}).get("name") or ""


def _incidents_at(pipeline, text, published, name, exact=True):
    """The report's incidents placed at ``name`` (or, not ``exact``, at a name holding it)."""
    return [i for i in _report_incidents(pipeline, text, published)
            if (_place(i) == name if exact else name in _place(i))]


def _two_days(pipeline, first, second):
    reports = [Report(id="d1", text=_LEAD + first,
                      published="2022-08-29", source="ISW"),
               Report(id="d2", text=_LEAD + second,
                      published="2022-08-30", source="ISW")]
    return [i for i in fused_incidents(pipeline, reports) if "Nova Kakhovka" in _place(i)]


def test_one_struck_site_told_undated_then_dated_is_one_incident(pipeline):
    incs = _two_days(pipeline,
                     "Ukrainian forces struck a Russian river crossing in Nova Kakhovka.",
                     "Ukrainian forces destroyed a Russian pontoon-ferry crossing in Nova "
                     "Kakhovka on August 29.")
    assert len(incs) == 1 and len(incs[0]["events"]) == 2, incs


def test_two_kinds_of_struck_site_stay_apart(pipeline):
    # guard
    incs = _two_days(pipeline,
                     "Ukrainian forces struck a Russian ammunition depot in Nova Kakhovka.",
                     "Ukrainian forces destroyed a Russian pontoon-ferry crossing in Nova "
                     "Kakhovka on August 29.")
    assert len(incs) == 2, incs


def test_fighting_told_undated_then_dated_stays_apart(pipeline):
    # guard
    incs = _two_days(pipeline,
                     "Russian forces conducted ground attacks near Nova Kakhovka.",
                     "The General Staff reported that Ukrainian troops repelled Russian "
                     "assaults near Nova Kakhovka late on August 29.")
    assert len(incs) == 2, incs


def _writer_stance(pipeline, text):
    [inc] = _incidents_at(pipeline, text, "2022-08-30", "Tokmak", exact=False)
    return next(s["stance"] for s in inc["sources"]
                if s["canonical"] == "Institute for the Study of War")


_CLAIM = ("Russian sources reported that Ukrainian forces launched missile strikes against "
          "Tokmak on August 30. ")


def test_the_writers_doubt_of_a_sides_claims_hedges_them(pipeline):
    assert _writer_stance(pipeline, _CLAIM + "ISW cannot independently verify Russian "
                                             "claims, however.") == "hedges"


def test_the_writer_calling_the_claims_false_denies_them(pipeline):
    assert _writer_stance(pipeline, _CLAIM + "These claims are likely false.") == "denies"


def test_a_claim_with_no_doubt_after_it_is_relayed_as_told(pipeline):
    # guard
    assert _writer_stance(pipeline, _CLAIM + "Russian forces also shelled Kharkiv.") \
        == "asserts"


def _places_of(pipeline, text):
    return {_place(i) or None for i in _report_incidents(pipeline, text, "2022-03-22")}


def test_efforts_on_taking_places_that_failed_are_fights(pipeline):
    got = _places_of(pipeline, "The General Staff reported that Russian forces concentrated "
                               "their efforts on capturing Rubizhne and Popasna but were "
                               "unsuccessful.")
    assert {"Rubizhne", "Popasna"} <= got, got


def test_efforts_on_taking_places_alone_are_aims(pipeline):
    # guard
    got = _places_of(pipeline, "The General Staff reported that Russian forces concentrated "
                               "their efforts on capturing Rubizhne and Popasna.")
    assert not {"Rubizhne", "Popasna"} & got, got


def _sources_at(pipeline, text, name):
    incs = _incidents_at(pipeline, text, "2022-08-31", name, exact=False)
    return {s["canonical"] for i in incs for s in i["sources"]}


_STRUCK = "Ukrainian forces struck a Russian convoy in Nova Kakhovka on August 31. "


def test_an_earlier_report_about_a_place_is_no_source_of_the_strike_there(pipeline):
    got = _sources_at(pipeline, _STRUCK + "Ukrainian officials have previously reported that "
                      "Russian forces accumulated military equipment in Nova Kakhovka.",
                      "Nova Kakhovka")
    assert "Government of Ukraine" not in got, got


def test_a_report_about_the_place_just_struck_still_speaks_of_it(pipeline):
    # guard
    got = _sources_at(pipeline, _STRUCK + "Ukrainian officials reported that several Russian "
                      "units remain in Nova Kakhovka.", "Nova Kakhovka")
    assert "Government of Ukraine" in got, got


def test_a_prevention_aimed_at_disputes_no_fight(pipeline):
    incs = _incidents_at(pipeline, (
        "The General Staff reported that Russian forces suffered losses when attempting an "
        "unsuccessful ground assault on Kupiansk. Russian forces continued combat operations "
        "in an effort to push Ukrainian forces away from Kupiansk and prevent Ukrainian "
        "forces from advancing toward the international border."), "2022-07-25", "Kup",
        exact=False)
    assert incs and all(i["status"] != "disputed" for i in incs), incs


def test_several_sources_of_both_sides_are_two_witnesses(pipeline):
    incs = _incidents_at(pipeline, "Several Ukrainian and Russian sources reported fighting "
                                   "south of Bakhmut in Soledar.", "2022-06-23", "Soledar")
    assert len(incs) == 1, incs
    got = {s["canonical"] for s in incs[0]["sources"]}
    assert {"Russian sources", "Ukrainian sources"} <= got, got
    assert incs[0]["status"] == "confirmed", incs


def test_the_writers_assessment_that_a_claimed_capture_failed_disputes_it(pipeline):
    incs = _incidents_at(pipeline, (
        "Pro-Russian Telegram channels claimed that Russian forces entered Soledar on May 14, "
        "but we assess that they were likely unable to secure the settlement due to heavy "
        "fighting."), "2022-05-15", "Soledar")
    assert len(incs) == 1 and incs[0]["status"] == "disputed", incs
    stance = {s["canonical"]: s["stance"] for s in incs[0]["sources"]}
    assert stance.get("Institute for the Study of War") == "denies", stance


def test_a_tentative_relay_and_the_writers_doubt_of_claimed_control_hedge(pipeline):
    incs = _incidents_at(pipeline, (
        "Deputy LNR Interior Minister Vitaly Kiselev tentatively amplified claims from social "
        "media users that Russian-led forces have taken control of Soledar. ISW cannot "
        "independently confirm the validity of claimed Russian control of Soledar."),
        "2022-08-28", "Soledar")
    assert len(incs) == 1, incs
    stance = {s["canonical"]: s["stance"] for s in incs[0]["sources"]}
    assert stance.get("Vitaly Kiselev") == "hedges", stance
    assert stance.get("Institute for the Study of War") == "hedges", stance


def test_a_span_of_months_is_no_incident(pipeline):
    def places(text):
        return {_place(i) for i in _report_incidents(pipeline, text, "2022-10-26")}
    assert "Soledar" not in places("Wagner forces have yet to reach Soledar despite fighting "
                                   "there since early summer.")
    assert "Soledar" in places("Russian forces have secured limited advances north of Soledar "
                               "since at least October 23.")


def test_both_coordinated_speakers_are_sources(pipeline):
    for text in ("The Russian MoD and Russian milbloggers claimed that Russian troops repelled "
                 "Ukrainian attacks on Soledar on October 30.",
                 "The Russian Ministry of Defense (MoD) and Russian milbloggers claimed on "
                 "October 30 that Ukrainian forces conducted unsuccessful assaults around "
                 "Soledar."):
        incs = _incidents_at(pipeline, text, "2022-10-31", "Soledar")
        got = {s["canonical"] for i in incs for s in i["sources"]}
        assert {"Russian Ministry of Defense", "Russian milbloggers"} <= got, (text, got)
