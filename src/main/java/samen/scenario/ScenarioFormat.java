package samen.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import samen.model.Governance;
import samen.model.Circle;
import samen.model.Intervention;
import samen.model.Joining;
import samen.model.Leadership;
import samen.model.Membership;
import samen.model.NetworkChange;
import samen.model.Participation;
import samen.model.Phase;
import samen.model.ShockKind;
import samen.model.StartingPoint;
import samen.model.config.ConditionSettings;
import samen.model.config.ConditionSpec;
import samen.model.config.HistorySpec;
import samen.model.config.InterventionRule;
import samen.model.config.ShockSpec;
import samen.model.config.CollaborationSettings;
import samen.model.config.InterestSpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings;
import samen.model.config.PowerSettings.PowerDistribution;
import samen.model.config.TrustSettings;

/**
 * The scenario file format: every key, its range, its default and a one-line explanation. This is
 * the single place to change a default or a range; validation, the canonical form, the JSON
 * Schema and the template all read it. Keys are a contract with students' files: never rename one.
 */
final class ScenarioFormat {

    private ScenarioFormat() {
    }

    static final Group INTERESTS = Group.of(InterestSpec.class,
            Field.optional("collective", Varying.unit(0.5),
                    "weight of the collective interest: society, the clients the partners serve together"),
            Field.optional("organisational", Varying.unit(0.5),
                    "weight of the organisational interest: continuity, growth, image"),
            Field.optional("individual", Varying.unit(0.3),
                    "weight of the key people's own drives: career, recognition, conviction"));

