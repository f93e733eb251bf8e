package samen.model.config;

import java.util.Objects;
import samen.model.Governance;
import samen.model.Membership;
import samen.model.NetworkChange;
import samen.model.Phase;

/**
 * The collaboration as a whole: its process and what it can create.
 *
 * @param startPhase    phase at step 0; starting at {@code agree} skips explore and share
 * @param synergy       value created per unit brought in the execute phase, before it is split, &gt; 0
 * @param meetingCost   time each partner spends on the collaboration per step, per unit capacity, [0,1]
 * @param phaseDuration steps of full-energy work each phase needs before it can advance, &ge; 1
 * @param energyInitial starting energy (tempo) of the collaboration, [0,1]
 * @param energyGain    energy gained per step of full progress, [0,1]
 * @param energyDrain   energy lost per step without progress, [0,1]
 * @param diversity     how different the partners are, [0,1]: slows mutual understanding
 *                      ("spraakverwarring") and raises what they can create together (complementarity)
 * @param goal          cumulative value at which the partners stop, their results reached; 0 for none
 * @param shockRate     chance per step of a context shock to a random partner, [0,1]
 * @param lockInHalf    what a partner has put in, in steps of its full capacity, at which it is half
 *                      locked in (how specific the investments are), &gt; 0
 * @param structure     how heavy the formal structure laid down at the start is, [0,1]: 0 leaves
 *                      organisation to what the partners' attention builds, 1 adopts every
 *                      partner's own procedures one on one (over-organisation)
 * @param governance    who settles grievances and bears the coordination: the partners together, a lead
 *                      organisation (the first partner), a network administrative organisation, or
 *                      nobody: a self-organising network of modules
 * @param celebration   how clearly a success is marked (seed 002, advice 7: "vier successen"), [0,1]: the
 *                      energy a milestone gives, a phase reached for the first time, and at a goal followed
 *                      by a next round also the share of the way to 1 the partners' memory of successes
 *                      moves, against which they weigh their discontent
 * @param renewal       next rounds after the goal is first reached, each with a new goal as large, &ge; 0: 0
 *                      stops at the goal (seed 002 advice 6), more renews ("na besluit is er een volgende ronde")
 * @param facilitator   who facilitates: a partner's name (its representative carries every intervention not
 *                      given a carrier of its own), or empty for an outside facilitator
 * @param facilitatorAuthority with an outside facilitator: the chance an intervention it carries works, [0,1];
 *                      1 never fails
 * @param membership    open (every planned newcomer joins, nobody is sent away), selective (by reputation) or by fit
 *                      (newcomers by reputation and fit, {@code PartnerFit})
 * @param contacts      how many partners each ring partner (under self-organising governance, every
 *                      partner) works with on its themes; 0 for all
 * @param norms         how firmly the partners hold the rules of the game (De Bruijn &amp; ten Heuvelhof), [0,1]:
 *                      the chance that a breach one of them saw is told to the others who work with the breaker
 * @param adaptation    how readily the partners adapt the structure to the work, [0,1]: the pace at which over-control
 *                      and broken agreements make them add a procedure, and decisions stalled under procedures make
 *                      them strip one; 0 keeps the structure laid down at the start
 * @param network       whether the interaction network is fixed for the run or evolves: a ring partner that
 *                      adds as much value as the core and is trusted by it moves into the core
 * @param relationalRent the share of what the partners create beyond going alone, {@code σ − 1}, that depends on how
 *                      they work together (Dyer &amp; Singh's relational rents), [0,1]: 0 (default) leaves the synergy
 *                      the scenario's, 1 realises it as far as they understand and trust each other and are organised
 */
public record CollaborationSettings(
        Phase startPhase,
        double synergy,
        double meetingCost,
        int phaseDuration,
        double energyInitial,
        double energyGain,
        double energyDrain,
        double diversity,
        double goal,
        double shockRate,
        double lockInHalf,
        double structure,
        Governance governance,
        double celebration,
        int renewal,
        String facilitator,
        double facilitatorAuthority,
        Membership membership,
        int contacts,
        double norms,
        double adaptation,
        NetworkChange network,
        double relationalRent) {

    public CollaborationSettings {
        Objects.requireNonNull(facilitator, "facilitator");
        Objects.requireNonNull(network, "network");
    }
}
