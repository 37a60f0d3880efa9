"""Fusion rules of the twenty-fifth session, on sentences written here:
- fights a comparison recalls ("smaller forces than had been involved in the attacks on X")
  are past acts, no incident of the day (fuse.salience._RECALLED; read139: two battles
  dated the report's day), while a comparison of the day's own fights with nothing past
  keeps them (guard);
- the writer's "ISW has no independent confirmation of the reported raid" two sentences after
  a claim is its doubt of the act last claimed (fuse.model._DOUBT, _REPORTED_THING,
  _paragraph_doubt; read135: the writer asserted the raid), while a claim with no such
  doubt keeps the writer relaying (guard);
- the writer's plural verdict told after the claims ("These Russian claims remain
  unsubstantiated.") doubts every claim of that side told before it in the paragraph, not
  only the last (fuse.model._CLAIMS_UNPROVEN, _looks_back_over; read144), and so does
  "cannot verify either of the Russian milbloggers' claims" (_PLURAL_CLAIMS: a possessive
  before the noun);
- the writer's "ISW cannot independently confirm whether ..." in the next sentence doubts the
  claim just told, though the claims stage reads it as the writer's own claim (fuse.model.
  _THIS_CLAIM "whether", mentions_from_extraction: the writer's claims are no other
  source's; read143: the writer asserted);
- the writer's "cannot currently verify this claim" is its doubt as "cannot independently
  verify" is (fuse.model._DOUBT; read150), and so is "cannot verify the Ukrainian General
  Staff report" two sentences on, the source named as the claim noun's modifier
  (_SOURCE_NOUN_CLAIM; read150);
- what a means was used to do is done ("continued to use aviation to drop bombs on X"): no
  purpose, an incident (fuse.salience._ACT_TO; read143: the air strike dropped);
- a definite noun of an act with a place of its own ("made similar remarks about the
  liberation of B") names back an act at that place only, never the last liberation told
  elsewhere (fuse.model.refers_to, _NOUN_OF_NAME; read147: the claim stood on A's
  liberation), while the noun with no place names back the last one (guard);
- one side's attack and the other's across a region in one report ("Ukrainian forces launched
  a counteroffensive in X Oblast", "Russian forces conducted a ground assault in
  northwestern X Oblast") are two actions (fuse.fusion._score, _other_attacker; read147:
  one incident graded confirmed), while one side's attacks told twice there stay one (guard);
- "Russian forces are likely fighting in A and B" is the writer hedging what goes on, no
  forecast: an incident at each (fuse.salience._ASSESSMENT; read151: five fights dropped),
  while "are likely to attack A" stays a forecast (guard);
- a gerund of taking a verb of telling takes ("reported liberating X") is told done, no aim
  (fuse.salience._TOLD_GERUND; read151: the claimed liberation dropped);
- what a participle after a comma draws from the clause before it ("Russian troops attacked A,
  indicating that Ukrainian troops have advanced east of B") is the writer's inference, no
  incident (fuse.salience._INFERRED_FROM; read155: an advance at B told), while what
  reports indicate with no comma stays (guard);
- two settlements of one sentence are two events though the gazetteer lacks one and the
  text's offset placed it ("around Orlianka (3km north of X) and X": fuse.fusion.
  _settlement_point; read155: the two fights one incident);
- two districts of one oblast are two places, no "same region" merge (fuse.compat._district;
  read143: the strikes in two raions made one incident)."""

from __future__ import annotations

from helpers_fuse import incidents_at as _at


def test_fights_a_comparison_recalls_are_past(pipeline):
    got = _at(pipeline, "These assaults involve smaller Russian forces than had been involved "
                        "in the attacks on Kharkiv.", "Kharkiv")
    assert not got, got


def test_the_days_fights_compared_stay(pipeline):
    # guard
    got = _at(pipeline, "Russian forces attacked Kharkiv with more troops than usual on "
                        "September 25.", "Kharkiv")
    assert got, got


def _writer(inc):
    return next(s for s in inc["sources"] if s["canonical"] == "Institute for the Study of War")