    static final Group ORGANISATION = Group.of(OrganisationSpec.class,
            Field.required("name", new Text(1, 80, null),
                    "name of the organisation, unique within the scenario"),
            Field.optional("autonomy", Varying.unit(0.5),
                    "share of its autonomy it is willing to give up for the collaboration"),
            Field.optional("capacity", new Varying(0.01, 1000, 1.0),
                    "resources (people, money, time) it could bring to the collaboration each step"),
            Field.optional("alternative", new Varying(0.01, 100, 1.0),
                    "value per unit of resources of going it alone: the higher, the easier it walks away"),
            Field.optional("loyalty", Varying.unit(0.6),
                    "initial weight of the collaboration against its own organisation (split loyalty)"),
            Field.optional("constituency_pressure", Varying.unit(0.3),
                    "how hard its constituency (achterban) pulls its representative back"),
            Field.optional("opportunism", Varying.unit(0.1),
                    "base propensity to act opportunistically: evade, refuse to adapt, renegotiate"),
            Field.optional("interests", INTERESTS,
                    "how much each kind of interest weighs for it (each 0 to 1, need not sum to 1)"),
            Field.optional("leadership", Choice.of(Leadership.class, Leadership.RELATIONSHIP_BUILDER),
                    "leadership signature of its representative: which conditions that person attends to"),
            Field.optional("mandate", Varying.unit(0.6),
                    "room its constituency gives the representative to commit; below what a phase asks, the constituency pulls back"),
            Field.optional("turnover", Decimal.unit(0),
                    "chance per step that its representative is replaced (and personal trust is lost)"),
            Field.optional("joins_at", new Whole(0, 1_000_000, 0),
                    "step at which it joins the collaboration; 0 for a founding partner"),
            Field.optional("leaves_at", new Whole(0, 1_000_000, 0),
                    "step at which it leaves by plan, its part done; 0 for never"),
            Field.optional("participation", Choice.of(Participation.class, Participation.VOLUNTARY),
                    "at the table by choice (voluntary: it can leave) or by law (mandated: it stays and withdraws inwardly instead)"),
            Field.optional("next_generation", Decimal.unit(0),
                    "how far a future leader already at the table takes over when its representative is replaced (relations, pace and picture of the phase carried over), "
                            + "and argues the collaboration's case at home meanwhile, widening what the constituency backs, "
                            + "and talks with the other partners' people, bridging that share of the divide diversity makes"),
            Field.optional("initiative", Decimal.unit(0),
                    "how readily its representative makes its leadership signature's own move (convene, structure, mobilise, reframe, broker) "
                            + "when the condition it is at home with runs down: 0 never, 1 as soon as it has the time"),
            Field.optional("learning", Decimal.unit(0),
                    "how fast the organisation changes by collaborating: it gives up more autonomy the better its interests are served, "
                            + "and takes it back the worse; 0 never, 1 within about a phase"),
            Field.optional("circle", Choice.of(Circle.class, Circle.CORE),
                    "where it stands: core (shares vision, risk and the rules; works with every core partner and decides at the gates), "
                            + "ring (fills gaps on themes; works with `collaboration.contacts` partners; consents) or free (only transacts: one tie)"),
            Field.optional("terrain", new Text(0, 80, ""),
                    "the field it works in (e.g. education, care); partners on the same terrain compete: a rival that takes more "
                            + "than its fair share is watched as a threat; partners on other terrains open their markets to a market "
                            + "partner while they stay, and rivals at the table shield it (leaving would free them to compete against it); "
                            + "empty for none"),
            Field.optional("starting_point", Choice.of(StartingPoint.class, StartingPoint.PROBLEM),
                    "where it starts from when it defines the collaboration: its problem (seeks a solution), its solution (seeks a "
                            + "question), an opportunity or the form; partners who start from different points understand each other "
                            + "more slowly and reopen in shape what they agreed, until exploring has brought them together"),
            Field.optional("culture", new Text(0, 80, ""),
                    "its values and norms, a label (e.g. public, market, civic); between partners of different cultures a good "
                            + "experience builds half the trust; empty fits every culture"),
            Field.optional("motive", new MotiveMix(),
                    "why it is at the table: market (its own gain against its own road, the markets it reaches through "
                            + "partners on other terrains, and the shield of rivals on its own terrain at the table: it judges its road "
                            + "alone the poorer while they stay), cost (the scale the others give: it follows "
                            + "those who walk away), knowledge (it learns from partners unlike itself while they explore and share) "
                            + "or pressure (the outside world expects it there: leaving costs face, so it leaves half as readily and withdraws inwardly instead); "
                            + "or a mix with a weight for each, e.g. {cost: 0.6, pressure: 0.4}, each motive then counting for its share"),
            Field.optional("joins", Choice.of(Joining.class, Joining.PLANNED),
                    "how it comes to the table: planned (at `joins_at`; 0 for a founding partner), invited (a candidate nobody "
                            + "planned: it joins when the value the collaboration creates per unit brought beats its alternative "
                            + "and a seat is free because a partner left; under selective membership only if the partners trust it) "
                            + "or sought (a candidate the partners seek out: drawn the same way, it joins once the collaboration "
                            + "executes, whether or not a seat is free, and so grows the table)"),
            Field.optional("brings", new KindMix(),
                    "the kind of resource it brings (operational fit): finance, production, knowledge or market; a mix with a "
                            + "weight for each, e.g. {production: 0.6, knowledge: 0.4}, its capacity then split over them by share; or "
                            + "{one_of: [..]} to draw one kind per seed; what the table creates beyond going alone is realised as far "
                            + "as the kinds at it complement each other (its capacity spread over the four kinds); none leaves it out of that mix, and a table where nobody names a kind creates as before"));

    static final Population ORGANISATIONS = Population.of(ORGANISATION, 2, Population.MAX);

    static final Group POWER = Group.of(PowerSettings.class,
            Field.optional("distribution", Choice.of(PowerDistribution.class, PowerDistribution.EQUAL),
                    "how power is spread: equal, one dominant partner, skewed (80/20) or unclear (skewed, and the partners misjudge it)"),
            Field.optional("dominant_share", new Decimal(0.05, 0.95, 0.6),
                    "with `dominant`: the share of all power held by the FIRST organisation"),
            Field.optional("pareto_alpha", new Decimal(0.5, 10, 1.16),
                    "with `skewed` and `unclear`: how unequal power is; 1.16 gives 80/20, higher is more equal"),
            Field.optional("perception_noise", new Decimal(0, 3, 0.5),
                    "with `unclear`: how far partners misjudge each other's power"),
            Field.optional("influence", Decimal.unit(0.3),
                    "how far power rather than contribution decides who takes what from the shared result"));

