-- What `clearance lists update` last saw of each source it downloads: the URL, the validators the server gave
-- (ETag, Last-Modified) for a conditional request next time, when it asked, what happened and the version it
-- imported or found unchanged. One row per source (sdn, cons, csl, dpl). Portable SQL: H2 2.x and PostgreSQL.

CREATE TABLE list_fetch (
    source        VARCHAR(16)   PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    etag          VARCHAR(1000),
    last_modified VARCHAR(100),
    checked_at    TIMESTAMP     NOT NULL,
    outcome       VARCHAR(16)   NOT NULL,   -- imported, unchanged, not-modified, refused, failed
    message       VARCHAR(4000),
    version_id    BIGINT        REFERENCES list_version (id)
);
