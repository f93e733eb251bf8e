package samen.model;

import java.util.List;
import samen.model.config.CollaborationSettings;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The collaboration's process: its phase, progress within the phase, and energy (tempo); also who
 * walks away. Runs after the {@link Round} each step.
 *
 * <p>Progress within a phase comes from engaged, trusting partners and energy, and needs a managed
 * process: partners who see the same phase and a process condition that gives them a hold (seed
 * 003 §4.5: without it partners "zich afvragen in welk proces ze zich bevinden en in welke fase ze
 * zitten"). A phase advances when its work is done and its gate holds: explore needs enough trust
 * to open up, share needs partners loyal enough to a shared ambition, agree needs an agreement that
 * serves every partner's interests, shape needs trust without too much vigilance. The share and
 * agree gates are the deciders' judgement: the strategic core's, when there is one
 * ({@link Collaboration#deciders}). Energy grows with
 * progress and visible results and drains when progress stalls, faster when the process is
 * neglected (seed 003 §4.5: "als dit tempo ontbreekt en de voortgang stagneert, vloeit de energie
 * weg en volgt er vaak destabilisatie").
 *
 * <p>Where interests are not talked through, agreements get reopened (seed 003 §4.2: "een
 * permanente en soms uitputtende staat van onderhandeling"), and a partner forcing renegotiation
 * reopens them too. Once past share, a collaboration whose trust or energy collapses, or that
 * stalls in agree or shape, falls back to share, the phase where the shared ambition is set (seed
 * 003 §4.2: partners "moeten dan alsnog terug naar de fase van ambitiebepaling"; seed 004: in
 * "delen" partners agree on "de gezamenlijke ambitie").
 *
 * <p>Explore and share build mutual understanding: a shared picture of each other's interests
 * (seed 004, verkennen: "inzicht krijgen in de belangen van partijen en een gemeenschappelijk beeld
 * vormen"). It starts at zero, because a collaboration starts without shared history (seed 003 §2,
 * "een nieuwe werkelijkheid"), grows more slowly between very different partners (seed 003 §2,
 * "spraakverwarring"), and grows only slowly once the partners are past share, so a collaboration
 * that starts at agree carries its unexplored interests along.
 */
final class Process implements Steppable {

    private static final long serialVersionUID = 1L;

    static final double GATE_TRUST = 0.35;
    static final double GATE_LOYALTY = 0.4;
    static final double GATE_INTERESTS = 0.4;
    static final double GATE_VIGILANCE = 0.6;
    /** Half-width of the range over which a gate opens (see {@link #gate}). */
    static final double GATE_MARGIN = 0.1;
    static final double FALLBACK_TRUST = 0.2;
    static final double FALLBACK_ENERGY = 0.1;
    /** Phases' worth of steps without a phase change after which agree or shape has stalled. */
    static final int STALL_PHASES = 4;
    /**
     * Chance per step that a fully discontented partner walks away: "stemmen met de voeten" (seed
     * 004). See {@link #exitHazard}.
     */
    static final double EXIT_RATE = 0.2;
    /**
     * The same for a partner pulled away by its own organisation alone: loyalty drifts, and a
     * representative does not leave the table at the first doubt.
     */
    static final double PULL_RATE = 0.05;
    /** Pull of its own organisation (one minus loyalty) over which the exit hazard rises from zero to full. */
    static final double PULL_FROM = 0.6;
    static final double PULL_FULL = 1.0;
    /** Discontent over which the exit hazard rises from zero to full: small grievances are borne. */
    static final double DISCONTENT_FROM = 0.1;
    static final double DISCONTENT_FULL = 0.4;
    /**
     * Tempo engaged partners find even without energy: small steps that show something moves
     * (seed 000: "groot denken en klein doen"), so a drained collaboration can recover.
     */
    static final double SMALL_WINS = 0.15;
    /** Share of tempo lost when every pair is in watchful contracting: contracts and checks slow decisions. */
    static final double WATCHFUL_SLOWDOWN = 0.5;
    /**
     * Share of tempo lost under the heaviest structure: every decision goes through every partner's
     * procedures (seed 003 §3.4: over-organisation brings "een structureel gebrek aan daadkracht").
     * As large as {@link #WATCHFUL_SLOWDOWN}: procedures are contracts and checks laid down in advance.
     */
    static final double STRUCTURE_SLOWDOWN = WATCHFUL_SLOWDOWN;
    /** Steps in the rolling window over which commitment is averaged, for the sham test. */
    static final int COMMITMENT_WINDOW = 10;
    /** Understanding grows this many times slower by working together than by exploring and sharing. */
    static final double LEARNING_BY_DOING = 0.1;
    /** How far full diversity slows mutual understanding. */
    static final double DIVERSITY_DRAG = 0.8;
    /** Share of tempo left when the process condition is gone. */
    static final double PROCESS_FLOOR = 0.4;
    /** Chance per step, with the interests condition at zero, that an agreement is reopened. */
    static final double REOPEN_RATE = 0.35;
    /**
     * Chance per step that an unsettled new representative reopens agreements, per newcomer, when
     * nothing is institutionalised (organisation at zero).
     */
    static final double NEWCOMER_REOPEN = 0.2;
    /** Share of a phase's progress lost when an agreement is reopened. */
    static final double REOPEN_SETBACK = 0.5;
    /** Chance per step that a partner with a stale picture of the phase catches up, at process zero. */
    static final double PICTURE_SYNC_FLOOR = 0.1;
    /** Steps after a phase change or shock that count as a change to adapt to. */
    static final int CHANGE_WINDOW = 10;
    /** Why a partner left whose representative decided to walk away (a workshop's player, see {@link DecisionPolicy}). */
    static final String CHOSE_TO_LEAVE = "its representative chose to leave";

    private final CollaborationSettings settings;
    private Phase phase;
    private double progress;
    private double energy;
    private double understanding;
    private double understandingGained;
    /** Share of the partners who ever joined (free space aside) that walked away, as of the last break-up check. */
    private double walkedAway;
    private double momentum;
    private Phase phaseReached;
    /** The furthest phase reached in this round ({@link #renew}): a milestone is a phase first reached in a round. */
    private Phase milestone;
    /** Rounds completed: goals reached that a next round followed. */
    private int renewals;
    /** Furthest point of the road reached so far: a phase's ordinal plus its progress. */
    private double frontier;
    private long phaseReachedStep;
    private long lastPhaseChangeStep;
    private int fallbacks;
    private int reopened;
    private double reopenedRecently;
    private boolean brokenUp;
    /** Step since which the collaboration has been stalled without a break, or -1. */
    private long stalledSince = -1;
    /** {@code stalledSince} when it broke up: partners left a collaboration that had already stalled. */
    private long stalledAtBreakup = -1;
    /** Step since which the partners have been meeting without working (a sham), or -1. */
    private long hollowSince = -1;
    /** {@code hollowSince} when it broke up: partners left a collaboration that had become a sham. */
    private long hollowAtBreakup = -1;
    private boolean goalReached;
    private final double[] commitmentWindow = new double[COMMITMENT_WINDOW];
    private double peakCommitment;

    Process(CollaborationSettings settings) {
        this.settings = settings;
        this.phase = settings.startPhase();
        this.energy = settings.energyInitial();
        this.phaseReached = phase;
        this.milestone = phase;
        this.frontier = phase.ordinal();
    }

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        long now = c.step() + 1;
        List<Organisation> active = c.activeOrganisations();
        if (active.isEmpty()) {
            checkEnd(c, now);
            trackStall(c, now);
            return;
        }

        double engagement = 0;
        double commitment = 0;
        for (Organisation o : active) {
            engagement += o.loyalty() * (0.5 + 0.5 * o.trustGiven());
            commitment += o.commitment();
        }
        engagement /= active.size();
        commitment /= active.size();
        trackCommitment(now, commitment);

        reopenAgreements(c, now);
        momentum = advance(c, now, engagement);
        // A neglected process drains energy up to twice as fast; what drains is a share of what is
        // left, so some momentum always rebuilds it (no absorbing state at zero).
        double neglect = 2 - c.weight(Condition.PROCESS, 0);
        energy = clamp01(energy + settings.energyGain() * momentum - settings.energyDrain() * neglect * (1 - momentum) * energy);
        fallBackIfCollapsed(c, now);
        updatePictures(c);

        for (Organisation o : active) {
            // The draw is made whoever decides, so the random stream does not depend on it.
            o.drawExit(c.random.nextBoolean(exitHazard(o)));
            if (o.departure() == DecisionPolicy.Departure.LEAVE && !o.mandated()) {
                o.leave(now, true, CHOSE_TO_LEAVE);
                c.log(EventKind.LEAVE, "left", o.name(), CHOSE_TO_LEAVE);
            } else if (o.exitDrawn() && o.departure() != DecisionPolicy.Departure.STAY) {
                boolean used = discontentPush(o) > pullPush(o);
                String why = used ? "it got less than it brought, or would do better alone" : "its loyalty ran out";
                o.leave(now, true, why);
                c.log(EventKind.LEAVE, used ? "discontent" : "exit", o.name(), why);
            }
        }
        c.refreshActive();
        checkEnd(c, now);
        trackStall(c, now);
    }

    /**
     * Remembers whether partners walked away from a collaboration that had already stalled or
     * become a sham: then the break-up is what follows, and the run's outcome stays stagnation (seed
     * 003 §4.5: "Als dit tempo ontbreekt en de voortgang stagneert, vloeit de energie weg en volgt er
     * vaak destabilisatie") or sham (003 §3.1: such shams "zijn frustrerend voor deelnemers") however
     * long it runs on.
     */
    private void trackStall(Collaboration c, long now) {
        if (brokenUp) {
            if (stalledAtBreakup < 0) stalledAtBreakup = stalledSince;
            if (hollowAtBreakup < 0) hollowAtBreakup = hollowSince;
            return;
        }
        if (!OutcomeRules.stalled(c, now)) stalledSince = -1;
        else if (stalledSince < 0) stalledSince = now;
        if (!OutcomeRules.hollow(c)) hollowSince = -1;
        else if (hollowSince < 0) hollowSince = now;
    }

    /**
     * Exit, after Hirschman (1970) and seed 002 ("Zodra gemeenten het idee krijgen dat ze zonder de
     * ander hun doel kunnen bereiken, zullen ze dat niet nalaten"): the chance per step that a
     * partner walks away grows with the pull of its own organisation (one minus loyalty, split
     * loyalty) or with its discontent (feeling used, or worse off than alone), and falls with
     * lock-in, what it has invested so far ({@link Organisation#lockIn}; half locked in at the
     * scenario's {@code lock_in_half}): specific investments make walking away costly (Williamson
     * 1985; seed 004, Wathne and Heide: "Lock-in situaties"), so an established partner pushes back
     * rather than leaves. Each rises over a range rather than at a threshold, so there is no loyalty
     * at which everyone leaves at once:
     * {@code (1 − lockIn) × max(PULL_RATE × ramp(pull), EXIT_RATE × ramp(discontent))}. In a
     * self-organising network nothing locks a partner in (seed 004: "Maak 'stemmen met de voeten'
     * mogelijk"): {@code lockIn = 0}.
     */
    private double exitHazard(Organisation o) {
        if (o.mandated()) return 0;
        double lockIn = settings.governance() == Governance.SELF_ORGANISING ? 0 : o.lockIn(settings.lockInHalf());
        return (1 - o.exitClosed()) * (1 - lockIn) * Math.max(pullPush(o), discontentPush(o));
    }

    /**
     * How hard the partner's own organisation or its discontent push it away, in [0,1], each on its
     * ramp: what withdraws a partner that cannot leave ({@link Organisation#withdrawal}).
     */
    static double exitPush(Organisation o) {
        return Math.max(pull(o), grievance(o));
    }

    private static double pullPush(Organisation o) {
        return PULL_RATE * pull(o);
    }

    private static double discontentPush(Organisation o) {
        return EXIT_RATE * grievance(o);
    }

    /** The pull of its own organisation, one minus loyalty, on its ramp. */
    private static double pull(Organisation o) {
        return Organisation.ramp(1 - o.loyalty(), PULL_FROM, PULL_FULL);
    }

    /** Its discontent on its ramp: small grievances are borne. */
    private static double grievance(Organisation o) {
        return Organisation.ramp(o.discontent(), DISCONTENT_FROM, DISCONTENT_FULL);
    }

    /**
     * Agreements are reopened by partners forcing renegotiation or pressing for it (voice); where the
     * interests were never explored or the dialogue about them is neglected, by defensive partners
     * (seed 003 §4.2: "als belangentegenstellingen blijven bestaan, leidt dit tot defensief
     * gedrag"); and by new representatives who did not make the agreements, unless they are
     * institutionalised (seed 004, "personele instabiliteit"; the checklist of vormgeven asks for
     * "Maken afspraken met betrekking tot personeelsinzet en personele wisselingen" and "Afspraken
     * maken over borging van de samenwerking"); and by constituencies that do not back what their
     * representative agreed, the more so the harder they pull and the further the phase asks beyond
     * the backing (seed 003 §3.2, the interplay "tussen de vertegenwoordigers en hun achterbannen";
     * seed 004, "Dubbele loyaliteiten en achterbanproblematiek"); and, in shape, by partners who started
     * from different points and find they meant different things by what they agreed, as far as they
     * did not explore it (seed 004: "een 'tijdelijk werkbare overeenstemming'", {@link Ambiguity}).
     * Only the partners who set the rules
     * can reopen them: the strategic core (seed 004: the core "Bepalen samen de spelregels, normen en
     * waarden van de groep"; the ring gives "Consent over strategie en visie"), or everyone when
     * there is no core at the table ({@link Collaboration#deciders}).
     */
    private void reopenAgreements(Collaboration c, long now) {
        reopenedRecently *= 1 - 1.0 / COMMITMENT_WINDOW;
        if (phase != Phase.AGREE && phase != Phase.SHAPE) return;
        String by = "";
        String why = null;
        // Only the partners who set the rules can reopen them (see Collaboration#deciders).
        List<Organisation> rulers = c.deciders();
        for (Organisation o : rulers) {
            if (o.conduct() == Opportunism.FORCED_RENEGOTIATION) {
                by = o.name();
                why = "forced renegotiation";
            } else if (o.voice() == Voice.RENEGOTIATE && why == null) {
                by = o.name();
                why = "a discontented partner presses to renegotiate";
            }
        }
        if (why == null) {
            // Talking through interests takes both: having explored them (understanding) and
            // keeping the dialogue going (the interests condition).
            double defensive = REOPEN_RATE * progress * (1 - c.mutualUnderstanding() * c.weight(Condition.INTERESTS, 0));
            double newcomers = 0;
            for (Organisation o : rulers) newcomers += 1 - o.settled(now);
            double questioning = NEWCOMER_REOPEN * newcomers * (1 - c.condition(Condition.ORGANISATION));
            // A constituency that does not back what its representative agreed calls it back; the
            // one that pulls hardest is named.
            double backtracking = 0;
            double hardest = 0;
            Organisation calledBack = null;
            for (Organisation o : rulers) {
                double pull = o.constituencyPressure() * o.overreach();
                backtracking += pull;
                if (pull > hardest) {
                    hardest = pull;
                    calledBack = o;
                }
            }
            backtracking *= REOPEN_RATE * progress / rulers.size();
            // What was agreed from different starting points was a temporarily workable agreement;
            // shaping it makes it concrete, and what was not explored comes back (Ambiguity).
            double provisional = phase == Phase.SHAPE ? REOPEN_RATE * progress * Ambiguity.unexplored(c) : 0;
            double draw = c.random.nextDouble();
            if (draw < defensive) why = "defensive partners reopen what was agreed";
            else if (draw < defensive + questioning) why = "a new representative questions what its predecessor agreed";
            else if (draw < defensive + questioning + backtracking) {
                by = calledBack.name();
                why = EventKind.CALLED_BACK;
            } else if (draw < defensive + questioning + backtracking + provisional) why = EventKind.PROVISIONAL;
            else return;
        }
        if (settledOneToOne(c, by)) return;
        // Under self-organising governance the work is split into modules: only one is set back
        // (seed 004: "Modulariteit: deel het proces en product op in zinvolle, kleine eenheden").
        progress *= 1 - REOPEN_SETBACK * c.module();
        reopened++;
        reopenedRecently += 1.0 / COMMITMENT_WINDOW;
        c.log(EventKind.AGREEMENT_REOPENED, phase.key(), by, why);
    }

    /**
     * Under a lead or administrative organisation a grievance goes to the hub first, which settles it
     * one to one as far as the partner trusts the hub, so the table is not set back (Provan &amp; Kenis
     * 2008: brokered governance coordinates many partners more efficiently). The lead is trusted as
     * the partner trusts it (the others' mean trust in it for a grievance nobody voiced, and not at
     * all its own); the administrative organisation, staffed by the network, as the partner trusts
     * the others. Under shared governance, or without a lead at the table, the table hears it.
     */
    private boolean settledOneToOne(Collaboration c, String by) {
        Governance governance = c.governance();
        if (!governance.hub()) return false;
        Organisation complainant = by.isEmpty() ? null : c.organisation(by);
        double legitimacy;
        if (governance == Governance.LEAD) {
            Organisation lead = c.lead();
            if (lead == null || lead == complainant) return false;
            legitimacy = complainant == null ? lead.trustReceived() : c.trust(complainant, lead);
        } else {
            legitimacy = complainant == null ? c.meanTrust() : complainant.trustGiven();
        }
        if (!c.random.nextBoolean(legitimacy)) return false;
        c.log(EventKind.GRIEVANCE_SETTLED, phase.key(), by, governance.key());
        return true;
    }

    /** Moves the phase on where it can; returns this step's momentum in [0,1]. */
    private double advance(Collaboration c, long now, double engagement) {
        // Tempo: engaged partners with energy work through a phase in phaseDuration steps, when they
        // know which phase they are in and the process gives them a hold.
        double hold = c.weight(Condition.PROCESS, PROCESS_FLOOR);
        double refusing = (double) c.round().refusals() / c.activeCount();
        double watchful = WATCHFUL_SLOWDOWN * c.enemyPairs() / Math.max(1.0, c.activePairs());
        double tempo = Math.min(1, (SMALL_WINS + 2 * energy) * engagement) * hold * phaseAgreement(c) * (1 - refusing)
                * (1 - watchful) * (1 - STRUCTURE_SLOWDOWN * c.structure().weight());
        double exploring = phase.ordinal() <= Phase.SHARE.ordinal() ? 1 : LEARNING_BY_DOING;
        double before = understanding;
        // Partners who start from different points speak at cross purposes as far as they have not
        // yet explored them, as fully different partners do (Ambiguity; seed 004: "Er is altijd
        // spraakverwarring en ambiguïteit!").
        double crossPurposes = 1 - DIVERSITY_DRAG * Ambiguity.unexplored(c);
        understanding = Math.min(1, understanding
                + exploring * (1 - DIVERSITY_DRAG * c.divide()) * crossPurposes * tempo / (2.0 * settings.phaseDuration()));
        understandingGained = understanding - before;
        if (phase == Phase.EXECUTE) {
            // In execute, momentum is visible results: the value the partners create.
            double potential = potential(c);
            return potential > 0 ? clamp01(2 * c.round().totalContribution() / potential) : 0;
        }
        if (progress < 1) {
            // Only new ground is progress: redoing what a reopened agreement undid keeps partners
            // busy but shows nothing (seed 003 §4.5: "Als dit tempo ontbreekt en de voortgang
            // stagneert, vloeit de energie weg"; "als ... er sprake is van voortgang en men ziet dat
            // het iets oplevert, dan geeft dat energie").
            progress = Math.min(1, progress + tempo / settings.phaseDuration());
            double position = phase.ordinal() + progress;
            boolean newGround = position > frontier;
            frontier = Math.max(frontier, position);
            return newGround ? tempo : 0;
        }
        if (!c.random.nextBoolean(gate(c))) return 0;
        Phase from = phase;
        changePhase(c, phase.next(), now);
        c.log(EventKind.PHASE_CHANGE, phase.key(), "", "from " + from.key());
        if (phase.ordinal() <= milestone.ordinal()) return 0;
        // A milestone is a gate passed for the first time in the round, marked with the scenario's
        // celebration: "vier successen" (seed 002, advice 7).
        energy = clamp01(energy + settings.celebration());
        milestone = phase;
        if (phase.ordinal() > phaseReached.ordinal()) {
            phaseReached = phase;
            phaseReachedStep = now;
        }
        return 1;
    }

    /** Share of active partners whose picture of the phase is the real one. */
    static double phaseAgreement(Collaboration c) {
        if (c.activeCount() == 0) return 0;
        int same = 0;
        for (Organisation o : c.activeOrganisations()) {
            if (o.picture() == c.phase()) same++;
        }
        return (double) same / c.activeCount();
    }

    /**
     * Chance per step that the phase's gate opens once its work is done. Each gate has a level; the
     * chance rises from zero {@link #GATE_MARGIN} below it to one {@link #GATE_MARGIN} above it, so
     * partners a hair short of a level are not stopped for ever and a hair above it not waved
     * through: a gate is a judgement the partners make, not a switch.
     */
    private double gate(Collaboration c) {
        return switch (phase) {
            case EXPLORE -> above(c.meanTrust(), GATE_TRUST);
            case SHARE -> above(c.deciders().stream().mapToDouble(Organisation::loyalty).average().orElse(0), GATE_LOYALTY);
            case AGREE -> above(c.deciders().stream().mapToDouble(Organisation::interestsServed).min().orElse(0), GATE_INTERESTS);
            case SHAPE -> Math.min(above(c.meanTrust(), GATE_TRUST), above(-c.meanVigilance(), -GATE_VIGILANCE));
            case EXECUTE -> 0;
        };
    }

    /** The chance a judgement at {@code level} passes {@code value}: 0 at 0.1 below, 1 at 0.1 above ({@link #GATE_MARGIN}). */
    static double above(double value, double level) {
        return Organisation.ramp(value, level - GATE_MARGIN, level + GATE_MARGIN);
    }

    private void fallBackIfCollapsed(Collaboration c, long now) {
        if (phase.ordinal() <= Phase.SHARE.ordinal()) return;
        String reason = null;
        if (c.meanTrust() < FALLBACK_TRUST) reason = "trust collapsed";
        else if (energy < FALLBACK_ENERGY) reason = "energy ran out";
        else if (phase != Phase.EXECUTE && now - lastPhaseChangeStep > (long) STALL_PHASES * settings.phaseDuration()) {
            reason = "stalled in " + phase.key();
        }
        if (reason == null) return;
        changePhase(c, Phase.SHARE, now);
        fallbacks++;
        c.log(EventKind.FALLBACK, phase.key(), "", reason);
    }

    private void changePhase(Collaboration c, Phase to, long now) {
        phase = to;
        progress = 0;
        lastPhaseChangeStep = now;
    }

    /**
     * Representatives catch up with the real phase, faster when the process is managed; one who
     * refuses to adapt keeps the picture it had.
     */
    private void updatePictures(Collaboration c) {
        double sync = c.weight(Condition.PROCESS, PICTURE_SYNC_FLOOR);
        for (Organisation o : c.activeOrganisations()) {
            if (o.picture() == phase || o.conduct() == Opportunism.REFUSAL_TO_ADAPT) continue;
            if (c.random.nextBoolean(sync)) o.see(phase);
        }
    }

    /**
     * Break-up: fewer than two partners, or half of those who ever joined walked away. Planned
     * departures do not count (seed 002 advice 6: "neem afscheid als iemands rol is uitgespeeld").
     * The partners stop, their results reached, once the goal is met (advice 6: "stop met de
     * samenwerking als de resultaten bereikt zijn"). In a self-organising network no departure
     * counts: it is not clear who belongs (seed 004: "Niet duidelijk wie erbij hoort en wie niet"),
     * so it breaks up only when fewer than two partners are left.
     */
    private void checkEnd(Collaboration c, long now) {
        int remaining = c.activeCount();
        int joined = 0;
        int exits = 0;
        boolean footloose = settings.governance() == Governance.SELF_ORGANISING;
        for (Organisation o : c.organisations()) {
            // Free-space partners transact without lasting obligations: their coming and going
            // does not break the collaboration up (seed 004, "Geen langdurige wederzijdse verplichtingen").
            if (o.circle() == Circle.FREE) continue;
            if (!o.pending()) joined++;
            if (o.exited()) exits++;
        }
        // The scale a partner who came for cost advantages misses is lost whatever the governance.
        walkedAway = joined > 0 ? (double) exits / joined : 0;
        brokenUp = remaining < 2 || !footloose && joined > 0 && exits * 2 >= joined;
        if (!brokenUp && !goalReached && settings.goal() > 0 && c.cumulativeValue() >= settings.goal() * (renewals + 1)) {
            if (renewals < settings.renewal()) {
                renew(c, now);
            } else {
                goalReached = true;
                c.log(EventKind.GOAL_REACHED, phase.key(), "", "the results are reached; the partners stop");
            }
        }
    }

    /**
     * A next round (seed 004, the logic of the network: "Na besluit is er een volgende ronde met
     * nieuwe kansen"; "Doelstelling is momentopname"): the goal reached is marked as a success, which
     * gives energy and which the partners at the table remember ({@link Organisation#celebrate}), and
     * the partners take on a new goal as large. A new goal is shared and agreed anew, so the
     * collaboration returns to {@code share} with what it built (trust, understanding, conditions,
     * investments); the road from there is new ground, and every phase reached again in the new
     * round is a milestone.
     */
    private void renew(Collaboration c, long now) {
        renewals++;
        c.log(EventKind.GOAL_REACHED, phase.key(), "", "the results of round " + renewals + " are reached; " + EventKind.NEXT_ROUND);
        energy = clamp01(energy + settings.celebration());
        for (Organisation o : c.activeOrganisations()) o.celebrate(settings.celebration());
        Phase from = phase;
        changePhase(c, Phase.SHARE, now);
        milestone = Phase.SHARE;
        frontier = Phase.SHARE.ordinal();
        c.log(EventKind.PHASE_CHANGE, phase.key(), "", "from " + from.key());
    }

    /** What the active partners would bring in this phase at full commitment. */
    private static double potential(Collaboration c) {
        double p = 0;
        for (Organisation o : c.activeOrganisations()) p += o.capacity() * c.phase().intensity();
        return p;
    }

    private void trackCommitment(long now, double commitment) {
        commitmentWindow[(int) ((now - 1) % COMMITMENT_WINDOW)] = commitment;
        if (now >= COMMITMENT_WINDOW) peakCommitment = Math.max(peakCommitment, recentCommitment());
    }

    /** Mean commitment over the last {@value #COMMITMENT_WINDOW} steps. */
    double recentCommitment() {
        double sum = 0;
        for (double v : commitmentWindow) sum += v;
        return sum / COMMITMENT_WINDOW;
    }

    // Levers for interventions and events.
    void addEnergy(double amount) { energy = clamp01(energy + amount); }
    void delay(double share) { progress = Math.max(0, progress - share); }
    void learn(double share) { understanding += share * (1 - understanding); }
    void dilute(double share) { understanding *= 1 - share; }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }

    Phase phase() { return phase; }
    double progress() { return progress; }
    double energy() { return energy; }
    double understanding() { return understanding; }
    /** Understanding gained this step: what exploring taught about each other's interests. */
    double understandingGained() { return understandingGained; }
    double walkedAway() { return walkedAway; }
    /** This step's momentum (tempo, or results in execute), in [0,1]. */
    double momentum() { return momentum; }
    Phase phaseReached() { return phaseReached; }
    long phaseReachedStep() { return phaseReachedStep; }
    long lastPhaseChangeStep() { return lastPhaseChangeStep; }
    int fallbacks() { return fallbacks; }
    int reopened() { return reopened; }
    /** Agreements reopened per step, smoothed over about {@value #COMMITMENT_WINDOW} steps. */
    double reopenedRecently() { return reopenedRecently; }
    boolean brokenUp() { return brokenUp; }
    /** Step since which it had been stalled when it broke up, or -1 if it broke up while moving. */
    long stalledAtBreakup() { return stalledAtBreakup; }
    /** Step since which it had been a sham when it broke up, or -1. */
    long hollowAtBreakup() { return hollowAtBreakup; }
    boolean goalReached() { return goalReached; }
    double peakCommitment() { return peakCommitment; }
}
