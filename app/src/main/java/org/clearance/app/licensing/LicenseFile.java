package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.determination.PolicyCondition;
import org.clearance.geography.Geography;
import org.clearance.geography.UnknownCountryException;
import org.clearance.law.Confidence;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The license file (JSON or YAML, docs/ledger.md "The license file"), read strictly: an unknown key, a missing field,
 * a bad date, number, country, catalog id or ECCN is refused naming the file and the field. Written back as the
 * canonical JSON the ledger stores and hashes (RFC 8785; amounts as decimal strings).
 */
public final class LicenseFile {

    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");
    static final Pattern ECCN = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Amounts keep at most 6 decimals (the ledger's DECIMAL(38, 6)). */
    static final int SCALE = 6;

    private static final Set<String> TOP = Set.of("number", "holder", "status", "valid_from", "valid_to", "items",
            "destinations", "parties", "limits", "conditions");
    private static final Set<String> ITEM = Set.of("catalog_id", "eccn", "spec_sha256", "limits");
    private static final Set<String> PARTIES = Set.of("consignee", "end_user");
    private static final Set<String> PARTY = Set.of("name", "country", "party_id");
    private static final Set<String> LIMITS = Set.of("quantity", "value", "tpp");
    private static final Set<String> CONDITIONS = Set.of("revenue_share_percent", "certifications", "reporting");
    private static final Set<String> SHARE = Set.of("value", "source", "confidence");

    private LicenseFile() {
    }

    public static License read(Path file, RuleData data) {
        return parse(Documents.read(file, file.toString()), data);
    }

    public static License parse(StrictNode root, RuleData data) {
        root.allowOnly(TOP);
        StrictNode numberNode = root.require("number");
        String number = numberNode.text().strip();
        if (!NUMBER.matcher(number).matches()) {
            throw numberNode.error("'" + number + "' is not a license number: letters, digits and . _ / - (at most 100)");
        }
        String holder = root.require("holder").text().strip();
        License.Status status = root.optionalNonNull("status").map(LicenseFile::status).orElse(License.Status.ACTIVE);
        var from = root.require("valid_from").date();
        StrictNode toNode = root.require("valid_to");
        var to = toNode.date();
        if (to.isBefore(from)) throw toNode.error(to + " is before valid_from " + from);
        List<License.Item> items = items(root.require("items"), data);
        Geography geo = data.determiner().geography();
        List<String> destinations = new ArrayList<>();
        for (StrictNode d : nonEmpty(root.require("destinations"))) {
            String code = country(d, geo);
            if (!destinations.contains(code)) destinations.add(code);
        }
        License.Parties parties = root.optionalNonNull("parties").map(p -> parties(p, geo)).orElse(License.Parties.NONE);
        License.Limits limits = root.optionalNonNull("limits").map(LicenseFile::limits).orElse(License.Limits.NONE);
        License.Conditions conditions = root.optionalNonNull("conditions").map(LicenseFile::conditions)
                .orElse(License.Conditions.NONE);
        return new License(number, holder, status, from, to, items, destinations, parties, limits, conditions);
    }

    static License.Status status(StrictNode n) {
        String s = n.text().strip();
        try {
            return License.Status.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw n.error("unknown status '" + s + "'; expected active, suspended, revoked or expired");
        }
    }

    private static List<StrictNode> nonEmpty(StrictNode n) {
        List<StrictNode> list = n.list();
        if (list.isEmpty()) throw n.error("must list at least one");
        return list;
    }

    private static List<License.Item> items(StrictNode n, RuleData data) {
        List<License.Item> out = new ArrayList<>();
        Set<String> scopes = new HashSet<>();
        for (StrictNode i : nonEmpty(n)) {
            i.allowOnly(ITEM);
            List<String> named = ITEM.stream().filter(k -> !k.equals("limits") && i.has(k)).sorted().toList();
            if (named.size() != 1) throw i.error("name the item by exactly one of catalog_id, eccn, spec_sha256");
            String key = named.get(0);
            StrictNode v = i.require(key);
            String value = v.text().strip();
            License.ItemKind kind = License.ItemKind.valueOf(key.toUpperCase(Locale.ROOT));
            switch (kind) {
                case CATALOG_ID -> {
                    if (data.catalog().find(value).isEmpty()) {
                        throw v.error("'" + value + "' is not a catalog id (see: clearance catalog list)");
                    }
                }
                case ECCN -> {
                    if (!ECCN.matcher(value).matches()) throw v.error("'" + value + "' is not an ECCN such as 3A090 or 3A090.a");
                }
                case SPEC_SHA256 -> {
                    if (!SHA256.matcher(value).matches()) {
                        throw v.error("expected the SHA-256 (64 lowercase hex digits) of the specification's canonical JSON");
                    }
                }
            }
            License.Limits limits = i.optionalNonNull("limits").map(LicenseFile::limits).orElse(License.Limits.NONE);
            License.Item item = new License.Item(kind, value, limits);
            if (!scopes.add(item.scope())) throw i.error("the item " + item.scope() + " is listed twice");
            out.add(item);
        }
        return out;
    }

    private static String country(StrictNode n, Geography geo) {
        try {
            return geo.resolve(n.text().strip()).code();
        } catch (UnknownCountryException e) {
            throw n.error(e.getMessage());
        }
    }

    private static License.Parties parties(StrictNode n, Geography geo) {
        n.allowOnly(PARTIES);
        return new License.Parties(n.optionalNonNull("consignee").map(p -> party(p, geo)).orElse(null),
                n.optionalNonNull("end_user").map(p -> party(p, geo)).orElse(null));
    }

    private static License.Party party(StrictNode n, Geography geo) {
        n.allowOnly(PARTY);
        return new License.Party(n.require("name").text().strip(),
                n.optionalNonNull("country").map(c -> country(c, geo)).orElse(null),
                n.optionalNonNull("party_id").map(p -> p.text().strip()).orElse(null));
    }

    static License.Limits limits(StrictNode n) {
        n.allowOnly(LIMITS);
        BigDecimal quantity = n.optionalNonNull("quantity").map(q -> BigDecimal.valueOf(q.positiveInt())).orElse(null);
        BigDecimal value = n.optionalNonNull("value").map(LicenseFile::amount).orElse(null);
        BigDecimal tpp = n.optionalNonNull("tpp").map(LicenseFile::amount).orElse(null);
        License.Limits limits = new License.Limits(quantity, value, tpp);
        if (!limits.any()) throw n.error("set at least one of quantity, value, tpp (or leave limits out)");
        return limits;
    }

    /** A positive decimal, written as a number or as a decimal string ("1250000.00"), at most 6 decimals. */
    static BigDecimal amount(StrictNode n) {
        BigDecimal v;
        if (n.isText()) {
            try {
                v = new BigDecimal(n.text().strip());
            } catch (NumberFormatException e) {
                throw n.error("expected a decimal number, got \"" + n.text() + "\"");
            }
        } else {
            v = n.number();
        }
        if (v.signum() <= 0) throw n.error("must be greater than 0, got " + v.toPlainString());
        if (v.stripTrailingZeros().scale() > SCALE) throw n.error("at most " + SCALE + " decimals, got " + v.toPlainString());
        return v.stripTrailingZeros();
    }

    private static License.Conditions conditions(StrictNode n) {
        n.allowOnly(CONDITIONS);
        License.RevenueShare share = n.optionalNonNull("revenue_share_percent").map(s -> {
            s.allowOnly(SHARE);
            StrictNode pv = s.require("value");
            BigDecimal percent = amount(pv);
            if (percent.compareTo(BigDecimal.valueOf(100)) > 0) throw pv.error("a percentage of at most 100, got " + percent.toPlainString());
            StrictNode c = s.require("confidence");
            String confidence = c.text().strip().toLowerCase(Locale.ROOT);
            try {
                Confidence.valueOf(confidence.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw c.error("unknown confidence '" + confidence + "'; expected primary, quoted, secondary, inferred or unconfirmed");
            }
            return new License.RevenueShare(percent, s.require("source").text().strip(), confidence);
        }).orElse(null);
        List<String> certifications = new ArrayList<>();
        for (StrictNode c : n.optionalNonNull("certifications").map(StrictNode::list).orElse(List.of())) {
            String id = c.text().strip();
            if (!PolicyCondition.ID.matcher(id).matches()) {
                throw c.error("'" + id + "' is not a certification id: a lowercase slug such as us-supply");
            }
            if (certifications.contains(id)) throw c.error("certification " + id + " is listed twice");
            certifications.add(id);
        }
        String reporting = n.optionalNonNull("reporting").map(r -> r.text().strip()).orElse(null);
        return new License.Conditions(share, certifications, reporting);
    }

    /** The license as JSON, in the file's own field names (what export writes and import reads back). */
    public static ObjectNode json(License l) {
        ObjectNode o = Json.object();
        o.put("number", l.number());
        o.put("holder", l.holder());
        o.put("status", l.status().code());
        o.put("valid_from", l.validFrom().toString());
        o.put("valid_to", l.validTo().toString());
        ArrayNode items = o.putArray("items");
        for (License.Item i : l.items()) {
            ObjectNode io = items.addObject().put(i.kind().key(), i.value());
            if (i.limits().any()) io.set("limits", limits(i.limits()));
        }
        o.set("destinations", Json.strings(l.destinations()));
        ObjectNode parties = o.putObject("parties");
        if (l.parties().consignee() != null) parties.set("consignee", party(l.parties().consignee()));
        if (l.parties().endUser() != null) parties.set("end_user", party(l.parties().endUser()));
        if (l.limits().any()) o.set("limits", limits(l.limits()));
        ObjectNode c = o.putObject("conditions");
        License.RevenueShare s = l.conditions().revenueShare();
        if (s != null) {
            c.putObject("revenue_share_percent").put("value", s.percent().toPlainString()).put("source", s.source())
                    .put("confidence", s.confidence());
        }
        c.set("certifications", Json.strings(l.conditions().certifications()));
        if (l.conditions().reporting() != null) c.put("reporting", l.conditions().reporting());
        return o;
    }

    /** Limits as JSON: quantity a whole number, value and tpp decimal strings. */
    public static ObjectNode limits(License.Limits l) {
        ObjectNode o = Json.object();
        if (l.quantity() != null) o.put("quantity", l.quantity().longValueExact());
        if (l.value() != null) o.put("value", l.value().toPlainString());
        if (l.tpp() != null) o.put("tpp", l.tpp().toPlainString());
        return o;
    }

    private static ObjectNode party(License.Party p) {
        ObjectNode o = Json.object().put("name", p.name());
        if (p.country() != null) o.put("country", p.country());
        if (p.partyId() != null) o.put("party_id", p.partyId());
        return o;
    }

    /** The canonical JSON (RFC 8785) of the license: what the ledger stores and hashes. */
    public static String canonical(License l) {
        try {
            return new JsonCanonicalizer(Json.compact(json(l))).getEncodedString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot canonicalize license " + l.number() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a license back from its stored canonical JSON. */
    public static License fromStored(String canonicalJson, String number, RuleData data) {
        return parse(Documents.parse(canonicalJson.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "license " + number, true), data);
    }
}
