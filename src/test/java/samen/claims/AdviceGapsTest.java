package samen.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import samen.experiment.facts.Response;
import samen.experiment.facts.Sample;
import samen.experiment.stats.Direction;
import samen.experiment.stats.ZTest;
import samen.model.Outcome;

/**
 * The advice the model does not show, held open (issue #11, item 9; docs/MODEL.md §11): seed 002's
 * advice 7 (celebrating successes); seed 000's "groot denken" in the base team (it is claimed on the
 * seed's own example, the Energiefabriek, {@link AdviceClaimsTest}); convening as "klein doen", the
 * model's own reading of acting small beside the seed's three injections (those are claimed in the
 * default, {@link AdviceClaimsTest}); and advice 2 and 3 in the base team's own conditions, with
 * nothing left unattended. Advice 7 acts only at a goal reached with a next round to follow: there it
 * keeps partners at the table ({@link CelebrationClaimsTest}), but the failure share does not fall,
 * and in the base team, which has no goal, nothing changes. Each is a dose on the base team (advice
 * 7's third, on the scenario pair with a goal and next rounds), {@value Runs#SEEDS} seeds per level.
 * Each test fails once the failure share falls with the dose at one-sided p below
 * {@link Evidence#ALPHA} (Cochran-Armitage, uncorrected, which makes the watch stricter): then the
 * model shows the advice, and it belongs in {@link AdviceClaimsTest} and the suite's Holm family.
 * These are not claims, so they stay out of that family. Every response by level is printed with
 * {@code mvn -B -o -q test -Dtest=AdviceGapsTest -Dadvice.report=true | grep "^not shown |"}.
 */
class AdviceGapsTest {

    private static final Response BREAKUP = new Response.Share("break-up share", EnumSet.of(Outcome.BREAKUP));
    private static final Response STAGNATION = new Response.Share("stagnation share", EnumSet.of(Outcome.STAGNATION));
    /** The base team's partners' weights of the collective interest, in file order. */
    private static final double[] COLLECTIVE = {0.8, 0.5, 0.6, 0.6, 0.9, 0.4};

    private static Map<String, List<Sample>> measured;

    @BeforeAll
    static void measure() {
        Map<String, List<Observed.Arm>> doses = new LinkedHashMap<>();
        doses.put("advice 2 in the base team: visioning never, every 48, 24, 12, 6 steps",
                Observed.Arm.untreated(Runs.levels(List.of(), "interventions", Runs.schedules("visioning"))));
        doses.put("advice 3 in the base team: problem structuring never, every 48, 24, 12, 6 steps",
                Observed.Arm.untreated(Runs.levels(List.of(), "interventions", Runs.schedules("problem_structuring"))));
        doses.put("advice 7: collaboration.celebration 0, 0.05, 0.1, 0.2, 0.4",
                Observed.Arm.untreated(Runs.levels(List.of(), "collaboration.celebration", "0", "0.05", "0.1", "0.2", "0.4")));
        doses.put("advice 7, process neglected: collaboration.celebration 0, 0.05, 0.1, 0.2, 0.4",
                Observed.Arm.untreated(Runs.levels(List.of("conditions.process.attention=0"), "collaboration.celebration",
                        "0", "0.05", "0.1", "0.2", "0.4")));
        doses.put("advice 7, a goal and four next rounds: collaboration.celebration 0, 0.05, 0.1, 0.2, 0.4",
                Observed.Arm.untreated(Runs.levels(CelebrationClaimsTest.IGNORED, List.of(), "collaboration.celebration",
                        CelebrationClaimsTest.DOSE)));
        doses.put("000 think big in the base team: every partner's collective weight w moved 0, 1/4, 1/2, 3/4, all the way to 1",
                Observed.Arm.untreated(thinkingBig()));
        doses.put("000 act small as convening, in the base team: never, every 48, 24, 12, 6 steps",
                Observed.Arm.untreated(Runs.levels(List.of(), "interventions", Runs.schedules("convening"))));
        measured = Observed.byFactor(Runs.SEEDS, doses, List.of());
    }

    static Stream<String> doses() {
        return measured.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doses")
    void isStillNotShown(String dose) {
        ZTest trend = Response.FAILURE.trend(measured.get(dose));
        assertThat(trend.p(Direction.DOWN)).as("%s: the failure share now falls (%s z=%.2f); make it a claim of AdviceClaimsTest "
                + "and take it out of docs/MODEL.md §11", dose, trend.name(), trend.z()).isGreaterThanOrEqualTo(Evidence.ALPHA);
    }

    @Test
    @EnabledIfSystemProperty(named = "advice.report", matches = "true")
    void report() {
        System.out.println();
        List<Response> responses = List.of(Response.FAILURE, BREAKUP, STAGNATION, new Response.Metric("exits"),
                new Response.Metric("final_commitment"), new Response.Metric("energy"), new Response.Metric("mean_trust"),
                new Response.Metric("mutual_understanding"), new Response.Metric("reopened_agreements"),
                new Response.Metric("interventions_refused"));
        for (Map.Entry<String, List<Sample>> dose : measured.entrySet()) {
            System.out.println("not shown | " + dose.getKey());
            for (Response r : responses) {
                StringBuilder byLevel = new StringBuilder();
                for (Sample s : dose.getValue()) byLevel.append(String.format(Locale.ROOT, " %.3f", r.of(s)));
                ZTest t = r.trend(dose.getValue());
                System.out.println(String.format(Locale.ROOT, "not shown |   %s by level:%s; %s z=%.2f", r.label(), byLevel, t.name(), t.z()));
            }
        }
    }

    /** From ego to eco: each partner's collective weight w moved a share s of the way to 1, w + s·(1 − w). */
    private static List<Runs.Cell> thinkingBig() {
        List<Runs.Cell> cells = new ArrayList<>();
        for (double s : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            List<String> overrides = new ArrayList<>();
            for (int i = 0; i < COLLECTIVE.length; i++) {
                overrides.add("organisations." + (i + 1) + ".interests.collective=" + (COLLECTIVE[i] + s * (1 - COLLECTIVE[i])));
            }
            cells.add(new Runs.Cell(Runs.BASE, overrides));
        }
        return cells;
    }
}
