package samen.model;

import static samen.model.config.Distribution.of;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import samen.model.config.ConditionSettings;
import samen.model.config.ConditionSpec;
import samen.model.config.InterventionRule;
import samen.model.config.Trigger;
import java.util.List;
import samen.model.config.CollaborationSettings;
import samen.model.config.InterestSpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;
import samen.model.config.PowerSettings;
import samen.model.config.PowerSettings.PowerDistribution;
import samen.model.config.TrustSettings;

/** Small builder of model configurations for tests, with the scenario defaults. */
public final class Configs {

    int partners = 6;
    double autonomy = 0.5, capacity = 1, alternative = 1, loyalty = 0.6, pressure = 0.3, opportunism = 0.1;
    PowerDistribution power = PowerDistribution.EQUAL;
    double dominantShare = 0.6, influence = 0.3;
    double trustInitial = 0.4, gainRate = 0.005, lossRate = 0.015;
    Phase startPhase = Phase.EXPLORE;
    double energyInitial = 0.7, energyGain = 0.05, energyDrain = 0.03;
    /** Null: a mixed team, the five connecting signatures in turn. */
    Leadership leadership = null;
    double turnover = 0, diversity = 0.2, structure = 0, adaptation = 0, norms = 0, initiative = 0, learning = 0, mandate = 0.6, nextGeneration = 0, relationalRent = 0;
    Participation participation = Participation.VOLUNTARY;
    Governance governance = Governance.SHARED;
    Membership membership = Membership.OPEN;
    /** Null: every partner in the core; else each partner's circle, in order (shorter lists repeat their last). */
    List<Circle> circles = null;
    List<Motives> motives = null;
    int contacts = 0;
    NetworkChange network = NetworkChange.FIXED;
    /** Each partner's starting point and culture, in order (shorter lists repeat their last); by default the problem and none. */
    List<StartingPoint> startingPoints = List.of(StartingPoint.PROBLEM);
    List<String> cultures = List.of("");
    /** What each partner may bring (one drawn), in order (a shorter list repeats its last); by default none. */
    List<List<ResourceMix>> brings = List.of(List.of());
    /** Each partner's terrain, in order (shorter lists repeat their last); by default none. */
    List<String> terrains = List.of("");
    final Map<Condition, ConditionSpec> conditions = new EnumMap<>(Condition.class);
    final List<InterventionRule> interventions = new ArrayList<>();

    public static Configs defaults() {
        return new Configs();
    }

    public Configs partners(int n) { partners = n; return this; }
    public Configs loyalty(double v) { loyalty = v; return this; }
    public Configs autonomy(double v) { autonomy = v; return this; }
    public Configs alternative(double v) { alternative = v; return this; }
    public Configs opportunism(double v) { opportunism = v; return this; }
    public Configs power(PowerDistribution d) { power = d; return this; }
    public Configs influence(double v) { influence = v; return this; }
    public Configs startPhase(Phase p) { startPhase = p; return this; }
    public Configs leadership(Leadership l) { leadership = l; return this; }
    public Configs turnover(double v) { turnover = v; return this; }
    public Configs mandate(double v) { mandate = v; return this; }
    public Configs nextGeneration(double v) { nextGeneration = v; return this; }
    public Configs participation(Participation p) { participation = p; return this; }
    public Configs structure(double v) { structure = v; return this; }
    public Configs adaptation(double v) { adaptation = v; return this; }
    public Configs norms(double v) { norms = v; return this; }
    public Configs relationalRent(double v) { relationalRent = v; return this; }
    public Configs diversity(double v) { diversity = v; return this; }
    public Configs initiative(double v) { initiative = v; return this; }
    public Configs learning(double v) { learning = v; return this; }
    public Configs governance(Governance g) { governance = g; return this; }
    public Configs membership(Membership m) { membership = m; return this; }
    public Configs circles(Circle... c) { circles = List.of(c); return this; }
    /** Each partner's motive in order; the last one given holds for the rest. */
    public Configs motives(Motive... m) { return motives(java.util.Arrays.stream(m).map(Motives::only).toArray(Motives[]::new)); }

    /** Each partner's motives in order; the last one given holds for the rest. */
    public Configs motives(Motives... m) { motives = List.of(m); return this; }
    public Configs contacts(int k) { contacts = k; return this; }
    public Configs network(NetworkChange n) { network = n; return this; }
    public Configs startingPoints(StartingPoint... p) { startingPoints = List.of(p); return this; }
    public Configs cultures(String... c) { cultures = List.of(c); return this; }
    @SafeVarargs
    public final Configs brings(List<Resource>... b) {
        brings = Stream.of(b).map(kinds -> kinds.stream().map(ResourceMix::only).toList()).toList();
        return this;
    }
    /** Each partner's one kind or mix of kinds, in order (a shorter list repeats its last). */
    public Configs bringing(ResourceMix... b) { brings = Stream.of(b).map(List::of).toList(); return this; }
    public Configs terrains(String... t) { terrains = List.of(t); return this; }
    public Configs trust(double initial, double gain, double loss) {
        trustInitial = initial; gainRate = gain; lossRate = loss; return this;
    }
    public Configs condition(Condition c, double initial, double attention) {
        conditions.put(c, new ConditionSpec(initial, attention)); return this;
    }
    public Configs intervention(Intervention type, Trigger when) {
        interventions.add(new InterventionRule(type, when, 20, "")); return this;
    }
    public Configs energy(double initial, double gain, double drain) {
        energyInitial = initial; energyGain = gain; energyDrain = drain; return this;
    }

    public ModelConfig build() {
        List<OrganisationSpec> orgs = new ArrayList<>();
        for (int i = 0; i < partners; i++) {
            orgs.add(new OrganisationSpec("Partner " + (i + 1), of(autonomy), of(capacity), of(alternative),
                    of(loyalty), of(pressure), of(opportunism), new InterestSpec(of(0.5), of(0.5), of(0.3)),
                    leadership != null ? leadership : Leadership.values()[i % 5], of(mandate), turnover, 0, 0, participation, nextGeneration, initiative, learning,
                    circles == null ? Circle.CORE : circles.get(Math.min(i, circles.size() - 1)), terrains.get(Math.min(i, terrains.size() - 1)),
                    startingPoints.get(Math.min(i, startingPoints.size() - 1)), cultures.get(Math.min(i, cultures.size() - 1)),
                    motives == null ? Motives.only(Motive.MARKET) : motives.get(Math.min(i, motives.size() - 1)), Joining.PLANNED,
                    brings.get(Math.min(i, brings.size() - 1))));
        }
        return new ModelConfig(orgs,
                new PowerSettings(power, dominantShare, 1.16, 0.5, influence),
                new TrustSettings(trustInitial, gainRate, lossRate, 0.3, 0.1, 0.7),
                new CollaborationSettings(startPhase, 1.125, 0.02, 12, energyInitial, energyGain, energyDrain,
                        diversity, 0, 0, 50, structure, governance, 0.05, 0, "", 1, membership, contacts, norms, adaptation, network, relationalRent),
                new ConditionSettings(spec(Condition.AMBITION), spec(Condition.INTERESTS), spec(Condition.RELATION),
                        spec(Condition.ORGANISATION), spec(Condition.PROCESS)),
                interventions, List.of(), List.of());
    }

    private ConditionSpec spec(Condition c) {
        return conditions.getOrDefault(c, new ConditionSpec(0.5, 1.0));
    }
}
