"""Event rules of the twenty-seventh session, from the analyst reads of ISW 2022-05-24..27
(read177), 06-03..05 (read178), 08-26..28 (read180) and 10-25..27 (read182), on sentences
written here, over a hand-made gazetteer:
- forces "attacking in X" that "did not make any gains" attacked X: the negation denies what
  the attack won, not the attack (events._describes_unit, polarity.result_denied and the
  subject walk in polarity.modality; read178: the failed assault lost), while forces "advancing
  on X" that "did not conduct operations" did not act (guard);
- an act deep inside what "may indicate either that ..." is an inference the writer allows,
  not a fact (events.polarity._inferred_clause; read182: a weapons disruption asserted);
- an act an order "forbade" someone "from" doing was not done (events.polarity._FORBID_VERBS;
  read182: a withdrawal stood as done);
- whom a person "formerly" served ("former Ukrainian border guard") is no party to the act
  (events.actors._past_affiliation; read180: the partisans fought Ukrainian forces);
- "shelled two settlements 30km and 35km southeast of X" is shelling near X: the second
  distance's bearing is a conjunct of the first (events.arguments._offset_of_thing; read177:
  no place, no incident);
- destroying a dam (a work of the land or of power) is a strike from afar, no looting (events.
  coding._STRUCK_OBJECTS; read181), and destroying drones is a weapon disrupted (events.coding.
  _FLYING_ARMS; read181: looting);
- one party that "agreed to" act made no agreement (events.detect._agreed_alone; read178: two
  agreements), while two parties agreeing to an exchange did (guard);
- a party's or an aid body's office is no armed base (events.detect._civil_office; read178:
  a party's humanitarian headquarters), while forces' headquarters is (guard);
- cars and household goods seized are looted, no ground taken (events.detect._GOODS_SEIZED;
  found beside read179's seized passports);
- "this attack on X likely indicates ..." comments on a strike told before: no second event
  (events._commented_back; read178: a battle at Kyiv beside the strike), while "this attack
  killed four" still tells (guard);
- two words of one clause, one event dated by the clause and one not, are one event
  (events._one_time_per_span; read182: six incidents for three oblasts' drone strikes);
- "assaults on the eastern arc of X in A, B, and C" are at A, B and C, the part of X only
  framing them (events.arguments._part_framed; read178: one fight at X);
- "operations towards A, B, and C from P" are fought near P, the goals 20-30 km off (events.
  arguments._advanced_on, _origin_of, _is_context, _past_goals; read178: three fights at the
  goals, P lost), while "attacked A from P" is at A (guard);
- "strikes on X and on settlements around it, including A and B" strike A and B too, and so do
  strikes "in the surrounding settlements of A and B" (events.arguments._included_in_settlements;
  read179, read185: only X);
- "a depot in the X area on the A-B Oblast border" is struck at X, the border's oblasts no site
  in its stead (events.arguments, _locating_area only beside a settlement; read185: an oblast);
- "struck the X airfield", parsed as a clause with X its subject, is a strike at X (events.
  arguments._object_as_clause; read187: no place);
- "airstrikes against areas of troops concentrated in X", the participle hung by the parse on
  the light verb, strike X (events.arguments._reduced_relative; read183: no place);
- "officials reported striking X and destroyed Y": the second act is the officials' side's as
  the first is, never laid on the other side (events.arguments._own_act_continued; read187:
  a Russian strike);
- where someone is "back in" after being wounded is no site of a fight (events.arguments.
  _back_home; read182: a battle at Moscow);
- explosions at a side's ammunition depot are a strike on that side, no man-made disaster
  (events.detect.army_site_blast; read186), while one at a chemical plant stays one (guard);
- an undated kind of act whose meaning a clause argues ("strikes into Crimea demonstrate
  that ...") is no event (events._commented_back, _comment_on_kind; read181: a battle in
  Crimea), while dated strikes so argued are (guard);
- a bullet under "Immediate items to watch" is what the writer expects, not done (events.
  _to_watch; read177: a move in three reports), while a "Key Takeaways" bullet tells (guard);
- footage "from X" that shows an act places the act at X when its clause names no place
  (events._footage_site; read180: two strikes with no place);
- "fired on the X district of a city, A, and B": A and B, which the parse joins to the city
  holding the district, are sites too (events.arguments._listed_after_holder; read183: only
  the district);
- "hit a post in A (about 60km east of X), a crossing near B (...), and warehouses in C
  Raion": each target is placed by its own phrase, a district too, whatever the brackets do
  to the parse (events.arguments._parallel_targets; read187: only A)."""

