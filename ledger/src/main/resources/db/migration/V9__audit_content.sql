-- Content-addressed store for what a recorded decision used (rule pack files, overlays, catalog items, specs,
-- hits), so that `audit replay` re-runs it from exactly those inputs. Written once per content, never updated.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE audit_content (
    hash       VARCHAR(64) PRIMARY KEY,   -- SHA-256 (hex) of content's UTF-8 bytes
    media_type VARCHAR(64) NOT NULL,      -- e.g. application/json, application/x-clearance-rulepack+json
    content    TEXT        NOT NULL
);
