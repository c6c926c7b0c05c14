package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.ledger.ScreeningService;
import org.clearance.ownership.Holding;
import org.clearance.ownership.HoldingParty;
import org.clearance.ownership.OwnershipCsv;
import org.clearance.ownership.OwnershipFileException;
import org.clearance.ownership.OwnershipFtm;
import org.clearance.ownership.OwnershipStore;
import org.clearance.ownership.OwnershipVersion;
import org.clearance.ownership.Percent;
import org.clearance.ownership.SourcedHolding;

/**
 * Ownership data in the database: importing a source's snapshot (CSV or FtM) as its new version, the versions, and
 * the owners and holdings of one party. See docs/ownership.md.
 */
public final class Ownership {

    private Ownership() {
    }

    /** An import's outcome. */
    public record Imported(OwnershipStore.Imported outcome, double seconds) {
        public ObjectNode json() {
            ObjectNode o = version(outcome.version());
            o.put("outcome", outcome.unchanged() ? "unchanged" : "imported");
            if (outcome.replaced() != null) o.put("replaces", outcome.replaced().label());
            return o;
        }
    }

    /** Every version and which are current (the latest of each source). */
    public record Stored(List<OwnershipVersion> versions, List<OwnershipVersion> current, List<OwnershipVersion> fromLists) {
        public ArrayNode json() {
            ArrayNode a = Json.array();
            for (OwnershipVersion v : versions) {
                ObjectNode o = version(v);
                o.put("current", current.contains(v));
                a.add(o);
            }
            for (OwnershipVersion v : fromLists) {
                ObjectNode o = version(v);
                o.put("current", true);
                a.add(o);
            }
            return a;
        }
    }

    /** One party's owners (holdings of it) and holdings (what it holds), from the current data. */
    public record Shown(String party, List<SourcedHolding> owners, List<SourcedHolding> holdings) {
        public ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("party", party);
            o.set("owners", holdingsJson(owners));
            o.set("holdings", holdingsJson(holdings));
            return o;
        }
    }

    /**
     * Imports {@code file} as the next version of {@code source}. Every row is checked first; a bad row refuses the
     * whole file ({@link BadInput} naming each line and why) and nothing is stored.
     */
    public static Imported importFile(ScreeningService service, Path file, String format, String source) {
        if (source == null || source.isBlank()) throw new BadInput("--source: name the source of this data (e.g. kyc-export)");
        if (!"csv".equals(format) && !"ftm".equals(format)) throw new BadInput("--format: expected csv or ftm, not '" + format + "'");
        long start = System.nanoTime();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Holding> holdings;
        try {
            if (format.equals("csv")) {
                holdings = OwnershipCsv.read(text, file.toString(),
                        new OwnershipStore(service.ledger().connection()).knownReferences(service.ledger().lists()));
            } else {
                LocalDate fileDate = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
                holdings = OwnershipFtm.read(text, file.toString(), fileDate, source.strip());
            }
        } catch (OwnershipFileException e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read: " + e.getMessage());
        }
        String hash = org.clearance.screening.list.ListEntry.sha256(text);
        OwnershipStore.Imported out = new OwnershipStore(service.ledger().connection())
                .importHoldings(source.strip(), format, file.toString(), hash, holdings);
        return new Imported(out, (System.nanoTime() - start) / 1e9);
    }

    public static Stored stored(ScreeningService service) {
        OwnershipStore store = new OwnershipStore(service.ledger().connection());
        List<OwnershipVersion> fromLists = new ArrayList<>();
        for (SourcedHolding s : store.currentHoldings(service.ledger().lists())) {
            if (s.version().id() == 0 && !fromLists.contains(s.version())) fromLists.add(s.version());
        }
        return new Stored(store.versions(), store.current(), fromLists);
    }

    /** The current owners and holdings of a party named by its name, party id or list reference. */
    public static Shown show(ScreeningService service, String party) {
        if (party == null || party.isBlank()) throw new BadInput("name a party: a name, a party id or LIST:ENTRY_ID");
        List<SourcedHolding> owners = new ArrayList<>();
        List<SourcedHolding> holdings = new ArrayList<>();
        String wanted = party.strip();
        String simple = HoldingParty.simpleName(wanted);
        for (SourcedHolding s : new OwnershipStore(service.ledger().connection()).currentHoldings(service.ledger().lists())) {
            if (is(s.holding().owned(), wanted, simple)) owners.add(s);
            if (is(s.holding().owner(), wanted, simple)) holdings.add(s);
        }
        return new Shown(wanted, owners, holdings);
    }

    private static boolean is(HoldingParty p, String wanted, String simple) {
        return wanted.equals(p.partyId()) || wanted.equals(p.ref()) || ("ftm:" + wanted).equals(p.partyId())
                || HoldingParty.simpleName(p.name()).equals(simple);
    }

    static ObjectNode version(OwnershipVersion v) {
        ObjectNode o = Json.object();
        o.put("version", v.label());
        o.put("source", v.source());
        o.put("seq", v.seq());
        o.put("format", v.format());
        o.put("file", v.file());
        o.put("content_hash", v.contentHash());
        o.put("holdings", v.holdings());
        o.put("imported_at", v.importedAt().toString());
        if (v.id() == 0) o.put("from_list", true);
        return o;
    }

    static ArrayNode holdingsJson(List<SourcedHolding> list) {
        ArrayNode a = Json.array();
        for (SourcedHolding s : list) a.add(holding(s.holding(), s.version()));
        return a;
    }

    /** One holding as JSON: owner, owned, percent (with its range), dates, source and version. */
    public static ObjectNode holding(Holding h, OwnershipVersion v) {
        ObjectNode o = Json.object();
        o.set("owner", party(h.owner()));
        o.set("owned", party(h.owned()));
        percent(o, h.percent());
        o.put("as_of", h.asOf().toString());
        o.put("valid_from", h.validFrom().toString());
        if (h.validTo() != null) o.put("valid_to", h.validTo().toString());
        else o.putNull("valid_to");
        o.put("source", h.source());
        if (v != null) o.put("version", v.label());
        o.put("line", h.line());
        return o;
    }

    static void percent(ObjectNode o, Percent p) {
        if (!p.stated()) {
            o.putNull("percent");
        } else if (p.exact()) {
            o.put("percent", p.low());
        } else {
            o.put("percent", p.text());
        }
        o.put("percent_low", p.low());
        o.put("percent_high", p.high());
    }

    static ObjectNode party(HoldingParty p) {
        ObjectNode o = Json.object();
        o.put("name", p.name());
        if (p.ref() != null) o.put("ref", p.ref());
        if (p.partyId() != null) o.put("party_id", p.partyId());
        if (p.country() != null) o.put("country", p.country());
        return o;
    }
}
