"""A country named as a speaker's or as the speaker ("the UK Ministry of Defence reported",
"The UK said") is who tells, not where things happen: a small town the text places nowhere
else does not fall back to it for lying outside it (geo.fallback._speaker_country; read217
in the twenty-ninth session: a Ukrainian town beside the UK's defence ministry resolved to
the United Kingdom), while a country named as a place still is context (guard)."""

from __future__ import annotations

from fogofwar.records import Report


def _places(pipeline, text):
    return pipeline.run(Report(id="t", text=text, published="2022-07-08")).places


def test_a_speakers_country_is_no_fallback_for_a_town(pipeline):
    for said in ("The UK Ministry of Defence reported an attack.", "The UK reported an attack."):
        got = _places(pipeline, "Russian forces shelled Siversk on July 8. " + said)
        town = [p for p in got if p.text == "Siversk"]
        assert town and town[0].country_code == "UA", got


def test_a_country_named_as_a_place_is_still_context(pipeline):
    # guard: the country the text says the act is in holds the fallback it always had
    got = _places(pipeline, "Russian forces shelled Kupyansk on July 8. Protests followed in "
                            "the UK.")
    assert [p.country_code for p in got if p.text == "UK"] == ["GB"], got
