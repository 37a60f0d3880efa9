"""The pages in a real Chromium, as an analyst uses them: the map loads the example store,
filters, and opens an incident; the incident shows who says what with the quoted span
highlighted; the report page highlights every span; a hostile report runs nothing and
breaks nothing. Screenshots go to the folder browser_fixtures.SHOTS names."""

from __future__ import annotations

import json
from urllib.parse import quote, unquote

from browser_fixtures import (RLO, browser, example_config, example_db,  # noqa: F401
                              hostile_db, server, watched)


def _get(watched, path):
    r = watched.page.request.get(path)
    assert r.ok, (path, r.status)
    return r.json()


def _placed(watched):
    return _get(watched, "/map/incidents.geojson")["features"]


def _open_map(watched):
    page = watched.page
    page.goto("/")
    page.wait_for_selector("#map[data-ready='1']", timeout=20000)
    return page


def _shown(page) -> int:
    return int(page.get_attribute("#map", "data-shown"))


def test_map_shows_every_placed_incident_and_filters(watched):
    api = _get(watched, "/api/incidents?limit=500")
    placed = [i for i in api["items"] if i["place"]["lat"] is not None]
    page = _open_map(watched)
    assert _shown(page) == len(placed) > 5
    page.locator(".inc-marker, .inc-cluster").first.wait_for()  # markers are added in chunks
    # the basemap is drawn: country and admin-1 outlines are SVG paths in their panes
    # (no wait_for_function: it evaluates a string, which the pages' CSP forbids)
    page.locator(".leaflet-admin1-pane path").first.wait_for(state="attached")
    assert page.locator(".leaflet-basemap-pane path").count() >= 2
    watched.shot("map.png")

    # status: only confirmed
    for st in ("reported", "disputed", "retracted"):
        page.uncheck(f"input[name=status][value={st}]")
    confirmed = [i for i in placed if i["status"] == "confirmed"]
    assert _shown(page) == len(confirmed) > 0
    # the list beside the map: the newest shown incidents in view (the example store's
    # incidents all lie in the first view), as links
    listed = page.locator("#in-view li a")
    assert sorted(listed.all_inner_texts()) == sorted(i["title"] for i in confirmed)
    page.check("input[name=status][value=reported]")

    # type: the shown count follows the API's own filter
    page.select_option("#f-type", "Battles")
    want = [i for i in _get(watched, "/api/incidents?limit=500&type=Battles")["items"]
            if i["place"]["lat"] is not None and i["status"] in ("confirmed", "reported")]
    assert _shown(page) == len(want) > 0
    # dates: a window that ends before every incident shows none
    page.fill("#f-until", "2020-01-01")
    page.dispatch_event("#f-until", "change")
    assert _shown(page) == 0
    page.click("#f-reset")
    page.wait_for_selector(f"#map[data-shown='{len(placed)}']", state="attached")


def test_map_slider_moves_the_window(watched):
    placed = _placed(watched)
    page = _open_map(watched)
    page.select_option("#f-window", "1")
    slider = page.locator("#f-slider")
    slider.evaluate("s => { s.value = '0'; s.dispatchEvent(new Event('input')); }")
    first_day = min(f["properties"]["first"] for f in placed if f["properties"]["first"])
    assert page.input_value("#f-until") == first_day == page.input_value("#f-since")
    want = sum(1 for f in placed if (f["properties"]["first"] or "") <= first_day
               <= (f["properties"]["last"] or "9999"))
    assert _shown(page) == want > 0
    # play moves the window on a day at a time; pause holds it
    page.click("#f-play")
    page.wait_for_timeout(1300)
    page.click("#f-play")
    held = page.input_value("#f-until")
    assert held > first_day and page.input_value("#f-since") == held
    assert page.get_attribute("#f-play", "aria-pressed") == "false"
    page.wait_for_timeout(600)
    assert page.input_value("#f-until") == held


