"""Counted acts at a town are those acts, even as the subject of a state verb ("The three
Russian missile attacks on Odesa on May 3 were likely part of this psychological campaign",
ISW 2022-05-04); uncounted plural acts in a state ("Russian advances in Kharkiv remain slow")
describe the war's course (events._state_description)."""

from fogofwar.records import Report

LEAD = "Russian forces conducted a missile strike on Odesa Oblast. "


def _told(pipeline, text):
    ext = pipeline.run(Report(id="t", text=LEAD + text, published="2022-05-04"))
    return [e.evidence.text for e in ext.events if e.evidence.start >= len(LEAD)]


def test_counted_acts_at_a_town_are_events(pipeline):
    got = _told(pipeline, "The three Russian missile attacks on Odesa on May 3 were likely part "
                          "of this psychological campaign.")
    assert len(got) == 1 and got[0].startswith("The three Russian missile attacks"), got


def test_uncounted_acts_in_a_state_describe_the_course_of_the_war(pipeline):
    assert _told(pipeline, "Russian advances in Kharkiv remain slow.") == []
