"""The analyst's workbench: a FastAPI app over the store (``fogofwar serve``).

    app.py      create_app(db_url, token=...): the app, its store pool, error handlers
    api.py      the JSON API under /api (OpenAPI at /openapi.json), thin over queries/
    params.py   query parameters -> typed filters (dates, bounding box, paging), 400 on bad ones
    queries/    the read queries the API and the server-rendered pages share
    pool.py     store connections shared by request threads
    errors.py   every error as JSON {"status", "message"}, never a traceback
    writes.py   POST /api/reports: the ingest readers, one transaction per report, a token

See docs/api.md for the endpoints.
"""
