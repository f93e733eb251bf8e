package samen.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help text is a valid format string: picocli formats descriptions, headers and
 * footers, so a bare {@code %} (as in "95% intervals") prints a warning and a raw text instead.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsCleanly() {
        Main main = new Main(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new Environment(Path.of(""), null, false));
        for (Map.Entry<String, CommandLine> sub : new CommandLine(main).getSubcommands().entrySet()) {
            var usage = sub.getValue().getCommandSpec().usageMessage();
            for (String[] texts : new String[][] {usage.description(), usage.header(), usage.footer()}) {
                for (String text : texts) {
                    assertThatCode(() -> String.format(text)).as("samen %s --help: %s", sub.getKey(), text)
                            .doesNotThrowAnyException();
                }
            }
        }
    }
}
