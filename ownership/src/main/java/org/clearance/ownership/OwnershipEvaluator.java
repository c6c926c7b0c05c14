package org.clearance.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.decision.Tri;
import org.clearance.determination.OwnershipRule;

/**
 * The ownership rules over the graph (docs/ownership.md, docs/interpretations.md#ofac-50-percent): an entity is caught
 * when the shares held in it directly by caught persons — listed ones, or entities caught this way — sum to the rule's
 * threshold or more. Evaluated three-valued to the least fixed point over the screened party's owners, so cycles
 * terminate and a chain must start at a listed person: a share counts at its low end towards "caught" and at its high
 * end towards "may be caught", and a possible link makes its owner "may be". Thread-safe.
 */
public final class OwnershipEvaluator {

    private static final int MAX_NODES = 100_000;
    private static final int MAX_PATHS = 20;
    private static final int MAX_DEPTH = 12;
    private static final int NO = 0;
    private static final int MAYBE = 1;
    private static final int YES = 2;

    private final OwnershipGraph graph;
    private final OwnerLinks links;

    public OwnershipEvaluator(OwnershipGraph graph, OwnerLinks links) {
        this.graph = graph;
        this.links = links;
    }

    public OwnershipGraph graph() {
        return graph;
    }

    private static final class Node {
        final String key;
        HoldingParty party;
        final List<SourcedHolding> owners;
        List<ListedOwner> listed = List.of();
        int listedState = NO;
        int derived = NO;
        int state = NO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;

        Node(String key, List<SourcedHolding> owners) {
            this.key = key;
            this.owners = owners;
        }
    }

