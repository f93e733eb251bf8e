package samen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A fuzzer over the bundled scenarios and sweep files (issue #15): each case mutates one file (a
 * byte deleted, a hostile character or value inserted, a number made huge, lines duplicated,
 * swapped or cut) and runs the real command line in-process on it. Whatever the mutant, samen
 * answers within a time bound with exit 0, or exit 2 and located messages naming the file, and
 * never an internal error or a stack trace. A mutant that is still valid must also run.
 *
 * <p>The seed is fixed so every build checks the same cases; change it to explore others.
 */
class FuzzTest {

    private static final Path HOME = Cli.HOME;
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final List<String> PAYLOADS = List.of("\u0000", "\u0001", "\t", "\r", "\n", "{", "}", "[", "]", ":", ": ",
            "- ", "&a ", "*a", "!!python/object ", "%YAML 2.0\n", "? ", "'", "\"", "#", "\uFEFF", "\u2028", "é", "\uD83D\uDE00",
            "1e999999999", "9".repeat(400), "-1", "0", ".nan", ".inf", "0x7fffffffffffffff", "=cmd|' /C calc'!A0",
            "../../escaped", "x".repeat(5000), "null", "~", "yes", "<<: *a");

    /** One way to damage a file. */
    enum Operator { DELETE, INSERT, REPLACE_NUMBER, DUPLICATE_LINE, SWAP_LINES, TRUNCATE, LATIN1_BYTE }

    record Mutant(Path original, Operator operator, double where, String payload) {
        byte[] bytes() {
            String text;
            try {
                text = Files.readString(original, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int at = (int) (where * text.length());
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int line = (int) (where * lines.size());
            return switch (operator) {
                case DELETE -> utf8(text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + payload.length() % 7)));
                case INSERT -> utf8(text.substring(0, at) + payload + text.substring(at));
                case REPLACE_NUMBER -> utf8(text.replaceFirst("(?<=[:\\[, ])\\d+(\\.\\d+)?(?=\\D)", java.util.regex.Matcher.quoteReplacement(payload)));
                case DUPLICATE_LINE -> {
                    lines.add(line, lines.get(Math.min(line, lines.size() - 1)));
                    yield utf8(String.join("\n", lines));
                }
                case SWAP_LINES -> {
                    int other = (line + 1 + payload.length()) % lines.size();
                    String a = lines.get(Math.min(line, lines.size() - 1));
                    lines.set(Math.min(line, lines.size() - 1), lines.get(other));
                    lines.set(other, a);
                    yield utf8(String.join("\n", lines));
                }
                case TRUNCATE -> utf8(text.substring(0, at));
                case LATIN1_BYTE -> {
                    byte[] b = utf8(text);
                    byte[] out = new byte[b.length + 1];
                    int i = Math.min(at, b.length);
                    System.arraycopy(b, 0, out, 0, i);
                    out[i] = (byte) 0xE9;
                    System.arraycopy(b, i, out, i + 1, b.length - i);
                    yield out;
                }
            };
        }

        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return operator + " at " + String.format("%.3f", where) + " of " + HOME.relativize(original)
                    + " with " + (payload.length() > 20 ? payload.substring(0, 20) + "..." : payload).replace("\u0000", "\\0");
        }
    }

    @Property(tries = 250, seed = "15")
    void scenarioMutantsGetExitTwoAndLocatedMessagesOrRun(@ForAll("scenarioMutants") Mutant m) throws IOException {
        Path dir = Files.createTempDirectory("samen-fuzz");
        try {
            Files.write(dir.resolve("m.yaml"), m.bytes());
            Cli.Result validate = within(() -> Cli.run(dir, "validate", "m.yaml"));
            assertAnswered(validate, "m.yaml", m);
            Cli.Result run = within(() -> Cli.run(dir, "run", "m.yaml", "--steps", "3", "--out", "r", "--quiet"));
            assertAnswered(run, "m.yaml", m);
            assertThat(run.exit()).as("run and validate agree on %s", m).isEqualTo(validate.exit());
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 150, seed = "15")
    void sweepMutantsGetExitTwoAndLocatedMessagesOrCount(@ForAll("sweepMutants") Mutant m) throws IOException {
        Path dir = Files.createTempDirectory("samen-fuzz");
        try {
            Files.createDirectories(dir.resolve("sweeps"));
            Files.copy(HOME.resolve("scenarios/default.yaml"), dir.resolve("default.yaml"));
            Files.write(dir.resolve("sweeps/m.yaml"), m.bytes());
            Cli.Result r = within(() -> Cli.run(dir, "sweep", "sweeps/m.yaml", "--dry-run"));
            assertAnswered(r, "sweeps/m.yaml", m);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static Cli.Result within(java.util.function.Supplier<Cli.Result> command) {
        return assertTimeoutPreemptively(BOUND, command::get);
    }

    private static void assertAnswered(Cli.Result r, String file, Mutant m) {
        assertThat(r.exit()).as("%s: %s", m, r.err()).isIn(0, 2);
        assertThat(r.err()).as("%s", m).doesNotContain("internal error", "Exception", "\tat ", "Error:");
        if (r.exit() == 2) {
            assertThat(r.err().lines()).as("%s", m).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).as("%s", m).startsWith(file + ":"));
            assertThat(r.err().length()).as("%s", m).isLessThan(20_000);
        }
    }

    @Provide
    Arbitrary<Mutant> scenarioMutants() throws IOException {
        return mutants(yamlFiles(HOME.resolve("scenarios"))
                .filter(p -> !p.startsWith(HOME.resolve("scenarios/sweeps")) && !p.startsWith(HOME.resolve("scenarios/calibrations")))
                .toList());
    }

    @Provide
    Arbitrary<Mutant> sweepMutants() throws IOException {
        return mutants(yamlFiles(HOME.resolve("scenarios/sweeps")).toList());
    }

    private static Stream<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Arbitrary<Mutant> mutants(List<Path> files) {
        return Combinators.combine(Arbitraries.of(files), Arbitraries.of(Operator.class),
                Arbitraries.doubles().between(0, 1).ofScale(4), Arbitraries.of(PAYLOADS)).as(Mutant::new);
    }
}
