"""Event extraction with hand-built places and times: site, time, actors, fatalities, and the
belgorod article end to end (its places built by hand until the place stage is wired)."""

from datetime import date

import pytest

from fogofwar.records import Place, Report, TimeValue

PUB = "2025-04-08"


def place(text, name, cc, precision, occurrence=0, gid=None):
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(name, i + 1)
    return Place(name, i, i + len(name), gid or abs(hash((name, cc))) % 10**7, name, None, None,
                 cc, None, None, None, precision, 1.0)


def run(nlp, text, places=(), times=(), published=PUB):
    from fogofwar.events import extract_events
    from fogofwar.events.actors import extract_actors

    doc = nlp(text)
    places = sorted(places, key=lambda p: p.start)
    evs, times = extract_events(doc, list(places), list(times), extract_actors(doc),
                                Report(id="t", text=text, published=published))
    return evs, places, times


def test_near_a_village_is_precision_two_and_border_distance_is_context(nlp):
    text = "Russian troops advanced near Oskil, just 5 kilometres from Kupiansk."
    places = [place(text, "Oskil", "UA", 1), place(text, "Kupiansk", "UA", 1)]
    evs, places, times = run(nlp, text, places)
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert places[ev.location].name == "Oskil" and ev.location_precision == 2
    assert ev.actor1 == "Military Forces of Russia"


def test_a_place_naming_a_unit_is_not_the_site(nlp):
    text = ("A Ukrainian sabotage group attacked the Alania volunteer battalion in Huliaipole "
            "on July 11.")
    places = [place(text, "Alania", "TR", 1), place(text, "Huliaipole", "UA", 1)]
    evs, places, _ = run(nlp, text, places)
    assert evs and {places[ev.location].name for ev in evs} == {"Huliaipole"}


def test_a_speech_act_beside_taking_a_city_does_not_type_it(nlp):
    text = ("Russian forces have taken the critical city of Berdyansk from the west, "
            "threatening to encircle Mariupol.")
    places = [place(text, "Berdyansk", "UA", 1), place(text, "Mariupol", "UA", 1)]
    evs, places, _ = run(nlp, text, places)
    # (the threatened encirclement is an act ahead, not done: "future")
    assert [(e.sub_event_type, places[e.location].name) for e in evs
            if e.modality == "asserted"] == [("Non-state actor overtakes territory", "Berdyansk")]
    assert all(e.modality == "future" for e in evs if places[e.location].name == "Mariupol")


def test_inferred_time_is_appended_once(nlp):
    text = "Artillery shelled Nikopol. Drones struck Marhanets."
    places = [place(text, "Nikopol", "UA", 1), place(text, "Marhanets", "UA", 1)]
    evs, places, times = run(nlp, text, places)
    assert [places[e.location].name for e in evs] == ["Nikopol", "Marhanets"]
    assert evs[0].sub_event_type == "Shelling/artillery/missile attack"
    assert evs[1].sub_event_type == "Air/drone strike"
    inferred = [t for t in times if t.inferred]
    assert len(inferred) == 1 and inferred[0].value == PUB
    assert inferred[0].start == inferred[0].end == 0 and inferred[0].text == ""
    assert evs[0].time == evs[1].time == times.index(inferred[0])


def test_own_time_and_fatalities(nlp):
    text = "On Monday a grenade attack killed at least 4 people in Kramatorsk."
    i = text.index("Monday")
    t = TimeValue("Monday", i, i + 6, "2025-04-07", "day", "2025-04-07", "2025-04-07")
    evs, places, times = run(nlp, text, [place(text, "Kramatorsk", "UA", 1)], [t])
    assert len(evs) == 1
    ev = evs[0]
    assert ev.sub_event_type == "Grenade"
    assert times[ev.time].text == "Monday"
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (4, 4, 4)


def test_one_event_per_coordinated_site(nlp):
    text = "Protesters rallied in Lviv and Odesa on Sunday."
    evs, places, _ = run(nlp, text, [place(text, "Lviv", "UA", 1), place(text, "Odesa", "UA", 1)])
    assert sorted(places[e.location].name for e in evs) == ["Lviv", "Odesa"]
    assert all(e.sub_event_type == "Peaceful protest" for e in evs)


@pytest.mark.parametrize("text", [
    "Russian forces continued to shell Kharkiv.",
    "Russian units began to withdraw from Kharkiv.",
])
def test_the_subject_of_an_aspect_verb_does_the_act(nlp, text):
    """"continued to shell X": the forces shell (ISW writes it daily); before, "continue"
    counted as a reporting verb and the act had no actor."""
    evs, _, _ = run(nlp, text, [place(text, "Kharkiv", "UA", 1)])
    assert evs and all(e.actor1 == "Military Forces of Russia" for e in evs), evs


