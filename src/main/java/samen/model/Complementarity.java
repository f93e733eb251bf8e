package samen.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Operational fit (issue #11, item 2; issue #10): how far the kinds of resource at the table complement
 * each other, and how much of the surplus over going alone that realises. Seed 003 §2: "De ander heeft iets
 * te bieden dat jij minder hebt" (the other has something to offer that you have less of), and in the next
 * breath "Naarmate je meer op de andere partij lijkt, is er minder spraakverwarring" (the more alike, the
 * less speaking at cross purposes); seed 004, Douma: "Complementaire bijdrage", the ring that "Vult 'gaten'
 * in processen, doelgroepen of sleutel-activiteiten". The mix is the Blau index of the active partners'
 * capacity by kind (a partner that brings several kinds adds to each its capacity times that kind's share,
 * {@link ResourceMix}), over the partners who name one, normalised by its largest value for
 * {@link Resource#KINDS} kinds: {@code M = (1 − Σ_k s_k²) / (1 − 1/K)}, 0 when all bring the same, 1 when
 * capacity is spread evenly over every kind. What a table creates beyond going alone is realised as far as
 * its resources complement each other: {@code σ_c = 1 + (σ' − 1)·M} (docs/MODEL.md §7.3, *Operational fit*;
 * claims in {@code OperationalFitClaimsTest}). The seed's speaking at cross purposes is diversity's drag on
 * understanding already (§7.8); tying {@code M} to understanding as well was measured and left out (§11).
 */
final class Complementarity {

    private Complementarity() {
    }

    /** {@code M} in [0,1] over the active partners who name a kind, or −1 when none of them names one. */
    static double mix(Collaboration c) {
        return mix(c.activeOrganisations());
    }

    /** {@code M} over {@code table} (the partners at it, or with a newcomer judged by its fit, {@link PartnerFit}). */
    static double mix(List<Organisation> table) {
        Map<Resource, Double> byKind = new EnumMap<>(Resource.class);
        double total = 0;
        for (Organisation o : table) {
            ResourceMix brings = o.brings();
            if (!brings.named()) continue;
            // A partner's capacity split over its kinds by share: one kind alone adds its whole capacity (share 1).
            for (Resource kind : brings.weights().keySet()) byKind.merge(kind, o.capacity() * brings.share(kind), Double::sum);
            total += o.capacity();
        }
        if (byKind.isEmpty()) return -1;
        if (!(total > 0)) return 0;
        double concentration = 0;
        for (double capacity : byKind.values()) concentration += (capacity / total) * (capacity / total);
        return (1 - concentration) / (1 - 1.0 / Resource.KINDS);
    }

    /**
     * {@code synergy} as realised by the table's mix: its surplus over going alone scaled by {@code M};
     * {@code synergy} itself when no active partner names a kind, so a scenario without kinds is untouched.
     */
    static double realised(double synergy, Collaboration c) {
        double mix = mix(c);
        return mix < 0 ? synergy : 1 + (synergy - 1) * mix;
    }
}
