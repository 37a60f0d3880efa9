"""A report fogofwar does not read yet is never silent (issue 15): `ingest`, `extract` and
`reports` say "language ru: no extraction yet", the store keeps its language, and the
pipeline extracts nothing from it (an English pipeline over Russian finds nothing right).
The texts are short news sentences written for these tests. The CLI runs the real
pipeline (marked slow); the detector alone is tested without it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from fogofwar.ingest.language import detect, normalise, reads

RU = ("Российские войска ночью обстреляли Сумы. По словам главы области, погибли двое "
      "мирных жителей, ещё пятеро ранены.")
UK = ("Російські війська вночі обстріляли Суми. За словами голови обласної адміністрації, "
      "загинули двоє цивільних, ще п'ятеро поранені.")
DE = ("Russische Truppen haben in der Nacht die Stadt Sumy beschossen; nach Angaben des "
      "Gouverneurs wurden zwei Zivilisten getötet.")
EN = "Russian forces shelled Sumy overnight, killing two civilians, the governor said."


@pytest.mark.parametrize("text, language", [(RU, "ru"), (UK, "uk"), (DE, "de"), (EN, "en")])
def test_detect_names_the_language_of_a_news_sentence(text, language):
    assert detect(text) == language


@pytest.mark.parametrize("text", ["Bakhmut. Avdiivka. Marinka.", "Kupiansk", "", "12:40 - 3"])
def test_too_little_text_is_not_guessed(text):
    assert detect(text) is None and reads(detect(text))


def test_tags_normalise_to_iso_639_1():
    assert [normalise(t) for t in ("en-US", "RU", "uk_UA", "", None, "12")] == \
        ["en", "ru", "uk", None, None, None]


def fow(*args, input=None):
    from fogofwar.cli import main

    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def real(request):
    try:
        return request.getfixturevalue("pipeline")  # spaCy loaded once per session
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"pipeline unavailable: {exc!r}")


@pytest.mark.slow
def test_ingest_and_reports_warn_and_store_the_language(real, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "ru.txt").write_text(f"Title: Сумы\nPublished: 2025-03-14\n\n{RU}\n", encoding="utf-8")
    (d / "wires.jsonl").write_text(
        json.dumps({"id": "uk-1", "text": UK, "published": "2025-03-14", "title": "Суми"}) + "\n"
        + json.dumps({"id": "en-1", "text": EN, "published": "2025-03-14", "title": "Sumy"})
        + "\n", encoding="utf-8")
    db = str(tmp_path / "l.db")
    r = fow("ingest", str(d), "--db", db, "--no-progress")
    assert r.exit_code == 0, r.output
    assert f"{d / 'ru.txt'}: language ru: no extraction yet" in r.stderr
    assert f"{d / 'wires.jsonl'}:1: language uk: no extraction yet" in r.stderr
    assert "language en" not in r.stderr
    rows = {x["title"]: x for x in json.loads(fow("reports", "--db", db, "--format",
                                                  "json").stdout)}
    assert rows["Сумы"]["language"] == "ru" and rows["Суми"]["language"] == "uk"
    assert rows["Sumy"]["language"] == "en" and rows["Sumy"]["events"] >= 1
    assert rows["Сумы"]["events"] == rows["Сумы"]["places"] == 0
    assert "language ru: no extraction yet" in rows["Сумы"]["notes"]
    assert rows["Sumy"]["notes"] == []
    table = fow("reports", "--db", db).stdout
    assert "language ru: no extraction yet" in table and "language uk: no extraction yet" in table


@pytest.mark.slow
def test_extract_warns_on_stderr_and_in_the_line(real):
    lines = "\n".join(json.dumps(o) for o in (
        {"id": "ru-1", "text": RU, "published": "2025-03-14"},
        {"id": "en-1", "text": EN, "published": "2025-03-14"},
        {"id": "ru-as-en", "text": RU, "language": "en"},  # the input's word wins
    )) + "\n"
    r = fow("extract", input=lines)
    assert r.exit_code == 0, r.output
    assert r.stderr.strip() == "ru-1: language ru: no extraction yet (fogofwar reads " \
        "English only; the report is stored with its language, and `fogofwar reprocess` " \
        "can extract it when a pipeline for it exists)"
    ru, en, forced = (json.loads(x) for x in r.stdout.splitlines())
    assert ru["language"] == "ru" and ru["events"] == ru["places"] == ru["claims"] == []
    assert ru["warnings"] == [r.stderr.strip().split(": ", 1)[1]]
    assert en["language"] == "en" and en["events"] and "warnings" not in en
    assert forced["language"] == "en" and "warnings" not in forced