from __future__ import annotations

import pytest

from fogofwar.events.actors import extract_actors
from fogofwar.geo.index import NewPlace
from fogofwar.records import Report
from helpers_events import moods_at, pipeline_over, rows_after, town as _town

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on June 3.\n\n")

_PLACES = [
    NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
             population=41_000_000),
    _town(9751, "Metolkine", 48.88, 38.53, "09", 1_000),
    _town(9752, "Severodonetsk", 48.94, 38.49, "09", 100_000, code="PPLA2"),
    _town(9753, "Izyum", 49.21, 37.26, "07", 46_000, code="PPLA2"),
    _town(9754, "Barvinkove", 48.91, 37.02, "07", 8_000),
    _town(9755, "Svatove", 49.41, 38.16, "09", 16_000, code="PPLA2"),
    _town(9756, "Kreminna", 49.05, 38.22, "09", 19_000, code="PPLA3"),
    _town(9757, "Hrakove", 49.62, 36.70, "07", 300),
    _town(9758, "Bakhmut", 48.60, 38.00, "05", 73_000, code="PPLA2"),
    _town(9759, "Klishchiivka", 48.53, 38.05, "05", 500),
    _town(9760, "Ozarianivka", 48.52, 38.10, "05", 200),
    _town(9761, "Soledar", 48.69, 38.07, "05", 10_000, code="PPLA3"),
    _town(9762, "Lysychansk", 48.91, 38.42, "09", 95_000, code="PPLA3"),
    _town(9763, "Popasna", 48.63, 38.37, "09", 20_000, code="PPLA3"),
    _town(9764, "Slovyansk", 48.85, 37.60, "05", 105_000, code="PPLA3"),
    _town(9765, "Mykolaivka", 48.86, 37.72, "05", 15_000),
    _town(9766, "Rai-Oleksandrivka", 48.73, 37.76, "05", 1_000),
    _town(9767, "Lyman", 48.99, 37.81, "05", 20_000, code="PPLA3"),
    _town(9769, "Kharkiv", 49.98, 36.25, "07", 1_430_000, code="PPLA"),
    _town(9770, "Derhachi", 50.11, 36.12, "07", 18_000, code="PPLA3"),
    _town(9771, "Udy", 50.39, 36.06, "07", 1_000),
    _town(9773, "Snihurivka", 47.08, 32.80, "15", 12_000),
    _town(9774, "Kozatske", 46.80, 33.50, "08", 3_000),
    NewPlace(9775, "Beryslav Raion", 46.90, 33.40, "UA", "08", "6521", fclass="A",
             fcode="ADM2", population=100_000),
    _town(9776, "Siversk", 48.87, 38.10, "05", 11_000, code="PPLA3"),
    _town(9777, "Spirne", 48.80, 38.02, "05", 300),
    _town(9778, "Serebrianka", 48.90, 38.04, "05", 700),
    _town(9779, "Vysokopillia", 47.49, 33.53, "08", 4_000),
    NewPlace(9780, "Kherson Oblast", 46.64, 32.62, "UA", "08", fclass="A", fcode="ADM1",
             population=1_000_000),
    NewPlace(9781, "Dnipropetrovsk Oblast", 48.47, 35.03, "UA", "04", fclass="A", fcode="ADM1",
             population=3_100_000),
    _town(9782, "Melitopol", 46.85, 35.37, "26", 150_000, code="PPLA2"),
    _town(9783, "Moscow", 55.75, 37.62, "48", 10_000_000, cc="RU", code="PPLC"),
    NewPlace(9768, "Autonomous Republic of Crimea", 45.0, 34.0, "UA", "11", fclass="A",
             fcode="ADM1", population=2_000_000, names=("Crimea",)),
]


