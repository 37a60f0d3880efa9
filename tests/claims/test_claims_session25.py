"""Claim rules of the twenty-fifth session, on sentences written here:
- a verb of saying outside brackets that the parse joins to a verb inside them ("X blamed Y for
  Z (though it is unlikely Y would do Z) and claimed that ...") is said by the subject told
  before the brackets, never by the aside's subject (claims.attribution._verb_before_aside;
  read151: Y stood as the source and a battle was graded confirmed), while a saying
  conjoined with no brackets keeps its subject (guard)."""

from __future__ import annotations

from fogofwar.records import Report


def _sources(pipeline, text):
    ext = pipeline.run(Report(id="t", text="Russian forces continued offensive operations in "
                                         "eastern Ukraine on June 12.\n\n" + text,
                              published="2022-06-13"))
    return {c.cue.text: c.source.canonical for c in ext.claims}


def test_a_saying_after_an_aside_is_the_first_subjects(pipeline):
    got = _sources(pipeline, "Militia spokesperson Ivan Petrenko blamed Ukrainian forces for "
                             "blowing up the dam (though it is highly unlikely Ukrainian forces "
                             "would willingly blow up the dam) and claimed that Russian forces "
                             "had surrounded Ukrainian troops in Kharkiv.")
    assert got.get("claimed") not in (None, "Military Forces of Ukraine"), got
    assert got.get("claimed") == got.get("blamed"), got


def test_a_saying_conjoined_without_brackets_keeps_its_subject(pipeline):
    # guard
    got = _sources(pipeline, "A DNR spokesperson blamed Ukrainian forces for the strike and "
                             "claimed that Russian forces encircled Ukrainian troops in "
                             "Kharkiv.")
    assert got.get("claimed") == got.get("blamed"), got
