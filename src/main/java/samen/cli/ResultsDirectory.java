package samen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import samen.chart.Labels;
import samen.scenario.Message;

/** What {@code chart} and {@code report} share: the run or sweep directory they read, and the language. */
final class ResultsDirectory {

    @Parameters(index = "0", paramLabel = "DIR", description = "A run directory (samen run) or sweep directory (samen sweep).")
    private Path dir;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "Language of titles, labels and problems (default: ${DEFAULT-VALUE}).")
    private String lang;

    /** The directory, resolved against the working directory; it must exist. */
    Path resolve(Environment env) throws UserException {
        Path source = env.resolve(dir);
        if (!Files.isDirectory(source)) throw new UserException(Message.of("results.missing", env.display(source)));
        return source;
    }

    Labels labels() throws UserException {
        try {
            return Labels.forLanguage(lang);
        } catch (IllegalArgumentException e) {
            throw new UserException("--lang: " + e.getMessage());
        }
    }
}
