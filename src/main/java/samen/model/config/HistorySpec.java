package samen.model.config;

/**
 * A shared history between two partners, overriding the scenario's initial trust and vigilance
 * between them in both directions (seed 004, conflict handling: "historisch wantrouwen wordt
 * geïmporteerd in nieuwe allianties").
 */
public record HistorySpec(String partner, String other, double trust, double vigilance) {
}