def test_clicking_a_marker_opens_its_incident(watched):
    placed = _placed(watched)
    # a source that speaks about exactly one placed incident: filtering on it leaves one marker
    counts = {}
    for f in placed:
        for s in f["properties"]["sources"]:
            counts.setdefault(s, []).append(f)
    source, (feature,) = next((s, fs) for s, fs in sorted(counts.items()) if len(fs) == 1)
    page = _open_map(watched)
    page.select_option("#f-source", source)
    assert _shown(page) == 1
    marker = page.locator(".inc-marker")
    marker.wait_for(state="visible")
    assert marker.get_attribute("data-id") == feature["properties"]["id"]
    marker.click()
    page.wait_for_url("**/incidents/**")
    assert unquote(page.url.split("/incidents/", 1)[1]) == feature["properties"]["id"]
    assert page.inner_text("#incident-title") == feature["properties"]["title"]
    # its small map shows the place, in the incident's status colour, on the outlines
    page.wait_for_selector("#incident-map[data-ready='1']")
    assert page.locator(f"#incident-map .inc-marker.st-{feature['properties']['status']}").count() == 1
    assert page.locator("#incident-map .leaflet-basemap-pane path").count() >= 2


def _disputed(watched):
    items = _get(watched, "/api/incidents?limit=500&status=disputed")["items"]
    return next(i for i in items if i["independent"]["denies"] and i["independent"]["asserts"]
                and not any("94f6" in r for s in i["sources"] for r in s["reports"])
                or i["title"] == "Fighting at Demidovka")


def test_incident_page_matrix_with_highlighted_spans(watched):
    inc = _disputed(watched)
    detail = _get(watched, "/api/incidents/" + quote(inc["id"], safe=""))
    page = watched.page
    page.goto("/incidents/" + quote(inc["id"], safe=""))
    assert page.inner_text("#incident-title") == inc["title"]
    assert page.inner_text("#incident-status") == "disputed"
    assert page.locator("#incident-reasons li").count() == len(inc["reasons"])
    assert page.locator("#history li").count() == len(inc["history"])
    rows = page.locator("#matrix tbody tr")
    assert rows.count() == len(inc["sources"])
    for s in inc["sources"]:
        row = rows.filter(has=page.locator("th.src a", has_text=s["canonical"]))
        assert row.count() == 1, s["canonical"]
        # each quote stands under what it says (a relay of a claim and of its denial has
        # one under each, whatever the row's overall stance)
        for stance in {e["stance"] for e in detail["evidence"] if e["source"] == s["canonical"]}:
            quotes = [e["quote"]["text"] for e in detail["evidence"]
                      if e["source"] == s["canonical"] and e["stance"] == stance]
            col = row.locator(f"td.col-{stance} mark.span")
            assert sorted(col.all_inner_texts()) == sorted(quotes), (s["canonical"], stance)
        if s["relays"]:
            assert "relays" in row.locator(".relay-badge").inner_text()
    # the quoted span is highlighted where it stands: inside its report's text, in colour
    mark = page.locator("#matrix td.col-denies mark.span").first
    assert mark.is_visible()
    bg = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    context = mark.evaluate("m => m.parentElement.textContent")
    assert len(context) > len(mark.inner_text())
    watched.shot("incident.png")

    # following the quote's report link shows the same span highlighted in the whole report
    quoted = mark.inner_text()
    mark.locator("xpath=ancestor::div[@class='quote']//a").first.click()
    page.wait_for_url("**/reports/**")
    focus = page.locator("#report-text .hl.k-focus")
    assert "".join(focus.all_inner_texts()) == quoted
    watched.shot("report.png")


def test_report_page_highlights_and_links_every_span(watched):
    page = watched.page
    inc = _disputed(watched)
    rid = inc["sources"][0]["reports"][0]
    page.goto("/reports/" + quote(rid, safe=""))
    items = page.locator("#span-list li")
    n = items.count()
    assert n > 3
    # every listed span has its anchor in the text, and the text is the report's, whole
    for i in range(n):
        assert page.locator(f"#report-text #a{i}").count() == 1
    kinds = set(page.locator("#span-list li").evaluate_all("ls => ls.map(l => l.className)"))
    assert {"k-place", "k-event"} <= kinds
    # an event links to its incident
    assert page.locator("#span-list li.k-event a.follow").count() > 0
    seg = page.locator("#report-text .hl.k-event").first
    seg.click()
    assert page.locator("#span-list li.active").count() >= 1


