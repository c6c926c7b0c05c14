package org.clearance.app.licensing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.RuleData;
import org.clearance.app.ShipmentScreening;
import org.clearance.determination.Determination;
import org.clearance.determination.DeterminationRules;
import org.clearance.determination.LicenseVerdict;
import org.clearance.determination.PartyHit;
import org.clearance.determination.RestrictedList;
import org.clearance.ledger.licenses.LicenseStore;
import org.clearance.ledger.licenses.ShipmentLedger;
import org.clearance.shipment.ShipmentFields;

/**
 * The verdict-to-outcome table (docs/ledger.md, "From verdict to outcome"), in the order it is applied:
 *
 * <ol>
 * <li>PROHIBITED → refused ({@code prohibited}).</li>
 * <li>An unadjudicated hit on a list that blocks or requires a license (SDN, DPL, Entity List, MEU), or any
 * unadjudicated hit when the verdict is INDETERMINATE → held ({@code unadjudicated_hit}), nothing drawn.</li>
 * <li>INDETERMINATE (missing facts) → refused ({@code indeterminate}), naming what is missing.</li>
 * <li>NO_LICENSE_REQUIRED → accepted, nothing drawn.</li>
 * <li>LICENSE_EXCEPTION_AVAILABLE with {@code --exception} offered (a NAC with its notification data) → accepted,
 * nothing drawn; an exception not offered → refused ({@code exception_not_offered}).</li>
 * <li>LICENSE_REQUIRED (or an exception available and {@code --license} given) without a license → refused
 * ({@code license_required}, {@code authorization_required}); with a license: not active → {@code license_status};
 * item, destination, consignee or end user not covered → {@code not_covered}; a certification not attested →
 * {@code certification_missing}; a TPP limit and an unknown TPP → {@code tpp_unknown}; else drawn from every limit
 * (the license's and its item's) and accepted, or refused ({@code limit}) when one would be passed.</li>
 * </ol>
 */
final class OutcomeTable {

    private OutcomeTable() {
    }

    /** What to record: the status, why, what to draw, and the hits that hold it. */
    record Planned(ShipOutcome.Status status, ShipOutcome.Reason reason, List<ShipmentLedger.Draw> draws,
                   String licenseNumber, String exception, BigDecimal tpp, List<PartyHit> holdHits,
                   java.util.Map<Long, String> quotas) {

        Planned(ShipOutcome.Status status, ShipOutcome.Reason reason, List<ShipmentLedger.Draw> draws,
                String licenseNumber, String exception, BigDecimal tpp, List<PartyHit> holdHits) {
            this(status, reason, draws, licenseNumber, exception, tpp, holdHits, java.util.Map.of());
        }

        /** The accepted shipment drawing on the quotas it touches too (labels by quota id). */
        Planned withQuotas(List<ShipmentLedger.Draw> quotaDraws, java.util.Map<Long, String> labels) {
            List<ShipmentLedger.Draw> all = new ArrayList<>(draws);
            all.addAll(quotaDraws);
            return new Planned(status, reason, all, licenseNumber, exception, tpp, holdHits, labels);
        }

        /** The same shipment refused because drawing {@code d} would pass its limit ({@code remaining} was left). */
        Planned refusedAt(ShipmentLedger.Draw d, BigDecimal remaining) {
            if (d.quota() != null) {
                String limit = quotas.get(d.quota());
                String text = "the shipment's " + Shown.plain(d.amount()) + " passes what remains of " + limit + " ("
                        + Shown.plain(remaining) + ")";
                return new Planned(ShipOutcome.Status.REFUSED, new ShipOutcome.Reason("quota", text, limit, remaining),
                        List.of(), licenseNumber, exception, tpp, List.of());
            }
            String limit = (d.scope().isEmpty() ? "" : "items." + d.scope() + ".") + d.kind();
            String text = "the shipment's " + d.kind() + " " + Shown.plain(d.amount()) + " passes what remains of "
                    + "license " + licenseNumber + "'s " + limit + " limit (" + Shown.plain(remaining) + ")";
            return new Planned(ShipOutcome.Status.REFUSED, new ShipOutcome.Reason("limit", text, limit, remaining),
                    List.of(), licenseNumber, exception, tpp, List.of());
        }
    }

