-- Full-text search over reports and claims (web/, issue 12), SQLite: FTS5 tables kept in
-- sync with reports and claims by triggers (every writer: ingest, serve, delete_report).
-- Stemmed (porter), accents folded. The PostgreSQL side is 0005_search.postgresql.sql.
CREATE VIRTUAL TABLE report_search USING fts5(
    report_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE claim_search USING fts5(
    claim_id UNINDEXED, report_id UNINDEXED, source, content,
    tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO report_search (report_id, title, text)
    SELECT id, COALESCE(title, ''), text FROM reports;
INSERT INTO claim_search (claim_id, report_id, source, content)
    SELECT id, report_id, source_canonical || ' ' || source_text, content_text FROM claims;

CREATE TRIGGER report_search_insert AFTER INSERT ON reports BEGIN
    INSERT INTO report_search (report_id, title, text)
        VALUES (new.id, COALESCE(new.title, ''), new.text);
END;
CREATE TRIGGER report_search_delete AFTER DELETE ON reports BEGIN
    DELETE FROM report_search WHERE report_id = old.id;
END;
CREATE TRIGGER claim_search_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_search (claim_id, report_id, source, content)
        VALUES (new.id, new.report_id, new.source_canonical || ' ' || new.source_text,
                new.content_text);
END;
CREATE TRIGGER claim_search_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claim_search WHERE claim_id = old.id;
END;
