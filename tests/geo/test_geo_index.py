"""The SQLite gazetteer index on tiny hand-made sources."""

import pytest

from fogofwar.geo.index import GazetteerIndex, NewPlace


def _idx():
    idx = GazetteerIndex.memory()
    idx.replace_source("default", [
        NewPlace(1, "Springfield", 39.8, -89.6, "US", "IL", population=110_000,
                 names=("Springfield City",)),
        NewPlace(2, "Springfield", 37.2, -93.3, "US", "MO", population=160_000),
        NewPlace(None, "Illinois", 40.0, -89.0, "US", "IL", fclass="A", fcode="ADM1",
                 derived=("illinois",)),
    ], [("US", "IL", "", "Illinois")])
    return idx


def test_lookup_by_key_returns_all_same_name_places():
    idx = _idx()
    got = idx.lookup(["springfield", "nowhere"])
    assert set(got) == {"springfield"}
    assert sorted(e.admin1 for e, _ in got["springfield"]) == ["IL", "MO"]
    assert idx.lookup(["springfield city"])["springfield city"][0][0].geonameid == 1


def test_admin_entries_and_names():
    idx = _idx()
    assert idx.admin_entry("US", "IL").name == "Illinois"
    assert idx.admin_name("US", "IL") == "Illinois"
    assert idx.admin_entry("US", "ZZ") is None


def test_added_source_replaces_default_rows_with_the_same_geonameid():
    idx = _idx()
    idx.replace_source("US", [NewPlace(1, "Springfield", 39.80, -89.64, "US", "IL", "167",
                                       population=114_000)])
    rows = idx.lookup(["springfield"])["springfield"]
    assert len(rows) == 2
    assert {e.source for e, _ in rows} == {"US", "default"}
    # adding the same source again replaces it rather than doubling it
    idx.replace_source("US", [NewPlace(1, "Springfield", 39.80, -89.64, "US", "IL", "167")])
    assert len(idx.lookup(["springfield"])["springfield"]) == 2
    assert idx.stats() == {"US": 1, "default": 2}


def test_open_missing_or_foreign_file_says_why(tmp_path):
    with pytest.raises(FileNotFoundError, match="gazetteer build"):
        GazetteerIndex.open(tmp_path / "none.sqlite")
    bad = tmp_path / "bad.sqlite"
    import sqlite3

    sqlite3.connect(bad).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(ValueError, match="not a fogofwar gazetteer"):
        GazetteerIndex.open(bad)


def test_romanisation_variants_match_loosely_when_no_exact_key():
    from fogofwar.geo.index import DERIVED

    idx = GazetteerIndex.memory()
    idx.replace_source("UA", [NewPlace(1, "Huliaipole", 47.66, 36.26, "UA", "26"),
                              NewPlace(2, "Vysokopillia", 47.49, 33.53, "UA", "08")])
    got = idx.lookup(["hulyaipole", "vysokopillya", "huliaipole"])
    assert got["hulyaipole"][0][0].geonameid == 1 and got["hulyaipole"][0][1] == DERIVED
    assert got["vysokopillya"][0][0].geonameid == 2
    assert got["huliaipole"][0][1] != DERIVED  # exact match keeps its own kind


def test_rebuilt_default_stays_under_added_sources():
    idx = _idx()
    idx.replace_source("US", [NewPlace(1, "Springfield", 39.80, -89.64, "US", "IL", "167"),
                              NewPlace(9, "Illinois", 40.0, -89.2, "US", "IL", fclass="A",
                                       fcode="ADM1")])
    # the default layer rebuilt later (a new version) must not bring its duplicates back
    idx.replace_source("default", [
        NewPlace(1, "Springfield", 39.8, -89.6, "US", "IL", population=110_000),
        NewPlace(None, "Illinois", 40.0, -89.0, "US", "IL", fclass="A", fcode="ADM1")])
    assert idx.stats() == {"US": 2}
    assert idx.admin_entry("US", "IL").geonameid == 9


def test_fuzzy_lookup_finds_misspellings_of_long_names_only():
    idx = GazetteerIndex.memory()
    idx.replace_source("UA", [NewPlace(1, "Donetsk", 48.0, 37.8, "UA", "05"),
                              NewPlace(2, "Dovzhansk", 48.1, 39.6, "UA", "09")])
    assert [e.geonameid for e, _ in idx.fuzzy_lookup("donestk")] == [1]
    assert idx.fuzzy_lookup("donxx") == []  # too short to guess
    assert idx.fuzzy_lookup("mariupol") == []  # nothing close


def test_fuzzy_lookup_keeps_each_words_first_letter():
    """ISW 2022-03-24: "the Nova Poshta post office" (a postal company) had resolved to the
    village Nova Osota (ratio 86); a misspelling keeps each word's first letter."""
    idx = GazetteerIndex.memory()
    idx.replace_source("UA", [NewPlace(1, "Nova Osota", 48.99, 32.25, "UA", "10"),
                              NewPlace(2, "Nova Kakhovka", 46.75, 33.37, "UA", "08")])
    assert idx.fuzzy_lookup("nova poshta") == []
    assert [e.geonameid for e, _ in idx.fuzzy_lookup("nova kakhovak")] == [2]


@pytest.mark.parametrize("order", [("hulyaipole", "huliyaipole"), ("huliyaipole", "hulyaipole")])
def test_spellings_folding_to_one_loose_key_each_match(order):
    """Two spellings with one loose form both get the place, whatever order they are asked
    in (the keys come from a set: keeping only the last made recognition vary by run)."""
    idx = GazetteerIndex.memory()
    idx.replace_source("UA", [NewPlace(1, "Huliaipole", 47.66, 36.26, "UA", "26")])
    got = idx.lookup(list(order))
    assert {k: [e.geonameid for e, _ in v] for k, v in got.items()} == \
        {"hulyaipole": [1], "huliyaipole": [1]}
