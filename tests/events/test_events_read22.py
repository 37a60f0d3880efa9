"""Rules from the analyst reads of ISW 2022-07-23..25 (read21) and 2022-08-26..28 (read22),
outside every gold window, each tested on sentences written here:
- an act's weapon is read in its own clause: "conducted an airstrike on A and continued
  shelling B" is an air strike at A and shelling at B, not two air strikes (events.detect.
  own_clause; read21, read22: four shellings typed as air strikes);
- aviation strikes from the air ("Ukrainian aviation struck positions in A") (events.detect.
  _AIRCRAFT; read22: typed shelling);
- a noun listed after the light verb's object is its argument too: "launched tube and rocket
  artillery strikes on B" is shelling at B (events.arguments.region; read21: no event);
- an aspect verb coordinated with another verb shares its subject: "Russian forces conducted
  X and continued shelling B" is shelling by Russian forces (events.arguments.roles; read21:
  no doer);
- targets coordinated with the site's target, each placed by its own phrase, are the act's
  sites too: "struck a depot in A, and a concentration of troops in B" (events.arguments.
  _parallel_targets; read22: five such targets had no event);
- a structure named by a proper name of its own ("the dam at the X Power Plant") is that
  structure, not one told before, even where the name was not found as a place (events.
  arguments._names_its_own; read21: a strike took the site last told, 415 km off);
- a participle of held ground after "to" is no act ("failed to advance to occupied positions
  in B": no taking of B) (events.detect.held_ground_object; read21);
- a paragraph's umbrella strike ("shelled settlements to the southeast of X" first, then the
  villages shelled that day) is no strike of its own, as an umbrella fight is not (events.
  _drop_umbrellas; read21: three strikes at the anchor town, held by the side that shelled);
- a summary bullet's fight near a town is the body's fights at settlements near it that day
  (events._drop_summary_repeats; read22: a clash at the anchor town beside the villages);
- a town a structure is only named for is no site where the text says where the structure
  stands ("near the X Power Plant in B" is at B) (events.arguments._drop_named_for; read21:
  fighting placed 100 km off, at the town the plant is named for);
- partisans are no state's forces: "Ukrainian partisans blew up a railway" is done by
  Partisans (Ukraine) (events.lexicon_actors.GENERIC_GROUPS; read21, read22);
- a community named for its town ("the X Hromada") is near the town (geo.recognise.
  COMMUNITY_WORDS; read22: strikes on one went to the oblast, 144 km off);
- efforts spent on capturing a town are fighting for it, by who spent them ("concentrated
  their efforts on capturing X"), and "continued to attempt to capture X" is done by the
  subject two verbs up (events.polarity.effort_at, events.arguments.roles; read23: four towns
  stood taken, and fights had no doer);
- the agent of a passive verb takes its modality ("will likely be characterized by continued
  ground assaults" tells assaults to come), and what a force prioritizes is its aim
  (events.polarity._CLIMB, _FUTURE_VERBS; read24: fights from a forecast and a summary).
"""

import pytest

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"
_SHELL = "Shelling/artillery/missile attack"
_AIR = "Air/drone strike"


def _rows(text, published="2022-07-26"):
    return [r for r in rows_after(_pipeline[0], _LEAD, text, published) if r[2] != "Izyum"]


_pipeline: list = []


@pytest.fixture(autouse=True)
def _keep(pipeline):
    _pipeline[:] = [pipeline]


@pytest.mark.parametrize("text", [
    "Russian forces conducted an airstrike on Chuhuiv and continued shelling Kharkiv City on "
    "July 24.",
    "Russian forces carried out airstrikes on Chuhuiv and then began shelling Kharkiv on July 24.",
])
def test_each_act_is_typed_by_its_own_clause(text):
    got = {(p, s) for s, _m, p, _a in _rows(text)}
    assert ("Chuhuyiv", _AIR) in got and ("Kharkiv", _SHELL) in got, got
    assert ("Kharkiv", _AIR) not in got, got


def test_the_coordinated_aspect_verb_shares_the_subject():
    # (a place in the doer's own country: the holder's enemy, the default doer of a strike
    # with none named, would be the other side)
    got = _rows("Russian forces conducted an airstrike on Kharkiv and continued shelling "
                "Belgorod on July 24.")
    assert [a for s, _m, p, a in got if p == "Belgorod"] == ["Military Forces of Russia"], got


