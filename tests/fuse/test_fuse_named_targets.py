"""Strikes on a named target with no settlement (a vessel at sea): the target's name read from
the report (fuse/target.py), the incident it starts, the reports that name it back or deny it,
and the same incidents through the store. Ships and sentences are invented."""

from __future__ import annotations

from helpers_fuse import MOD_RU, VILLAGE_A, day, extraction, inferred, place, source

from fogofwar.fuse.book import IncidentBook
from fogofwar.fuse.fusion import MemoryIndex, fuse
from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.fuse.target import named_target, vessels_named
from fogofwar.incidents import fuse_pending, list_incidents
from fogofwar.records import Span
from fogofwar.store import Store

STRIKE = dict(type="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
              actors=("Military Forces of Ukraine", "Military Forces of Russia"))
UA_NAVY = source("Ukrainian Navy", "party_military", "UA")


def _target(text: str, word: str, places=()):
    i = text.index(word)
    return named_target(text, 0, len(text), Span(word, i, i + len(word)), tuple(places),
                        vessels_named(text, tuple(places)))


# --- reading the name -------------------------------------------------------------------

def test_a_name_after_a_vessel_noun_is_the_target():
    t = _target("Ukrainian forces sank the landing ship Orlan near the coast.", "sank")
    assert (t.key, t.name, t.named_back) == ("orlan", "Orlan", False)
    t = _target("Drones struck the rescue tug Pyotr Gorin on Tuesday.", "struck")
    assert (t.key, t.name) == ("pyotr gorin", "Pyotr Gorin")


def test_a_name_before_a_vessel_noun_is_the_target():
    t = _target("The raid likely sank the Sokol large landing ship at anchor.", "sank")
    assert (t.key, t.name) == ("sokol", "Sokol")
    t = _target("Drones destroyed the Northern Fleet’s “Pyotr Gorin” tugboat at sea.",
                "destroyed")
    assert (t.key, t.name) == ("pyotr gorin", "Pyotr Gorin")
    assert _target("Drones sank the Vorona-class landing ship at anchor.", "sank") is None


def test_the_object_of_sinking_is_a_target_and_its_noun_names_it_back():
    t = _target("Officials praised the sinking of the Orlan, which had shelled the coast.",
                "sinking")
    assert (t.key, t.named_back) == ("orlan", True)


def test_the_object_of_a_strike_is_a_target_only_when_the_report_calls_it_a_vessel():
    assert _target("Russian forces struck the Zarya with missiles.", "struck") is None
    text = ("Partisans claimed to strike the Zarya with missiles. The corvette Zarya had "
            "left port a day before.")
    assert _target(text, "strike").key == "zarya"


def test_an_unnamed_vessel_in_the_evidence_or_a_named_doer_is_no_target():
    text = "The raid sank the Sokol large landing ship and damaged one other landing ship."
    i = text.index("damaged one other landing ship")
    ev = Span("damaged one other landing ship", i, i + len("damaged one other landing ship"))
    assert named_target(text, 0, len(text), ev, (), vessels_named(text)) is None
    assert _target("The corvette Zarya shelled the coast overnight.", "shelled the coast") is None


def test_a_class_a_unit_a_demonym_or_a_resolved_place_is_no_target():
    assert _target("Missiles damaged a Vorona-class frigate at anchor.", "damaged") is None
    assert _target("Missiles struck the flagship Black Sea Fleet.", "struck") is None
    assert _target("Drones struck the patrol boat Ukrainian in the bay.", "struck") is None
    alpha = place("Alpha", VILLAGE_A)
    assert _target("Drones struck the ferry Alpha at dawn.", "struck", [alpha]) is None


# --- fusion -------------------------------------------------------------------------------

def _claim_report():
    text = ("Ukrainian forces claimed to strike the landing ship Orlan with two missiles on "
            "May 9.")
    ev = "to strike the landing ship Orlan with two missiles"
    return extraction("r1", "2025-05-10", "ISW", text, [dict(
        **STRIKE, time=day("2025-05-09"), evidence=ev, offset=text.index(ev),
        claim=(UA_NAVY, "asserts", "certain", ev))])


def _named_back_report():
    text = "The sinking of the Orlan, a blow to the fleet, lifted morale."
    ev = "sinking"
    return extraction("r2", "2025-05-13", "ISW", text, [dict(
        **STRIKE, time=inferred("2025-05-13"), evidence=ev, offset=text.index(ev))])


def _denial_report():
    text = "The Russian Ministry of Defence denied that any missile hit the patrol ship Orlan."
    ev = "any missile hit the patrol ship Orlan"
    return extraction("r3", "2025-05-11", "TASS", text, [dict(
        **STRIKE, time=inferred("2025-05-11"), evidence=ev, offset=text.index(ev),
        polarity="negative", modality="denied", claim=(MOD_RU, "denies", "certain", ev))])


def _other_ship_report():
    text = "Ukrainian naval drones sank the tug Pyotr Gorin on May 9."
    ev = "sank the tug Pyotr Gorin"
    return extraction("r4", "2025-05-10", "Kyiv Daily", text, [dict(
        **STRIKE, time=day("2025-05-09"), evidence=ev, offset=text.index(ev))])


def _no_target_report():
    text = "Russian forces conducted missile strikes overnight on May 9."
    ev = "conducted missile strikes"
    return extraction("r5", "2025-05-10", "Kyiv Daily", text, [dict(
        **STRIKE, time=day("2025-05-09"), evidence=ev, offset=text.index(ev))])


