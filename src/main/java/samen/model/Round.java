package samen.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Settles one step of bringing and taking ("halen en brengen", seed 004): pools what the partners
 * brought, creates value from it, splits the pot, and lets every partner experience those it works
 * with (its contacts in the {@link Network}; with everyone in the core, every other partner).
 * Runs after all organisations have decided, so the order in which they decided does not matter.
 */
final class Round implements Steppable {

    private static final long serialVersionUID = 1L;

    /** A violating or renegotiating partner claims this much more of the weight that power gives. */
    static final double GRAB = 0.5;
    /** A hierarchical leader leans on its power this much harder ("macht wordt niet geëtaleerd" broken). */
    static final double HIERARCHY_PULL = 0.3;
    /** Bad experience per step of partners of a hierarchical leader, at twice an equal share of power. */
    static final double HIERARCHY_STING = 0.3;
    /** Bad experience per step of partners of one who over-controls: it "ondermijnt het wederzijdse vertrouwen". */
    static final double CONTROL_STING = 0.15;
    /** Capacity share per step an over-controlling partner spends on checking the others. */
    static final double CONTROL_COST = 0.03;
    /**
     * Share of what consulting costs each partner that procedures take over once they are ingrained:
     * the work of coordinating. Under-organisation shows in "een slecht werkend overleg" because
     * "er zijn nog geen ingesleten procedures en routine" (seed 003 §4.4); the other half is the
     * social sphere, meeting to keep the relation and the mutual pressure that even a good set of
     * agreements needs (same section), which no procedure replaces (seed 004's trust paradox). A
     * judgement, not a measurement (docs/MODEL.md §7.4).
     */
    static final double ROUTINE = 0.5;
    /** Share of the collective interest a collaboration without shared ambition still serves. */
    static final double AMBITION_FLOOR = 0.4;
    /** Share of a good experience's size that survives a run-down relation. */
    static final double RELATION_FLOOR = 0.5;
    /** A partner taking this much more than its perceived fair share is noticed as unfair. */
    static final double UNFAIR_MARGIN = 0.25;
    /** How far unexplored interests weigh on the organisational interest, scaled by the phase's intensity. */
    static final double LATENT_CONFLICT = 0.5;
    /**
     * How far partners accept that power, rather than what one brings, decides what one takes. Half:
     * power plays its part, but "macht wordt niet geëtaleerd" and "voor wat hoort wat" (seed 004,
     * rules of the game in a network), so taking by power alone is noticed as unfair.
     */
    static final double POWER_LEGITIMACY = 0.5;
    /** Weight in the split, relative to an equal share, a fully discontented partner wins per renegotiation. */
    static final double RENEGOTIATION = 0.2;
    /** Size of the vague suspicion an unnoticed opportunistic act leaves, against its sting when seen. */
    static final double SUSPICION = 0.3;
    /**
     * Share of a good experience that counts between partners of different cultures (Douma's cultural
     * fit, seed 004: "Overeenkomstige waarden en normen"): trust between them builds at half the pace.
     */
    static final double FOREIGN_CULTURE = 0.5;
    /** Share of its trust a pair loses per step when the partners never meet (the trust paradox). */
    static final double RESERVOIR_LEAK = 0.01;
    /**
     * How much more being worse off than alone weighs in a partner's discontent than getting less
     * than one's fair share: losses loom larger than gains (Tversky and Kahneman 1992, 2.25).
     */
    static final double LOSS_AVERSION = 2.25;
    /** Meeting cost at which half the leak is stopped: interaction tops the reservoir up. */
    static final double HALF_INTERACTION = 0.01;

    private double valueCreated;
    private double cumulativeValue;
    private double totalContribution;
    private int opportunisticActs;
    private int refusals;

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        List<Organisation> active = c.activeOrganisations();
        Phase phase = c.phase();
        double influence = c.influence();

        totalContribution = 0;
        opportunisticActs = 0;
        refusals = 0;
        for (Organisation o : active) {
            totalContribution += o.contribution();
            if (o.opportunistic()) {
                opportunisticActs++;
                c.log(EventKind.OPPORTUNISM, o.conduct().key(), o.name(), o.conduct().dutch());
                if (o.conduct() == Opportunism.REFUSAL_TO_ADAPT) refusals++;
            }
            // Voice works: a partner that presses to renegotiate wins better terms, more the more
            // discontented it is; what the partners agree is fair from then on (Hirschman 1970:
            // voice is an attempt to change the state of affairs; seed 004: "voor wat hoort wat").
            if (o.voice() == Voice.RENEGOTIATE) o.renegotiate(RENEGOTIATION * o.discontent() / active.size());
            if (o.voice() != null) {
                c.log(EventKind.VOICE, o.voice().key(), o.name(), String.format(java.util.Locale.ROOT,
                        "pushes back (%s): discontent %.2f", o.voice().dutch(), o.discontent()));
            }
        }
        // Together more than each alone (seed 003 §2: "samen meer bereiken dan iedere partij alleen"),
        // the more so the more the partners differ (complementarity, see Collaboration#synergy).
        // In a self-organising network only the best of a module's rival solutions is taken up (CompetingSolutions).
        valueCreated = c.synergy() * phase.productivity() * totalContribution * CompetingSolutions.yield(c);
        cumulativeValue += valueCreated;

