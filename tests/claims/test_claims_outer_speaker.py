"""A speech verb the parser hangs on a reported clause ("Haidai denied Kadyrov's claims that
Russian forces have seized Severodonetsk and noted that street fighting is ongoing") is the
outer speaker's next statement: the reported claim ends before it and its speaker is Haidai,
not "Russian forces" (claims.attribution._outer_speaker_verb; read11 on ISW 2022-06-08)."""

from fogofwar.records import Report


def _claims(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-06-08"))
    return [(c.source.canonical, c.stance, c.content.text) for c in ext.claims]


def test_the_noting_is_the_outer_speakers(pipeline):
    got = _claims(pipeline, "Luhansk Oblast Governor Serhiy Haidai denied Chechen leader Ramzan "
                            "Kadyrov's claims that Russian forces have seized Severodonetsk and "
                            "noted that street fighting is ongoing.")
    by = {(s, c) for s, _st, c in got}
    assert ("Ramzan Kadyrov", "Russian forces have seized Severodonetsk") in by, got
    assert ("Serhiy Haidai", "street fighting is ongoing") in by, got
    assert not any(s == "Russian forces" for s, _st, _c in got), got
    denial = [c for s, st, c in got if s == "Serhiy Haidai" and st == "denies"]
    assert denial and "noted" not in denial[0], got


def test_a_speakers_two_statements_are_two_claims(pipeline):
    got = _claims(pipeline, "Haidai said that Russian forces shelled Lysychansk and added that "
                            "two civilians died.")
    assert ("Serhiy Haidai", "asserts", "Russian forces shelled Lysychansk") in got, got
