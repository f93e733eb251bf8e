package samen.gui;

import samen.model.Collaboration;
import samen.model.Organisation;

/**
 * A partner as the GUI shows and inspects it: bean getters over {@link Organisation} so MASON's
 * inspector lists them when a trainer clicks a node (the model keeps its record-style getters),
 * and how recently it acted opportunistically, so the display can flash it.
 */
public final class PartnerView {

    /** Steps an opportunistic act stays marked, so it is visible at any play speed. */
    static final int FLASH_STEPS = 3;

    private final Organisation organisation;
    private final Collaboration collaboration;
    private long lastOpportunistic = Long.MIN_VALUE / 2;

    PartnerView(Organisation organisation, Collaboration collaboration) {
        this.organisation = organisation;
        this.collaboration = collaboration;
    }

    Organisation organisation() {
        return organisation;
    }

    /** Called after each step: remembers an opportunistic act of this step. */
    void observe(long step) {
        if (organisation.opportunistic()) lastOpportunistic = step;
    }

    /** True for {@link #FLASH_STEPS} steps after an opportunistic act. */
    boolean flashing() {
        return collaboration.step() - lastOpportunistic < FLASH_STEPS;
    }

    public String getName() { return organisation.name(); }
    public String getLeadership() { return organisation.leadership().key(); }
    public double getMandate() { return organisation.mandate(); }
    /** At the table by choice ({@code voluntary}) or by law ({@code mandated}). */
    public String getParticipation() { return organisation.participation().key(); }
    /** How it comes to the table: planned (a founder or a planned newcomer), invited (a candidate drawn by success into a free seat) or sought (one that grows the table). */
    public String getJoins() { return organisation.joins().key(); }
    /** Why it is at the table: market, cost, knowledge or pressure. */
    public String getMotive() { return organisation.motive().toString(); }
    /** The kinds of resource it brings: none, one kind, or each kind's share of its capacity ({@code production 0.60, knowledge 0.40}). */
    public String getBrings() { return organisation.brings().toString(); }
    /** Strategic core, complementary ring or free space. */
    public String getCircle() { return organisation.circle().key(); }
    /** Where it starts from when it defines the collaboration: problem, solution, opportunity or form. */
    public String getStartingPoint() { return organisation.startingPoint().key(); }
    public String getCulture() { return organisation.culture(); }
    public String getTerrain() { return organisation.terrain(); }
    /** How far a future leader at the table carries its place and argues its case at home. */
    public double getNextGeneration() { return organisation.nextGeneration(); }
    public double getInitiative() { return organisation.initiative(); }
    public double getLearning() { return organisation.learning(); }
    /** The share of its commitment a partner whose way out is closed holds back this step. */
    public double getWithdrawal() { return organisation.withdrawal(); }
    /** The phase its representative believes the collaboration is in. */
    public String getPicture() { return organisation.picture().key(); }
    public boolean isControlling() { return organisation.controlling(); }
    /** This step's form of opportunism, or "" when it acted in good faith. */
    public String getConduct() { return organisation.conduct() == null ? "" : organisation.conduct().key(); }
    public boolean isActive() { return organisation.active(); }
    public double getPower() { return organisation.power(); }
    public double getPerceivedPower() { return organisation.perceivedPower(); }
    public double getLoyalty() { return organisation.loyalty(); }
    public double getConstituencyPressure() { return organisation.constituencyPressure(); }
    public double getAutonomy() { return organisation.autonomy(); }
    public double getCommitment() { return organisation.commitment(); }
    public double getContribution() { return organisation.contribution(); }
    public double getTaken() { return organisation.taken(); }
    public boolean isOpportunistic() { return organisation.opportunistic(); }
    public double getPayoff() { return organisation.payoff(); }
    public double getCumulativePayoff() { return organisation.cumulativePayoff(); }
    public double getAlternativeValue() { return organisation.alternativeValue(); }
    public double getRelativeGain() { return organisation.relativeGain(); }
    public double getSurplusRate() { return organisation.surplusRate(); }
    public double getDiscontent() { return organisation.discontent(); }
    public double getInterestsServed() { return organisation.interestsServed(); }
    public double getTrustGiven() { return organisation.trustGiven(); }
    public double getTrustReceived() { return organisation.trustReceived(); }
    public double getVigilance() { return organisation.vigilance(); }

    @Override
    public String toString() {
        return organisation.name();
    }
}