def test_no_confirmation_of_the_reported_act_doubts_it(pipeline):
    got = _at(pipeline, "Ukrainian officials claimed that Ukrainian forces raided an airbase in "
                        "Kherson on September 25. The raid destroyed several Russian "
                        "helicopters. ISW has no independent confirmation of the reported "
                        "raid.", "Kherson")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_a_claim_without_the_doubt_is_relayed(pipeline):
    # guard
    got = _at(pipeline, "Ukrainian officials claimed that Ukrainian forces raided an airbase in "
                        "Kherson on September 25. The raid destroyed several Russian "
                        "helicopters.", "Kherson")
    assert got and _writer(got[0])["stance"] == "asserts", got


def test_a_plural_verdict_after_claims_doubts_each(pipeline):
    got = _at(pipeline, "Russian milbloggers claimed that Russian forces captured Kupiansk on "
                        "September 25. Russian sources also claimed that Russian forces "
                        "advanced near Izium. These Russian claims remain unsubstantiated.",
              "Kupyansk")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_either_of_the_milbloggers_claims_is_doubted(pipeline):
    got = _at(pipeline, "A Russian milblogger claimed that Russian forces captured Kupiansk on "
                        "September 25, and another claimed an advance near Izium. ISW cannot "
                        "independently verify either of the Russian milbloggers' claims.",
              "Kupyansk")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_cannot_confirm_whether_doubts_the_claim_before(pipeline):
    got = _at(pipeline, "Russian sources claimed that Ukrainian forces attacked near Kupiansk on "
                        "September 25. ISW cannot independently confirm whether Ukrainian forces "
                        "are fighting in these areas.", "Kupyansk")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_a_means_used_to_strike_struck(pipeline):
    got = _at(pipeline, "Russian milbloggers claimed that Russian forces continued to use "
                        "aviation to drop over a dozen FAB-500 bombs on Ukrainian forces in "
                        "Kupiansk.", "Kupyansk")
    assert got, got


def _raion(gid, name, lat, lon):
    from fogofwar.records import Place

    return Place(text=name, start=0, end=len(name), geonameid=gid, name=name, lat=lat, lon=lon,
                 country_code="UA", admin1="Dnipropetrovsk Oblast", admin2=None,
                 feature_code="ADM2", precision=3, score=1.0)


def test_two_districts_are_two_places():
    from fogofwar.fuse.compat import place_match

    same, _strength, why = place_match(_raion(1, "Kryvyi Rih Raion", 47.9, 33.4),
                                       _raion(2, "Nikopol Raion", 47.6, 34.4))
    assert not same, why


def test_one_district_is_one_place():
    # guard
    from fogofwar.fuse.compat import place_match

    assert place_match(_raion(1, "Kryvyi Rih Raion", 47.9, 33.4),
                       _raion(1, "Kryvyi Rih Raion", 47.9, 33.4))[0]


def test_cannot_currently_verify_is_a_doubt(pipeline):
    got = _at(pipeline, "Russian sources claimed that Russian forces attacked near Kupiansk, but "
                        "ISW cannot currently verify this claim.", "Kupyansk")
    assert got and _writer(got[0])["stance"] == "hedges", got


def test_a_doubt_naming_the_source_report_looks_back(pipeline):
    got = _at(pipeline, "The Ukrainian General Staff reported that Russian forces attacked toward "
                        "Kupiansk on September 25. Russian forces also shelled Kharkiv. ISW "
                        "cannot independently verify the Ukrainian General Staff report at this "
                        "time.", "Kupyansk")
    assert got and _writer(got[0])["stance"] == "hedges", got


