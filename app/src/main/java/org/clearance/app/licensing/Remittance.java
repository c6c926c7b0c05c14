package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.app.BadInput;
import org.clearance.app.Database;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.licenses.LicenseStore;
import org.clearance.ledger.licenses.ShipmentLedger;

/**
 * {@code remittance --period 2026-Q1}: for every license with a revenue share, the accepted shipments (not voided)
 * dated in the period, their declared value, and the share owed: per shipment value × percent ÷ 100 rounded half-even
 * to the cent, summed per license and in total. Exact decimals throughout; JSON writes them as decimal strings. The
 * percentage is the license file's (its current version), never the rule pack's.
 */
public final class Remittance {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A period: a year (2026) or a quarter (2026-Q1), as its first and last days. */
    public record Period(String text, LocalDate from, LocalDate to) {
        public static Period parse(String text, String field) {
            Matcher m = text == null ? null : PERIOD.matcher(text.strip());
            if (m == null || !m.matches()) {
                throw new BadInput(field + ": expected a year (2026) or a quarter (2026-Q1), got '" + text + "'");
            }
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return new Period(text.strip(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            int q = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
            return new Period(text.strip(), from, from.plusMonths(3).minusDays(1));
        }

        public boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    public record Owed(String key, LocalDate date, BigDecimal value, BigDecimal owed) {
    }

    public record Line(String number, String holder, BigDecimal percent, String source, String confidence,
                       List<Owed> shipments, BigDecimal value, BigDecimal owed) {
    }

    public record Report(Period period, List<Line> licenses, BigDecimal totalOwed) {
        public ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("period", period.text());
            o.put("from", period.from().toString());
            o.put("to", period.to().toString());
            ArrayNode ls = o.putArray("licenses");
            for (Line l : licenses) {
                ObjectNode lo = ls.addObject();
                lo.put("number", l.number());
                lo.put("holder", l.holder());
                ArrayNode sh = lo.putArray("shipments");
                for (Owed s : l.shipments()) {
                    sh.addObject().put("idempotency_key", s.key()).put("date", s.date().toString())
                            .put("value", money(s.value())).put("owed", money(s.owed()));
                }
                lo.put("value", money(l.value()));
                lo.put("percent", Shown.plain(l.percent()));
                lo.put("owed", money(l.owed()));
                lo.put("source", l.source());
                lo.put("confidence", l.confidence());
            }
            o.put("total_owed", money(totalOwed));
            return o;
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("Revenue share owed for " + period.text() + " (" + period.from() + " to " + period.to() + ")");
            for (Line l : licenses) {
                out.add("  " + l.number() + " (" + l.holder() + "): " + l.shipments().size() + " shipments, value USD "
                        + money(l.value()) + " × " + Shown.plain(l.percent()) + "% = USD " + money(l.owed())
                        + " [" + l.confidence() + ": " + l.source() + "]");
            }
            out.add("Total owed: USD " + money(totalOwed));
            return out;
        }
    }

    private Remittance() {
    }

    public static Report of(RuleData data, String url, String periodText, String holder) {
        Period period = Period.parse(periodText, "--period");
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            LicenseStore store = new LicenseStore(ledger.connection());
            ShipmentLedger shipments = new ShipmentLedger(ledger.connection());
            for (LicenseStore.StoredLicense s : store.all()) {
                if (holder != null && !Coverage.sameName(holder, s.holder())) continue;
                License l = LicenseFile.fromStored(s.content(), s.number(), data);
                License.RevenueShare share = l.conditions().revenueShare();
                if (share == null) continue;
                List<Owed> owed = new ArrayList<>();
                BigDecimal value = BigDecimal.ZERO;
                BigDecimal sum = BigDecimal.ZERO.setScale(2);
                for (ShipmentLedger.Stored sh : shipments.forLicense(s.number())) {
                    if (!sh.status().equals("accepted") || sh.voided() || sh.value() == null || sh.shipDate() == null
                            || !period.contains(sh.shipDate())) continue;
                    BigDecimal o = share(sh.value(), share.percent());
                    owed.add(new Owed(sh.key(), sh.shipDate(), sh.value(), o));
                    value = value.add(sh.value());
                    sum = sum.add(o);
                }
                lines.add(new Line(s.number(), s.holder(), share.percent(), share.source(), share.confidence(), owed,
                        value, sum));
                total = total.add(sum);
            }
        }
        return new Report(period, lines, total);
    }

    /** value × percent ÷ 100, rounded half-even to the cent. */
    static BigDecimal share(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).divide(HUNDRED).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Money as a decimal string with at least two decimals. */
    static String money(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }
}
