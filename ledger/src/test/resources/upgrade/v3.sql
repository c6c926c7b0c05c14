-- A database as Clearance left it at schema version 3 (lists, kept parties, adjudications, entity links): one list
-- version with one entry, one kept party screened against it with its hit, an officer's adjudication and a
-- re-screening mark. MigrationUpgradeTest migrates it to the latest version and reads it back.
INSERT INTO list_version (id, feed, published, imported_at, content_hash, source, entry_count, alias_count,
                          address_count, warning_count)
VALUES (1, 'sdn', DATE '2024-05-03', TIMESTAMP '2026-11-28 10:00:00',
        '210ca6b4a8187a34e0850be69ecc6e918f23ad7778b8b5b2f9c9d5fbbaf4e0cb', 'lists/ofac-sdn-2024-05-03/sdn.csv', 1, 0, 0, 0);
INSERT INTO list_entry (version_id, ordinal, list_code, entity_id, entity_type, name, programs, countries,
                        content_hash)
VALUES (1, 0, 'SDN', '36', 'ENTITY', 'AEROCARIBBEAN AIRLINES', 'CUBA', 'CU',
        'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0');
INSERT INTO party (id, name, country, entity_type, threshold, first_screened, last_screened)
VALUES ('CUST-0001', 'Aerocaribbean Airlines', 'CU', 'ENTITY', NULL, TIMESTAMP '2026-11-28 10:01:00',
        TIMESTAMP '2026-11-28 10:01:00');
INSERT INTO party_screening (party_id, screened_at, algorithm, list_versions, threshold, hit_count, suppressed)
VALUES ('CUST-0001', TIMESTAMP '2026-11-28 10:01:00', 'clearance-name-v1', 'SDN@2024-05-03#1', NULL, 1, 0);
INSERT INTO party_hit (party_id, list_code, entity_id, version_id, entry_hash, entry_name, matched_name, score)
VALUES ('CUST-0001', 'SDN', '36', 1, 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0',
        'AEROCARIBBEAN AIRLINES', 'AEROCARIBBEAN AIRLINES', 1.0);
INSERT INTO adjudication (party_id, list_code, entity_id, decision, reason, decided_by, decided_at, entry_hash,
                          entry_name, version_id)
VALUES ('CUST-0001', 'SDN', '36', 'match', 'same airline, same address', 'A. Officer', TIMESTAMP '2026-11-28 10:05:00',
        'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0', 'AEROCARIBBEAN AIRLINES', 1);
INSERT INTO rescreen_state (feed, version_id) VALUES ('sdn', 1);