def _remarks(about: str):
    """An extraction: a liberation at A told, then a claim "about the liberation ..."."""
    from fogofwar.records import Actor, Claim, Event, Extraction, Place, Report, Span

    first = "Ukrainian forces liberated Arkhanhelske on August 29."
    second = f"Mykola Malomuzh made similar remarks about {about}."
    text = f"{first} {second}"
    at = text.index(second)
    place = Place(text="Arkhanhelske", start=text.index("Arkhanhelske"),
                  end=text.index("Arkhanhelske") + 12, geonameid=1, name="Arkhanhelske",
                  lat=47.2, lon=33.2, country_code="UA", admin1="Kherson Oblast", admin2=None,
                  feature_code="PPL", precision=1, score=1.0)
    ev = Event(event_type="Battles", sub_event_type="Government regains territory",
               actor1="Military Forces of Ukraine", actor2=None, location=0, time=None,
               fatalities=None, polarity="positive", evidence=Span(first, 0, len(first)))
    src = Actor("Mykola Malomuzh", at, at + 15, "Mykola Malomuzh", "official", "UA")
    content = f"about {about}"
    cs = text.index(content)
    claim = Claim(source=src, cue=Span("made similar remarks", at + 16, at + 36),
                  content=Span(content, cs, cs + len(content)), stance="asserts",
                  certainty="certain", mode="indirect")
    ext = Extraction(report=Report(id="r", text=text), places=(place,), events=(ev,),
                     claims=(claim,))
    return ext, claim


def test_a_liberation_of_another_place_names_back_nothing():
    from fogofwar.fuse.model import refers_to

    ext, claim = _remarks("the liberation of Sukhyi Stavok")
    assert refers_to(ext, claim, lambda i: "territory") == ()


def test_a_liberation_with_no_place_names_back_the_last():
    # guard
    from fogofwar.fuse.model import refers_to

    ext, claim = _remarks("the liberation")
    assert refers_to(ext, claim, lambda i: "territory") == (0,)


def _regional(pipeline, text):
    from helpers_fuse import ISW_LEAD, fused_incidents
    from fogofwar.records import Report

    incs = fused_incidents(pipeline, [Report(id="r", text=ISW_LEAD + text,
                                             published="2022-09-26", source="ISW")])
    return [i for i in incs if (i.get("place") or {}).get("precision") == 3]


def test_opposite_attacks_across_a_region_are_two(pipeline):
    got = _regional(pipeline, "Ukrainian forces launched a counteroffensive in Kharkiv Oblast on "
                              "September 25. Russian forces conducted a ground assault in "
                              "northeastern Kharkiv Oblast on September 25.")
    assert len(got) == 2, [(i["title"], i["events"]) for i in got]


def test_one_sides_attacks_across_a_region_stay_one(pipeline):
    # guard
    got = _regional(pipeline, "Ukrainian forces launched a counteroffensive in Kharkiv Oblast on "
                              "September 25. Ukrainian forces conducted ground assaults in "
                              "northeastern Kharkiv Oblast on September 25.")
    assert len(got) == 1, [(i["title"], i["events"]) for i in got]


def test_likely_fighting_now_is_no_forecast(pipeline):
    got = _at(pipeline, "Russian forces are likely fighting in Kupiansk and Izium.", "Kupyansk")
    assert got, got


def test_likely_to_attack_stays_a_forecast(pipeline):
    # guard
    got = _at(pipeline, "Russian forces are likely to attack Kupiansk in the coming days.",
              "Kupyansk")
    assert not got, got


def test_a_liberation_reported_is_told(pipeline):
    got = _at(pipeline, "The Ukrainian General Staff reported liberating Kupiansk on September "
                        "25.", "Kupyansk")
    assert got, got


def test_an_inference_after_a_comma_is_no_incident(pipeline):
    got = _at(pipeline, "Russian troops attacked Izium on September 25, indicating that "
                        "Ukrainian troops have advanced east of Kupiansk.", "Kupyansk")
    assert not got, got


def test_reports_indicating_an_act_stay(pipeline):
    # guard
    got = _at(pipeline, "Ukrainian reports indicate that Russian forces shelled Kupiansk on "
                        "September 25.", "Kupyansk")
    assert got, got


def test_an_offset_placed_village_and_its_anchor_are_two(pipeline):
    from helpers_fuse import ISW_LEAD, fused_incidents
    from fogofwar.records import Report

    text = ("Russian forces attacked around Orlianka (3km north of Kupiansk) and Kupiansk on "
            "September 25.")
    incs = fused_incidents(pipeline, [Report(id="r", text=ISW_LEAD + text,
                                             published="2022-09-26", source="ISW")])
    names = {(i.get("place") or {}).get("name") for i in incs}
    assert {"Orlianka", "Kupyansk"} <= names, [(i["title"], i["events"]) for i in incs]
