package samen.model;

import java.util.List;
import java.util.Locale;

/**
 * The eight intervention types of seed 004 ("Interventietype"), each with its target condition,
 * its precondition and its effect, in one place. Every intervention that is carried out costs
 * the collaboration time and energy ({@link #ENERGY_COST}, {@link #DELAY}): it takes the agenda
 * of a meeting or two and asks the partners' attention, so it is no free win. One whose
 * precondition does not hold is refused and costs nothing.
 */
public enum Intervention {

    /**
     * Visioning ("verbeelden"): vision on the collaboration's potential value, "meestal uitgevoerd
     * door iemand die ... gezag geniet bij de partners". Precondition: some partner is trusted by
     * the others (mean trust received at least {@link #AUTHORITY}). Effect: ambition up, energy up
     * ({@link #MOBILISATION}), and every partner's loyalty a little towards the collaboration.
     */
    VISIONING("visioning (verbeelden)", Condition.AMBITION,
            "renews the shared ambition; needs a partner the others trust") {
        @Override
        boolean possible(Collaboration c) {
            return c.activeOrganisations().stream().anyMatch(o -> o.trustReceived() >= AUTHORITY);
        }

        @Override
        void apply(Collaboration c) {
            c.conditions().raise(Condition.AMBITION, 0.4);
            c.process().addEnergy(MOBILISATION);
            for (Organisation o : c.activeOrganisations()) o.nudgeLoyalty(0.1);
        }
    },

    /**
     * Convening ("verbinden"): bringing partners together, "halen-en-brengensessies", "het leggen
     * van een grondslag voor samenwerking". Always possible; works best while exploring and sharing.
     * Effect: every pair has a good shared experience, relation and interests up, and new
     * representatives are connected: at home at once, with half the gap between their trust
     * relations and the group's closed.
     */
    CONVENING("convening (verbinden)", Condition.RELATION,
            "brings the partners together: a shared good experience, relation and interests up, newcomers connected; best early on") {
        @Override
        boolean possible(Collaboration c) {
            return true;
        }

        @Override
        void apply(Collaboration c) {
            double early = c.phase().ordinal() <= Phase.SHARE.ordinal() ? 1 : 0.5;
            for (Organisation a : c.activeOrganisations()) c.relations().meetContacts(a.index(), c.activeMask(), early, a.constituencyPressure());
            c.conditions().raise(Condition.RELATION, 0.25 * early);
            c.conditions().raise(Condition.INTERESTS, 0.1 * early);
            c.connectNewcomers(0.5);
        }
    },

    /**
     * Reflective intervention ("reflectief interveniëren"): joint diagnosis and self-reflection.
     * Precondition, as the seed names it: "een acceptabele verdeling van macht" (no partner holds
     * more than {@link #ACCEPTABLE_POWER} times an equal share). Effect: the weakest condition up,
     * and everyone sees the same phase again.
     */
    REFLECTIVE_INTERVENTION("reflective intervention (reflectief interveniëren)", Condition.PROCESS,
            "joint diagnosis lifts the weakest condition and aligns the pictures of the phase; needs acceptable power distribution") {
        @Override
        boolean possible(Collaboration c) {
            List<Organisation> active = c.activeOrganisations();
            double total = active.stream().mapToDouble(Organisation::power).sum();
            return active.stream().allMatch(o -> o.power() * active.size() <= ACCEPTABLE_POWER * total);
        }

        @Override
        void apply(Collaboration c) {
            c.conditions().raise(c.weakestCondition(), 0.35);
            c.alignPictures();
        }
    },

    /**
     * Process managing ("het proces managen"): process design, rules of the game, process
     * evaluation. Always possible. Effect: process up, some energy back, pictures of the phase aligned.
     */
    PROCESS_MANAGING("process managing (het proces managen)", Condition.PROCESS,
            "designs the process and rules of the game: process up, everyone knows the phase") {
        @Override
        boolean possible(Collaboration c) {
            return true;
        }

        @Override
        void apply(Collaboration c) {
            c.conditions().raise(Condition.PROCESS, 0.4);
            c.process().addEnergy(MOBILISATION / 2);
            c.alignPictures();
        }
    },

    /**
     * Problem structuring ("problemen structureren"): decomposing the issue, cognitive maps,
     * scenarios. Precondition: the partners still have interests to map (mutual understanding
     * below {@link #UNDERSTOOD}). Effect: interests up and mutual understanding up.
     */
    PROBLEM_STRUCTURING("problem structuring (problemen structureren)", Condition.INTERESTS,
            "maps the issue and the interests in it: interests and mutual understanding up") {
        @Override
        boolean possible(Collaboration c) {
            return c.mutualUnderstanding() < UNDERSTOOD;
        }

        @Override
        void apply(Collaboration c) {
            c.conditions().raise(Condition.INTERESTS, 0.35);
            c.learn(0.2);
        }
    },

