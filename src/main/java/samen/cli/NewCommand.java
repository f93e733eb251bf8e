package samen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import samen.scenario.Problem;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioTemplate;

/** {@code samen new}: a commented scenario file to start from. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Write a new, commented scenario file to start from.",
        description = {"Writes <name>.yaml in the current directory (or FILE with --out). Editors that "
                + "understand JSON Schema (VS Code with the YAML extension, IntelliJ) complete and "
                + "check it as you type.", ""},
        footer = {"", "Example:", "  samen new \"Wijkzorg Noord\"      writes wijkzorg-noord.yaml"})
final class NewCommand implements Callable<Integer> {

    /** Where the scenario JSON Schema lives in the samen installation. */
    static final String SCHEMA = "docs/scenario.schema.json";

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "NAME", description = "The scenario's name.")
    private String name;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: <name>.yaml).")
    private Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() throws UserException, IOException {
        Environment env = main.env();
        if (name.isBlank()) throw new UserException("the scenario needs a name");
        Path target;
        if (out != null) {
            target = env.resolve(out);
        } else {
            target = env.resolve(Path.of(slug(name) + ".yaml"));
        }
        if (Files.isDirectory(target)) throw new UserException(env.display(target) + " is a directory");
        if (Files.exists(target) && !force) {
            throw new UserException(env.display(target) + " already exists; use --force to overwrite it");
        }
        String text;
        try {
            text = ScenarioTemplate.forNew(name, schemaRef(target, env));
        } catch (ScenarioException e) {
            Problem p = e.problems().get(0);
            throw new UserException("NAME: the name " + p.message());
        }
        writeAtomically(target, text);
        main.out().println("wrote " + env.display(target));
        main.out().println("edit it, then: samen run " + env.display(target));
        return 0;
    }

    /** The schema, relative to the new file's directory; absolute when that cannot be done. */
    static String schemaRef(Path target, Environment env) {
        Path schema = (env.localHome() != null ? env.localHome() : env.cwd()).resolve(SCHEMA).normalize();
        if (env.localHome() == null) return schema.toString();
        Path dir = target.toAbsolutePath().normalize().getParent();
        try {
            return dir.relativize(schema).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return schema.toString();
        }
    }

    /** {@code "Wijkzorg Noord!"} becomes {@code wijkzorg-noord}, as {@code Scenario.slug()} does. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "scenario" : slug;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the scenario file.
        Path temp = dir.resolve("." + target.getFileName() + ".tmp-" + Long.toUnsignedString(System.nanoTime(), 36));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
