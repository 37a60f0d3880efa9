"""A titled person is the source under its own name (claims.person_names, claims.sources)."""

import pytest

from fogofwar.claims.person_names import fold, name_after_title, person_key, strip_titles


@pytest.mark.parametrize("phrase, name", [
    ("Dnipropetrovsk Oblast Military Administration Head Serhiy Lysak", "Serhiy Lysak"),
    ("Nova Kakhovka Mayor Volodymyr Kovalenko", "Volodymyr Kovalenko"),
    ("Advisor to the Mykolaiv Oblast Administration Dmytro Pletenchuk", "Dmytro Pletenchuk"),
    ("The commander of the DNR “Sparta” Battalion, Artem Zhoga", "Artem Zhoga"),
    ("Head of the Luhansk People's Republic Leonid Pasechnik", "Leonid Pasechnik"),
    ("Russian Telegram channel Grey Zone", "Grey Zone"),
    ("Ukrainian Mayor of Melitopol Ivan Fedorov", "Ivan Fedorov"),
])
def test_the_name_after_a_title_or_office(phrase, name):
    assert name_after_title(phrase) == name


@pytest.mark.parametrize("phrase", [
    "Deputy Head of the Kherson occupation administration",   # an office, no name
    "Luhansk People's Republic",
    "Ukrainian General Staff",
    "Russian Ministry of Defense",
    "Oleksandr Starukh",                                       # no title before it
    # four capitalised words after no title: not read as a name
    "Deputy Prime Minister for Construction and Regional Development Marat Khusnullin",
])
def test_no_name_where_the_phrase_does_not_end_in_a_titled_one(phrase):
    assert name_after_title(phrase) is None


def test_title_words_the_tagger_took_into_a_name_are_dropped():
    assert strip_titles("Spokesperson Oleksandr Motuzyanyk") == "Oleksandr Motuzyanyk"
    assert strip_titles("Brigadier General Oleksii Hromov") == "Oleksii Hromov"
    assert strip_titles("Governor") == "Governor"


def test_spellings_of_one_name_share_a_key_and_others_do_not():
    assert person_key("Oleksii Gromov") == person_key("Oleksiy Hromov")
    assert person_key("Kirill Budanov") == person_key("Kyrylo Budanov")
    assert person_key("Vitaly Kim") == person_key("Vitaliy Kim")
    assert person_key("Serhiy Khlan") == person_key("Sergey Khlan")
    assert person_key("Dmytro Orlov") != person_key("Oleksandr Orlov")  # another initial
    assert person_key("Budanov") == (fold("Budanov"), "")
    assert person_key("Russian milbloggers") is None
    assert person_key("Luhansk People's Republic") is None


def test_a_titled_official_is_one_source_across_the_ways_a_report_names_them(pipeline):
    from fogofwar.records import Report

    text = ("Zaporizhia Oblast Military Administration Head Ivan Petrenko stated on May 2 "
            "that Russian forces shelled Orikhiv. Petrenko added that two civilians died. "
            "Deputy Head of the Kherson occupation administration claimed that Ukrainian "
            "forces shelled Nova Kakhovka.")
    ext = pipeline.run(Report(id="r1", text=text, published="2022-05-02"))
    names = {c.source.canonical for c in ext.claims}
    assert "Ivan Petrenko" in names
    assert not any(n in ("Ivan", "Kherson", "Zaporizhia") for n in names)
