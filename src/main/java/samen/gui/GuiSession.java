package samen.gui;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import samen.scenario.Captions;
import samen.scenario.Captions.Caption;
import samen.scenario.Problem;
import samen.scenario.Scenario;
import samen.scenario.ScenarioException;
import samen.scenario.ScenarioLoader;

/**
 * The scenario the GUI runs: the file the trainer chose, its captions, and the trainer's settings
 * applied as {@code --set} overrides. Nothing here touches Swing, so it is tested as plain code.
 */
public final class GuiSession {

    /** The kinds of event a demo caption may wait for with {@code on_event}. */
    public static final Set<String> EVENT_KINDS = EventKinds.ALL;

    private final Path file;
    private final String source;
    private final Scenario base;
    private final List<Caption> captions;
    private final List<String> extraOverrides;
    private TrainerSettings settings = TrainerSettings.NONE;

    private GuiSession(Path file, String source, Scenario base, List<Caption> captions, List<String> extraOverrides) {
        this.file = file;
        this.source = source;
        this.base = base;
        this.captions = captions;
        this.extraOverrides = extraOverrides;
    }

    /**
     * Reads and checks a scenario file and its captions.
     *
     * @param source    the file's name as the user should see it in messages
     * @param overrides {@code key.path=value} texts from the command line ({@code --set}, {@code --seed})
     */
    public static GuiSession open(Path file, String source, List<String> overrides, Set<String> eventKinds)
            throws ScenarioException {
        String text = read(file, source);
        List<Caption> captions = Captions.read(text, source, eventKinds);
        Scenario base = ScenarioLoader.parse(Captions.withoutCaptions(text, source), source, overrides);
        return new GuiSession(file, source, base, captions, List.copyOf(overrides));
    }

    /** Another scenario file, keeping the command line's overrides and dropping the trainer's settings. */
    public GuiSession reopen(Path other, String otherSource, Set<String> eventKinds) throws ScenarioException {
        return open(other, otherSource, extraOverrides, eventKinds);
    }

    public Path file() { return file; }
    public Scenario base() { return base; }
    public List<Caption> captions() { return captions; }
    public TrainerSettings settings() { return settings; }

    public void settings(TrainerSettings changed) {
        settings = changed;
    }

    /** The scenario with the trainer's settings applied: what the next run (after reset) uses. */
    public Scenario current() throws ScenarioException {
        List<String> overrides = settings.overrides(base);
        if (overrides.isEmpty()) return base;
        return ScenarioLoader.parse(base.toCanonicalYaml(), source, overrides);
    }

    private static String read(Path file, String source) throws ScenarioException {
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(List.of(new Problem(source, 0, 0, "", "the file is not UTF-8 text; allowed: a text file saved as UTF-8")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(source, 0, 0, "",
                    "cannot read the file (" + e.getMessage() + "); allowed: the path of an existing scenario file")));
        }
    }
}
