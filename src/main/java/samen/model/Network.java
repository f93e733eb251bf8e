package samen.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;

/**
 * Who works with whom: the interaction network (seed 004, strategic core, complementary ring,
 * free space). Partners experience, trust and watch only their contacts; a step costs O(n·k) for k
 * contacts per partner instead of O(n²). Undirected (contacts are symmetric), no self-ties, built
 * without random draws so the run's random stream does not depend on it. Immutable: fixed for the
 * run, unless the network evolves ({@code collaboration.network: evolving}), when a ring partner
 * moving into the core gets a new network with its ties to the core added ({@link #with}), or its
 * ties evolve ({@code evolving_ties}), when partners add and drop contacts ({@link TieChange}).
 *
 * <ul>
 * <li>Core partners all work with each other (the core is dense: "Consensus over strategie en
 * visie" needs everyone at one table).
 * <li>Ring partners, in the scenario's order, sit on a circle of themes (partners listed next to
 * each other share themes): each works with the {@code ⌈k/2⌉} ring partners on either side
 * (k = {@code collaboration.contacts}), and with one core partner that carries its theme (the core
 * partners in turn): "Vult 'gaten' in processen, doelgroepen of sleutel-activiteiten", "Wil op
 * specifieke terreinen risico's delen". With k = 0, or a ring no larger than k + 1, every ring
 * partner works with every core and ring partner.
 * <li>Free-space partners have one tie, to the core partner they transact with (in turn; the ring
 * partners in turn when there is no core): "'Markttransacties'", "Geen langdurige wederzijdse
 * verplichtingen".
 * <li>A shared history ({@code history:}) is a tie too.
 * </ul>
 * With every partner in the core (the default) it is the complete graph, and everyone meets
 * everyone, as before the network existed.
 *
 * <p>Stored as compressed rows: partner {@code i}'s contacts are {@code target[start[i] ..
 * start[i+1])}, ascending, and each slot's {@code reverse} is the slot of the same pair the other
 * way round. {@link Relations} keeps trust and vigilance per slot.
 */
public final class Network {

    private final int n;
    private final boolean complete;
    private final int[] start;
    private final int[] target;
    private final int[] reverse;

    private Network(int n, int[] start, int[] target) {
        this.n = n;
        this.start = start;
        this.target = target;
        this.complete = target.length == (long) n * (n - 1);
        this.reverse = new int[target.length];
        for (int i = 0; i < n; i++) {
            for (int slot = start[i]; slot < start[i + 1]; slot++) reverse[slot] = slot(target[slot], i);
        }
    }

    private static Network fromSets(List<TreeSet<Integer>> contacts) {
        int n = contacts.size();
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + contacts.get(i).size();
        int[] target = new int[start[n]];
        int s = 0;
        for (int i = 0; i < n; i++) {
            for (int j : contacts.get(i)) target[s++] = j;
        }
        return new Network(n, start, target);
    }

    /** Everyone works with everyone. */
    public static Network complete(int n) {
        int[] start = new int[n + 1];
        int[] target = new int[n * (n - 1)];
        int s = 0;
        for (int i = 0; i < n; i++) {
            start[i] = s;
            for (int j = 0; j < n; j++) if (i != j) target[s++] = j;
        }
        start[n] = s;
        return new Network(n, start, target);
    }

