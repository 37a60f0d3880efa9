"""Report metadata an analyst can trust (issue 15): a page's canonical address is taken only
when plausible (ISW pages carry og:url = a developer host's front page); an undated report
is flagged in `reports`, and events whose date the text does not state say so."""

from __future__ import annotations

import json

import pytest

from cli_fixtures import cli, fake  # noqa: F401  (fixtures)
from fogofwar.ingest.page_url import page_url

PARAS = "".join(f"<p>Russian forces shelled Sumy overnight, the governor said. Paragraph {i} "
                "adds detail about the strike and the damage it did.</p>" for i in range(5))


def page(head: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>Strike on Sumy</title>{head}</head>"
            f"<body><article><h1>Strike on Sumy</h1>{PARAS}</article></body></html>")


OG_ROOT = '<meta property="og:url" content="http://dev-isw.bivings.com/" />'
REL_CANONICAL = '<link rel="canonical" href="/backgrounder/strike-on-sumy" />'


@pytest.mark.parametrize("head, given, expected", [
    # ISW's shape: og:url a front page on another host, canonical relative
    (OG_ROOT + REL_CANONICAL, None, None),
    (OG_ROOT + REL_CANONICAL, "https://www.understandingwar.org/x?utm_source=feed",
     "https://www.understandingwar.org/backgrounder/strike-on-sumy"),
    # a canonical on another site than the URL given: the given one stands
    ('<link rel="canonical" href="https://mirror.example.net/strike">',
     "https://news.example.org/strike", "https://news.example.org/strike"),
    # the same site (www. or not): the canonical form is taken
    ('<link rel="canonical" href="https://www.news.example.org/strike">',
     "https://news.example.org/strike?ref=rss", "https://www.news.example.org/strike"),
    # no URL given: an absolute canonical that is no front page is taken ...
    ('<meta property="og:url" content="https://news.example.org/strike">', None,
     "https://news.example.org/strike"),
    # ... unless the page names two sites for itself
    ('<link rel="canonical" href="https://news.example.org/strike">'
     '<meta property="og:url" content="https://other.example.com/strike">', None, None),
    ('<link rel="canonical" href="javascript:alert(1)">', None, None),
])
def test_a_canonical_address_is_taken_only_when_plausible(head, given, expected):
    assert page_url(page(head), given) == expected


def _reports(cli, db):
    r = cli("reports", "--db", db, "--format", "json")
    assert r.exit_code == 0, r.output
    return {x["id"]: x for x in json.loads(r.stdout)}


def test_isw_pages_do_not_get_the_developer_hosts_address(cli, shared_data, tmp_path):
    isw = shared_data / "corpus" / "isw" / "2022-03-31.html"
    db = str(tmp_path / "m.db")
    line = json.dumps({"id": "isw-given", "html": isw.read_text(encoding="utf-8"),
                       "url": "https://www.understandingwar.org/backgrounder/x"})
    (tmp_path / "given.jsonl").write_text(line + "\n", encoding="utf-8")
    assert cli("ingest", str(isw), "--db", db).exit_code == 0
    [from_file] = _reports(cli, db).values()
    assert from_file["url"] is None and from_file["source"] == "Institute for the Study of War"
    # the same page with its URL given (a second store: the same text is a duplicate)
    db2 = str(tmp_path / "m2.db")
    assert cli("ingest", str(tmp_path / "given.jsonl"), "--db", db2).exit_code == 0
    assert _reports(cli, db2)["isw-given"]["url"] == (
        "https://www.understandingwar.org/backgrounder/"
        "russian-offensive-campaign-assessment-march-31")


def test_an_undated_report_is_flagged_and_its_events_dates_say_so(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "undated.txt").write_text("Russian forces shelled Sumy overnight.\n", encoding="utf-8")
    (d / "dated.txt").write_text("Title: Dated\nPublished: 2025-03-14\n\n"
                                 "Russian forces shelled Demidovka overnight. Heavy fighting near "
                                 "Sudzha on 12 March.\n", encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert cli("ingest", str(d), "--db", db).exit_code == 0
    rows = _reports(cli, db)
    undated = next(x for x in rows.values() if x["published"] is None)
    dated = next(x for x in rows.values() if x["published"])
    assert undated["undated"] is True and dated["undated"] is False
    assert any(n.startswith("undated") for n in undated["notes"])
    assert not any(n.startswith("undated") for n in dated["notes"])
    table = cli("reports", "--db", db).stdout
    line = next(x for x in table.splitlines() if x.startswith(undated["id"]))
    assert "(undated)" in line and "undated: event dates not stated" in line

    events = json.loads(cli("events", "--db", db, "--format", "json").stdout)
    by_report = {}
    for e in events:
        by_report.setdefault(e["report_id"], []).append(e)
    [u] = by_report[undated["id"]]
    assert u["date"] is None and u["date_inferred"] is True
    shelled, fighting = sorted(by_report[dated["id"]], key=lambda e: e["evidence"]["start"])
    # the fake pipeline dates an event only from a stated "N March"
    assert (shelled["date"], shelled["date_inferred"]) == ("2025-03-12", False)
    table = cli("events", "--db", db).stdout
    assert "unknown (undated report)" in table and "2025-03-12" in table


def test_an_event_dated_by_its_report_says_inferred(cli, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Published: 2025-03-14\n\nRussian forces shelled Sumy overnight.\n",
                 encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert cli("ingest", str(f), "--db", db).exit_code == 0
    [e] = json.loads(cli("events", "--db", db, "--format", "json").stdout)
    assert (e["date"], e["date_inferred"]) == ("2025-03-14", True)
    assert "2025-03-14 (inferred)" in cli("events", "--db", db).stdout
