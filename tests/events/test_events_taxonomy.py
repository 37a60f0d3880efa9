"""The taxonomy as data: ACLED's 6 types and 25 sub-types, non-conflict types, mappings."""

import pytest

from fogofwar.events.taxonomy import (
    ACLED, ALL_SUBTYPES, CASE_LABELS, EVENT_TYPES, NON_CONFLICT_SUBTYPES, PLOVER, event_type_of,
)


def test_acled_has_six_types_and_twenty_five_subtypes():
    assert len(ACLED) == 25
    assert set(EVENT_TYPES) == {"Battles", "Explosions/Remote violence",
                                "Violence against civilians", "Protests", "Riots",
                                "Strategic developments"}


def test_every_subtype_has_a_plover_entry_and_case_labels_are_distinct():
    assert set(PLOVER) == set(ALL_SUBTYPES)
    assert len(set(CASE_LABELS.values())) == len(CASE_LABELS) == 30
    assert set(CASE_LABELS.values()) <= set(ALL_SUBTYPES)
    assert len(NON_CONFLICT_SUBTYPES) == 5


def test_event_type_of():
    assert event_type_of("Shelling/artillery/missile attack") == "Explosions/Remote violence"
    assert event_type_of("Natural disaster") == "Non-conflict"
    with pytest.raises(ValueError, match="Shellling"):
        event_type_of("Shellling")
