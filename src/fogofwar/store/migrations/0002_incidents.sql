-- Incidents: stored events fused across reports (fuse/, store/incidents.py).
-- Portable SQL for SQLite and PostgreSQL. JSON columns are TEXT.

CREATE TABLE incidents (
    id              TEXT PRIMARY KEY,       -- "inc:<id of the event that started it>"
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    family          TEXT NOT NULL,          -- fuse.compat.family: which types may merge
    place_json      TEXT,                   -- anchor place (records.Place as JSON) or NULL
    first_date      TEXT,                   -- anchor interval (narrowest stated time)
    last_date       TEXT,
    inferred        INTEGER NOT NULL DEFAULT 0,
    anchor_outlet   TEXT,                   -- outlet whose report gave the anchor time
    span_first      TEXT,                   -- union of the members' intervals: the time index
    span_last       TEXT,
    actors_json     TEXT NOT NULL,
    status          TEXT,                   -- cached grading (recomputed when members change)
    credibility     INTEGER,
    summary_json    TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX incidents_span ON incidents (span_last, id);
CREATE INDEX incidents_status ON incidents (status, credibility);

-- The candidate index: an incident's keys (admin area, country, grid cell, name; see
-- fuse/compat.py) with its type family and time span, so that finding the candidates of a
-- new event reads only this index, whatever the store's size.
CREATE TABLE incident_cells (
    cell         TEXT NOT NULL,
    family       TEXT NOT NULL,
    span_first   TEXT,
    span_last    TEXT,
    incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    PRIMARY KEY (cell, family, incident_id)
);
CREATE INDEX incident_cells_span ON incident_cells (cell, family, span_last);
CREATE INDEX incident_cells_incident ON incident_cells (incident_id);

-- Why each event joined its incident (role: asserts | denies; features: JSON).
CREATE TABLE incident_events (
    incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    event_id     TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role         TEXT NOT NULL,
    first_date   TEXT,
    last_date    TEXT,
    inferred     INTEGER NOT NULL DEFAULT 0,
    features     TEXT NOT NULL,
    joined_at    TEXT NOT NULL,
    PRIMARY KEY (incident_id, event_id)
);
CREATE INDEX incident_events_event ON incident_events (event_id);

-- Syndication: each fused report's MinHash signature and its copy cluster.
CREATE TABLE report_copies (
    report_id   TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    cluster_id  TEXT NOT NULL,
    similarity  DOUBLE PRECISION NOT NULL,
    signature   TEXT NOT NULL,
    fused_at    TEXT NOT NULL
);
CREATE INDEX report_copies_cluster ON report_copies (cluster_id);

CREATE TABLE report_bands (
    band       TEXT NOT NULL,
    report_id  TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    PRIMARY KEY (band, report_id)
);
