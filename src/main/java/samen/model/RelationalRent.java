package samen.model;

/**
 * Relational rents (issue #10, items 5 and 7; issue #11): the share {@code η} of what the partners create
 * beyond going alone that they realise only as far as they work together well. Seed 003, introduction: "De uitdaging
 * van ieder samenwerkingsverband is om samen meer te bereiken dan iedere partij alleen zou kunnen bereiken"
 * (to achieve together more than each party could alone); read with Dyer &amp; Singh (1998), for whom the
 * rent of a relation comes from knowledge-sharing routines, complementary resources and effective
 * governance. The quality of working together is {@code Q = (U + T̄ + L_org) / 3}: mutual understanding
 * (what they know of each other's interests), the active partners' mean trust, organisation's level; equal
 * weights, the model's reading. The synergy realised is {@code σ_eff = 1 + (σ' − 1)·(1 − η + η·Q)}
 * (docs/MODEL.md §7.3, *Relational rents*; claims in {@code RelationalRentClaimsTest}).
 */
final class RelationalRent {

    private RelationalRent() {
    }

    /** {@code Q} in [0,1]: how well the partners work together now. */
    static double quality(Collaboration c) {
        return (c.mutualUnderstanding() + c.meanTrust() + c.condition(Condition.ORGANISATION)) / 3;
    }

    /**
     * {@code synergy} as realised with a relational rent {@code rent} &gt; 0: its surplus over going alone
     * scaled by {@code 1 − η + η·Q}. Not called at {@code η = 0}, so the default's arithmetic is untouched.
     */
    static double realised(double synergy, double rent, Collaboration c) {
        return 1 + (synergy - 1) * (1 - rent + rent * quality(c));
    }
}
