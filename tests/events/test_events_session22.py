"""Event rules of the twenty-second session, from the analyst reads of ISW 2022-03-27..04-05
(read91) and 04-20..24 (read93), on sentences written here:
- a noun of acts said to be concentrated (focused, centred) on places is at each of them
  ("shelling concentrated on A, B, and C": events.arguments._focused_on; read91: five
  shellings lost, their event had no place), while the same acts with no focus word keep
  their own site (guard);
- an act's own offset with no site named ("attacked 15 km north of X", "advanced seven
  kilometers southwest of X in the direction of Y") is near X, not nowhere nor at the goal
  (events.arguments._offset_of_thing, _names_a_site; read95, read91), while a named site
  before an offset stays the site (guard);
- an operation's bearing from a town ("operations southeast from X toward Y") starts at X, the
  front it is fought at (events.arguments._origin_of, _is_context; read91: placed at Y);
- what forces or means are gathered for ("gathered reserves near X for a renewed offensive")
  lies ahead (events.polarity.prepared_for, _GATHER_VERBS; read90);
- what a participle of trying says another act aimed at ("shelled X, likely attempting to
  begin an encirclement of Y") did not happen (events.polarity._aim_of_another_act; read93),
  while a main clause's attempt stays a fight (guard);
- "it is unlikely that X" is the writer's judgement that X did not happen, "it is possible
  that X" leaves it open (events.polarity._judged_by_it; read93);
- forces driven (forced, thrown) back were fought ("drove back Ukrainian forces near X":
  events.lexicon_events; read92: no event), and all attacks driven back is a blanket denial,
  as all repelled is (events.polarity.blanket_repel, _pushed_back);
- a ground undertaking prevented ("prevented a large-scale counteroffensive near X") was
  fought, as a repelled one was (events.polarity._PREVENTED_MOVES; read95: a denial);
- the town a road leads to ("a segment of the M04 highway to X east of Y") is the act's site
  only where no other is named (events.arguments._road_goal; read95: placed 80 km off);
- parts of a town taken ("captured several outlying suburbs of X", "residential sectors of
  Y", "parts of Z") are a fight there, not the town taken (events.detect._PARTS_OF_TOWN;
  read93: three captures of whole towns), while a town taken stays taken (guard);
- "wounded or killed 32" counts casualties, not the dead (events.fatalities._WOUNDED_OR;
  read94: 32 deaths), while "killed 5 and wounded 12" keeps its dead (guard);
- a day of the month is no toll, and "the deaths of over N" is one ("on September 10 resulted
  in the deaths of over 180": events.fatalities._MONTH_BEFORE; read98: 10 dead);
- acts shown in pictures are where the verb of showing says ("amplified footage of explosions
  in the cities of A, B, and C", the parser hanging the place on the verb:
  events.arguments._shown_by; read98: four explosions had no place);
- "in the X area" after the places an act is at locates them; it is no site of its own
  ("assaults toward A and B in the X area": events.arguments._locating_area; read96: one
  fight at X, 10 km off);
- a weapon used "with" on a target is used where the target is ("targeted infrastructure in X
  with S-300 missiles": events.arguments._used_on; read100: the strike had no place);
- a word of the phrase an event was told by is no second event of the same kind, place and
  day ("routine air, missile, and artillery strikes west of X": events._dedupe, _nested;
  read101: two incidents a day at X);
- the suburbs (environs) of a town are by it, as its outskirts are: the act is near the town,
  precision 2 (events.arguments._OUTSKIRTS; read100: placed in the town itself);
- a town's name after a side adjective ("in northern Kherson") names a side of its region,
  not the town: the places it names around win (events.arguments._SIDE_ADJECTIVES; read97:
  five villages' fights placed in the city); alone, it stays the act's place (guard, in
  test_fuse_read63_76: "retained control of southwestern X" answers a claim to X);
- a push of forces toward a place is an advance ("attempted to push towards X": events.
  lexicon_events; read100: no event);
- a failed attempt was made ("withdrew after unsuccessful attempts to advance on X":
  events.polarity.attempt_made, _FAILED_TRIES; read99: stored as aims), while attempts
  planned lie ahead (attempt_made did not check the planning verb its docstring names)."""

from __future__ import annotations

import pytest
from helpers_events import doers_at, moods_at, rows_after, subs_at

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on April 5.\n\n")


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-04-05")