@pytest.fixture(scope="module")
def hand_pipeline():
    """The pipeline over a hand-made gazetteer of the towns these sentences name."""
    return pipeline_over(_PLACES)


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-06-03")


def test_forces_attacking_that_won_nothing_attacked(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops attacking in Metolkine, just southeast of "
                                "Severodonetsk, did not make any territorial gains on June 3.")
    assert "asserted" in moods_at(rows, "Metolkine"), rows


def test_forces_advancing_that_conducted_no_operations_did_not_act(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops in Izyum, as well as those advancing on "
                                "Barvinkove, did not conduct significant offensive operations "
                                "on June 3.")
    assert "asserted" not in moods_at(rows, "Barvinkove"), rows


def test_what_may_indicate_either_is_no_fact(hand_pipeline):
    rows = _rows(hand_pipeline, "The employment of TOS-1 systems may indicate either that "
                                "Russian troops lack sufficient artillery systems or ammunition "
                                "more appropriate for routine fire missions on the "
                                "Svatove-Kreminna axis.")
    assert not any(r[1] == "asserted" for r in rows if r[2] in ("Svatove", "Kreminna")), rows


def test_an_act_an_order_forbade_was_not_done(hand_pipeline):
    rows = _rows(hand_pipeline, "A seized document shows that a Russian officer forbade his "
                                "company from withdrawing from Hrakove.")
    assert "asserted" not in {r[1] for r in rows if r[0] == "Change to group/activity"}, rows


def test_a_former_service_is_no_party(nlp):
    doc = nlp("Partisans killed a former Ukrainian soldier who headed the occupation police.")
    assert not any(a.side == "UA" and a.kind == "state forces" for a in extract_actors(doc)), \
        extract_actors(doc)


def test_a_serving_guard_is_still_a_party(nlp):
    doc = nlp("Partisans killed a Ukrainian soldier.")
    assert any(a.side == "UA" for a in extract_actors(doc)), extract_actors(doc)


def test_shelling_two_distances_off_a_town_is_near_it(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces shelled two settlements roughly 25km and 40km "
                                "southeast of Izyum on June 3.")
    assert ("Shelling/artillery/missile attack", "asserted", "Izyum",
            "Military Forces of Russia") in rows, rows


def test_an_attempt_to_destroy_a_dam_is_a_strike(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces unsuccessfully tried to destroy a dam over the "
                                "reservoir near Hrakove on June 3.")
    assert ("Shelling/artillery/missile attack", "asserted", "Hrakove",
            "Military Forces of Russia") in rows, rows


def test_drones_destroyed_are_weapons_disrupted(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces destroyed two Russian drones near Hrakove on "
                                "June 3.")
    assert "Disrupted weapons use" in {r[0] for r in rows if r[2] == "Hrakove"}, rows


def test_one_party_agreeing_to_act_is_no_agreement(hand_pipeline):
    rows = _rows(hand_pipeline, "Occupation officials agreed to tighten screening measures in "
                                "Svatove on June 3.")
    assert "Agreement" not in {r[0] for r in rows}, rows


def test_two_parties_agreeing_to_exchange_is_an_agreement(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian and Ukrainian officials agreed to exchange prisoners "
                                "in Svatove on June 3.")
    assert "Agreement" in {r[0] for r in rows}, rows


def test_a_party_office_is_no_base(hand_pipeline):
    rows = _rows(hand_pipeline, "The Kremlin opened a United Russia humanitarian headquarters "
                                "in Svatove on June 3.")
    assert "Headquarters or base established" not in {r[0] for r in rows}, rows