def _book(*exts) -> IncidentBook:
    book = IncidentBook()
    for e in exts:
        book.add(e)
    return book


def test_a_placeless_strike_on_a_named_ship_starts_an_incident_titled_by_it():
    book = _book(_claim_report())
    (inc,) = book.incidents()
    assert inc["target"] == "orlan" and inc["place"]["name"] is None
    assert inc["title"] == "Ukrainian forces strike the Orlan"
    assert "named target" in inc["matched"]["r1:e0"]["new"]


def test_a_later_report_naming_the_sinking_back_joins_and_a_denial_joins_as_a_denial():
    book = _book(_claim_report(), _named_back_report(), _denial_report())
    (inc,) = book.incidents()
    assert inc["events"] == ["r1:e0", "r2:e0", "r3:e0"]
    assert inc["matched"]["r3:e0"]["role"] == "denies"
    stances = {s["canonical"]: s["stance"] for s in inc["sources"]}
    assert stances["Russian Ministry of Defense"] == "denies" and inc["status"] == "disputed"


def test_the_strike_and_the_sinking_a_day_later_are_one_loss():
    text = "The landing ship Orlan sunk on May 10 after the strike."
    ev = "sunk on May 10 after"
    sunk = extraction("r7", "2025-05-11", "ISW", text, [dict(
        **STRIKE, time=day("2025-05-10"), evidence=ev, offset=text.index(ev))])
    text2 = "Ukrainian forces claimed to strike the Orlan on May 9."
    ev2 = "to strike the Orlan on May 9"
    claim = extraction("r8", "2025-05-11", "ISW", text2 + " " + text, [dict(
        **STRIKE, time=day("2025-05-09"), evidence=ev2, offset=text2.index(ev2))])
    (inc,) = _book(sunk, claim).incidents()
    assert inc["events"] == ["r7:e0", "r8:e0"]


def test_the_sinking_named_back_starts_nothing_alone_nor_joins_after_the_window():
    assert _book(_named_back_report()).incidents(include_unanswered=True) == []
    late = _named_back_report()
    late = extraction("r2", "2025-06-20", "ISW", late.report.text, [dict(
        **STRIKE, time=inferred("2025-06-20"), evidence="sinking",
        offset=late.report.text.index("sinking"))])
    (inc,) = _book(_claim_report(), late).incidents()
    assert inc["events"] == ["r1:e0"]


def test_two_named_targets_stay_apart_and_no_target_starts_nothing():
    book = _book(_claim_report(), _other_ship_report(), _no_target_report())
    incs = book.incidents()
    assert sorted(i["target"] for i in incs) == ["orlan", "pyotr gorin"]
    assert sorted(i["title"] for i in incs) == ["Ukrainian forces strike the Orlan",
                                                "Ukrainian forces strike the Pyotr Gorin"]


def test_a_mention_with_a_place_keeps_its_place_and_no_target():
    text = "Ukrainian forces struck the landing ship Orlan in Alpha on May 9."
    ev = "struck the landing ship Orlan in Alpha"
    ext = extraction("r6", "2025-05-10", "ISW", text, [dict(
        **STRIKE, place=place("Alpha", VILLAGE_A), time=day("2025-05-09"), evidence=ev,
        offset=text.index(ev))])
    (m,) = mentions_from_extraction(ext)
    assert m.target is None
    (inc,) = _book(ext).incidents()
    assert inc["target"] is None and inc["place"]["name"] == "Alpha"


def test_memory_index_files_a_target_incident_under_its_target_key():
    index = MemoryIndex()
    fuse(mentions_from_extraction(_claim_report()), index)
    assert set(index.by_key) == {"target:orlan"}


# --- the store ----------------------------------------------------------------------------

def _shape(incs):
    return sorted((i["id"], tuple(i["events"]), i["target"], i["title"], i["status"])
                  for i in incs)


def test_the_store_gives_the_same_incidents_fused_report_by_report():
    exts = [_claim_report(), _other_ship_report(), _denial_report(), _named_back_report(),
            _no_target_report()]
    with Store.open(":memory:") as store:
        # one report per fusion run: the target incident is flushed, reloaded and found again
        for e in sorted(exts, key=lambda e: e.report.published):
            store.save(e)
            fuse_pending(store.db)
        incs = list_incidents(store.db)
    assert _shape(incs) == _shape(_book(*exts).incidents())
    orlan = next(i for i in incs if i["target"] == "orlan")
    assert orlan["events"] == ["r1:e0", "r2:e0", "r3:e0"]


def test_a_fight_that_destroys_a_named_vessel_is_a_strike_on_it():
    text = "Ukrainian forces destroyed the Northern Fleet’s “Pyotr Gorin” tugboat at sea."
    ev = "Ukrainian forces destroyed the Northern Fleet’s “Pyotr Gorin” tugboat"
    ext = extraction("r9", "2025-05-10", "ISW", text, [dict(
        type="Battles", sub="Armed clash", time=inferred("2025-05-10"), evidence=ev,
        actors=("Military Forces of Ukraine", "Military Forces of Russia"))])
    (inc,) = _book(ext).incidents()
    assert inc["target"] == "pyotr gorin"
    assert inc["title"] == "Ukrainian forces strike the Pyotr Gorin"
