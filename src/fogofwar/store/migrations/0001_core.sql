-- Core schema: reports and everything extracted from them. Accepted as-is by SQLite and
-- PostgreSQL (portable types only; no AUTOINCREMENT/SERIAL: ids are text keys we derive).
-- Every extracted record keeps its evidence span as (text, start_char, end_char).

CREATE TABLE reports (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    text          TEXT NOT NULL,
    published     TEXT,
    source        TEXT,
    url           TEXT,
    title         TEXT,
    language      TEXT,
    origin        TEXT,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX reports_published ON reports (published);
CREATE INDEX reports_source ON reports (source);

CREATE TABLE places (
    report_id     TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    geonameid     BIGINT,
    name          TEXT,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    country_code  TEXT,
    admin1        TEXT,
    admin2        TEXT,
    feature_code  TEXT,
    precision     INTEGER,
    score         DOUBLE PRECISION,
    PRIMARY KEY (report_id, idx)
);
CREATE INDEX places_name ON places (name);

CREATE TABLE times (
    report_id     TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    value         TEXT NOT NULL,
    precision     TEXT NOT NULL,
    first_date    TEXT,
    last_date     TEXT,
    inferred      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (report_id, idx)
);

CREATE TABLE actors (
    report_id     TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    canonical     TEXT NOT NULL,
    kind          TEXT NOT NULL,
    side          TEXT,
    PRIMARY KEY (report_id, idx)
);

-- Event ids are "<report_id>:e<idx>", claim ids "<report_id>:c<idx>".
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    report_id       TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    actor1          TEXT,
    actor2          TEXT,
    place_idx       INTEGER,
    time_idx        INTEGER,
    fatalities_low  INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    polarity        TEXT NOT NULL,
    modality        TEXT NOT NULL,
    plover          TEXT,
    evidence_text   TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL
);
CREATE INDEX events_report ON events (report_id);
CREATE INDEX events_type ON events (event_type, sub_event_type);

CREATE TABLE claims (
    id               TEXT PRIMARY KEY,
    report_id        TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    idx              INTEGER NOT NULL,
    source_text      TEXT NOT NULL,
    source_start     INTEGER NOT NULL,
    source_end       INTEGER NOT NULL,
    source_canonical TEXT NOT NULL,
    source_kind      TEXT NOT NULL,
    source_side      TEXT,
    cue_text         TEXT NOT NULL,
    cue_start        INTEGER NOT NULL,
    cue_end          INTEGER NOT NULL,
    content_text     TEXT NOT NULL,
    content_start    INTEGER NOT NULL,
    content_end      INTEGER NOT NULL,
    stance           TEXT NOT NULL,
    certainty        TEXT NOT NULL,
    mode             TEXT NOT NULL
);
CREATE INDEX claims_report ON claims (report_id);
CREATE INDEX claims_source ON claims (source_canonical);

CREATE TABLE claim_events (
    claim_id  TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, event_id)
);
