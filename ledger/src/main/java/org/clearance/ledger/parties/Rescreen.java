package org.clearance.ledger.parties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.ledger.lists.ListStore;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListDiff;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.match.Screener;

/**
 * Re-screening of every kept party after list imports. For each feed it compares the version the parties were last
 * re-screened against (or, the first time, the version before the latest) with the latest, screens every kept party
 * against the whole current index with its decisions applied, and reports only what the list changes did to it: a
 * hit on an entry added or changed since its last screening, a hit that a change took away, a kept hit on an entry
 * removed from every list. Each party's screening is kept; each feed is then marked re-screened at its latest version.
 */
public final class Rescreen {

    /** What happened to the listed entry. */
    public enum Kind {
        /** The entry is new in the list and the party matches it. */
        ADDED("added"),
        /** The entry changed and the party matches it (newly, or again with new content). */
        CHANGED("changed"),
        /** The entry changed and the party, which matched it before, no longer reaches the threshold. */
        NO_LONGER_MATCHES("no-longer-matches"),
        /** The entry the party matched is on no current list any more. */
        REMOVED("removed");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** One change to report: the party, the entry, the change, and the hit now (null for removals). */
    public record Change(Party party, Kind kind, String list, String entityId, String entryName, Feed feed,
                         Long fromVersion, long toVersion, List<String> fields, ScreenedHit hit, StoredHit before) {
    }

    /** How one feed was compared: from which version (null: none before) to which, and the entry counts. */
    public record FeedStep(Feed feed, Long from, long to, int added, int removed, int changed) {
        public boolean upToDate() {
            return from != null && from == to;
        }
    }

    public record Report(List<FeedStep> feeds, int partiesScreened, List<Change> changes, String listVersions) {
        public Report {
            feeds = List.copyOf(feeds);
            changes = List.copyOf(changes);
        }
    }

    private record Listed(Kind kind, Feed feed, Long from, long to, List<String> fields, ListEntry before) {
    }

    private Rescreen() {
    }

    public static Report run(PartyScreening screening) {
        PartyStore parties = screening.store();
        ListStore lists = new ListStore(parties.connection());
        Screener screener = screening.screener();
        List<FeedStep> steps = new ArrayList<>();
        Map<String, Listed> changed = new HashMap<>();
        List<ListVersion> all = lists.versions();
        for (ListVersion latest : lists.current()) {
            Optional<Long> state = parties.rescreenedVersion(latest.feed());
            Long from = state.orElseGet(() -> previous(all, latest));
            if (from != null && from == latest.id()) {
                steps.add(new FeedStep(latest.feed(), from, latest.id(), 0, 0, 0));
                continue;
            }
            ListDiff d = ListDiff.between(from == null ? List.of() : lists.entries(from), lists.entries(latest.id()));
            steps.add(new FeedStep(latest.feed(), from, latest.id(), d.added().size(), d.removed().size(), d.changed().size()));
            for (ListEntry e : d.added()) {
                changed.put(Screener.listingKey(e), new Listed(Kind.ADDED, latest.feed(), from, latest.id(), List.of(), null));
            }
            for (ListDiff.Change c : d.changed()) {
                changed.put(Screener.listingKey(c.after()),
                        new Listed(Kind.CHANGED, latest.feed(), from, latest.id(), c.fields(), c.before()));
            }
            for (ListEntry e : d.removed()) {
                changed.putIfAbsent(Screener.listingKey(e), new Listed(Kind.REMOVED, latest.feed(), from, latest.id(), List.of(), e));
            }
        }
        List<Change> report = new ArrayList<>();
        int screened = 0;
        if (!changed.isEmpty()) {
            Map<String, List<StoredHit>> kept = parties.hits();
            List<Screened> done = new ArrayList<>();
            for (Party p : parties.all()) {
                Screened s = screening.screen(new PartyQuery(p.id(), p.name(), p.country(), p.type(), p.threshold()));
                screened++;
                Map<String, StoredHit> before = new LinkedHashMap<>();
                for (StoredHit h : kept.getOrDefault(p.id(), List.of())) before.put(h.key(), h);
                List<Change> forParty = changes(p, s, before, changed, screener);
                report.addAll(forParty);
                done.add(s);
            }
            screening.keepAll(done);
        }
        for (FeedStep step : steps) parties.setRescreenedVersion(step.feed(), step.to());
        return new Report(steps, screened, report, screening.versionsLabel());
    }

    private static List<Change> changes(Party p, Screened s, Map<String, StoredHit> before, Map<String, Listed> changed,
                                        Screener screener) {
        List<Change> out = new ArrayList<>();
        Map<String, ScreenedHit> now = new LinkedHashMap<>();
        for (ScreenedHit h : s.hits()) now.put(h.key(), h);
        for (ScreenedHit h : s.hits()) {
            Listed l = changed.get(h.key());
            if (l == null || l.kind() == Kind.REMOVED) continue;
            StoredHit prior = before.get(h.key());
            if (prior != null && prior.entryHash().equals(h.listingHash())) continue; // already known as it reads now
            Kind kind = l.kind() == Kind.ADDED && prior == null ? Kind.ADDED : Kind.CHANGED;
            out.add(new Change(p, kind, h.list().code(), h.entityId(), h.entry().name(), l.feed(), l.from(), l.to(),
                    l.fields(), h, prior));
        }
        for (StoredHit prior : before.values()) {
            Listed l = changed.get(prior.key());
            if (l == null || now.containsKey(prior.key())) continue;
            if (screener.listing(new ListCode(prior.list()), prior.entityId()).isEmpty()) {
                out.add(new Change(p, Kind.REMOVED, prior.list(), prior.entityId(), prior.entryName(), l.feed(), l.from(),
                        l.to(), List.of(), null, prior));
            } else if (l.kind() != Kind.ADDED) {
                out.add(new Change(p, Kind.NO_LONGER_MATCHES, prior.list(), prior.entityId(), prior.entryName(), l.feed(),
                        l.from(), l.to(), l.fields(), null, prior));
            }
        }
        return out;
    }

    /** The version of the same feed imported just before {@code latest}, if any. */
    private static Long previous(List<ListVersion> all, ListVersion latest) {
        Long out = null;
        for (ListVersion v : all) if (v.feed() == latest.feed() && v.id() < latest.id()) out = v.id();
        return out;
    }
}
