package samen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.output.Language;
import samen.output.Vocabulary;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/** {@code samen validate}: checks scenario files without running them. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Check scenario files without running them.",
        description = {"Prints one 'ok' line per valid file; problems go to stderr as "
                + "file:line:col: key: message, and so do warnings (settings that can never take effect, "
                + "such as a shock after the last step), which do not make a file invalid. "
                + "Exit code 2 if any file is invalid.", ""},
        footer = {"", "Example:", "  samen validate scenarios/*.yaml"})
final class ValidateCommand implements Callable<Integer> {

    /** Characters of the scenario hash shown. */
    private static final int HASH_PREFIX = 12;

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    private List<String> files;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "Language of the 'ok' lines, problems and warnings (default: ${DEFAULT-VALUE}); "
                    + "keys and file names stay as the file writes them.")
    private String lang;

    @Override
    public Integer call() throws UserException {
        Environment env = main.env();
        Language language = Main.language(lang);
        Vocabulary words = Vocabulary.of(language);
        boolean allValid = true;
        for (String name : files) {
            try {
                Path file = ScenarioFiles.find(name, env);
                ScenarioLoader.Checked checked = ScenarioLoader.check(file, List.of());
                main.printWarnings(checked.warnings());
                Scenario s = checked.scenario();
                main.out().println(words.text("validate.ok", name, s.name(), s.model().organisations().size(),
                        s.hash().substring(0, Math.min(HASH_PREFIX, s.hash().length()))));
            } catch (UserException e) {
                main.err().println("samen: " + e.message(language.locale()));
                allValid = false;
            } catch (ScenarioException e) {
                main.printProblems(e);
                allValid = false;
            }
        }
        return allValid ? 0 : Main.BAD_INPUT;
    }
}
