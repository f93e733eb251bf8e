package samen.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.model.Collaboration;
import samen.model.Organisation;
import samen.model.Phase;

/**
 * Candidates who judge their own share and hear of the success through whom they know (issue #11,
 * item 8's open point). A sought candidate near the default's average partner, listed first, with a
 * power share of 0.05, 0.09, 0.13, 0.17 and 0.21 ({@code power.distribution: dominant}; the six
 * founders split the rest equally; an equal share would be 1/7, 0.14), and the Energiefabriek's three
 * candidates in the free space, one tie each to a founder, against the case, where they work with
 * every founder ({@value Runs#SEEDS} seeds each; Jonckheere-Terpstra for a metric, Mann-Whitney for a
 * contrast, one-sided, Holm over every claim of the suite).
 */
class SuitorsClaimsTest {

    static final String[] POWER_SHARES = {"0.05", "0.09", "0.13", "0.17", "0.21"};
    /** Whether the first partner, the candidate, came to the table. */
    static final Observed.Probe JOINED = Observed.Probe.last("candidate_joined", c -> c.organisations().get(0).pending() ? 0 : 1);
    /** Mean steps from the collaboration's first entering execute to a candidate's joining; NaN if none joined. */
    static final Observed.Probe DELAY = Observed.Probe.of("join_delay", JoinDelay::new);

    private static Evidence evidence;
    private static List<Sample> byPower;
    private static List<Sample> byAcquaintance;

    @BeforeAll
    static void judgedWithTheWholeSuite() throws Exception {
        evidence = ClaimSuite.of(SuitorsClaimsTest.class);
    }

    /** Runs this class's experiments and adds its claims to {@code e}; {@link ClaimSuite} calls it once. */
    static void gather(Evidence e) throws IOException {
        evidence = e;
        Path dir = Files.createTempDirectory("suitors");
        Path file = candidateFirst(dir);
        List<Runs.Cell> cells = new ArrayList<>(Runs.levels(file.toString(), List.of("power.distribution=dominant"),
                "power.dominant_share", POWER_SHARES));
        cells.add(Runs.Cell.of(CaseClaimsTest.ENERGIEFABRIEK));
        cells.add(Runs.Cell.of(CaseClaimsTest.ENERGIEFABRIEK, "organisations.6.circle=free", "organisations.7.circle=free",
                "organisations.8.circle=free"));
        List<Sample> runs = Observed.run(Runs.SEEDS, Observed.Arm.untreated(cells), List.of(JOINED, DELAY));
        Files.delete(file);
        Files.delete(dir);
        byPower = runs.subList(0, POWER_SHARES.length);
        byAcquaintance = runs.subList(POWER_SHARES.length, runs.size());
        e.trend("suitors: a candidate joins by its power share", byPower, new Response.Metric(JOINED.name()), Direction.UP);
        e.metric("suitors: a candidate that knows one founder joins later than one that works with all", DELAY.name(),
                "free", byAcquaintance.get(1), "core", byAcquaintance.get(0), Direction.UP);
    }

    /**
     * Seed 004: *"wie investeert wat hoe delen we de meerwaarde"*, and among the marks of partner fit
     * *"Relatieve onderhandelingsmacht"*. A candidate judges what it would take, not what the
     * collaboration yields on average: with less power it would take less of the pot under the
     * partners' split, and comes to the table less often.
     */
    @Test
    void aCandidateWithLessPowerComesLessOften() {
        evidence.assertHolds("suitors: a candidate joins by its power share");
    }

    /**
     * Seed 004, verkennen: *"Wat zijn de sleutelpartijen en sleutelpersonen; wie kent wie?"*; seed 000:
     * *"Het is hard werken om steeds beter te merken wat het potentieel is van de samenwerking"*. A
     * candidate hears of the success through the partners it knows; one that knows a single founder
     * hears of it later than one that knows them all, so the candidates come one by one.
     */
    @Test
    void aCandidateThatKnowsFewAtTheTableHearsLater() {
        evidence.assertHolds("suitors: a candidate that knows one founder joins later than one that works with all");
    }

    /** The default with a sought candidate near its average partner listed first, so that a dominant share is the candidate's. */
    private static Path candidateFirst(Path dir) throws IOException {
        String base = Files.readString(Path.of(Runs.BASE));
        int first = base.indexOf("  - name: Municipality");
        Path file = dir.resolve("candidate-first.yaml");
        Files.writeString(file, base.substring(0, first) + NewBloodClaimsTest.newcomer(0, "joins: sought") + base.substring(first));
        return file;
    }

    /** Steps from the first entry into execute to each candidate's joining, their mean at the end of a run. */
    private static final class JoinDelay implements Observed.Watch {
        private boolean[] pending;
        private long executing = -1;
        private double sum;
        private int joined;

        @Override
        public void afterStep(Collaboration c) {
            List<Organisation> all = c.organisations();
            if (pending == null) pending = new boolean[all.size()];
            for (Organisation o : all) {
                if (pending[o.index()] && !o.pending() && executing >= 0) {
                    sum += c.step() - executing;
                    joined++;
                }
                pending[o.index()] = o.pending();
            }
            if (executing < 0 && c.phase() == Phase.EXECUTE) executing = c.step();
        }

        @Override
        public double value() {
            return joined == 0 ? Double.NaN : sum / joined;
        }
    }
}
