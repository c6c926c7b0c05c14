-- Links between listed parties that a list version publishes (FollowTheMoney Ownership and Directorship entities),
-- kept for the rules that reach through ownership. By the list's entity ids, which need not be entries of the same
-- version. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE list_entity_link (
    version_id  BIGINT        NOT NULL REFERENCES list_version (id),
    ordinal     INTEGER       NOT NULL,   -- file order
    kind        VARCHAR(16)   NOT NULL,   -- OWNERSHIP (from owns to), DIRECTORSHIP (from directs to)
    link_id     VARCHAR(128),             -- the list's id for the link itself
    from_entity VARCHAR(128)  NOT NULL,   -- owner, director
    to_entity   VARCHAR(128)  NOT NULL,   -- asset, organization
    percentage  VARCHAR(64),              -- as published: "100", "more than 25%"
    start_date  VARCHAR(32),
    PRIMARY KEY (version_id, ordinal)
);
CREATE INDEX list_entity_link_by_from ON list_entity_link (from_entity);
CREATE INDEX list_entity_link_by_to ON list_entity_link (to_entity);