    /** The rule's answer for a screened party ({@code partyId} may be null; {@code country} an ISO code or null). */
    public OwnershipFinding evaluate(OwnershipRule rule, String partyId, String name, String country, LocalDate date) {
        List<OwnershipGraph.Start> starts = graph.startsFor(partyId, name, country);
        if (starts.isEmpty()) {
            return new OwnershipFinding(rule, false, Tri.FALSE, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(), List.of());
        }
        List<String> notes = new ArrayList<>();
        if (rule.foreignOnly()) {
            String located = country != null ? country : starts.get(0).owned().country();
            if ("US".equals(located)) {
                notes.add(rule.name() + ": the party is located in the United States and is not caught (foreign entities only)");
                return new OwnershipFinding(rule, true, Tri.FALSE, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(), notes);
            }
        }
        Map<String, Node> nodes = explore(starts, date);
        for (Node n : nodes.values()) {
            if (n.party == null) continue;
            List<ListedOwner> counted = new ArrayList<>();
            for (ListedOwner l : links.of(n.party)) {
                if (rule.counts(l.entry().list().code(), l.entry().programs())) counted.add(l);
            }
            n.listed = counted;
            n.listedState = counted.isEmpty() ? NO : counted.stream().anyMatch(ListedOwner::definite) ? YES : MAYBE;
            n.state = n.listedState;
        }
        BigDecimal threshold = rule.threshold();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node n : nodes.values()) {
                if (n.owners.isEmpty()) continue;
                BigDecimal low = BigDecimal.ZERO;
                BigDecimal high = BigDecimal.ZERO;
                for (SourcedHolding s : n.owners) {
                    Node o = nodes.get(graph.nodeOf(s.holding().owner()));
                    int st = o == null ? NO : o.state;
                    if (st == YES) low = low.add(s.holding().percent().low());
                    if (st != NO) high = high.add(s.holding().percent().high());
                }
                n.low = low.min(Percent.HUNDRED);
                n.high = high.min(Percent.HUNDRED);
                int derived = low.compareTo(threshold) >= 0 ? YES : high.compareTo(threshold) >= 0 ? MAYBE : NO;
                n.derived = derived;
                int state = Math.max(n.listedState, derived);
                if (state > n.state) {
                    n.state = state;
                    changed = true;
                }
            }
        }
        int caught = NO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (OwnershipGraph.Start s : starts) {
            Node n = nodes.get(s.key());
            int st = s.definite() ? n.derived : Math.min(n.derived, MAYBE);
            if (st > caught || st == caught && n.high.compareTo(high) > 0) {
                low = n.low;
                high = n.high;
            }
            caught = Math.max(caught, st);
        }
        List<OwnershipFinding.Hit> hits = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        if (caught != NO) {
            hits = hits(starts, nodes);
            if (caught == MAYBE) questions.add(question(rule, name, starts, nodes, low, high));
        }
        return new OwnershipFinding(rule, true, caught == YES ? Tri.TRUE : caught == MAYBE ? Tri.UNKNOWN : Tri.FALSE,
                low, high, hits, questions, notes);
    }

    /** The screened party's owners, their owners and so on, on the date (each node once: cycles end here). */
    private Map<String, Node> explore(List<OwnershipGraph.Start> starts, LocalDate date) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (OwnershipGraph.Start s : starts) {
            if (!nodes.containsKey(s.key())) {
                Node n = new Node(s.key(), graph.owners(s.key(), date));
                nodes.put(s.key(), n);
                queue.add(s.key());
            }
        }
        while (!queue.isEmpty() && nodes.size() < MAX_NODES) {
            Node n = nodes.get(queue.poll());
            for (SourcedHolding s : n.owners) {
                HoldingParty owner = s.holding().owner();
                String k = graph.nodeOf(owner);
                Node o = nodes.get(k);
                if (o == null) {
                    o = new Node(k, graph.owners(k, date));
                    nodes.put(k, o);
                    queue.add(k);
                }
                if (o.party == null) o.party = owner;
            }
        }
        return nodes;
    }

    private record Partial(ListedOwner owner, String matchedName, List<List<SourcedHolding>> paths, double score,
                           boolean definite, boolean proven) {
    }

    /** Paths from each listed owner down to the screened party, through owners that are (or may be) caught. */
    private List<OwnershipFinding.Hit> hits(List<OwnershipGraph.Start> starts, Map<String, Node> nodes) {
        Map<String, Partial> byOwner = new LinkedHashMap<>();
        for (OwnershipGraph.Start s : starts) {
            Node start = nodes.get(s.key());
            if (start.derived == NO) continue;
            Deque<SourcedHolding> path = new ArrayDeque<>();
            Set<String> onPath = new LinkedHashSet<>();
            onPath.add(start.key);
            walk(start, s, path, onPath, nodes, byOwner, s.definite() ? 1.0 : s.score(), s.definite() && start.derived == YES);
        }
        List<OwnershipFinding.Hit> out = new ArrayList<>();
        for (Partial p : byOwner.values()) {
            out.add(new OwnershipFinding.Hit(p.owner(), p.matchedName(), p.paths(), p.score(), p.definite(), p.proven()));
        }
        return out;
    }

    private void walk(Node n, OwnershipGraph.Start start, Deque<SourcedHolding> path, Set<String> onPath,
                      Map<String, Node> nodes, Map<String, Partial> byOwner, double score, boolean definite) {
        if (path.size() >= MAX_DEPTH) return;
        for (SourcedHolding s : n.owners) {
            Node o = nodes.get(graph.nodeOf(s.holding().owner()));
            if (o == null || o.state == NO || onPath.contains(o.key)) continue;
            path.addFirst(s);
            if (o.listedState != NO) {
                for (ListedOwner l : o.listed) {
                    double sc = Math.min(score, l.score());
                    boolean def = definite && l.definite();
                    Partial prior = byOwner.get(l.key());
                    List<List<SourcedHolding>> paths = prior == null ? new ArrayList<>() : new ArrayList<>(prior.paths());
                    if (paths.size() < MAX_PATHS) paths.add(new ArrayList<>(path));
                    boolean proven = def && start.proven() && l.proven();
                    byOwner.put(l.key(), new Partial(l, start.owned().name(), paths,
                            prior == null ? sc : Math.max(prior.score(), sc), prior != null && prior.definite() || def,
                            prior != null && prior.proven() || proven));
                }
            }
            if (o.derived != NO) {   // a listed owner may be caught through its own owners too
                onPath.add(o.key);
                walk(o, start, path, onPath, nodes, byOwner, score, definite && o.state == YES);
                onPath.remove(o.key);
            }
            path.removeFirst();
        }
    }

    private String question(OwnershipRule rule, String name, List<OwnershipGraph.Start> starts,
                                   Map<String, Node> nodes, BigDecimal low, BigDecimal high) {
        List<String> why = new ArrayList<>();
        for (OwnershipGraph.Start s : starts) {
            if (!s.definite()) {
                why.add("\"" + name + "\" is only possibly \"" + s.owned().name() + "\" of the ownership data (" + s.how() + ")");
            }
        }
        for (Node n : nodes.values()) {
            if (n.state == NO) continue;
            if (n.listedState == MAYBE && n.derived != YES) {
                for (ListedOwner l : n.listed) {
                    if (!l.definite()) why.add("owner \"" + n.party.name() + "\" is possibly " + l.key() + " \""
                            + l.entry().name() + "\" (" + l.how() + ")");
                }
            }
            for (SourcedHolding s : n.owners) {
                Node o = nodes.get(graph.nodeOf(s.holding().owner()));
                if (o == null || o.state == NO || s.holding().percent().exact()) continue;
                Holding h = s.holding();
                why.add(h.owner().name() + " holds " + h.percent().label() + " of " + h.owned().name() + " ("
                        + h.source() + ", " + s.version().label() + ", line " + h.line() + ")");
            }
        }
        String share = low.compareTo(high) == 0 ? plain(low) + "%" : plain(low) + "–" + plain(high) + "%";
        return "Is \"" + name + "\" owned " + plain(rule.threshold()) + "% or more by persons the " + rule.name()
                + " counts? The ownership data gives " + share + ": " + String.join("; ", new LinkedHashSet<>(why));
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
