"""Polarity and modality of events (model-backed, small made-up sentences)."""

import pytest

from fogofwar.records import Report


def events_of(nlp, text):
    from fogofwar.events import extract_events
    from fogofwar.events.actors import extract_actors

    doc = nlp(text)
    evs, _ = extract_events(doc, [], [], extract_actors(doc),
                            Report(id="t", text=text, published="2025-04-08"))
    return evs


@pytest.mark.parametrize("text,modality", [
    ("Russian forces captured the village of Oskil on Monday.", "asserted"),
    ("Russian forces did not capture the village of Oskil.", "negated"),
    ("The army said it repelled all Russian attacks on the town.", "denied"),
    ("Russian forces will attack the town next week.", "future"),
    ("Russia plans to attack the town.", "future"),
    ("Russian forces could attack the town.", "hypothetical"),
    ("Russian forces failed to capture the village of Oskil.", "negated"),
    ("Russian forces tried to advance near the village of Oskil.", "asserted"),
    ("Bloggers reported a possible Ukrainian withdrawal from the town.", "possible"),
])
def test_modality(nlp, text, modality):
    evs = events_of(nlp, text)
    assert evs, text
    ev = evs[0]
    assert ev.modality == modality
    assert ev.polarity == ("positive" if modality == "asserted" else "negative")


@pytest.mark.parametrize("text,modality", [
    # repelling a specific attack is a clash that happened; only a blanket repel denies
    ("Ukrainian forces repelled a Russian attack near Sumy on Monday.", "asserted"),
    ("The ministry said every attack on Belgorod was repulsed.", "denied"),
    ("Russia claims it has repelled all Ukrainian advances near Sumy.", "denied"),
    ("A strike on Kharkiv is planned.", "future"),
])
def test_repel_and_passive_modality(pipeline, text, modality):
    ext = pipeline.run(Report(id="t", text=text, published="2025-04-08"))
    assert [e.modality for e in ext.events] == [modality], [e.evidence.text for e in ext.events]


@pytest.mark.parametrize("text", [
    "Ukrainian officials have not taken responsibility for the explosion at the bridge.",
    "Ukraine did not claim responsibility for the attack on the bridge near Kerch.",
    "The ministry declined to comment on the strike in Kyiv.",
])
def test_withholding_responsibility_or_comment_does_not_negate_the_act(nlp, text):
    """The responsibility, credit or comment for an act is withheld, not the act: it is told
    as given (ISW 2022-10-10 on the Kerch Strait Bridge had made it a denial of the blast)."""
    evs = events_of(nlp, text)
    assert evs, text
    assert all(ev.modality != "negated" for ev in evs), [(e.evidence.text, e.modality) for e in evs]
