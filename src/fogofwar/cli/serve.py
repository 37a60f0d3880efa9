"""Command ``serve``: the analyst's workbench (web pages and JSON API) over the store.

    fogofwar serve [--db URL] [--host 127.0.0.1] [--port 8000] [--token-file PATH]

FastAPI on uvicorn (``fogofwar.web``). Writes (``POST /api/reports``) need a bearer token,
read from ``$FOGOFWAR_TOKEN`` or ``--token-file``; without one they are off.
"""

from __future__ import annotations

import os

import click

from . import main
from .common import db_option
from ..store import default_url
from ..store.masking import mask_url


def read_token(token_file: str | None) -> str | None:
    """The write token: the file's first line (``--token-file``), else ``$FOGOFWAR_TOKEN``;
    None when neither is set. An empty or unreadable file is an error, never 'no token'."""
    if token_file:
        try:
            with open(token_file, encoding="utf-8") as fh:
                token = fh.readline().strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"cannot read --token-file {token_file}: "
                                       f"{getattr(exc, 'strerror', None) or exc}") from None
        if not token:
            raise click.ClickException(f"--token-file {token_file} is empty")
        return token
    return os.environ.get("FOGOFWAR_TOKEN", "").strip() or None


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; think first).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--token-file", default=None, metavar="PATH",
              help="File whose first line is the bearer token for writes "
                   "(default: $FOGOFWAR_TOKEN; neither: writes are off).")
@click.option("--config", "config_path", default=None, metavar="TOML",
              help="Analyst settings: per-source reliability A-F and fusion thresholds "
                   "(default: ./fogofwar.toml if present).")
@click.option("--max-seconds-per-report", "max_seconds_per_report", default=300.0,
              show_default=True, type=click.FloatRange(0), metavar="SECONDS",
              help="Stop extracting a posted report after this long (its worker process is "
                   "killed) and answer it as failed, naming it; the others are stored "
                   "(0: no limit, extracted in the request's thread).")
def serve_cmd(db, host, port, token_file, config_path, max_seconds_per_report):
    """Serve the workbench: map, timeline, incidents, sources, reports, search, and the
    JSON API (/api, OpenAPI at /openapi.json) over the store.

    On start, reports not fused yet are fused (as `fogofwar incidents` does).
    """
    import uvicorn

    from ..fuse.config import ConfigError, load_config
    from ..store import Store, StoreError
    from ..web.app import create_app

    url = db or default_url()
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    token = read_token(token_file)
    try:  # fail here, in words, rather than in the server's start-up
        Store.open(url).close()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    app = create_app(url, token=token, config=config,
                     report_seconds=max_seconds_per_report or None)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"fogofwar: serving {mask_url(url)} at http://{shown}:{port}/ "
               f"(API: /api, /openapi.json; writes {'on' if token else 'off: no token'})",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