def test_a_forces_headquarters_is_a_base(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces set up a new headquarters in Svatove on June 3.")
    assert "Headquarters or base established" in {r[0] for r in rows}, rows


def test_cars_seized_from_residents_are_looted(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian soldiers seized cars and household goods in Svatove "
                                "on June 3.")
    subs = {r[0] for r in rows if r[2] == "Svatove"}
    assert "Looting/property destruction" in subs and not subs & {
        "Government regains territory", "Non-state actor overtakes territory"}, rows


def test_a_strike_commented_on_is_no_second_event(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces struck Svatove with cruise missiles on June 3. "
                                "This attack on Svatove likely indicates that Russian forces "
                                "keep targeting rail infrastructure.")
    assert {r[0] for r in rows if r[2] == "Svatove"} == {"Shelling/artillery/missile attack"}, \
        rows


def test_an_attack_that_killed_is_still_told(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces struck Svatove with cruise missiles on June 3. "
                                "This attack on Svatove killed four civilians.")
    assert any(r[2] == "Svatove" for r in rows), rows


def test_an_undated_copy_of_a_dated_event_is_dropped():
    from fogofwar.events import _one_time_per_span
    from fogofwar.records import Event, Span, TimeValue

    said = TimeValue(text="on the night of May 2", start=0, end=5, value="2022-05-02",
                     precision="day", first="2022-05-02", last="2022-05-02")
    report_day = TimeValue(text="", start=0, end=0, value="2022-05-03", precision="day",
                           first="2022-05-03", last="2022-05-03", inferred=True)
    ev = Span("drone attacks in A, B and C oblasts on the night of May 2", 0, 58)

    def strike(place, time):
        return Event("Explosions/Remote violence", "Air/drone strike", "Military Forces of "
                     "Russia", None, place, time, None, "positive", ev)

    events = [strike(0, 1), strike(1, 1), strike(0, 0), strike(1, 0)]
    assert _one_time_per_span([0, 1, 2, 3], events, [said, report_day]) == [2, 3]
    other = [strike(0, 1), strike(1, 0)]  # (no dated copy at place 1: it stays)
    assert _one_time_per_span([0, 1], other, [said, report_day]) == [0, 1]


def test_the_arc_of_a_town_frames_the_villages_listed_in_it(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces continued ground assaults on the southern arc of "
                                "Bakhmut in Klishchiivka, Ozarianivka, and Soledar.")
    places = {r[2] for r in rows if r[0] == "Armed clash"}
    assert {"Klishchiivka", "Ozarianivka"} <= places and "Bakhmut" not in places, rows


def test_operations_toward_goals_are_fought_near_their_start(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces conducted offensive operations towards Bakhmut, "
                                "Soledar, and Lysychansk from Popasna on June 3.")
    places = {r[2] for r in rows if r[0] == "Armed clash"} - {"Ukraine"}
    assert places == {"Popasna"}, rows


def test_an_attack_on_a_town_from_another_is_at_the_town(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces attacked Soledar from Popasna on June 3.")
    assert "Soledar" in {r[2] for r in rows if r[0] == "Armed clash"}, rows


def test_settlements_including_named_ones_are_struck(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces launched airstrikes on Slovyansk and on "
                                "settlements near the city, including Mykolaivka and "
                                "Rai-Oleksandrivka, on June 3.")
    assert {"Slovyansk", "Mykolaivka", "Rai-Oleksandrivka"} <= {r[2] for r in rows}, rows


def test_a_kind_of_strike_argued_about_is_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian strikes into occupied Crimea clearly demonstrate that "
                                "such attacks do not automatically provoke a Russian escalation.")
    assert not any(r[2] == "Autonomous Republic of Crimea" for r in rows), rows


def test_dated_strikes_argued_about_are_events(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian strikes on Lysychansk on June 2 demonstrate that "
                                "Russian air defenses there are thin.")
    assert any(r[2] == "Lysychansk" for r in rows), rows


def _bullet_rows(pipeline, heading):
    text = (_LEAD + heading + "\n- Russian forces are reinforcing their grouping near Svatove "
            "to prevent further Ukrainian advances.\n- Russian forces shelled Kreminna on "
            "June 3.\n\nRussian forces attacked Lyman on June 3.\n")
    ext = pipeline.run(Report(id="t", text=text, published="2022-06-03"))
    return {(e.sub_event_type, ext.places[e.location].name, e.modality) for e in ext.events
            if e.location is not None}


def test_a_bullet_to_watch_is_expected_not_done(hand_pipeline):
    rows = _bullet_rows(hand_pipeline, "Immediate items to watch")
    assert ("Change to group/activity", "Svatove", "asserted") not in rows, rows


def test_a_takeaway_bullet_tells(hand_pipeline):
    rows = _bullet_rows(hand_pipeline, "Key Takeaways")
    assert ("Change to group/activity", "Svatove", "asserted") in rows, rows


def test_footage_from_a_village_places_what_it_shows(hand_pipeline):
    rows = _rows(hand_pipeline, "Geolocated footage from Lyman posted on June 1 shows a "
                                "Ukrainian drone destroying a Russian radar station.")
    assert any(r[2] == "Lyman" and r[1] == "asserted" for r in rows), rows


def test_towns_listed_after_a_citys_district_are_sites(nlp):
    from fogofwar.events.arguments import _listed_after_holder

    doc = nlp("Russian forces fired on the Kyivskyi district of Kharkiv City, Derhachi, Udy, "
              "and Slobozhanske.")
    at = {t.text: t.i for t in doc}
    district = {at["district"]}
    assert all(_listed_after_holder(doc, at[n], district) for n in ("Derhachi", "Udy",
                                                                    "Slobozhanske"))
    # (the city itself holds the district: no site listed beside it)
    assert not _listed_after_holder(doc, at["City"], district)


def test_each_target_of_a_strike_list_is_placed_by_its_phrase(hand_pipeline):
    rows = _rows(hand_pipeline, "The strikes reportedly hit a command post of a Russian brigade "
                                "in Snihurivka (about 60km east of Mykolaiv City), a Russian "
                                "pontoon crossing near Kozatske (about 55km east of Kherson "
                                "City), and two ammunition depots in Beryslav Raion on June 3.")
    assert {"Snihurivka", "Kozatske", "Beryslav Raion"} <= {r[2] for r in rows}, rows


def test_the_surrounding_settlements_of_named_ones_are_struck(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops also conducted air and artillery strikes on "
                                "Siversk and Ukrainian positions in the surrounding settlements "
                                "of Serebrianka and Spirne on June 3.")
    assert {"Siversk", "Serebrianka", "Spirne"} <= {r[2] for r in rows}, rows


def test_a_depot_in_a_towns_area_on_a_border_is_at_the_town(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces struck a Russian ammunition depot in the "
                                "Vysokopillia area on the Kherson-Dnipropetrovsk Oblast border on "
                                "June 3.")
    assert "Vysokopillia" in {r[2] for r in rows}, rows


def test_a_towns_airfield_struck_is_a_strike_at_the_town(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces struck the Melitopol airfield on September 3.")
    assert "Melitopol" in {r[2] for r in rows}, rows


def test_a_blast_at_a_sides_depot_strikes_that_side(hand_pipeline):
    rows = _rows(hand_pipeline, "An official also reported explosions at a Russian ammunition "
                                "depot in Melitopol on June 3.")
    got = [r for r in rows if r[2] == "Melitopol"]
    assert got and got[0][0] == "Shelling/artillery/missile attack" and \
        got[0][3] != "Military Forces of Russia", rows


def test_a_blast_at_a_chemical_plant_stays_a_disaster(hand_pipeline):
    rows = _rows(hand_pipeline, "Officials reported an explosion at a chemical plant in "
                                "Melitopol on June 3.")
    assert "Man-made disaster" in {r[0] for r in rows if r[2] == "Melitopol"}, rows


def test_strikes_on_troops_concentrated_somewhere_are_there(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian aviation reportedly conducted airstrikes against areas "
                                "of Russian troops concentrated in Kherson Oblast on June 3.")
    assert "Kherson Oblast" in {r[2] for r in rows if r[0] == "Air/drone strike"}, rows


def test_where_a_wounded_soldier_is_back_is_no_battle(hand_pipeline):
    rows = _rows(hand_pipeline, "The milblogger noted that the soldier was wounded and is back in "
                                "Moscow.")
    assert not any(r[2] == "Moscow" for r in rows), rows


def test_an_act_joined_to_a_reported_own_strike_is_not_the_enemys(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian military officials also reported striking a Russian "
                                "equipment concentration point in Lyman and destroyed a drone "
                                "operations center in Svatove.")
    doers = {r[3] for r in rows if r[2] == "Svatove"}
    assert doers and "Military Forces of Russia" not in doers, rows
