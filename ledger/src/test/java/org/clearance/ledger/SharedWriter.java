package org.clearance.ledger;

import java.time.Instant;
import java.util.List;
import org.clearance.ledger.parties.Party;
import org.clearance.ledger.parties.PartyStore;
import org.clearance.screening.list.EntityType;

/**
 * A second process for {@link SharedH2FileIT}: opens the ledger at a URL and keeps {@code count} parties, one
 * transaction each, so that its writes interleave with another process's. Exit 0 when all were kept; 3 with the
 * message on stdout when the database refused it as held by another program.
 */
public final class SharedWriter {
    private SharedWriter() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        try (Ledger ledger = Ledger.open(url)) {
            PartyStore parties = new PartyStore(ledger.connection());
            for (int i = 0; i < count; i++) {
                Instant now = Instant.now();
                Party p = new Party(prefix + i, prefix + " party " + i, "CN", EntityType.ENTITY, null, now, now);
                parties.recordScreenings(List.of(new PartyStore.ScreeningRecord(p, "test", "", null, List.of(), 0)));
            }
        } catch (DatabaseInUseException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