def test_hostile_report_runs_nothing_and_breaks_nothing(watched, hostile_db):
    from fogofwar.store import Store

    with Store.open(str(hostile_db)) as s:
        (rid,) = [r.report.id for r in s.reports() if "Hostile Wire" in (r.report.source or "")]
        incident_ids = sorted({r.incident.id for r in s.events() if r.report_id == rid and r.incident})
        sources = sorted({c.claim.source.canonical for c in s.claims() if c.report_id == rid})
    assert incident_ids and sources
    page = watched.page
    paths = ["/reports/" + quote(rid, safe=""), "/"] + [
        "/incidents/" + quote(i, safe="") for i in incident_ids] + [
        "/sources/" + quote(n, safe="") for n in sources] + [
        "/search?q=window+pwned+textarea", "/search?q=window+pwned&in=claims", "/timeline"]
    for path in paths:
        page.goto(path)
        if path == "/":
            page.wait_for_selector("#map[data-ready='1']", timeout=20000)
            page.hover(".inc-marker, .inc-cluster >> nth=0")
        if path.startswith("/search"):
            assert page.locator("#hits .hit").count() > 0, path
            assert "window.__pwned" in page.inner_text("#hits")  # the snippet is text
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("textarea").count() == 0, path
        assert page.locator("img[onerror], [onmouseover], a[href^='javascript:']").count() == 0, path
        # every script is a file of ours, or a JSON data block the server wrote (never run)
        scripts = page.locator("script").evaluate_all(
            "ss => ss.map(s => [s.getAttribute('src'), s.getAttribute('type')])")
        assert all((src or "").startswith(("/static/", "/vendor/")) or
                   (src is None and kind == "application/json") for src, kind in scripts), (path, scripts)
        assert page.locator("#page-end").is_visible(), path  # the page ends as written
        assert page.locator(".top nav a").count() == 3, path
    page.goto("/reports/" + quote(rid, safe=""))
    title = page.locator("#report-title bdi")
    assert "<script>window.__pwned=1</script>" in title.inner_text()  # shown as text
    assert RLO in title.inner_text()
    assert title.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
    assert page.locator("#report-url").count() == 0  # the javascript: URL is no link
    assert "javascript:" in page.inner_text("#report-url-unsafe")
    text = page.inner_text("#report-text")
    assert "<script>window.__pwned=5</script>" in text and "</textarea>" in text
    watched.shot("hostile-report.png")


def test_source_page_lists_claims_and_track_record(watched):
    api = _get(watched, "/api/sources/" + quote("Russian Ministry of Defense", safe=""))
    page = watched.page
    page.goto("/incidents/" + quote(_disputed(watched)["id"], safe=""))
    page.locator("#matrix th.src a", has_text="Russian Ministry of Defense").click()
    page.wait_for_url("**/sources/**")
    assert page.inner_text("#source-name") == "Russian Ministry of Defense"
    t = api["track_record"]
    stats = page.locator("#track-record .stat strong").all_inner_texts()
    assert stats == [str(t[k]) for k in ("asserted", "corroborated", "contradicted", "retracted")]
    rows = page.locator("#source-claims tbody tr")
    assert rows.count() == min(api["claims_page"]["total"], 20) > 0
    dates = [d for d in page.locator("#source-claims tbody td:first-child").all_inner_texts()]
    assert dates == sorted(dates)  # over time, oldest first
    assert page.locator("#source-incidents tbody tr").count() == api["incidents_page"]["total"]
    titles = {i["id"]: i["title"] for i in _get(watched, "/api/incidents?limit=500")["items"]}
    links = page.locator("#source-incidents tbody a").all_inner_texts()
    assert sorted(links) == sorted(titles[i["id"]] for i in api["incidents_page"]["items"])
    # its claims month by month, drawn: every dated claim counted once
    page.wait_for_selector("#source-chart[data-ready='1']")
    assert int(page.get_attribute("#source-chart", "data-total")) == api["claims_page"]["total"]