def test_aircraft_in_the_same_clause_still_strike_from_the_air():
    got = _rows("Russian forces used helicopters to shell Chuhuiv on July 24.")
    assert [(p, s) for s, _m, p, _a in got] == [("Chuhuyiv", _AIR)], got


def test_aviation_strikes_from_the_air():
    got = _rows("Ukrainian aviation struck Russian strongholds in Balakliia on July 24.")
    assert [(p, s) for s, _m, p, _a in got] == [("Balakliya", _AIR)], got


def test_a_noun_listed_after_the_light_verbs_object_is_its_argument():
    got = _rows("Russian forces conducted airstrikes on Chuhuiv and launched tube and rocket "
                "artillery strikes on Kharkiv City on July 24.")
    assert ("Kharkiv", _SHELL) in {(p, s) for s, _m, p, _a in got}, got


@pytest.mark.parametrize("text, places", [
    ("Ukrainian forces struck a Russian command post and an ammunition depot in Kherson City, "
     "and a concentration of manpower and equipment in Nova Kakhovka on August 27.",
     ["Kherson", "Nova Kakhovka"]),
    ("Ukrainian forces struck a Russian ammunition depot in Nova Kakhovka and an area of troop "
     "concentration in Kherson City on August 27.", ["Kherson", "Nova Kakhovka"]),
])
def test_coordinated_targets_each_with_its_place(text, places):
    got = _rows(text, "2022-08-28")
    assert sorted(p for _s, _m, p, _a in got) == places, got


def test_a_container_of_a_target_place_is_no_target():
    # guard: the oblast locates the town, it is no second site
    got = _rows("Ukrainian forces struck a Russian ammunition depot in Nova Kakhovka in Kherson "
                "Oblast on August 27.", "2022-08-28")
    assert [p for _s, _m, p, _a in got] == ["Nova Kakhovka"], got


def test_a_structure_named_by_an_unfound_name_takes_no_earlier_site():
    # (the plant's town is misspelt past the gazetteer's reach: the strike is unplaced, not
    # at the city the report told before)
    text = ("Ukrainian forces struck the bridge over the dam at the Nova Kakhovkka "
            "Hydroelectric Power Plant on July 24.")
    got = rows_after(_pipeline[0], "Russian forces shelled Kharkiv City on July 24.\n\n", text,
                     "2022-07-25")
    assert [p for s, _m, p, a in got if a == "Military Forces of Ukraine"] == [None], got


def test_a_bare_structure_is_still_the_one_told_before():
    # guard: "the bridge" with no name of its own is the bridge the report just told of
    text = ("Ukrainian forces struck the Antonivskyi Bridge in Kherson on July 24. Russian "
            "forces later repaired the bridge.\n\nUkrainian forces struck the bridge again on "
            "July 25.")
    got = rows_after(_pipeline[0], "", text, "2022-07-26")
    assert all(p == "Kherson" for _s, _m, p, _a in got) and len(got) >= 2, got


def test_a_participle_of_held_ground_after_to_takes_nothing():
    # "to occupied positions": the parser reads an infinitive ("to occupy positions")
    got = _rows("Russian forces failed to advance from Kupiansk to occupied positions in "
                "Balakliia on July 24.")
    assert not any(s.endswith("territory") for s, *_ in got), got
    assert ("Armed clash", "Balakliya") in {(s, p) for s, _m, p, _a in got}, got


_STRIKE_UMBRELLA = ("Russian forces shelled settlements to the southeast of Izyum on July 23. "
                    "Russian forces shelled Kramatorsk and Slovyansk on {day}.")


@pytest.mark.parametrize("day, places", [
    ("July 23", ["Kramatorsk", "Slovyansk"]),
    # strikes of another day leave the umbrella a strike of its own
    ("July 22", ["Izyum", "Kramatorsk", "Slovyansk"]),
])
def test_a_paragraphs_umbrella_strike_is_its_strikes(day, places):
    got = rows_after(_pipeline[0], "Ukrainian forces repelled assaults near Kupiansk.\n\n",
                     _STRIKE_UMBRELLA.format(day=day), "2022-07-24")
    assert sorted(p for s, _m, p, _a in got if s == _SHELL) == places, got


