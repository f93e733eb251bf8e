package samen.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import samen.model.config.ModelConfig;

/**
 * A loaded, checked scenario: what to simulate (the model's configuration), for how long and with
 * which seed. Immutable; build one with {@link ScenarioLoader} or {@link #of}.
 *
 * @param hash lowercase hex SHA-256 of the canonical YAML without the seed and the captions
 *             (neither changes a run): it identifies the
 *             scenario's content, so runs of one scenario with different seeds share it, while
 *             comments and formatting in the file do not change it
 */
public record Scenario(String name, String description, long seed, int steps, ModelConfig model,
                       List<Caption> captions, String hash) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
        captions = List.copyOf(captions);
        Objects.requireNonNull(hash, "hash");
    }

    /** A scenario without captions, with its hash computed from its content. */
    public static Scenario of(String name, String description, long seed, int steps, ModelConfig model) {
        return of(name, description, seed, steps, model, List.of());
    }

    /** A scenario with its hash computed from its content; seed and captions do not change a run, nor the hash. */
    public static Scenario of(String name, String description, long seed, int steps, ModelConfig model, List<Caption> captions) {
        Scenario draft = new Scenario(name, description, seed, steps, model, captions, "");
        return new Scenario(name, description, seed, steps, model, captions,
                sha256(draft.canonical(Set.of(ScenarioFormat.SEED, ScenarioFormat.CAPTIONS_KEY))));
    }

    /** The same scenario with another seed (the hash stays: it ignores the seed). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, steps, model, captions, hash);
    }

    /**
     * The fully resolved scenario as YAML: every default filled in, overrides applied, a generated
     * population written out as a list with its distributions. Deterministic, and loading it gives
     * an equal scenario, so a run directory's copy reproduces the run.
     */
    public String toCanonicalYaml() {
        return canonical(Set.of());
    }

    private String canonical(Set<String> skip) {
        return YamlWriter.canonical(ScenarioFormat.ROOT, this, skip);
    }

    /** The name made safe for file names: lowercase letters, digits and single dashes; never empty. */
    public String slug() {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "scenario" : slug;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