    static Planned plan(Determination d, List<PartyHit> unadjudicated, DeterminationRules rules, License license,
                        LicenseStore.StoredLicense stored, String exception, String confirmation, String notified,
                        List<String> certified, ShipmentFields fields, ShipmentScreening.Ids ids, BigDecimal value,
                        RuleData data) {
        String number = license == null ? null : license.number();
        BigDecimal perUnit = Coverage.tppPerUnit(d);
        BigDecimal tpp = perUnit == null ? null : Ship.tpp(perUnit, d.parties().quantity());
        LicenseVerdict v = d.verdict();
        if (v == LicenseVerdict.PROHIBITED) {
            return refused("prohibited", "the decision is PROHIBITED: no license can authorise it"
                    + questions(d), number, exception, tpp);
        }
        List<PartyHit> holding = new ArrayList<>();
        for (PartyHit h : unadjudicated) {
            if (v == LicenseVerdict.INDETERMINATE || Ship.effect(h, rules) != RestrictedList.Effect.REVIEW) holding.add(h);
        }
        if (!holding.isEmpty()) {
            String labels = String.join("; ", holding.stream().map(PartyHit::label).toList());
            return new Planned(ShipOutcome.Status.HELD, new ShipOutcome.Reason("unadjudicated_hit",
                    "held until the restricted-list hits are adjudicated: " + labels), List.of(), number, exception,
                    tpp, holding);
        }
        if (v == LicenseVerdict.INDETERMINATE) {
            String missing = d.missing().isEmpty() ? "" : " missing " + String.join(", ", d.missing()) + ";";
            return refused("indeterminate", "the decision is INDETERMINATE:" + missing + questions(d), number,
                    exception, tpp);
        }
        if (v == LicenseVerdict.NO_LICENSE_REQUIRED) return accepted(number, exception, tpp, List.of());
        if (exception != null) {
            Determination.ExceptionOffer offer = d.licenseExceptions().stream()
                    .filter(o -> o.code().equals(exception)).findFirst().orElse(null);
            if (v != LicenseVerdict.LICENSE_EXCEPTION_AVAILABLE || offer == null) {
                String offered = d.licenseExceptions().isEmpty() ? "none"
                        : String.join(", ", d.licenseExceptions().stream().map(Determination.ExceptionOffer::code).toList());
                return refused("exception_not_offered", "License Exception " + exception + " is not available for "
                        + "this shipment (verdict " + v + "; exceptions offered: " + offered + ")", number, exception, tpp);
            }
            if (offer.notification() != null && (blank(confirmation) || blank(notified))) {
                return refused("notification_required", "License Exception " + exception + " needs its notification "
                        + "to BIS: give the confirmation number and the date notified", number, exception, tpp);
            }
            return accepted(null, exception, tpp, List.of());
        }
        if (license == null) {
            return v == LicenseVerdict.LICENSE_EXCEPTION_AVAILABLE
                    ? refused("authorization_required", "a license is required; license exceptions offered: "
                    + String.join(", ", d.licenseExceptions().stream().map(Determination.ExceptionOffer::code).toList())
                    + ": name one, or the license to draw on", null, null, tpp)
                    : refused("license_required", "a license is required (review policy " + d.reviewPolicy()
                    + "): name the license to draw on", null, null, tpp);
        }
        if (!stored.status().equals("active")) {
            return refused("license_status", "license " + number + " is " + stored.status(), number, null, tpp);
        }
        License.Item item = Coverage.item(license, fields.item(), d);
        if (item == null) {
            return refused("not_covered", "item: " + fields.item() + (d.eccn() == null ? "" : " (" + d.eccn() + ")")
                    + " is not among license " + number + "'s items (" + String.join(", ",
                    license.items().stream().map(License.Item::scope).toList()) + ")", number, null, tpp);
        }
        String destination = d.parties().destination();
        if (!license.destinations().contains(destination)) {
            return refused("not_covered", "destination: " + destination + " is not among license " + number
                    + "'s destinations (" + String.join(", ", license.destinations()) + ")", number, null, tpp);
        }
        var p = d.parties();
        License.Party consignee = license.parties().consignee();
        if (consignee != null && !Coverage.sameParty(consignee, p.consigneeName(), p.consigneeCountry(), ids.consignee())) {
            return refused("not_covered", "consignee: " + p.consigneeName() + " (" + p.consigneeCountry() + ") is not "
                    + "license " + number + "'s consignee " + consignee.name(), number, null, tpp);
        }
        License.Party endUser = license.parties().endUser();
        if (endUser != null && !Coverage.sameParty(endUser, p.endUserName(), p.endUserCountry(), ids.endUser())) {
            return refused("not_covered", "end_user: " + p.endUserName() + " (" + p.endUserCountry() + ") is not "
                    + "license " + number + "'s end user " + endUser.name(), number, null, tpp);
        }
        List<String> missing = license.conditions().certifications().stream().filter(c -> !certified.contains(c)).toList();
        if (!missing.isEmpty()) {
            return refused("certification_missing", "license " + number + " requires each shipment to be certified "
                    + "for: " + String.join(", ", missing), number, null, tpp);
        }
        List<ShipmentLedger.Draw> draws = new ArrayList<>();
        for (String scope : new String[] {"", item.scope()}) {
            var limits = license.limitsByScope().get(scope);
            if (limits == null) continue;
            for (String kind : limits.keySet()) {
                BigDecimal amount = switch (kind) {
                    case "quantity" -> BigDecimal.valueOf(p.quantity());
                    case "value" -> value;
                    default -> tpp;
                };
                if (amount == null) {
                    return refused("tpp_unknown", "license " + number + " limits the TPP shipped, and the item's TPP "
                            + "is not known from its specification", number, null, null);
                }
                draws.add(new ShipmentLedger.Draw(number, scope, kind, amount));
            }
        }
        return accepted(number, null, tpp, draws);
    }

    private static String questions(Determination d) {
        return d.openQuestions().isEmpty() ? "" : " " + String.join("; ", d.openQuestions());
    }

    private static Planned refused(String code, String text, String number, String exception, BigDecimal tpp) {
        return new Planned(ShipOutcome.Status.REFUSED, new ShipOutcome.Reason(code, text), List.of(), number,
                exception, tpp, List.of());
    }

    private static Planned accepted(String number, String exception, BigDecimal tpp, List<ShipmentLedger.Draw> draws) {
        return new Planned(ShipOutcome.Status.ACCEPTED, null, draws, number, exception, tpp, List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
