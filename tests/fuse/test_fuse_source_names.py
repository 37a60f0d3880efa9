"""One source per person on an incident, typed once (fuse.grade._same_person, _typed)."""

from collections import Counter

from fogofwar.fuse.grade import _same_person, _typed


def test_spellings_and_a_bare_surname_are_listed_under_the_most_heard_spelling():
    ev_by = {"Oleksii Gromov": [1], "Oleksiy Hromov": [1, 2], "Gromov": [3],
             "Russian milbloggers": [4]}
    meta = {n: Counter({("party_military", "UA"): 1}) for n in ev_by}
    meta["Gromov"] = Counter({("other", None): 1})
    meta["Russian milbloggers"] = Counter({("milblogger", "RU"): 1})
    assert _same_person(ev_by, meta) == {"Oleksii Gromov": "Oleksiy Hromov",
                                         "Gromov": "Oleksiy Hromov"}


def test_a_surname_shared_by_two_people_joins_neither():
    ev_by = {"Dmytro Orlov": [1], "Oleksandr Orlov": [2], "Orlov": [3]}
    meta = {n: Counter({("party_official", "UA"): 1}) for n in ev_by}
    assert _same_person(ev_by, meta) == {}


def test_namesakes_of_two_parties_stay_apart():
    ev_by = {"Ivan Petrov": [1], "Ivan Petrof": [2]}
    meta = {"Ivan Petrov": Counter({("party_official", "RU"): 1}),
            "Ivan Petrof": Counter({("party_official", "UA"): 1})}
    assert _same_person(ev_by, meta) == {}


def test_one_kind_and_side_from_the_mentions_that_know_them():
    assert _typed(Counter({("other", None): 5, ("party_military", "UA"): 1})) == \
        ("party_military", "UA")
    assert _typed(Counter({("party_official", "UA"): 1, ("party_military", "UA"): 3})) == \
        ("party_military", "UA")