@pytest.mark.parametrize("text, places, sub", [
    ("Local officials said that Russian shelling concentrated on Kharkiv, Sumy, and Chernihiv "
     "on April 4.", ("Kharkiv", "Sumy", "Chernihiv"), "Shelling/artillery/missile attack"),
    ("Russian ground operations focused on Mykolaiv and Zaporizhzhia on April 3.",
     ("Mykolaiv", "Zaporizhzhia"), "Armed clash"),
])
def test_acts_concentrated_on_places_are_at_each(pipeline, text, places, sub):
    rows = _rows(pipeline, text)
    for p in places:
        assert sub in subs_at(rows, p), (p, rows)


def test_acts_with_no_focus_word_keep_their_site(pipeline):
    # guard
    rows = _rows(pipeline, "Russian shelling of Kharkiv continued on April 4.")
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Kharkiv"), rows


@pytest.mark.parametrize("text, place, goal", [
    ("Russian forces attacked 15 km north of Kharkiv on April 4.", "Kharkiv", None),
    ("Russian units advanced seven kilometers southwest of Kharkiv in the direction of Poltava.",
     "Kharkiv", "Poltava"),
    ("Russian offensive operations southeast from Kharkiv toward Dnipro continued.", "Kharkiv",
     "Dnipro"),
])
def test_an_acts_own_offset_or_bearing_places_it_near_the_town(pipeline, text, place, goal):
    rows = _rows(pipeline, text)
    assert "Armed clash" in subs_at(rows, place), rows
    assert goal is None or not subs_at(rows, goal), rows


