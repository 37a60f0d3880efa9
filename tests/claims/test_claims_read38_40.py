"""Claims and actors rules from the analyst reads of ISW 2022-06-10..12 (read38), 10-14..16
(read39) and 05-24..26 (read40), on sentences written here:
- the two proxy republics named together ("the Donetsk and Luhansk People's Republics") are
  Russia's side, as each one is (claims.registry._RU; read40: the plural fell through to
  the Ukrainian place names, and a proxy capture claim counted as Ukrainian confirmation;
  the first of the two names is no source of its own: claims.sources._shared_head);
- forces named without a side take that of the group whose forces they are ("troops from
  the ... People's Republics"), so their capture is no Ukrainian one
  (events.actors._forces_of; read40: "Government regains territory"; the event's test is in
  tests/events/test_events_read38_40.py);
- a list the parser cut off a claim's content and hung on the cue as a bare verb ("...
  artillery, MLRS, and kamikaze drone strikes against X") stays in the content
  (claims.attribution._misparsed_tail; read39);
- a citation marker before a source is no word of its name (claims.attribution.
  _name_split_off; read42: the sources of eleven claims were lost);
- a surname written one letter off later in the report is the person named before
  (claims.sources._earlier_mention; read42)."""

from __future__ import annotations

import pytest
from fogofwar.claims import extract_claims
from fogofwar.events.actors import extract_actors
from fogofwar.records import Report

pytestmark = pytest.mark.slow

_TEXT = ("Troops from the Donetsk and Luhansk People's Republics claimed to have taken full "
         "control of Kramatorsk on May 25.")


def test_the_proxy_republics_named_together_are_russias_side(nlp):
    doc = nlp(_TEXT)
    got = [c for c in extract_claims(doc, [], [], Report(id="t", text=_TEXT))
           if c.cue.text == "claimed"]
    assert got and all(c.source.side == "RU" for c in got), got


def test_forces_of_a_named_group_are_its_own(nlp):
    got = {a.text: a.side for a in extract_actors(nlp(_TEXT))}
    assert got.get("Troops") == "RU", got


def test_forces_from_a_place_keep_no_side(nlp):
    # guard: a place they come from is not a side
    got = {a.text: a.side for a in extract_actors(nlp("Troops from the city fled west."))}
    assert got.get("Troops", "x") is None, got



def test_a_list_cut_off_the_content_by_the_parse_stays_in_it(nlp):
    # read39: the parser hangs "kamikaze" on "reported" as a bare verb, which ended the
    # content at "and": the strikes on the towns lost their sources
    text = ("Local sources also reported that Russian forces continued routine artillery, MLRS, "
            "and kamikaze drone strikes against Nikopol, Marhanets, and Zaporizhzhia City on "
            "October 14.")
    doc = nlp(text)
    got = [c for c in extract_claims(doc, [], [], Report(id="t", text=text))
           if c.cue.text == "reported"]
    assert got and "Marhanets" in got[0].content.text, got


def test_the_speakers_next_act_stays_out_of_the_content(nlp):
    # guard: a verb of the speaker's own, with its subject, after the content
    text = ("Local officials reported that Russian forces shelled Nikopol, and then they urged "
            "residents to stay in shelters.")
    doc = nlp(text)
    got = [c for c in extract_claims(doc, [], [], Report(id="t", text=text))
           if c.cue.text == "reported"]
    assert got and "urged" not in got[0].content.text, got


def test_a_source_after_a_citation_marker_keeps_its_name(nlp):
    # read42: the marker, a sentence of its own tagged PROPN, was taken back as the first word
    # of the next source's name, and the claim was lost
    text = ("Russian forces shelled Toshkivka on June 16.[13] Luhansk Oblast Administration "
            "Head Serhiy Haidai reported that Russian forces shelled Toshkivka again.")
    doc = nlp(text)
    got = [c for c in extract_claims(doc, [], [], Report(id="t", text=text))
           if c.cue.text == "reported"]
    assert got and "Haidai" in got[0].source.text, got


def _sources(nlp, text):
    doc = nlp(text)
    return [(c.source.text, c.source.canonical)
            for c in extract_claims(doc, [], [], Report(id="t", text=text))]


def test_a_surname_one_letter_off_later_is_the_same_person(nlp):
    # read42: the writer's typo of a spokesman's name stood as a source of its own
    got = _sources(nlp, "Kharkiv Oblast Military Administration Head Oleh Zhdanovych stated "
                        "that Russian forces shelled Kharkiv on June 17. Zhdanovich also stated "
                        "that Russian forces shelled Chuhuiv.")
    assert got and {c for _t, c in got} == {"Oleh Zhdanovych"}, got


def test_another_surname_stays_another_person(nlp):
    # guard: two letters off is another name
    got = _sources(nlp, "Kharkiv Oblast Military Administration Head Oleh Zhdanovych stated "
                        "that Russian forces shelled Kharkiv on June 17. Zhdanovska also stated "
                        "that Russian forces shelled Chuhuiv.")
    assert len({c for _t, c in got}) == 2, got
