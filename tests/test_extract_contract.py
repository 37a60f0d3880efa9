"""The `fogofwar extract` interface, end to end with the real pipeline, held to the contract.

Every output line of real reports (the belgorod article, the example reports, a few ISW
pages as raw HTML) must have every key, exact offsets, indexes in range and enumerated values
(fogofwar.contract). Marked slow: it loads the model and the gazetteer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fogofwar.cli import main
from fogofwar.contract import violations

from conftest import BELGOROD_PUBLISHED, ROOT, SHARED_DATA

pytestmark = pytest.mark.slow


def _extract(lines: list[dict]) -> list[dict]:
    stdin = "".join(json.dumps(x) + "\n" for x in lines)
    result = CliRunner().invoke(main, ["extract"], input=stdin)
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines() if x.strip()]


def test_belgorod_article_meets_the_contract(belgorod_text):
    [out] = _extract([{"id": "belgorod", "text": belgorod_text,
                       "published": BELGOROD_PUBLISHED}])
    assert out["id"] == "belgorod"
    assert violations(belgorod_text, out) == []
    # Every stage produced something real on this article.
    assert all(out[k] for k in ("places", "times", "actors", "claims", "events"))


def test_raw_html_pages_meet_the_contract(shared_data):
    pages = sorted((shared_data / "corpus" / "isw").glob("*.html"))[::60]
    lines = [{"id": p.stem, "html": p.read_text(encoding="utf-8"), "published": p.stem}
             for p in pages]
    outs = _extract(lines)
    assert [o["id"] for o in outs] == [p.stem for p in pages]
    for out in outs:
        assert "text" in out, "HTML input must return the extracted text"
        assert violations(out["text"], out) == [], out["id"]


def test_bad_lines_become_error_lines_and_the_rest_goes_on():
    lines = "\n".join([json.dumps({"id": "a", "text": "Russian forces shelled Sumy on Monday."}),
                       "{not json", json.dumps({"id": "c"}),
                       json.dumps({"id": "d", "text": "Kyiv said it repelled an attack."})])
    result = CliRunner().invoke(main, ["extract"], input=lines + "\n")
    assert result.exit_code == 1  # something failed: the exit code says so
    outs = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [o.get("id") for o in outs][0] == "a" and outs[-1]["id"] == "d"
    assert len(outs) == 4
    assert "error" in outs[1] and "error" in outs[2]
    assert "error" not in outs[0] and "error" not in outs[3]


def test_example_reports_meet_the_contract():
    from fogofwar.ingest import ReadError, read_paths

    reports = [r for r in read_paths([ROOT / "examples"]) if not isinstance(r, ReadError)]
    assert len(reports) >= 10
    outs = _extract([{"id": r.id, "text": r.text, "published": r.published} for r in reports])
    for r, out in zip(reports, outs):
        assert violations(r.text, out) == [], r.id


def test_a_snippets_main_event_is_flagged_as_classify_reads_it(nlp):
    """`"main": true` marks the report's news: for a one-event snippet the event
    `classify(doc)` chooses (docs/interfaces.md); every other event is `"main": false`."""
    from fogofwar.events.detect import classify

    text = ("Seven soldiers were injured when militants set off an improvised explosive "
            "device fitted in a car at a village on Monday evening.")
    [out] = _extract([{"id": "s", "text": text}])
    assert violations(text, out) == []
    assert all(isinstance(e["main"], bool) for e in out["events"])
    main = [e for e in out["events"] if e["main"]]
    assert [e["sub_event_type"] for e in main] == [classify(nlp(text))]
    assert main[0]["sub_event_type"] == "Remote explosive/landmine/IED"


def test_the_belgorod_articles_main_event_is_the_fighting_in_belgorod(belgorod_text):
    [out] = _extract([{"id": "belgorod", "text": belgorod_text,
                       "published": BELGOROD_PUBLISHED}])
    main = [e for e in out["events"] if e["main"]]
    assert [(e["sub_event_type"], out["places"][e["location"]]["name"]) for e in main] == [
        ("Armed clash", "Belgorod Oblast")]
    assert "Belgorod region" in main[0]["evidence"]["text"]