    /**
     * Brokering ("bemiddelen"): brokers at network nodes, translators "bij sterke
     * cultuurverschillen", "power bridging (bij grote onderlinge machtsverschillen)". Precondition:
     * a power gap (strongest at least {@link #POWER_GAP} times the weakest) or diversity of at least
     * {@link #DIVERSE}. Effect: power that decides the split moves towards equal, diversity's drag
     * on understanding halves, interests up.
     */
    BROKERING("brokering (bemiddelen)", Condition.INTERESTS,
            "bridges power gaps and translates between cultures; needs a power gap or diverse partners") {
        @Override
        boolean possible(Collaboration c) {
            double max = c.activeOrganisations().stream().mapToDouble(Organisation::power).max().orElse(0);
            double min = c.activeOrganisations().stream().mapToDouble(Organisation::power).min().orElse(0);
            return max >= POWER_GAP * min || c.diversity() >= DIVERSE;
        }

        @Override
        void apply(Collaboration c) {
            c.bridgePower(0.5);
            c.translate(0.5);
            c.conditions().raise(Condition.INTERESTS, 0.2);
        }
    },

    /**
     * Conflict handling ("conflicten hanteren"): mediation, reframing; "diepgewortelde wederzijdse
     * veronderstellingen ... aan de orde te stellen". Precondition: there is a conflict (a pair in
     * watchful contracting, or mean vigilance of at least {@link #CONFLICT_VIGILANCE}). Effect:
     * vigilance eases, enemy images soften (trust up in watchful pairs), relation up.
     */
    CONFLICT_HANDLING("conflict handling (conflicten hanteren)", Condition.RELATION,
            "mediates: vigilance eases, enemy images soften, relation up; needs a conflict") {
        @Override
        boolean possible(Collaboration c) {
            return c.meanVigilance() >= CONFLICT_VIGILANCE || c.enemyPairs() > 0;
        }

        @Override
        void apply(Collaboration c) {
            c.relations().mediate(c.activeMask(), 0.4, 0.1);
            c.conditions().raise(Condition.RELATION, 0.3);
        }
    },

    /**
     * Institutional entrepreneurship ("ondernemerschap institutionaliseren"): structuring and
     * operationalising what was agreed, "cruciaal" against "onderorganisatie". Precondition: there
     * are agreements to institutionalise (the collaboration reached agree). Effect: organisation up,
     * and what it builds lasts: organisation no longer decays below the level it anchors
     * ({@link Conditions#anchor}), where a merely raised condition runs back down to what the
     * partners' attention keeps up; what is anchored is handed over to new representatives
     * ({@link Context}) and its procedures take over part of the work of consulting
     * ({@code Round.ROUTINE}).
     */
    INSTITUTIONAL_ENTREPRENEURSHIP("institutional entrepreneurship (ondernemerschap institutionaliseren)",
            Condition.ORGANISATION, "builds lasting structure around the agreements: organisation up, and it stays up, meetings cost less; needs agreements (agree reached)") {
        @Override
        boolean possible(Collaboration c) {
            return c.phaseReached().ordinal() >= Phase.AGREE.ordinal();
        }

        @Override
        void apply(Collaboration c) {
            c.conditions().anchor(Condition.ORGANISATION, 0.45);
        }
    };

    /** Energy an intervention takes from the collaboration. */
    static final double ENERGY_COST = 0.04;
    /** Share of a phase's work it delays (the meetings it takes). */
    static final double DELAY = 0.02;
    /**
     * Energy a renewed vision gives (seed 003: "een ambitie die partners inspireert en
     * mobiliseert"), on top of its cost;
     * process managing gives half of it (seed 003 §4.5: attention to the process gives "energie").
     */
    static final double MOBILISATION = 0.2;
    static final double AUTHORITY = 0.35;
    static final double ACCEPTABLE_POWER = 2.0;
    static final double UNDERSTOOD = 0.9;
    static final double POWER_GAP = 1.5;
    static final double DIVERSE = 0.3;
    static final double CONFLICT_VIGILANCE = 0.4;

    private final String label;
    private final Condition target;
    private final String description;

    Intervention(String label, Condition target, String description) {
        this.label = label;
        this.target = target;
        this.description = description;
    }

    abstract boolean possible(Collaboration c);

    abstract void apply(Collaboration c);

    /** The condition it works on. */
    public Condition target() {
        return target;
    }

    /** What it does and needs, in one sentence. */
    public String description() {
        return description;
    }

    /** English name with the workbook's Dutch name in brackets. */
    public String label() {
        return label;
    }

    /** The workbook's Dutch name. */
    public String dutch() {
        return label.substring(label.indexOf('(') + 1, label.indexOf(')'));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
