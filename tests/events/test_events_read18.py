"""Rules from the analyst reads of ISW 2022-08-29..31 (read18) and 2022-09-21..23 (read19),
outside every gold window, each tested on sentences written here:
- a fight "between X and Y" is one fight near the first named place (precision 2), not one
  at each (events.arguments._between_pair);
- a relative clause on a party's name holds no party of the event: "took X, which ISW cannot
  confirm" (ISW had stood as the side that lost X) (events.arguments.roles).
"""

import pytest

from helpers_events import event_rows

from fogofwar.records import Report

_LEAD = "Ukrainian forces repelled assaults near Kupiansk.\n\n"


def _in_report(pipeline, text, published):
    """Event rows of ``text`` told as the second paragraph of a report."""
    return event_rows(pipeline, _LEAD + text, published)


@pytest.mark.parametrize("text", [
    "Russian troops attacked Ukrainian positions between Izyum and Slovyansk on August 29.",
    "Heavy fighting continued between Izyum and Slovyansk on August 29.",
])
def test_between_two_places_is_one_fight(pipeline, text):
    got = [r for r in _in_report(pipeline, text, "2022-08-30") if r[2] != "Kupyansk"]
    assert [(s, p) for s, _m, p, _a in got] == [("Armed clash", "Izyum")], got


def test_a_list_of_places_is_still_one_fight_at_each(pipeline):
    text = "Russian troops attacked Ukrainian positions near Izyum and Slovyansk on August 29."
    got = [r for r in _in_report(pipeline, text, "2022-08-30") if r[2] != "Kupyansk"]
    assert sorted(p for _s, _m, p, _a in got) == ["Izyum", "Slovyansk"], got


def test_a_relative_clause_speaker_is_no_party(pipeline):
    text = (_LEAD + "The Russian Ministry of Defense claimed that Russian troops took Izyum on "
            "August 29, which ISW cannot independently confirm.")
    ext = pipeline.run(Report(id="t", text=text, published="2022-08-30"))
    [taking] = [e for e in ext.events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taking.actor1 == "Military Forces of Russia", taking
    assert taking.actor2 != "Institute for the Study of War", taking
