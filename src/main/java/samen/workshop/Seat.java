package samen.workshop;

/**
 * One organisation's place at the table, for a player to take. The token is the seat's key: the
 * browser keeps it, and a player who dropped out rejoins with it.
 */
public final class Seat {

    private final int index;
    private final String organisation;
    private final String token;
    private boolean taken;
    private long lastSeq;
    private Choice choice;
    private Feedback feedback;

    Seat(int index, String organisation, String token, boolean taken) {
        this.index = index;
        this.organisation = organisation;
        this.token = token;
        this.taken = taken;
    }

    /** The organisation's place in the scenario, counting from 0. */
    public int index() { return index; }
    /** Seat number as people see it, counting from 1. */
    public int number() { return index + 1; }
    public String organisation() { return organisation; }
    String token() { return token; }
    public boolean taken() { return taken; }
    void take() { taken = true; }
    /** The highest message number accepted from this seat's player. */
    public long lastSeq() { return lastSeq; }
    void accept(long seq) { lastSeq = seq; }
    /** This round's choice so far, or null. */
    public Choice choice() { return choice; }
    void choose(Choice c) { choice = c; }
    /** What happened to it in the last round closed, or null before the first. */
    public Feedback feedback() { return feedback; }
    void feedback(Feedback f) { feedback = f; }
}
