"""The CIR gate's ceiling measurement: does an event's text name its gold town?"""

from bench.gate_cir import names_town


def test_whole_word_match_after_normalisation():
    assert names_town("Shelling of Kharkiv's outskirts", {"kharkiv"})
    assert names_town("Strike near IZIUM, Kharkiv oblast", {"izium", "izyum"})
    assert not names_town("Kharkivska oblast", {"kharkiv"})  # a longer word is not the town
    assert not names_town("Damage after strike", {"kharkiv"})


def test_short_keys_are_ignored():
    assert not names_town("an attack at dawn", {"at"})
