-- Screening reads the current holdings whole (by version, in file order: the primary key), never by owned name; the
-- index of V24 only slowed a million-holding import. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
DROP INDEX ownership_holding_by_owned;