def test_a_second_act_of_one_subject_is_at_the_first_acts_place(nlp):
    """ISW 2022-03-24: "Russian forces continue to shell Kharkiv and struck a humanitarian aid
    delivery point": the strike is the forces', at Kharkiv; a conjunct naming a place of its
    own (even one the place stage missed) keeps it."""
    text = "Russian forces continue to shell Kharkiv and struck a humanitarian aid delivery point."
    evs, places, _ = run(nlp, text, [place(text, "Kharkiv", "UA", 1)])
    struck = [e for e in evs if e.evidence.text.startswith("struck")]
    assert struck and struck[0].actor1 == "Military Forces of Russia"
    assert struck[0].location is not None and places[struck[0].location].name == "Kharkiv"
    text = "Russian forces shelled Kharkiv and struck Zolochiv on March 3."
    evs, places, _ = run(nlp, text, [place(text, "Kharkiv", "UA", 1)])
    struck = [e for e in evs if e.evidence.text.startswith("struck")]
    assert struck and struck[0].location is None


def test_a_citys_own_authorities_tell_of_their_city(nlp):
    """ISW 2022-03-24: "Kharkiv city authorities reported Russian forces shelled a humanitarian
    aid delivery point" is at Kharkiv (near it); a speaker with no local authority word, or a
    region in the title, places nothing."""
    text = "Kharkiv city authorities reported Russian forces shelled a humanitarian aid point."
    evs, places, _ = run(nlp, text, [place(text, "Kharkiv", "UA", 1)])
    [ev] = [e for e in evs if e.evidence.text.startswith("Russian")]
    assert places[ev.location].name == "Kharkiv" and ev.location_precision == 2
    text = "Kharkiv Oblast authorities reported Russian forces shelled a humanitarian aid point."
    evs, places, _ = run(nlp, text, [place(text, "Kharkiv Oblast", "UA", 3)])
    assert all(e.location is None for e in evs)
    text = "Kharkiv residents reported Russian forces shelled a humanitarian aid point."
    evs, places, _ = run(nlp, text, [place(text, "Kharkiv", "UA", 1)])
    assert all(e.location is None for e in evs)


def test_a_reporting_verbs_subject_does_not_do_the_act(nlp):
    text = "ISW continued to assess that shelling hit Kharkiv."
    evs, _, _ = run(nlp, text, [place(text, "Kharkiv", "UA", 1)])
    assert all(e.actor1 != "Institute for the Study of War" for e in evs)


def test_a_strike_named_by_a_bare_definite_noun_is_the_strike_last_told(nlp):
    """ISW 2022-04-08: "Russian and DNR sources claimed both that the strike did not occur and
    that Ukrainian forces launched the strike as a false flag": both speak of the Kramatorsk
    strike told before, at its site; a strike named with its own modifier is not referred."""
    text = ("A Russian missile struck the rail station in Kramatorsk on April 8. Russian sources "
            "claimed that the strike did not occur and that Ukrainian forces launched the strike. "
            "Ukrainian forces repelled the attack.")
    evs, places, _ = run(nlp, text, [place(text, "Kramatorsk", "UA", 1)])
    strikes = [e for e in evs if "stri" in e.evidence.text or "struck" in e.evidence.text]
    assert len(strikes) == 3, evs
    assert all(e.location is not None and places[e.location].name == "Kramatorsk" for e in strikes)
    assert {e.polarity for e in strikes} == {"positive", "negative"}
    clashes = [e for e in evs if e.sub_event_type == "Armed clash"]
    assert all(e.location is None for e in clashes)  # "the attack" is no strike named back


def test_no_publication_date_no_inferred_time(nlp):
    evs, _, times = run(nlp, "Rebels captured the town of Kidal.", published=None)
    assert evs and evs[0].time is None and times == []


BELGOROD_PLACES = [("Belgorod", "RU", 3), ("Sumy", "UA", 3), ("Kharkiv", "UA", 3),
                   ("Kursk", "RU", 3), ("Demidovka", "RU", 1), ("Prilesye", "RU", 1),
                   ("Donetsk", "UA", 3)]


@pytest.fixture(scope="module")
def belgorod(nlp, belgorod_text):
    from fogofwar.time import extract_times

    text = belgorod_text
    places = []
    for name, cc, prec in BELGOROD_PLACES:
        for k in range(text.count(name)):
            places.append(place(text, name, cc, prec, k, gid=hash(name) % 10**7))
    doc = nlp(text)
    try:
        times = extract_times(doc, date.fromisoformat(PUB))
    except NotImplementedError:
        pytest.skip("time stage not implemented yet")
    return run(nlp, text, places, times)


def find(evs, places, sub, site):
    return [e for e in evs if e.sub_event_type == sub and e.location is not None
            and places[e.location].name == site]