    static final Group TRUST = Group.of(TrustSettings.class,
            Field.optional("initial", Decimal.unit(0.4),
                    "starting trust of every partner in every other"),
            Field.optional("gain_rate", Decimal.unit(0.005),
                    "trust gained from one good experience (trust comes on foot ...)"),
            Field.optional("loss_rate", Decimal.unit(0.015),
                    "trust lost from one bad experience (... and leaves on horseback)"),
            Field.optional("vigilance_initial", Decimal.unit(0.3),
                    "starting vigilance (watchfulness, distrust) of every partner towards every other"),
            Field.optional("vigilance_rate", Decimal.unit(0.1),
                    "how fast vigilance follows experiences"),
            Field.optional("transparency", Decimal.unit(0.7),
                    "chance that a partner notices an opportunistic act"));

    static final Group COLLABORATION = Group.of(CollaborationSettings.class,
            Field.optional("start_phase", Choice.of(Phase.class, Phase.EXPLORE),
                    "phase at the start; starting at agree skips exploring and sharing"),
            Field.optional("synergy", new Decimal(0.1, 10, 1.125),
                    "value created per unit of resources brought in when executing, before it is shared out"),
            Field.optional("meeting_cost", Decimal.unit(0.02),
                    "share of its capacity each partner spends on meetings each step"),
            Field.optional("phase_duration", new Whole(1, 1000, 12),
                    "steps of full-energy work a phase needs before the collaboration can move on"),
            Field.optional("energy_initial", Decimal.unit(0.7),
                    "starting energy (tempo) of the collaboration"),
            Field.optional("energy_gain", Decimal.unit(0.05),
                    "energy gained per step of good progress"),
            Field.optional("energy_drain", Decimal.unit(0.03),
                    "energy lost per step without progress"),
            Field.optional("diversity", Decimal.unit(0.2),
                    "how different the partners are: more to gain together, harder to understand each other"),
            Field.optional("goal", new Decimal(0, 1e9, 0),
                    "total value at which the partners stop, their results reached; 0 for no goal"),
            Field.optional("shock_rate", Decimal.unit(0),
                    "chance per step of a context shock (budget cut or change of priorities) to a random partner"),
            Field.optional("lock_in_half", new Decimal(0.01, 1e6, 50),
                    "what a partner has put in, in steps of its full capacity, at which its urge to walk away is halved: "
                            + "lower for more specific investments"),
            Field.optional("structure", Decimal.unit(0),
                    "how heavy the formal structure laid down at the start is: it answers who decides what, "
                            + "but every decision goes through it; 0 for a light start, 1 for every partner's own procedures"),
            Field.optional("governance", Choice.of(Governance.class, Governance.SHARED),
                    "who settles grievances that would reopen agreements: shared (the whole table), lead (the first "
                            + "organisation, which carries the coordination), administrative (a network organisation all pay for) or "
                            + "self_organising (nobody: modules of contacts, reputation, voting with one's feet)"),
            Field.optional("celebration", Decimal.unit(0.05),
                    "how clearly a success is marked: the energy a milestone gives (a phase reached for the first time), and "
                            + "at a goal with a next round also how far the partners remember it, against their discontent"),
            Field.optional("renewal", new Whole(0, 1000, 0),
                    "with a goal: how many next rounds follow once it is reached, each with a new goal as large, agreed anew "
                            + "from sharing on; 0 stops at the goal"),
            Field.optional("facilitator", new Text(0, 80, ""),
                    "who facilitates: a partner's name (its representative carries every intervention that names no carrier, "
                            + "succeeding as far as the others trust it), or empty for an outside facilitator"),
            Field.optional("facilitator_authority", Decimal.unit(1),
                    "with an outside facilitator: the chance that an intervention it carries works; 1 never fails"),
            Field.optional("membership", Choice.of(Membership.class, Membership.OPEN),
                    "open: every planned newcomer joins and nobody is sent away; selective: the partners let a newcomer in, "
                            + "and keep a partner, as far as they trust it; by_fit: as selective, and a newcomer is let in only as "
                            + "far as it also fits: fills a gap in the mix of kinds, shares their culture, works on no rival's terrain"),
            Field.optional("contacts", new Whole(0, Population.MAX, 0),
                    "how many partners each ring partner works with on its themes (its neighbours in the organisations' order, "
                            + "and one core partner); under governance self_organising every partner, its module; 0 for all"),
            Field.optional("norms", Decimal.unit(0),
                    "how firmly the partners hold the rules of the game: the chance that a breach one of them saw (an opportunistic "
                            + "act) is told to the others who work with the breaker; 0 for no reputation beyond who saw it"),
            Field.optional("adaptation", Decimal.unit(0),
                    "how readily the partners adapt the structure to the work: the pace at which over-control and broken "
                            + "agreements make them add a procedure (a quarter of the heaviest structure) and decisions stalled under "
                            + "procedures make them strip one; 0 keeps the structure laid down at the start"),
            Field.optional("network", Choice.of(NetworkChange.class, NetworkChange.FIXED),
                    "whether who works with whom is fixed for the run, or evolves: a ring partner that has brought as much as the "
                            + "core partners on average, and that the core partners it works with trust (high trust, low vigilance), "
                            + "moves into the core"),
            Field.optional("relational_rent", Decimal.unit(0),
                    "the share of what the partners create beyond going alone (synergy − 1) that depends on how they work "
                            + "together: realised as far as they understand each other, trust each other and are organised; "
                            + "0 for the scenario's synergy whatever the process"));