    /**
     * The network of core, ring and free space.
     *
     * @param circles  each partner's circle, in scenario order
     * @param contacts ring partners' contacts on the circle of themes; 0 for all
     * @param ties     further pairs that work together (a shared history)
     */
    public static Network of(List<Circle> circles, int contacts, List<int[]> ties) {
        int n = circles.size();
        if (!circles.contains(Circle.RING) && !circles.contains(Circle.FREE)) return complete(n);
        List<Integer> core = new ArrayList<>();
        List<Integer> ring = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (circles.get(i)) {
                case CORE -> core.add(i);
                case RING -> ring.add(i);
                case FREE -> free.add(i);
            }
        }
        List<TreeSet<Integer>> links = empty(n);
        connectAll(links, core);
        int m = ring.size();
        int side = (contacts + 1) / 2;
        if (contacts == 0 || m <= contacts + 1) {
            List<Integer> table = new ArrayList<>(core);
            table.addAll(ring);
            for (int r : ring) {
                for (int other : table) tie(links, r, other);
            }
        } else {
            for (int i = 0; i < m; i++) {
                for (int d = 1; d <= side; d++) tie(links, ring.get(i), ring.get((i + d) % m));
                if (!core.isEmpty()) tie(links, ring.get(i), core.get(i % core.size()));
            }
        }
        List<Integer> anchors = !core.isEmpty() ? core : !ring.isEmpty() ? ring : free;
        for (int i = 0; i < free.size(); i++) {
            int f = free.get(i);
            int anchor = anchors.get(i % anchors.size());
            if (anchor == f) anchor = anchors.get((i + 1) % anchors.size());
            tie(links, f, anchor);
        }
        for (int[] pair : ties) tie(links, pair[0], pair[1]);
        return fromSets(links);
    }

    /** The network of a scenario's partners: their {@link #circles}, {@code collaboration.contacts} and shared histories. */
    public static Network of(ModelConfig config) {
        List<String> names = config.organisations().stream().map(OrganisationSpec::name).toList();
        List<int[]> ties = config.history().stream().map(h -> new int[] {names.indexOf(h.partner()), names.indexOf(h.other())}).toList();
        return of(circles(config), config.collaboration().contacts(), ties);
    }

    /**
     * Where each of a scenario's partners works, in order: its circle, except that a self-organising
     * network has no core (seed 004: "Geen hiërarchische sturing", "Modulariteit: deel het proces en
     * product op in zinvolle, kleine eenheden"): its core partners sit on the circle of themes too,
     * so everyone works in a module of contacts.
     */
    public static List<Circle> circles(ModelConfig config) {
        boolean modules = config.collaboration().governance() == Governance.SELF_ORGANISING;
        return config.organisations().stream().map(s -> modules && s.circle() == Circle.CORE ? Circle.RING : s.circle()).toList();
    }

    /**
     * This network with further ties ({@code added}: pairs of partners who now work together too)
     * and without the {@code dropped} ones: O(n·k log k) to build, done only in a step in which the
     * network changes ({@link CoreGrowth}, {@link TieChange}).
     */
    Network with(List<int[]> added, List<int[]> dropped) {
        List<TreeSet<Integer>> links = empty(n);
        for (int i = 0; i < n; i++) {
            for (int s = start[i]; s < start[i + 1]; s++) links.get(i).add(target[s]);
        }
        for (int[] pair : dropped) {
            links.get(pair[0]).remove(pair[1]);
            links.get(pair[1]).remove(pair[0]);
        }
        for (int[] pair : added) tie(links, pair[0], pair[1]);
        return fromSets(links);
    }

    private static List<TreeSet<Integer>> empty(int n) {
        List<TreeSet<Integer>> contacts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) contacts.add(new TreeSet<>());
        return contacts;
    }

    private static void connectAll(List<TreeSet<Integer>> links, List<Integer> group) {
        for (int a : group) {
            for (int b : group) tie(links, a, b);
        }
    }

    private static void tie(List<TreeSet<Integer>> links, int a, int b) {
        if (a == b) return;
        links.get(a).add(b);
        links.get(b).add(a);
    }

    /** Partners, whether at the table or not. */
    public int size() {
        return n;
    }

    /** Whether every partner works with every other. */
    public boolean complete() {
        return complete;
    }

    /** Directed pairs that work together: twice the ties. */
    public int slots() {
        return target.length;
    }

    /** First slot of {@code i}'s contacts. */
    int from(int i) {
        return start[i];
    }

    /** One past the last slot of {@code i}'s contacts. */
    int to(int i) {
        return start[i + 1];
    }

    /** The contact in {@code slot}. */
    int target(int slot) {
        return target[slot];
    }

    /** The slot of the same pair the other way round. */
    int reverse(int slot) {
        return reverse[slot];
    }

    /** How many partners {@code i} works with. */
    public int degree(int i) {
        return start[i + 1] - start[i];
    }

    /** Whether {@code a} and {@code b} work together. */
    public boolean contacts(int a, int b) {
        return slot(a, b) >= 0;
    }

    /** {@code i}'s contacts, ascending. */
    public int[] contactsOf(int i) {
        return Arrays.copyOfRange(target, start[i], start[i + 1]);
    }

    /** The slot of the pair {@code from → to}, or -1 when they do not work together. */
    int slot(int from, int to) {
        if (from == to) return -1;
        if (complete) return from * (n - 1) + (to < from ? to : to - 1);
        int s = Arrays.binarySearch(target, start[from], start[from + 1], to);
        return s >= 0 ? s : -1;
    }
}
