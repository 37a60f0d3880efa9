"""Browser fixtures (imported by the test modules, as tests/web does): the example store
plus a hostile report, the app served by uvicorn on a free port, and Debian's Chromium
driven by Playwright (never a browser Playwright downloads).

Screenshots go to ``$FOGOFWAR_SCREENSHOTS`` (default ``build/browser-screenshots/``).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from web.web_fixtures import ROOT, example_config, example_db  # noqa: F401

CHROMIUM = os.environ.get("FOGOFWAR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(os.environ.get("FOGOFWAR_SCREENSHOTS") or ROOT / "build" / "browser-screenshots")

# A report written to attack the pages: markup, event handlers, javascript: URLs, a
# closing </textarea> and unicode direction overrides in its title, outlet, URL and text.
RLO, PDF = "\u202e", "\u202c"
HOSTILE = (
    f'Title: <script>window.__pwned=1</script>Shelling of Sumy <img src=x onerror="window.__pwned=2"> '
    f'{RLO}evil{PDF}</textarea>\n'
    f'Source: </textarea><b onmouseover="window.__pwned=3">Hostile Wire</b> {RLO}eriW\n'
    'Published: 2025-04-09\n'
    'URL: javascript:window.__pwned=4\n'
    '\n'
    'Russian forces shelled Sumy on Tuesday, killing two civilians, the regional governor said '
    '<script>window.__pwned=5</script>. </textarea><img src=x onerror="window.__pwned=6"> '
    f'{RLO}The Russian Ministry of Defense denied that its forces shelled Sumy.{PDF} '
    '<a href="javascript:window.__pwned=7">details</a>\n'
)


def need_chromium() -> str:
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"Chromium not found at {CHROMIUM}: the browser tests need Debian's chromium "
                    "package (apt-get install -y chromium) or FOGOFWAR_CHROMIUM=/path/to/chromium")
    return CHROMIUM


@pytest.fixture(scope="session")
def hostile_db(example_db, tmp_path_factory, request, example_config):  # noqa: F811
    """The example store plus the hostile report, fused."""
    from fogofwar.incidents import fuse_pending
    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.batch import ingest
    from fogofwar.store import Store

    need_chromium()
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "2025-04-09-hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "hostile.db"
    shutil.copyfile(example_db, db)
    pipeline = request.getfixturevalue("pipeline")
    with Store.open(str(db)) as s:
        summary = ingest([str(folder / "2025-04-09-hostile.txt")], s, lambda: pipeline,
                         IngestOptions())
        assert summary.ok and summary.stored, summary.to_dict()
        fuse_pending(s.db, example_config)
    return db


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(hostile_db, example_config):  # noqa: F811
    """The workbench over the hostile store, served by uvicorn in a thread: its base URL."""
    import uvicorn

    from fogofwar.web.app import create_app
    from fogofwar.web.pages.assets import missing_assets

    problem = missing_assets()
    assert problem is None, problem
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(hostile_db), config=example_config),
                                        host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    exe = need_chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


class Watched:
    """A page with what its console, its errors and its dialogs said."""

    def __init__(self, page) -> None:
        self.page = page
        self.console: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def dialog(d) -> None:
            self.dialogs.append(d.message)
            d.dismiss()
        page.on("dialog", dialog)

    def csp_violations(self) -> list[str]:
        return [m for m in self.console if "Content Security Policy" in m]

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / name
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def watched(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, base_url=server)
    page = ctx.new_page()
    w = Watched(page)
    yield w
    ctx.close()
    assert not w.errors, w.errors
    assert not w.dialogs, w.dialogs
    assert not w.csp_violations(), w.csp_violations()
