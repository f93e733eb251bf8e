package samen.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import samen.experiment.stats.Holm;

/**
 * Every claim family of the suite, gathered before any claim is judged, so that Holm's correction
 * runs over all the suite's claims together (issue #10, item 6) rather than class by class. The
 * first claim class to run gathers them all (about half a minute of runs, all in-process and
 * parallel), so one class run alone costs as much as the whole suite: the verdict of any claim
 * depends on every other claim's p-value. Each class lists itself in {@link #FAMILIES} with the
 * method that runs its experiments and adds its claims; {@code ClaimSuiteTest} checks that none is
 * left out.
 *
 * <p>The stylised facts ({@code StylisedFactsClaimsTest}) are not in this family: they assert the
 * verdicts of {@code samen facts}, which corrects over its own facts as the command prints them.
 */
final class ClaimSuite {

    /** What a claim class does to add its claims: run its experiments, then add to {@code evidence}. */
    @FunctionalInterface
    interface Family {
        void gather(Evidence evidence) throws Exception;
    }

    static final Map<Class<?>, Family> FAMILIES = families();

    private static Map<Class<?>, Evidence> gathered;

    private ClaimSuite() {
    }

    private static Map<Class<?>, Family> families() {
        Map<Class<?>, Family> f = new LinkedHashMap<>();
        f.put(AdaptiveStructureClaimsTest.class, AdaptiveStructureClaimsTest::gather);
        f.put(AdviceClaimsTest.class, AdviceClaimsTest::gather);
        f.put(ArchetypeClaimsTest.class, ArchetypeClaimsTest::gather);
        f.put(CaseClaimsTest.class, CaseClaimsTest::gather);
        f.put(CelebrationClaimsTest.class, CelebrationClaimsTest::gather);
        f.put(CarrierClaimsTest.class, CarrierClaimsTest::gather);
        f.put(CompetingSolutionsClaimsTest.class, CompetingSolutionsClaimsTest::gather);
        f.put(ConditionNeglectClaimsTest.class, ConditionNeglectClaimsTest::gather);
        f.put(FitClaimsTest.class, FitClaimsTest::gather);
        f.put(FreeRidingClaimsTest.class, FreeRidingClaimsTest::gather);
        f.put(GovernanceClaimsTest.class, GovernanceClaimsTest::gather);
        f.put(InterestsClaimsTest.class, InterestsClaimsTest::gather);
        f.put(InterventionClaimsTest.class, InterventionClaimsTest::gather);
        f.put(LeadershipClaimsTest.class, LeadershipClaimsTest::gather);
        f.put(LeadershipMovesClaimsTest.class, LeadershipMovesClaimsTest::gather);
        f.put(LearningClaimsTest.class, LearningClaimsTest::gather);
        f.put(MechanismClaimsTest.class, MechanismClaimsTest::gather);
        f.put(MembershipClaimsTest.class, MembershipClaimsTest::gather);
        f.put(NetworkClaimsTest.class, NetworkClaimsTest::gather);
        f.put(NetworkChangeClaimsTest.class, NetworkChangeClaimsTest::gather);
        f.put(OperationalFitClaimsTest.class, OperationalFitClaimsTest::gather);
        f.put(TieChangeClaimsTest.class, TieChangeClaimsTest::gather);
        f.put(SeekingClaimsTest.class, SeekingClaimsTest::gather);
        f.put(NormsClaimsTest.class, NormsClaimsTest::gather);
        f.put(OpportunismKindsClaimsTest.class, OpportunismKindsClaimsTest::gather);
        f.put(OrganisingClaimsTest.class, OrganisingClaimsTest::gather);
        f.put(PartnerClaimsTest.class, PartnerClaimsTest::gather);
        f.put(PartnerChoiceClaimsTest.class, PartnerChoiceClaimsTest::gather);
        f.put(RenewalClaimsTest.class, RenewalClaimsTest::gather);
        f.put(ReformPriceClaimsTest.class, ReformPriceClaimsTest::gather);
        f.put(RelationalRentClaimsTest.class, RelationalRentClaimsTest::gather);
        f.put(RivalryClaimsTest.class, RivalryClaimsTest::gather);
        f.put(SelfOrganisingClaimsTest.class, SelfOrganisingClaimsTest::gather);
        f.put(ParticipationClaimsTest.class, ParticipationClaimsTest::gather);
        f.put(MotiveClaimsTest.class, MotiveClaimsTest::gather);
        f.put(NewBloodClaimsTest.class, NewBloodClaimsTest::gather);
        f.put(ProcessClaimsTest.class, ProcessClaimsTest::gather);
        f.put(SuccessionClaimsTest.class, SuccessionClaimsTest::gather);
        f.put(SuitorsClaimsTest.class, SuitorsClaimsTest::gather);
        return f;
    }

    /**
     * The claims of {@code family}, judged with Holm over every claim of the suite; gathers the whole
     * suite on the first call.
     */
    static synchronized Evidence of(Class<?> family) throws Exception {
        if (gathered == null) gathered = gatherAll();
        Evidence e = gathered.get(family);
        if (e == null) throw new IllegalArgumentException(family.getSimpleName() + " is not in ClaimSuite.FAMILIES");
        return e;
    }

    private static Map<Class<?>, Evidence> gatherAll() throws Exception {
        Map<Class<?>, Evidence> all = new LinkedHashMap<>();
        List<Double> p = new ArrayList<>();
        for (Map.Entry<Class<?>, Family> f : FAMILIES.entrySet()) {
            Evidence e = new Evidence();
            f.getValue().gather(e);
            all.put(f.getKey(), e);
            p.addAll(e.pValues());
        }
        double[] adjusted = Holm.adjust(p.stream().mapToDouble(Double::doubleValue).toArray());
        int from = 0;
        for (Evidence e : all.values()) {
            int size = e.pValues().size();
            e.judge(Arrays.copyOfRange(adjusted, from, from + size), adjusted.length);
            from += size;
        }
        return all;
    }
}