def test_timeline_chart_draws_every_incident(watched):
    tl = _get(watched, "/api/timeline")
    page = watched.page
    page.goto("/timeline")
    page.wait_for_selector("#timeline-chart[data-ready='1']", timeout=20000)
    canvas = page.locator("#timeline-chart")
    assert int(canvas.get_attribute("data-total")) == tl["total"] > 5
    # the chart is drawn: the canvas holds coloured pixels
    painted = canvas.evaluate("""c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) { if (d[i+3] && (d[i] !== d[i+1] || d[i+1] !== d[i+2])) n++; }
        return n; }""")
    assert painted > 100
    page.click("#by-status")
    assert canvas.get_attribute("data-by") == "status"
    watched.shot("timeline.png")
    # a filtered timeline counts what the API counts for the same filter
    page.goto("/timeline?status=confirmed")
    page.wait_for_selector("#timeline-chart[data-ready='1']")
    want = _get(watched, "/api/timeline?status=confirmed")["total"]
    assert int(page.get_attribute("#timeline-chart", "data-total")) == want > 0


def test_map_reads_its_filters_from_the_url(watched):
    placed = _placed(watched)
    day = sorted(f["properties"]["first"] for f in placed if f["properties"]["first"])[-1]
    page = watched.page
    page.goto(f"/?since={day}&until={day}&status=confirmed&status=reported")
    page.wait_for_selector("#map[data-ready='1']", timeout=20000)
    want = sum(1 for f in placed if f["properties"]["status"] in ("confirmed", "reported")
               and (f["properties"]["first"] or "") <= day <= (f["properties"]["last"] or "9999"))
    assert _shown(page) == want > 0
    assert not page.is_checked("input[name=status][value=disputed]")


def test_search_highlights_words_and_pages_through_every_result(watched):
    reports = _get(watched, "/api/search?q=Russian&in=reports&limit=100")
    claims = _get(watched, "/api/search?q=Russian&in=claims&limit=100")
    assert claims["total"] > 20  # three pages of ten
    page = watched.page
    page.goto("/")
    page.fill(".quick-search input[name=q]", "Russian")
    page.press(".quick-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Russian*")
    assert page.input_value("#search-q") == "Russian"
    assert page.locator("#hits .hit").count() == min(reports["total"], 10) > 0
    assert page.inner_text("#tab-claims") == f"claims ({claims['total']})"
    page.click("#tab-claims")
    seen = []
    while True:
        hits = page.locator("#hits .hit")
        assert 0 < hits.count() <= 10
        seen += [unquote(h.split("/reports/", 1)[1]) for h in
                 page.locator("#hits .hit-title").evaluate_all("as => as.map(a => a.getAttribute('href'))")]
        marks = page.locator("#hits .snippet mark").all_inner_texts()
        assert marks and all(m.lower().startswith("russia") for m in marks), marks
        if page.locator("#page-next").count() == 0:
            break
        page.click("#page-next")
    assert seen == [f"{c['report_id']}?mark={c['content']['start']}-{c['content']['end']}#focus"
                    for c in claims["items"]]
    pages = -(-claims["total"] // 10)
    assert page.inner_text("#page-at") == f"page {pages} of {pages}"
    page.click("#page-prev")
    assert page.locator("#hits .hit").count() == 10
    assert page.inner_text("#page-at") == f"page {pages - 1} of {pages}"
    watched.shot("search.png")
    # bad dates are said in words, on the page
    page.goto("/search?q=Russian&since=2025-13-01")
    assert "not an ISO date" in page.inner_text("#search-problem")
