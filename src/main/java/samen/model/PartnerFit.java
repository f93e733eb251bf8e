package samen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a newcomer fits the table, as the partners judge it when they choose by fit (membership
 * {@link Membership#BY_FIT}; issue #11, item 8). Seed 004, *Partnerselectie en fit* (Douma 1997), lists what a
 * partner is chosen for beside its reputation; the model has three of them as attributes:
 * <ul>
 * <li>operational fit, *"Complementaire bijdrage"*, the ring partner that *"Vult 'gaten'"*: does the table's mix of
 * kinds ({@link Complementarity}, {@code M}) rise with it? {@code f_op = above(M⁺, M)}, the gates' judgement of
 * {@code M⁺}, the mix with it, against {@code M}, the mix without: 1 where it raises the mix by
 * {@link Process#GATE_MARGIN} or more, ½ where it leaves it as it is, 0 where it lowers it by that much;</li>
 * <li>cultural fit, *"Overeenkomstige waarden en normen"*: {@code f_cu = 1 − (partners at the table of other
 * values and norms) / k} ({@link Organisation#foreignTo});</li>
 * <li>strategic position, seed 003: *"Naarmate samenwerkende partijen zich meer op hetzelfde terrein bewegen, is de
 * kans op competitie tussen hen groter"*: {@code f_st = 1 − (partners at the table on its terrain) / k}
 * ({@link Organisation#rivals}).</li>
 * </ul>
 * The fit is the mean of the fits the scenario names (a newcomer that names no kind, culture or terrain, or a table
 * where nobody names a kind, is not judged on it), 1 where it names none: seed 004's ring partner *"Kan ook concurrent
 * zijn"*, so one fit that is lacking does not rule a newcomer out where the others hold. No new constant: the
 * margin is the gates'.
 *
 * @param value      the fit in [0,1]
 * @param mixWithout the table's mix of kinds without the newcomer, −1 where operational fit is not judged
 * @param mixWith    the mix with it
 * @param table      the partners at the table, {@code k}
 * @param foreign    of them, how many hold other values and norms, −1 where cultural fit is not judged
 * @param rivals     of them, how many work on its terrain, −1 where its position is not judged
 */
record PartnerFit(double value, double mixWithout, double mixWith, int table, int foreign, int rivals) {

    /** How well {@code newcomer} fits the partners active in {@code c} now. */
    static PartnerFit of(Collaboration c, Organisation newcomer) {
        List<Organisation> table = c.activeOrganisations();
        int k = table.size();
        if (k == 0) return new PartnerFit(1, -1, -1, 0, -1, -1);
        double sum = 0;
        int judged = 0;
        double without = Complementarity.mix(table);
        double with = -1;
        if (without >= 0 && Complementarity.mix(List.of(newcomer)) >= 0) {
            List<Organisation> joined = new ArrayList<>(table);
            joined.add(newcomer);
            with = Complementarity.mix(joined);
            sum += Process.above(with, without);
            judged++;
        } else {
            without = -1;
        }
        int foreign = -1;
        if (!newcomer.culture().isEmpty()) {
            foreign = (int) table.stream().filter(newcomer::foreignTo).count();
            sum += 1 - (double) foreign / k;
            judged++;
        }
        int rivals = -1;
        if (!newcomer.terrain().isEmpty()) {
            rivals = (int) table.stream().filter(newcomer::rivals).count();
            sum += 1 - (double) rivals / k;
            judged++;
        }
        return new PartnerFit(judged == 0 ? 1 : sum / judged, without, with, k, foreign, rivals);
    }

    /** Why, in words: {@code its fit 0.40 (the mix of kinds 0.66 → 0.62; 2 of 6 of other values; 1 of 6 on its terrain)}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (mixWithout >= 0) parts.add(String.format(Locale.ROOT, "the mix of kinds %.2f -> %.2f", mixWithout, mixWith));
        if (foreign >= 0) parts.add(String.format(Locale.ROOT, "%d of %d hold other values and norms", foreign, table));
        if (rivals >= 0) parts.add(String.format(Locale.ROOT, "%d of %d on its terrain", rivals, table));
        String fit = String.format(Locale.ROOT, "its fit %.2f", value);
        return parts.isEmpty() ? fit + " (nothing to judge it by)" : fit + " (" + String.join("; ", parts) + ")";
    }
}
