package samen.model;

import java.util.Locale;

/**
 * Context shocks: the world around the collaboration changes (seed 002 advice 6: "aanpassing aan
 * omstandigheden is heel belangrijk"). A budget cut takes resources away; a change of priorities
 * makes the partner's own road more attractive and its loyalty weaker.
 */
public enum ShockKind {
    BUDGET_CUT, PRIORITY_CHANGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
