package samen.model;

import java.util.List;

/**
 * Ambiguity: partners who define the collaboration from different starting points (seed 004, *Er is
 * altijd spraakverwarring en ambiguïteit!*: "Betrokkenen definiëren vraagstuk, oplossing, kans en
 * vorm verschillend"; "Daarbij is er vaak sprake van een 'tijdelijk werkbare overeenstemming'"). The
 * share of working pairs whose {@link StartingPoint}s differ is the confusion they start with; what
 * of it is not yet explored, {@code ambiguity × (1 − understanding)}, slows their mutual
 * understanding and, once an agreement is being shaped, reopens it: it was a temporarily workable
 * agreement, and the partners find they meant different things by it. Exploring and sharing, which
 * build understanding, take it away (seed 004: "achterhaal de spraakverwarring tussen de partners").
 * Claim test: {@code FitClaimsTest}.
 */
final class Ambiguity {

    private Ambiguity() {
    }

    /**
     * Share of the ordered pairs of active partners who work together whose starting points differ,
     * in [0,1]: 0 when everyone starts from the same point.
     */
    static double of(List<Organisation> byIndex, Network network, boolean[] active) {
        int pairs = 0;
        int apart = 0;
        for (int a = 0; a < active.length; a++) {
            if (!active[a]) continue;
            for (int s = network.from(a); s < network.to(a); s++) {
                int b = network.target(s);
                if (!active[b]) continue;
                pairs++;
                if (byIndex.get(a).startingPoint() != byIndex.get(b).startingPoint()) apart++;
            }
        }
        return pairs == 0 ? 0 : (double) apart / pairs;
    }

    /** The confusion not yet explored away: the ambiguity times what the partners do not yet understand. */
    static double unexplored(Collaboration c) {
        return c.ambiguity() * (1 - c.mutualUnderstanding());
    }
}