        int k = active.size();
        double[] share = new double[k];
        double[] contributionShare = new double[k];
        double[] standing = standing(c, active);
        double weights = 0;
        for (int a = 0; a < k; a++) {
            Organisation o = active.get(a);
            contributionShare[a] = totalContribution > 0 ? o.contribution() / totalContribution : 1.0 / k;
            share[a] = claim(o, contributionShare[a], influence, standing, a);
            weights += share[a];
        }
        double[] fair = fairShares(active, contributionShare, influence, standing);
        boolean executing = phase == Phase.EXECUTE;
        // Procedures take over part of the meeting only as far as they are ingrained (a change of form unsettles them).
        double consulting = 1 - ROUTINE * c.conditions().anchored(Condition.ORGANISATION)
                * c.structure().ingrained(c.step() + 1, c.phaseDuration());
        for (int a = 0; a < k; a++) {
            Organisation o = active.get(a);
            share[a] /= weights;
            double taken = valueCreated * share[a];
            // Against going it alone: what it brought would have earned its alternative at home,
            // and the collaboration costs meeting time, more so under vigilance ("je vingers natellen")
            // and for a partner that over-controls, less where procedures are ingrained.
            double cost = o.alternative() * o.contribution()
                    + c.meetingCost() * o.capacity() * (1 + o.vigilance()) * consulting
                    + (o.controlling() ? CONTROL_COST * o.capacity() : 0);
            if (c.governance() != Governance.SHARED) cost += coordination(c, o, active) * consulting;
            o.settle(taken, cost, valueCreated * fair[a]);
            double shortfall = fair[a] > 0 ? 1 - share[a] / fair[a] : 0;
            // It judges its road alone without what its rivals at the table would take once freed to compete (Protection).
            double alone = executing ? cost - Protection.shield(c, o) * o.alternative() * o.contribution() : cost;
            double worseThanAlone = executing && alone > 0 ? LOSS_AVERSION * (alone - taken) / alone : 0;
            o.aggrieve(Math.max(Math.max(shortfall, worseThanAlone), scaleLost(c, o)));
        }
        experience(c, active, share, fair);
        double interaction = c.meetingCost() / (c.meetingCost() + HALF_INTERACTION);
        c.relations().leak(c.activeMask(), RESERVOIR_LEAK * (1 - interaction));
        weighInterests(c, active, share, fair);
    }

    /**
     * Active partner {@code a}'s weight in the split, before it is normalised over the table. In a
     * self-organising network ({@code standing} not null) its reputation alone, plus the terms it won:
     * no contract sets what each brings this step, so what each takes of the module's value follows
     * its record, and a partner that brings less than its record gains at the others' cost until its
     * record catches up (free riding, checked only by the reputation: seed 004, *"Creëer een
     * reputatiemechanisme waarbij de bijdragen van professionals worden beloond"*). Otherwise {@link #weight}.
     */
    private static double claim(Organisation o, double contributionShare, double influence, double[] standing, int a) {
        return standing != null ? standing[a] + o.terms() : weight(o, contributionShare, influence, o.power());
    }

    /**
     * A partner's weight in the split at a table, before it is normalised: its contribution share
     * and, as far as power decides ({@code influence}), its power, plus the terms it won.
     * Violating or renegotiating partners and hierarchical leaders lean on their power harder.
     */
    private static double weight(Organisation o, double contributionShare, double influence, double power) {
        double rho = influence;
        if (o.conduct() == Opportunism.VIOLATION || o.conduct() == Opportunism.FORCED_RENEGOTIATION) {
            rho += GRAB * (1 - rho);
        }
        if (o.leadership() == Leadership.HIERARCHICAL) rho += HIERARCHY_PULL * (1 - rho);
        return (1 - rho) * contributionShare + rho * power + o.terms();
    }

    /**
     * What {@code candidate}, not at the table, would take of the pot per unit of its share of what is
     * brought, {@code s_c / q_c}, were it at the table under the split the partners there had last step
     * (seed 004: "wie investeert wat hoe delen we de meerwaarde"; "Relatieve onderhandelingsmacht"):
     * it would bring what the partners bring per unit of capacity, times its own capacity, and weigh
     * in the split with its power as they do with theirs ({@link #weight}). In a self-organising network
     * the partners take by their reputation ({@link #claim}) and the candidate, with no record yet,
     * expects its reputation to come to follow what it would bring. 1 means it would take as much as it brings of the
     * pool; a candidate with less power than its contribution share takes less. 1 when nothing is
     * brought (the yield is 0 then anyway). Draws nothing.
     */
    static double relativeTake(Collaboration c, Organisation candidate) {
        List<Organisation> active = c.activeOrganisations();
        double brought = 0;
        double capacity = 0;
        for (Organisation o : active) {
            brought += o.contribution();
            capacity += o.capacity();
        }
        double brings = capacity > 0 ? candidate.capacity() * brought / capacity : 0;
        double pool = brought + brings;
        if (brings <= 0) return 1;
        double influence = c.influence();
        double[] standing = standing(c, active);
        double weights = 0;
        for (int a = 0; a < active.size(); a++) {
            Organisation o = active.get(a);
            weights += claim(o, o.contribution() / pool, influence, standing, a);
        }
        double own = standing != null ? brings / pool : weight(candidate, brings / pool, influence, candidate.power());
        return own / (weights + own) / (brings / pool);
    }

    /**
     * In a self-organising network a partner's reputation, its share of all the active partners have
     * brought so far, takes the place of power in the split, and everyone sees it (seed 004: "Creëer
     * een reputatiemechanisme waarbij de bijdragen van professionals worden beloond"; "Stel geen
     * grenzen; ze worden bepaald door de waarde die iemand toevoegt"): {@code R_i = B_i / Σ_j B_j},
     * equal shares before anyone has brought anything. Under any other governance, none: power weighs.
     */
    private static double[] standing(Collaboration c, List<Organisation> active) {
        if (c.governance() != Governance.SELF_ORGANISING) return null;
        double total = 0;
        for (Organisation o : active) total += o.brought();
        double[] reputation = new double[active.size()];
        for (int a = 0; a < reputation.length; a++) {
            reputation[a] = total > 0 ? active.get(a).brought() / total : 1.0 / reputation.length;
        }
        return reputation;
    }

    /**
     * What coordinating by a hub costs {@code o} this step: the hub meets every partner it coordinates
     * one to one, a meeting's time each ({@code meeting_cost} of that partner's capacity). The lead
     * organisation carries all of it; the administrative organisation charges each partner its own
     * meeting (Provan &amp; Kenis 2008: a lead organisation bears the network's coordination, an
     * administrative organisation is paid for by its members). Without a lead at the table, nothing.
     */
    private static double coordination(Collaboration c, Organisation o, List<Organisation> active) {
        if (c.governance() == Governance.ADMINISTRATIVE) return c.meetingCost() * o.capacity();
        if (o != c.lead()) return 0;
        double others = 0;
        for (Organisation j : active) {
            if (j != o) others += j.capacity();
        }
        return c.meetingCost() * others;
    }

    /**
     * Every partner experiences every active partner it works with (its contacts in the
     * {@link Network}; with everyone in the core, every other): a seen opportunistic act is a bad experience (an unseen
     * one leaves only a vague suspicion: transparency makes opportunism visible); so is a partner
     * taking clearly more than the share its contribution and, in part ({@link #POWER_LEGITIMACY}),
     * its perceived power justify (under {@code unclear} power perceptions are off, and the surprise
     * costs trust: seed 003 §2, "de macht van partijen wordt vaak onderschat"). Otherwise working
     * together is a good experience whose size follows seed 004's sum for the trust a dialogue about
     * interests needs: "Zelfbewustzijn + Oprechte interesse in de belangen + Transparantie +
     * Betrouwbaar", that is mutual understanding, the interests condition, transparency and the
     * other's reliability (it brought as much as oneself: "voor wat hoort wat"), all smaller when the
     * relation has run down (seed 003 §4.3).
     * Each kind of opportunism stings as much as it hurts ({@link Opportunism#sting}). On top, a
     * partner that over-controls or leads hierarchically stings the others every step (seed 003
     * §4.4: control "ondermijnt het wederzijdse vertrouwen"; seed 004: "macht wordt niet
     * geëtaleerd").
     */
    private static void experience(Collaboration c, List<Organisation> active, double[] share, double[] fair) {
        Relations relations = c.relations();
        double relation = c.weight(Condition.RELATION, RELATION_FLOOR);
        double drivers = (c.mutualUnderstanding() + c.weight(Condition.INTERESTS, 0) + c.transparency()) / 4;
        double totalPower = 0;
        for (Organisation o : active) totalPower += o.power();
        // What each partner is to the others this step does not depend on who looks at it.
        int k = active.size();
        double[] excess = new double[k];
        double[] ratio = new double[k];
        double[] hierarchySting = new double[k];
        for (int b = 0; b < k; b++) {
            Organisation other = active.get(b);
            excess[b] = fair[b] > 0 ? share[b] / fair[b] - 1 : 0;
            ratio[b] = other.capacity() > 0 ? other.contribution() / other.capacity() : 0;
            if (other.leadership() == Leadership.HIERARCHICAL) {
                double weight = totalPower > 0 ? other.power() * k / totalPower : 1;
                hierarchySting[b] = Math.min(1, HIERARCHY_STING * weight / 2);
            }
        }
        Network network = relations.network();
        boolean[] mask = c.activeMask();
        // Under the rules of the game, a breach someone saw is told to the breaker's other contacts.
        double[] breach = c.norms() > 0 ? new double[k] : null;
        boolean[] saw = breach != null ? new boolean[network.slots()] : null;
        for (int a = 0; a < k; a++) {
            Organisation self = active.get(a);
            double ownRatio = ratio[a];
            for (int slot = network.from(self.index()); slot < network.to(self.index()); slot++) {
                int index = network.target(slot);
                if (!mask[index]) continue;
                int b = c.position(index);
                Organisation other = active.get(b);
                if (other.controlling()) relations.bad(slot, CONTROL_STING);
                // A rival on the same terrain that takes more than its fair share is watched as a threat:
                // "Voor je het weet, ben je bang voor die ander omdat hij een bedreiging kan vormen" (seed 003).
                if (self.rivals(other) && excess[b] > 0) relations.suspect(slot, SUSPICION);
                if (hierarchySting[b] > 0) relations.bad(slot, hierarchySting[b]);
                if (other.opportunistic()) {
                    if (c.random.nextBoolean(c.transparency())) {
                        relations.bad(slot, other.conduct().sting());
                        if (breach != null) {
                            breach[b] = other.conduct().sting();
                            saw[slot] = true;
                        }
                        continue;
                    }
                    relations.suspect(slot, SUSPICION * other.conduct().sting());
                }
                if (excess[b] > UNFAIR_MARGIN) {
                    relations.bad(slot, Math.min(1, excess[b] - UNFAIR_MARGIN));
                } else {
                    // Reliability counts as far as it can be seen: transparency shows what the other brought.
                    double reliability = c.transparency() * (ownRatio > 0 ? Math.min(1, ratio[b] / ownRatio) : 1) / 4;
                    double size = relation * (drivers + reliability);
                    // Between different cultures a shared culture of working together grows slowly: "een
                    // gezamenlijke cultuur van samenwerking [bestaat] niet van de één op andere dag" (seed 000).
                    if (self.foreignTo(other)) size *= FOREIGN_CULTURE;
                    relations.good(slot, size, self.constituencyPressure());
                }
            }
        }
        if (breach != null) tellTheTable(c, active, breach, saw);
    }

    /**
     * The rules of the game (seed 004, *Spelregels in een netwerk*, De Bruijn &amp; ten Heuvelhof:
     * *"Loyaliteit aan de besluitvorming"*, *"Geen tussentijdse wijziging van de spelregels"*, *"Voor
     * wat hoort wat"*): partners who hold them tell each other of a breach. Each partner who works
     * with a breaker and did not see the breach itself hears of it with probability {@code norms} and
     * has the same bad experience: breaking a rule costs trust beyond those who saw it.
     */
    private static void tellTheTable(Collaboration c, List<Organisation> active, double[] breach, boolean[] saw) {
        Relations relations = c.relations();
        Network network = relations.network();
        boolean[] mask = c.activeMask();
        for (int b = 0; b < breach.length; b++) {
            if (breach[b] <= 0) continue;
            int breaker = active.get(b).index();
            for (int slot = network.from(breaker); slot < network.to(breaker); slot++) {
                int toBreaker = network.reverse(slot);
                if (!mask[network.target(slot)] || saw[toBreaker] || !c.random.nextBoolean(c.norms())) continue;
                relations.bad(toBreaker, breach[b]);
            }
        }
    }

    /**
     * The share of the pot each partner's contribution, and in part ({@link #POWER_LEGITIMACY}) its
     * perceived power, justify in the partners' eyes; normalised over the partners still at the
     * table, as the split is. Under {@code unclear} power, perceptions are off. A reputation
     * ({@code standing}, in a self-organising network) is seen as it is, and takes power's place.
     */
    private static double[] fairShares(List<Organisation> active, double[] contributionShare, double influence, double[] standing) {
        double legitimate = POWER_LEGITIMACY * influence;
        double[] perceived = new double[active.size()];
        double perceivedTotal = 0;
        for (int a = 0; a < perceived.length; a++) {
            perceived[a] = standing != null ? standing[a] : active.get(a).perceivedPower();
            perceivedTotal += perceived[a];
        }
        double total = (1 - legitimate) + legitimate * perceivedTotal;
        for (Organisation o : active) total += o.terms();
        double[] fair = new double[active.size()];
        for (int a = 0; a < fair.length; a++) {
            Organisation o = active.get(a);
            fair[a] = ((1 - legitimate) * contributionShare[a] + legitimate * perceived[a] + o.terms()) / total;
        }
        return fair;
    }

    /**
     * What this step did for each kind of interest (seed 003 §3.2): the collective interest is
     * served by a shared ambition and the momentum towards it (its energy); the organisational
     * interest by a fair balance of taking and bringing, and in execute by real returns, less the
     * interest conflicts that surface as the work gets concrete where the partners neither explored
     * each other's interests nor keep talking about them (mutual understanding and the interests
     * condition; seed 003 §3.2: partners "doorgestormd naar het convenant" end in "een permanente
     * en soms uitputtende staat van onderhandeling"); the individual interest of the
     * representative by working with people they trust on something that moves (seed 004: "leuke
     * dingen doen met leuke mensen").
     */
    private static void weighInterests(Collaboration c, List<Organisation> active, double[] share, double[] fair) {
        boolean executing = c.phase() == Phase.EXECUTE;
        for (int a = 0; a < active.size(); a++) {
            Organisation o = active.get(a);
            double fairness = fair[a] > 0 ? share[a] / fair[a] - 1 : 0;
            double returns = 0;
            if (executing) {
                double stake = o.alternative() * o.contribution();
                returns = stake > 0 ? clamp(0.5 * o.payoff() / stake, -0.5, 0.5) : -0.5;
            }
            double unexplored = 1 - 0.5 * (c.mutualUnderstanding() + c.weight(Condition.INTERESTS, 0));
            double latentConflict = LATENT_CONFLICT * unexplored * c.phase().intensity();
            double organisational = clamp(0.5 + fairness + returns - latentConflict + learned(c, o)
                    + MarketAccess.reached(c, o), 0, 1);
            double individual = 0.5 * o.trustGiven() + 0.5 * c.energy();
            double collective = c.energy() * c.weight(Condition.AMBITION, AMBITION_FLOOR);
            o.weighInterests(collective, organisational, individual);
        }
    }

    /**
     * What a partner at the table for knowledge learned this step, in [0,1): as much as the partners
     * differ (seed 001: "Juist van partijen met een andere achtergrond en denkwereld kun je veel
     * leren") times how fast they came to understand each other, relative to the fastest (a whole
     * phase of exploring at full tempo), last step: "Je kunt vaak beter samen leren dan wanneer ieder
     * in zijn eigen context blijft denken en werken". So it learns mostly while the partners explore
     * and share, little from similar partners, and little from partners so different that they
     * hardly come to understand each other (diversity drags understanding, {@link Process#DIVERSITY_DRAG}).
     * Nothing for any other motive.
     */
    static double learned(Collaboration c, Organisation o) {
        double share = o.motive().share(Motive.KNOWLEDGE);
        if (share == 0) return 0;
        return share * (c.difference() * 2.0 * c.phaseDuration() * c.process().understandingGained());
    }

    /**
     * What a partner at the table for cost advantages misses, in [0,1]: the share of the partners who
     * ever joined that walked away, since each takes some of the scale it came for (seed 004,
     * *Kostenvoordelen*: "Realiseren van schaalvoordelen"; seed 001: "omdat je te klein bent om een
     * concurrerend product of dienst te leveren"). Nothing for any other motive.
     */
    static double scaleLost(Collaboration c, Organisation o) {
        double share = o.motive().share(Motive.COST);
        return share == 0 ? 0 : share * c.process().walkedAway();
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    double valueCreated() { return valueCreated; }
    double cumulativeValue() { return cumulativeValue; }
    double totalContribution() { return totalContribution; }
    int opportunisticActs() { return opportunisticActs; }
    /** Partners who refused to adapt this step. */
    int refusals() { return refusals; }
}
