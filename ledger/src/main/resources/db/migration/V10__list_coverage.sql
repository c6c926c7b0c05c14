-- Whether a list version is the whole list its publisher issues or a subset of it (the CSL shipped with Clearance
-- is a 4,226-row subset), and how many source lists its entries come from (the CSL merges a dozen), so that every
-- answer can say which lists it screened against were partial. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE list_version ADD COLUMN coverage VARCHAR(8) DEFAULT 'complete' NOT NULL;   -- complete | subset
ALTER TABLE list_version ADD COLUMN list_count INTEGER DEFAULT 0 NOT NULL;              -- distinct list codes

UPDATE list_version SET list_count = (SELECT COUNT(DISTINCT e.list_code) FROM list_entry e
                                      WHERE e.version_id = list_version.id);

-- The shipped CSL (lists/csl-2023-11, a test subset kept by moov-io/watchman) was imported as if complete before
-- this migration.
UPDATE list_version SET coverage = 'subset' WHERE source = 'classpath:lists/csl-2023-11/consolidated.csv';