@pytest.mark.parametrize("body, places", [
    ("Russian forces attacked Dolyna and Bohorodychne on July 23.", ["Bohorodychne", "Dolyna"]),
    # a body that tells no fight near the bullet's town leaves the bullet its own
    ("Russian forces attacked Kupiansk on July 23.", ["Kupyansk", "Slovyansk"]),
])
def test_a_bullets_fight_near_a_town_is_the_bodys_fights_there(body, places):
    text = ("Key Takeaways\n- Russian forces conducted unsuccessful offensive operations "
            "northwest of Slovyansk on July 23.\n- Ukrainian forces continued strikes in Kherson "
            f"Oblast.\nRussian forces continued ground attacks near Izyum on July 23.\n{body}")
    got = rows_after(_pipeline[0], "", text, "2022-07-24")
    assert sorted({p for s, _m, p, _a in got if s == "Armed clash" and p != "Izyum"}) == \
        places, got


@pytest.mark.parametrize("text", [
    "Russian forces attacked Ukrainian positions near the Kramatorsk Power Plant in Druzhkivka "
    "on July 23.",
    # (guard: the parser hangs the phrase of place on the verb; a nearer site wins here)
    "Russian forces attacked the territory of the Kramatorsk Power Plant on the northern edge of "
    "Druzhkivka on July 23.",
])
def test_a_town_a_structure_is_named_for_is_no_site_where_the_text_places_it(text):
    got = _rows(text, "2022-07-24")
    assert [p for _s, _m, p, _a in got] == ["Druzhkivka"], got


def test_a_structure_named_for_its_town_alone_is_at_the_town():
    # guard: with no place of its own, the structure is at (near) the town it is named for
    got = _rows("Russian forces shelled the Kramatorsk Power Plant on July 23.", "2022-07-24")
    assert [p for _s, _m, p, _a in got] == ["Kramatorsk"], got


def test_partisans_are_no_states_forces():
    got = _rows("Ukrainian partisans blew up a railway bridge near Melitopol on July 23.",
                "2022-07-24")
    assert [a for _s, _m, p, a in got if p == "Melitopol"] == ["Partisans (Ukraine)"], got


def test_an_oblast_after_a_structure_only_contains_it():
    # guard: "in P Oblast" says which oblast, not where in it: the town it is named for stays
    got = _rows("Russian forces shelled the Kramatorsk Power Plant in Donetsk Oblast on July 23.",
                "2022-07-24")
    assert [p for _s, _m, p, _a in got] == ["Kramatorsk"], got


def test_a_community_named_for_its_town_is_near_the_town():
    got = _rows("Russian forces fired rockets at the Nikopol Hromada in Dnipropetrovsk Oblast on "
                "July 23.", "2022-07-24")
    assert [p for _s, _m, p, _a in got] == ["Nikopol"], got


def test_efforts_spent_on_capturing_are_fighting_by_who_spent_them():
    got = _rows("Russian forces concentrated their efforts on capturing Kramatorsk and Slovyansk "
                "but were unsuccessful on July 23.", "2022-07-24")
    assert sorted((s, p, a) for s, _m, p, a in got) == [
        ("Armed clash", "Kramatorsk", "Military Forces of Russia"),
        ("Armed clash", "Slovyansk", "Military Forces of Russia")], got


def test_a_subject_two_verbs_up_does_the_act():
    got = _rows("Russian forces continued to attempt to capture Kramatorsk on July 23.",
                "2022-07-24")
    assert [(s, p, a) for s, _m, p, a in got] == [
        ("Armed clash", "Kramatorsk", "Military Forces of Russia")], got


@pytest.mark.parametrize("text", [
    "The next phase will likely be characterized by continued ground assaults near Kramatorsk.",
    "Russian troops are prioritizing advances around Kramatorsk.",
])
def test_assaults_to_come_and_priorities_are_no_fights_told(text):
    got = _rows(text, "2022-07-24")
    assert [m for s, m, p, _a in got if p == "Kramatorsk"] == ["future"], got


def test_the_agent_of_a_passive_told_as_done_happened():
    # guard: "were hit by artillery strikes" tells the strikes as done
    got = _rows("Ukrainian troops were hit by Russian artillery strikes near Kramatorsk on July 23.",
                "2022-07-24")
    assert [m for s, m, p, _a in got if p == "Kramatorsk"] == ["asserted"], got
