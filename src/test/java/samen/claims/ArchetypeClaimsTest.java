package samen.claims;

import static samen.model.Outcome.BREAKUP;
import static samen.model.Outcome.LOSE_LOSE;
import static samen.model.Outcome.SHAM;
import static samen.model.Outcome.STAGNATION;
import static samen.model.Outcome.WIN_LOSE;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import samen.model.Outcome;

/**
 * Seed 004's archetypal problems: each archetype scenario ends in its failure family more often
 * than the default scenario does, and its remedy twin (the same scenario plus a fitting
 * intervention) less often than the archetype. Chi-square tests on 200 seeds each, at alpha 0.01.
 * The families are the ones each file names in its header.
 */
class ArchetypeClaimsTest {

    private static Runs defaults;

    @BeforeAll
    static void runDefault() {
        defaults = Runs.of("scenarios/default.yaml");
    }

    static Stream<Arguments> archetypes() {
        return Stream.of(
                Arguments.of("lack-of-shared-ambition", EnumSet.of(SHAM, STAGNATION, WIN_LOSE)),
                Arguments.of("dilution-of-beckoning-perspective", EnumSet.of(SHAM, STAGNATION)),
                Arguments.of("personnel-instability", EnumSet.of(WIN_LOSE, STAGNATION, BREAKUP, SHAM)),
                Arguments.of("sham-collaboration", EnumSet.of(SHAM, STAGNATION)),
                Arguments.of("under-organisation", EnumSet.of(WIN_LOSE, BREAKUP, STAGNATION, SHAM)),
                Arguments.of("persistent-enemy-image", EnumSet.of(STAGNATION, BREAKUP)),
                Arguments.of("double-loyalties", EnumSet.of(BREAKUP, STAGNATION)),
                Arguments.of("unbridgeable-diversity", EnumSet.complementOf(EnumSet.of(Outcome.WIN_WIN))),
                Arguments.of("smouldering-power-play", EnumSet.of(WIN_LOSE, BREAKUP, LOSE_LOSE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void archetypeFailsMoreOftenThanDefaultAndItsRemedyHelps(String name, Set<Outcome> family) {
        Runs archetype = Runs.of("scenarios/archetypes/" + name + ".yaml");
        Runs remedy = Runs.of("scenarios/archetypes/" + name + "-remedy.yaml");
        Runs.moreOften(name + " vs default", family, archetype, defaults);
        Runs.moreOften(name + " vs its remedy", family, archetype, remedy);
    }
}