    private static Group condition(double initial) {
        return Group.of(ConditionSpec.class,
                Field.optional("initial", Decimal.unit(initial), "its level at the start"),
                Field.optional("attention", Decimal.unit(1.0),
                        "how far the representatives' attention to it works: 1 as their leadership gives it, 0 neglects it"));
    }

    static final Group CONDITIONS = Group.of(ConditionSettings.class,
            Field.optional("ambition", condition(0.5), "a shared, meaningful ambition (neglect: sham collaboration)"),
            Field.optional("interests", condition(0.5), "dialogue about the partners' interests (neglect: permanent negotiation)"),
            Field.optional("relation", condition(0.5), "trust, leadership and group dynamics (neglect: a blocking undercurrent)"),
            Field.optional("organisation", condition(0.5), "structure, governance, decisiveness (neglect: under-organisation and over-control)"),
            Field.optional("process", condition(0.5), "phasing, roles and tempo (neglect: energy drains, stagnation)"));

    static final Group INTERVENTION = Group.of(InterventionRule.class,
            Field.required("type", Choice.of(Intervention.class, Intervention.VISIONING),
                    "which of the eight intervention types of the workbook"),
            Field.required("when", new TriggerPhrase(),
                    "what makes it fire: \"step N\", \"every N steps\", \"entering PHASE\" or \"GAUGE below X\""),
            Field.optional("cooldown", new Whole(1, 1_000_000, 20),
                    "with \"GAUGE below X\": steps to wait before it may fire again"),
            Field.optional("by", new Text(0, 80, ""),
                    "who carries it: a partner's name (its representative, who succeeds as far as the others trust it, one intervention a step); empty for the facilitator"));

    static final Group SHOCK = Group.of(ShockSpec.class,
            Field.required("at_step", new Whole(1, 1_000_000, 1), "the step it hits"),
            Field.required("kind", Choice.of(ShockKind.class, ShockKind.BUDGET_CUT),
                    "budget_cut takes resources away; priority_change makes the partner's own road more attractive"),
            Field.optional("partner", new Text(0, 80, ""), "the organisation it hits, by name; empty for every partner"),
            Field.optional("size", Decimal.unit(0.3), "how hard it hits"));

    static final Group HISTORY = Group.of(HistorySpec.class,
            Field.required("partner", new Text(1, 80, null), "one organisation, by name"),
            Field.required("other", new Text(1, 80, null), "another organisation, by name"),
            Field.optional("trust", Decimal.unit(0.1), "trust between the two at the start, both ways"),
            Field.optional("vigilance", Decimal.unit(0.8), "vigilance between the two at the start, both ways"));

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String STEPS = "steps";
    static final String SEED = "seed";
    static final String ORGANISATIONS_KEY = "organisations";
    static final String POWER_KEY = "power";
    static final String TRUST_KEY = "trust";
    static final String COLLABORATION_KEY = "collaboration";
    static final String CONDITIONS_KEY = "conditions";
    static final String INTERVENTIONS_KEY = "interventions";
    static final String SHOCKS_KEY = "shocks";
    static final String HISTORY_KEY = "history";
    static final String CAPTIONS_KEY = "captions";

