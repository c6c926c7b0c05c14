package org.clearance.ledger.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.clearance.ledger.Ledger;
import org.clearance.screening.list.Feed;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database made before V10 keeps its versions, counts their source lists and marks the shipped CSL a subset. */
class ListCoverageMigrationTest {

    @Test
    void migrating_a_version_3_database_keeps_its_lists_and_marks_the_shipped_csl_a_subset() throws Exception {
        String url = "jdbc:h2:mem:v3_" + java.util.UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO list_version (id, feed, published, imported_at, content_hash, source, entry_count, "
                    + "alias_count, address_count, warning_count) VALUES (1, 'csl', DATE '2023-11-16', TIMESTAMP "
                    + "'2026-01-01 00:00:00', 'h1', 'classpath:lists/csl-2023-11/consolidated.csv', 3, 0, 0, 0), "
                    + "(2, 'sdn', DATE '2024-05-03', TIMESTAMP '2026-01-01 00:00:00', 'h2', '/home/me/sdn.csv', 1, 0, 0, 0)");
            s.execute("INSERT INTO list_entry (version_id, ordinal, list_code, entity_id, entity_type, name, content_hash) "
                    + "VALUES (1, 0, 'EL', 'a', 'ENTITY', 'A', 'x'), (1, 1, 'EL', 'b', 'ENTITY', 'B', 'x'), "
                    + "(1, 2, 'DPL', 'c', 'ENTITY', 'C', 'x'), (2, 0, 'SDN', '36', 'ENTITY', 'D', 'x')");
        }
        try (Ledger ledger = Ledger.open(url)) {
            ListVersion csl = ledger.lists().latest(Feed.CSL).orElseThrow();
            ListVersion sdn = ledger.lists().latest(Feed.SDN).orElseThrow();
            assertThat(csl.coverage()).isEqualTo(Coverage.SUBSET);
            assertThat(csl.listCount()).isEqualTo(2);
            assertThat(csl.entryCount()).isEqualTo(3);
            assertThat(sdn.coverage()).isEqualTo(Coverage.COMPLETE);
            assertThat(sdn.listCount()).isEqualTo(1);
            assertThat(ledger.lists().entries(csl.id())).hasSize(3);
            assertThat(ledger.fetches().all()).isEmpty();
        }
    }
}
