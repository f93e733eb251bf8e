package samen.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The leadership signature of an organisation's representative (seed 004, "Signatures": five
 * styles of the collaborative leader, each at home with different things), plus
 * {@code HIERARCHICAL}, the style seed 003 §4.3 calls out: leadership must be "gegund en
 * verbindend leiderschap, geen hiërarchisch leiderschap".
 *
 * <p>Each signature attends to the five conditions with its own weights, in the order of
 * {@link Condition}. The weights follow the seed's portraits: the relationship builder "verbinding
 * maken en vertrouwen bouwen"; the designer "spelregels vaststellen", "helder procesontwerp"; the
 * champion "de maatschappelijke meerwaarde schetsen"; the shaper "inspireren en ideeën laten
 * ontstaan", "de energie en initiatieven van de groep"; the negotiator "nieuwe onderhandelingsruimte
 * creëren", "sneller tot een gedragen resultaat komen". A hierarchical leader looks after structure
 * and pace only, and displays power (see {@link Round}).
 */
public enum Leadership {
    //                    ambition interests relation organisation process
    RELATIONSHIP_BUILDER("de betrokken relatiebouwer", 0.3, 0.6, 1.0, 0.1, 0.3),
    DESIGNER("de grondige ontwerper", 0.2, 0.6, 0.2, 1.0, 0.8),
    CHAMPION("de gedreven voorvechter", 1.0, 0.4, 0.5, 0.1, 0.3),
    SHAPER("de vindingrijke vormer", 0.8, 0.3, 0.4, 0.1, 0.7),
    NEGOTIATOR("de gezaghebbende onderhandelaar", 0.3, 1.0, 0.3, 0.6, 0.5),
    HIERARCHICAL("hiërarchisch leider", 0.2, 0.0, 0.0, 0.6, 0.4);

    /**
     * Attention every connecting signature pays to every condition: a style has its strengths, but
     * a representative who connects does not ignore a whole condition (seed 004: the signatures
     * differ in where each "voelt zich het meest thuis", not in what they see at all). A team of one style is
     * lopsided, not blind.
     */
    static final double CONNECTING_FLOOR = 0.3;

    private final String dutch;
    private final double[] attention;

    Leadership(String dutch, double... attention) {
        this.dutch = dutch;
        this.attention = attention;
    }

    /** How much a representative with this signature attends to {@code condition}, in [0,1]. */
    public double attention(Condition condition) {
        double weight = attention[condition.ordinal()];
        return connective() ? Math.max(CONNECTING_FLOOR, weight) : weight;
    }

    /**
     * What a representative with this signature does of its own accord (issue #11), in the order it
     * tries them: the seed's *"concrete ingreep"* of each portrait, as the intervention of the
     * workbook that does it, with the condition whose running down calls for it. The relationship
     * builder makes *"onbesproken gedrag expliciet"* (conflict handling) or, with no conflict to
     * handle, connects (convening); the designer sets *"spelregels"* (institutional
     * entrepreneurship once there are agreements, process managing before); the champion sketches
     * *"de (maatschappelijke) meerwaarde"* (visioning); the shaper adds *"metaforen of nieuwe
     * invalshoeken"* (problem structuring); the negotiator creates *"nieuwe onderhandelingsruimte"*
     * (brokering). A hierarchical leader makes none: it is not granted the lead.
     */
    public List<Move> moves() {
        return MOVES.get(this);
    }

    /** A signature's own move: {@code intervention}, called for when {@code watched} runs down. */
    public record Move(Condition watched, Intervention intervention) {
    }

    private static final Map<Leadership, List<Move>> MOVES = new EnumMap<>(Map.of(
            RELATIONSHIP_BUILDER, List.of(new Move(Condition.RELATION, Intervention.CONFLICT_HANDLING),
                    new Move(Condition.RELATION, Intervention.CONVENING)),
            DESIGNER, List.of(new Move(Condition.ORGANISATION, Intervention.INSTITUTIONAL_ENTREPRENEURSHIP),
                    new Move(Condition.PROCESS, Intervention.PROCESS_MANAGING)),
            CHAMPION, List.of(new Move(Condition.AMBITION, Intervention.VISIONING)),
            SHAPER, List.of(new Move(Condition.INTERESTS, Intervention.PROBLEM_STRUCTURING)),
            NEGOTIATOR, List.of(new Move(Condition.INTERESTS, Intervention.BROKERING)),
            HIERARCHICAL, List.of()));

    /** Connecting leadership is granted by the partners; hierarchical leadership is imposed. */
    public boolean connective() {
        return this != HIERARCHICAL;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String dutch() {
        return dutch;
    }
}