    static final Group CAPTION = Group.of(Caption.class,
            Field.required("text", new Text(1, 1000, null), "what to show"),
            Field.optional("at_step", new Whole(0, 1_000_000, 0), "show it after this step (or give on_event)"),
            Field.optional("on_event", new Text(0, 40, ""),
                    "show it the first time an event of this kind happens, e.g. opportunism, fallback (or give at_step)"),
            Field.optional("lang", new Text(0, 2, ""),
                    "the language it is written in, en or nl: shown only with that --lang; leave it out for every language"));

    /** The file itself. */
    static final Group ROOT = new Group(List.of(
            Field.required(NAME, new Text(1, 80, null),
                    "name of the scenario, shown in reports and used to name output folders"),
            Field.optional(DESCRIPTION, new Text(0, 4000, ""),
                    "what the scenario is about and what to look for"),
            Field.optional(STEPS, new Whole(1, 1_000_000, 200),
                    "how many steps to simulate; a step is about a week of meetings and work"),
            Field.optional(SEED, Whole.anyLong(42),
                    "random seed; the same scenario with the same seed gives the same run"),
            Field.required(ORGANISATIONS_KEY, ORGANISATIONS,
                    "the partners: a list, or a generated population with `count`"),
            Field.optional(POWER_KEY, POWER,
                    "how power is spread over the partners: an unclear centre of power"),
            Field.optional(TRUST_KEY, TRUST,
                    "trust and vigilance between the partners, two separate dimensions (Lewicki)"),
            Field.optional(COLLABORATION_KEY, COLLABORATION,
                    "the collaboration as a whole: its phases, tempo and what it can create"),
            Field.optional(CONDITIONS_KEY, CONDITIONS,
                    "the five conditions of the common eye (seed 003): level at the start, and whether they get attention"),
            Field.optional(INTERVENTIONS_KEY, new Items(INTERVENTION, "noun.interventions", 1000),
                    "interventions to fire at a step, on entering a phase, or when a condition or indicator runs low"),
            Field.optional(SHOCKS_KEY, new Items(SHOCK, "noun.shocks", 1000),
                    "context shocks: budget cuts and changes of priorities, at given steps"),
            Field.optional(HISTORY_KEY, new Items(HISTORY, "noun.histories", 10_000),
                    "shared histories: trust and vigilance between two partners at the start (enemy images)"),
            Field.optional(CAPTIONS_KEY, new Items(CAPTION, "noun.captions", 1000),
                    "what `samen gui --demo` shows at key moments, pausing for the trainer to talk")),
            new ScenarioBinding());

    /** The file maps onto a {@link Scenario}, with the model's part in a {@link ModelConfig}. */
    private static final class ScenarioBinding implements Binding {

        @Override
        @SuppressWarnings("unchecked")
        public Scenario build(Map<String, Object> v) {
            ModelConfig model = new ModelConfig((List<OrganisationSpec>) v.get(ORGANISATIONS_KEY),
                    (PowerSettings) v.get(POWER_KEY), (TrustSettings) v.get(TRUST_KEY),
                    (CollaborationSettings) v.get(COLLABORATION_KEY), (ConditionSettings) v.get(CONDITIONS_KEY),
                    (List<InterventionRule>) v.get(INTERVENTIONS_KEY), (List<ShockSpec>) v.get(SHOCKS_KEY),
                    (List<HistorySpec>) v.get(HISTORY_KEY));
            return Scenario.of((String) v.get(NAME), (String) v.get(DESCRIPTION), (Long) v.get(SEED),
                    ((Long) v.get(STEPS)).intValue(), model, (List<Caption>) v.get(CAPTIONS_KEY));
        }

        @Override
        public Map<String, Object> values(Object built) {
            Scenario s = (Scenario) built;
            Map<String, Object> v = new LinkedHashMap<>();
            v.put(NAME, s.name());
            v.put(DESCRIPTION, s.description());
            v.put(STEPS, s.steps());
            v.put(SEED, s.seed());
            v.put(ORGANISATIONS_KEY, s.model().organisations());
            v.put(POWER_KEY, s.model().power());
            v.put(TRUST_KEY, s.model().trust());
            v.put(COLLABORATION_KEY, s.model().collaboration());
            v.put(CONDITIONS_KEY, s.model().conditions());
            v.put(INTERVENTIONS_KEY, s.model().interventions());
            v.put(SHOCKS_KEY, s.model().shocks());
            v.put(HISTORY_KEY, s.model().history());
            v.put(CAPTIONS_KEY, s.captions());
            return v;
        }
    }
}