def test_belgorod_operation_and_attacks_on_sumy_and_kharkiv(belgorod):
    evs, places, times = belgorod
    op = find(evs, places, "Armed clash", "Belgorod")
    assert len(op) == 1 and op[0].actor1 == "Military Forces of Ukraine"
    assert op[0].polarity == "positive"
    for city in ("Sumy", "Kharkiv"):
        att = find(evs, places, "Shelling/artillery/missile attack", city)
        assert len(att) == 1 and att[0].actor1 == "Military Forces of Russia"


def test_belgorod_kursk_captures_last_year_and_moscow_retaking(belgorod):
    evs, places, times = belgorod
    cap = find(evs, places, "Non-state actor overtakes territory", "Kursk")
    assert len(cap) == 1 and cap[0].actor1 == "Military Forces of Ukraine"
    assert (times[cap[0].time].value, times[cap[0].time].precision) == ("2024", "year")
    ret = find(evs, places, "Government regains territory", "Kursk")
    assert len(ret) == 1 and ret[0].actor1 == "Military Forces of Russia"


def test_belgorod_advances_in_march_battles_and_possible_withdrawal(belgorod):
    evs, places, times = belgorod
    for village in ("Demidovka", "Prilesye"):
        adv = [e for e in find(evs, places, "Armed clash", village)
               if times[e.time].precision == "month"]
        assert len(adv) == 1 and adv[0].location_precision == 2
        assert times[adv[0].time].value == "2025-03"
    battles = [e for e in find(evs, places, "Armed clash", "Demidovka")
               if times[e.time].inferred]
    assert len(battles) == 1 and battles[0].location_precision == 1
    wd = [e for e in evs if e.modality == "possible"]
    assert len(wd) == 1 and wd[0].polarity == "negative"
    assert places[wd[0].location].name == "Demidovka"
    assert times[wd[0].time].precision == "period"
    denied = [e for e in evs if e.modality == "denied"]
    assert len(denied) == 1 and denied[0].actor1 == "Military Forces of Ukraine"


def test_empty_text_and_bad_offsets_do_not_crash(nlp):
    evs, _, times = run(nlp, "")
    assert evs == [] and times == []
    text = "Rebels captured the town of Kidal."
    bad = Place("Nowhere", 500, 507, 1, "Nowhere", None, None, "ML", None, None, None, 1, 1.0)
    evs, _, _ = run(nlp, text, [bad])
    assert evs and evs[0].location is None


def test_a_doc_without_parse_is_a_clear_error():
    import spacy

    from fogofwar.events import extract_events
    from fogofwar.events.actors import extract_actors

    doc = spacy.blank("en")("Moscow shelled the town.")
    assert all(a.text != "Moscow" for a in extract_actors(doc))
    with pytest.raises(ValueError, match="report 'r1'.*dependency parse"):
        extract_events(doc, [], [], [], Report(id="r1", text=doc.text))


def test_a_missed_mention_takes_the_place_of_the_same_name(nlp):
    text = "Russian troops advanced near Oskil. Bloggers reported fighting in Oskil."
    evs, places, _ = run(nlp, text, [place(text, "Oskil", "UA", 1)])  # first mention only
    assert len(evs) == 2
    assert [e.location for e in evs] == [0, 0]
    assert [e.location_precision for e in evs] == [2, 1]
    assert evs[1].actor1 == "Military Forces of Russia"  # carried over from the same site


@pytest.mark.parametrize("second,continues", [
    ("They also shelled Marhanets.", True),
    ("Ukrainian drones struck Marhanets.", False),
    # a definite event noun names back the event just told: the restated event keeps its date
    ("The shelling damaged a school in Marhanets.", True),
    ("A new shelling damaged a school in Marhanets.", False),
])
def test_time_continues_into_a_pronoun_sentence_only(nlp, second, continues):
    text = "On 3 March, Russian forces shelled Nikopol. " + second
    i = text.index("3 March")
    t = TimeValue("3 March", i, i + 7, "2025-03-03", "day", "2025-03-03", "2025-03-03")
    places = [place(text, "Nikopol", "UA", 1), place(text, "Marhanets", "UA", 1)]
    evs, places, times = run(nlp, text, places, [t])
    assert [places[e.location].name for e in evs] == ["Nikopol", "Marhanets"]
    assert times[evs[0].time].text == "3 March"
    assert (times[evs[1].time].text == "3 March") is continues
    assert times[evs[1].time].inferred is not continues


def test_a_participle_clause_adds_its_dead_to_the_main_event(nlp):
    text = "Russian forces shelled Kupiansk, killing at least 3 civilians."
    evs, places, _ = run(nlp, text, [place(text, "Kupiansk", "UA", 1)])
    assert len(evs) == 1
    ev = evs[0]
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.fatalities.low, ev.fatalities.best) == (3, 3)
    assert ev.evidence.text.endswith("civilians")
