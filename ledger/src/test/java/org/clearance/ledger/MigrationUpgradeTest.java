package org.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.PartyStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database of an earlier schema version, with data in every table, migrated to the latest: nothing is lost (issue
 * 10). A capability that adds migrations adds the data of its tables to the fixture of the version before its own
 * (src/test/resources/upgrade/vN.sql) and checks here that it reads back.
 */
class MigrationUpgradeTest {

    @Test
    void a_version_3_database_migrates_to_the_latest_with_its_lists_parties_and_adjudications() throws Exception {
        String url = "jdbc:h2:mem:upgrade_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("3")
                .loggers(QuietFlywayLog.class.getName()).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : script("upgrade/v3.sql").split(";\\s*\\n")) {
                String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                if (!sql.isBlank()) s.execute(sql);
            }
        }

        try (Ledger ledger = Ledger.open(url)) {
            assertThat(ledger.lists().versions()).extracting(ListVersion::id).containsExactly(1L);
            assertThat(ledger.lists().versions()).extracting(ListVersion::coverage, ListVersion::listCount)   // V10
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(org.clearance.ledger.lists.Coverage.COMPLETE, 1));
            assertThat(ledger.fetches().all()).isEmpty();                                                     // V11
            assertThat(new org.clearance.ledger.licenses.LicenseStore(ledger.connection()).all()).isEmpty();  // V32
            assertThat(new org.clearance.ledger.licenses.HoldStore(ledger.connection()).list(null)).isEmpty(); // V33
            assertThat(new org.clearance.ledger.licenses.QuotaStore(ledger.connection()).all()).isEmpty();    // V34
            assertThat(ledger.lists().entries(1)).singleElement()
                    .satisfies(e -> assertThat(e.name()).isEqualTo("AEROCARIBBEAN AIRLINES"));
            PartyStore parties = new PartyStore(ledger.connection());
            assertThat(parties.find("CUST-0001")).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("CU"));
            assertThat(parties.screeningCount("CUST-0001")).isEqualTo(1);
            assertThat(parties.hits().get("CUST-0001")).singleElement()
                    .satisfies(h -> assertThat(h.entityId()).isEqualTo("36"));
            assertThat(parties.adjudications("CUST-0001")).extracting(Adjudication::reason)
                    .containsExactly("same airline, same address");
            assertThat(parties.adjudications("CUST-0001")).singleElement()                                  // V25
                    .satisfies(a -> assertThat(a.requestId()).isNull())
                    .satisfies(a -> assertThat(a.approvedBy()).isNull());
            assertThat(new org.clearance.ledger.approvals.ApprovalStore(ledger.connection()).all("adjudication")).isEmpty();
        }
    }

    private static String script(String resource) throws IOException {
        try (InputStream in = MigrationUpgradeTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
