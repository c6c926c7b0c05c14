package org.clearance.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.match.Query;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningHit;
import org.clearance.screening.name.NameNormalizer;

/** The listed entries an owner of the data is, found with the screening index and remembered per owner. */
public final class OwnerLinks {

    private final Screener screener;
    private final ConcurrentHashMap<String, List<ListedOwner>> cache = new ConcurrentHashMap<>();

    public OwnerLinks(Screener screener) {
        this.screener = screener;
    }

    public List<ListedOwner> of(HoldingParty owner) {
        return cache.computeIfAbsent(owner.key() + "\u0000" + owner.name(), k -> resolve(owner));
    }

    private List<ListedOwner> resolve(HoldingParty owner) {
        List<ListedOwner> out = new ArrayList<>();
        if (owner.ref() != null) {
            int colon = owner.ref().indexOf(':');
            List<Screener.Listed> copies = screener.listing(new ListCode(owner.ref().substring(0, colon)),
                    owner.ref().substring(colon + 1));
            if (!copies.isEmpty()) {
                Screener.Listed l = copies.get(copies.size() - 1);
                out.add(new ListedOwner(l.entry(), l.version(), 1.0, true, true, "reference " + owner.ref()));
            }
            return out;
        }
        if (owner.name() == null || !NameNormalizer.hasLetter(owner.name())) return out;
        NameNormalizer n = NameNormalizer.standard();
        var form = n.normalize(owner.name());
        String simple = HoldingParty.simpleName(owner.name());
        for (ScreeningHit h : screener.screen(new Query(owner.name(), owner.country(), null, null)).hits()) {
            boolean exact = HoldingParty.simpleName(h.matchedName()).equals(simple)
                    || (!form.isEmpty() && n.normalize(h.matchedName()).equals(form));
            boolean country = owner.country() == null || h.entry().allCountries().isEmpty()
                    || h.entry().allCountries().contains(owner.country());
            boolean definite = exact && country;
            out.add(new ListedOwner(h.entry(), h.version(), definite ? 1.0 : h.score(), definite, false,
                    definite ? "the listed name \"" + h.matchedName() + "\"" + (owner.country() != null ? " and country" : "")
                            : "a screening hit on \"" + h.matchedName() + "\" ("
                            + String.format(java.util.Locale.ROOT, "%.3f", h.score()) + ")"));
        }
        return out;
    }
}
