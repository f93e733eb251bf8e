package samen.model;

import java.util.Locale;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Representatives who act (issue #11, item 7): after the facilitator, each active partner whose
 * representative has {@code initiative} looks at the conditions its signature is at home with
 * ({@link Leadership#moves}). When one has run down below {@link Conditions#HEALTHY} and the move
 * is possible, it makes that move with probability {@code initiative}, carried by itself: it
 * works as far as the others trust it, costs energy and time as any intervention does, and takes
 * its one intervention of the step ({@link Collaboration#intervene}). Its time is limited: after a
 * move it waits a phase's worth of steps before the next. A partner without initiative draws
 * nothing, so scenarios without it run as before.
 */
final class Leaders implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        long now = c.step() + 1;
        for (Organisation o : c.activeOrganisations()) {
            if (c.ended()) return;
            if (o.initiative() <= 0 || now - o.movedAt() < c.phaseDuration()) continue;
            for (Leadership.Move move : o.leadership().moves()) {
                double level = c.condition(move.watched());
                if (level >= Conditions.HEALTHY || !move.intervention().possible(c)) continue;
                if (c.random.nextBoolean(o.initiative())) {
                    o.moved(now);
                    c.intervene(move.intervention(), String.format(Locale.ROOT, "own move: %s at %.2f",
                            move.watched().key(), level), o.name());
                }
                break;
            }
        }
    }
}