def test_a_named_site_before_an_offset_stays_the_site(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces shelled Sumy, 15 km north of Kharkiv, on April 4.")
    assert subs_at(rows, "Sumy") and not subs_at(rows, "Kharkiv"), rows


def test_what_reserves_are_gathered_for_lies_ahead(pipeline):
    rows = _rows(pipeline, "Russian forces gathered reserves near Kharkiv for a renewed "
                           "offensive toward Poltava.")
    assert moods_at(rows, "Poltava") <= {"future"}, rows


def test_the_aim_of_a_participle_of_trying_did_not_happen(pipeline):
    rows = _rows(pipeline, "Russian forces shelled Sumy on April 4, likely attempting to begin "
                           "an encirclement of Ukrainian forces near Kharkiv.")
    assert "asserted" in moods_at(rows, "Sumy"), rows
    assert "asserted" not in moods_at(rows, "Kharkiv"), rows


def test_an_attempt_in_the_main_clause_stays_a_fight(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces attempted to encircle Ukrainian forces near Kharkiv.")
    assert "asserted" in moods_at(rows, "Kharkiv"), rows


@pytest.mark.parametrize("judgement, mood", [("unlikely", "negated"), ("possible", "possible")])
def test_it_is_unlikely_that_judges_the_act(pipeline, judgement, mood):
    rows = _rows(pipeline, f"It is {judgement} that Russian forces captured Kharkiv on April 4.")
    assert moods_at(rows, "Kharkiv") == {mood}, rows


@pytest.mark.parametrize("text, doer", [
    ("Russian forces drove back Ukrainian forces near Kharkiv on April 4.",
     "Military Forces of Russia"),
    ("Ukrainian forces forced back Russian forces near Kharkiv on April 4.",
     "Military Forces of Ukraine"),
])
def test_forces_driven_back_were_fought(pipeline, text, doer):
    rows = _rows(pipeline, text)
    assert "Armed clash" in subs_at(rows, "Kharkiv"), rows
    assert doers_at(rows, "Kharkiv") == {doer}, rows


def test_all_attacks_driven_back_is_a_blanket_denial(pipeline):
    rows = _rows(pipeline, "Ukrainian forces drove back all Russian attacks near Kharkiv on "
                           "April 4.")
    assert moods_at(rows, "Kharkiv") == {"denied"}, rows


def test_a_prevented_undertaking_was_fought(pipeline):
    rows = _rows(pipeline, "The Russian MoD claimed that Russian forces prevented a large-scale "
                           "Ukrainian counteroffensive near Kharkiv on April 4.")
    assert moods_at(rows, "Kharkiv") == {"asserted"}, rows


@pytest.mark.parametrize("text, place, goal", [
    ("Russian forces attempted to seize a segment of the M04 highway to Dnipro east of Kharkiv "
     "on April 4.", "Kharkiv", "Dnipro"),
    ("Russian forces shelled the road to Kharkiv on April 4.", "Kharkiv", None),
])
def test_the_town_a_road_leads_to_is_a_last_resort(pipeline, text, place, goal):
    rows = _rows(pipeline, text)
    assert subs_at(rows, place), rows
    assert goal is None or not subs_at(rows, goal), rows


@pytest.mark.parametrize("text, sub", [
    ("Russian forces likely captured several outlying suburbs of Kharkiv on April 4.",
     "Armed clash"),
    ("Russian forces reportedly captured residential sectors of Kharkiv on April 4.",
     "Armed clash"),
    ("Russian forces captured parts of Kharkiv on April 4.", "Armed clash"),
    ("Russian forces captured Kharkiv on April 4.", "Non-state actor overtakes territory"),
])
def test_parts_of_a_town_taken_are_a_fight_there(pipeline, text, sub):
    assert subs_at(_rows(pipeline, text), "Kharkiv") == {sub}


@pytest.mark.parametrize("text, dead", [
    ("Ukrainian strikes wounded or killed 32 servicemen on April 4.", None),
    ("Russian shelling killed 5 and wounded 12 civilians on April 4.", 5),
])
def test_the_wounded_counted_with_the_dead_are_no_toll(text, dead):
    from fogofwar.events.fatalities import parse

    got = parse(text)
    assert (got[0][2].best if got else None) == dead, got


@pytest.mark.parametrize("text, dead", [
    ("The strike on the depot on September 10 resulted in the deaths of over 180 soldiers.", 180),
    ("On May 9 at least 40 people were killed in the town.", 40),
])
def test_a_day_of_the_month_is_no_toll(text, dead):
    from fogofwar.events.fatalities import parse

    got = parse(text)
    assert [f.best for _s, _e, f in got] == [dead], got


def test_acts_in_footage_are_where_the_showing_says(pipeline):
    rows = _rows(pipeline, "Russian milbloggers amplified footage of large explosions in the "
                           "cities of Kharkiv, Odesa, and Dnipro on April 4.")
    for place in ("Kharkiv", "Odesa", "Dnipro"):
        assert subs_at(rows, place), (place, rows)


def test_the_area_that_locates_the_sites_is_no_site(pipeline):
    rows = _rows(pipeline, "Russian forces launched ground assaults towards Kharkiv and Odesa "
                           "in the Dnipro area on April 4.")
    assert subs_at(rows, "Kharkiv") and subs_at(rows, "Odesa"), rows
    assert not subs_at(rows, "Dnipro"), rows


def test_a_weapon_used_on_a_target_is_where_the_target_is(pipeline):
    rows = _rows(pipeline, "Local sources said that Russian forces targeted infrastructure in "
                           "Odesa with kamikaze drones.")
    assert subs_at(rows, "Odesa") == {"Air/drone strike"}, rows


def test_a_word_of_the_phrase_is_no_second_event(pipeline):
    rows = _rows(pipeline, "Russian forces continued to conduct routine air, missile, and "
                           "artillery strikes west of Kharkiv on April 4.")
    assert len([r for r in rows if r[2] == "Kharkiv"]) == 1, rows


def test_the_suburbs_of_a_town_are_near_it(pipeline):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="t", text=_LEAD + "Russian forces shelled the suburbs of Kharkiv "
                                                   "on April 4.", published="2022-04-05"))
    got = [e for e in ext.events if e.location is not None
           and ext.places[e.location].name == "Kharkiv"]
    assert got and all(e.location_precision == 2 for e in got), got


def test_a_side_of_a_region_is_not_the_town(pipeline):
    rows = _rows(pipeline, "Local sources reported that Ukrainian troops attempted to advance "
                           "in northern Dnipro around Kharkiv and Odesa on April 4.")
    assert subs_at(rows, "Kharkiv") and subs_at(rows, "Odesa"), rows


def test_a_push_toward_a_place_is_an_advance(pipeline):
    rows = _rows(pipeline, "Ukrainian troops attempted to push towards Kharkiv on April 4.")
    assert moods_at(rows, "Kharkiv") == {"asserted"}, rows


@pytest.mark.parametrize("text, mood", [
    ("Local sources reported that Russian forces withdrew after unsuccessful attempts to "
     "advance on Kharkiv.", "asserted"),
    ("Russian forces plan attempts to advance on Kharkiv.", "future"),
])
def test_a_failed_attempt_was_made(pipeline, text, mood):
    assert moods_at(_rows(pipeline, text), "Kharkiv") == {mood}
