-- PostgreSQL full-text search over stored vectors (replacing 0005's expression indexes):
-- ranking matches then reads each document's tsvector instead of parsing its whole text
-- again. The vectors live in tables of their own (a SELECT * of reports or claims never
-- carries them), filled by triggers on every insert and removed with their row.
DROP INDEX reports_search;
DROP INDEX claims_search;

-- a document too long for one tsvector (1 MB of lexemes) is indexed by its first 200,000
-- characters rather than refused: a report is never lost to its search index
CREATE OR REPLACE FUNCTION fogofwar_report_vector(title TEXT, body TEXT) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN setweight(to_tsvector('english', COALESCE(title, '')), 'A')
           || setweight(to_tsvector('english', body), 'B');
EXCEPTION WHEN program_limit_exceeded THEN
    RETURN setweight(to_tsvector('english', COALESCE(title, '')), 'A')
           || setweight(to_tsvector('english', left(body, 200000)), 'B');
END
$$;

CREATE TABLE report_search (
    report_id  TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    vector     tsvector NOT NULL
);
CREATE INDEX report_search_vector ON report_search USING GIN (vector);
CREATE TABLE claim_search (
    claim_id   TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    vector     tsvector NOT NULL
);
CREATE INDEX claim_search_vector ON claim_search USING GIN (vector);

INSERT INTO report_search (report_id, vector)
    SELECT id, fogofwar_report_vector(title, text) FROM reports;
INSERT INTO claim_search (claim_id, vector)
    SELECT id, fogofwar_report_vector(source_canonical || ' ' || source_text, content_text)
    FROM claims;

CREATE OR REPLACE FUNCTION fogofwar_report_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_search (report_id, vector)
        VALUES (NEW.id, fogofwar_report_vector(NEW.title, NEW.text));
    RETURN NEW;
END
$$;
CREATE OR REPLACE FUNCTION fogofwar_claim_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_search (claim_id, vector) VALUES
        (NEW.id, fogofwar_report_vector(NEW.source_canonical || ' ' || NEW.source_text,
                                        NEW.content_text));
    RETURN NEW;
END
$$;
CREATE TRIGGER report_search_insert AFTER INSERT ON reports
    FOR EACH ROW EXECUTE FUNCTION fogofwar_report_search();
CREATE TRIGGER claim_search_insert AFTER INSERT ON claims
    FOR EACH ROW EXECUTE FUNCTION fogofwar_claim_search();
