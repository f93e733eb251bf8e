package samen.workshop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import samen.engine.RunResult;
import samen.model.Collaboration;
import samen.model.Condition;
import samen.model.Event;
import samen.model.Intervention;
import samen.model.Organisation;
import samen.output.TurningPoints;

/**
 * What the pages are sent: the shared picture for everyone (the trainer's screen shows it whole),
 * and for a player the private view of its own organisation. The server holds the state; the pages
 * only show it. Numbers are rounded to three decimals: the pages need no more, and messages stay small.
 */
public final class Views {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EVENTS_SHOWN = 8;

    private Views() {
    }

    /** The trainer's screen: the shared picture, who sits where, the players' requests, and at the end the debrief. */
    public static ObjectNode trainer(Session s) {
        synchronized (s) {
            ObjectNode v = shared(s);
            v.put("role", "trainer");
            // The network on the projector: the players' pages do not draw it, so only the trainer gets it.
            Collaboration m = s.model();
            ArrayNode trust = v.putArray("trust");
            for (Organisation a : m.organisations()) {
                ArrayNode row = trust.addArray();
                for (Organisation b : m.organisations()) row.add(a == b ? 0 : r(m.trust(a, b)));
            }
            ArrayNode asks = v.putArray("asks");
            for (Session.Ask a : s.asks()) {
                asks.addObject().put("round", a.round()).put("seat", a.seat()).put("intervention", a.intervention().key());
            }
            if (s.state() == Session.State.ENDED) {
                v.set("debrief", debrief(s));
                v.set("turningPoints", turningPoints(s.model()));
            }
            return v;
        }
    }

    /** A player's screen: the shared picture, and its own organisation when it holds a seat. */
    public static ObjectNode participant(Session s, Seat seat) {
        synchronized (s) {
            ObjectNode v = shared(s);
            v.put("role", "participant");
            return seat == null ? v : withOwn(v, s, seat);
        }
    }

    /**
     * A player's screen from a shared picture made once for every page (see {@link #participant}
     * with no seat): a copy of it with the seat's own organisation added.
     */
    public static ObjectNode withOwn(ObjectNode shared, Session s, Seat seat) {
        synchronized (s) {
            ObjectNode v = shared.deepCopy();
            v.set("you", own(s, seat));
            return v;
        }
    }

    private static ObjectNode shared(Session s) {
        Collaboration m = s.model();
        ObjectNode v = JSON.createObjectNode();
        v.put("type", "state");
        v.put("scenario", s.scenario().name());
        v.put("state", s.state().name().toLowerCase(Locale.ROOT));
        v.put("round", Math.min(s.round(), s.rounds()));
        v.put("rounds", s.rounds());
        v.put("roundSeconds", s.settings().roundSeconds());
        v.put("secondsLeft", s.secondsLeft());
        v.put("step", m.step());
        v.put("steps", s.scenario().steps());
        v.put("phase", m.phase().key());
        v.put("phaseProgress", r(m.phaseProgress()));
        v.put("energy", r(m.energy()));
        v.put("meanTrust", r(m.meanTrust()));
        v.put("meanVigilance", r(m.meanVigilance()));
        ObjectNode conditions = v.putObject("conditions");
        for (Condition c : Condition.values()) conditions.put(c.key(), r(m.condition(c)));
        v.put("weakest", m.weakestCondition().key());
        List<Organisation> orgs = m.organisations();
        ArrayNode partners = v.putArray("partners");
        for (Organisation o : orgs) {
            Seat seat = s.seats().get(o.index());
            partners.addObject()
                    .put("seat", seat.number())
                    .put("name", o.name())
                    .put("taken", seat.taken())
                    .put("chose", seat.choice() != null)
                    .put("status", o.active() ? "active" : o.pending() ? "pending" : "left")
                    .put("power", r(o.power()))
                    .put("trustReceived", r(o.trustReceived()))
                    .put("vigilance", r(o.vigilance()))
                    .put("loyalty", r(o.loyalty()))
                    .put("relativeGain", r(o.relativeGain()))
                    .put("opportunistic", o.conduct() == null ? "" : o.conduct().key())
                    .put("voice", o.voice() == null ? "" : o.voice().key());
        }
        ArrayNode events = v.putArray("events");
        List<Event> all = m.events();
        for (Event e : all.subList(Math.max(0, all.size() - EVENTS_SHOWN), all.size())) {
            events.addObject().put("step", e.step()).put("kind", e.kind().key()).put("name", e.name())
                    .put("subject", e.subject()).put("detail", e.detail());
        }
        ArrayNode interventions = v.putArray("interventions");
        for (Intervention i : Intervention.values()) {
            interventions.addObject().put("key", i.key()).put("target", i.target().key())
                    .put("dutch", i.dutch()).put("description", i.description());
        }
        RunResult result = s.result();
        if (result != null) {
            v.putObject("outcome").put("outcome", result.outcome().key()).put("explanation", result.explanation())
                    .put("dynamic", result.dynamic()).put("phaseReached", result.phaseReached().key());
        }
        return v;
    }

    private static ObjectNode own(Session s, Seat seat) {
        Collaboration m = s.model();
        Organisation o = m.organisations().get(seat.index());
        ObjectNode you = JSON.createObjectNode();
        you.put("seat", seat.number());
        you.put("name", o.name());
        you.put("status", o.active() ? "active" : o.pending() ? "pending" : "left");
        ObjectNode interests = you.putObject("interests");
        interests.put("collective", r(o.collectiveServed()));
        interests.put("organisational", r(o.organisationalServed()));
        interests.put("individual", r(o.individualServed()));
        you.put("interestsServed", r(o.interestsServed()));
        you.put("loyalty", r(o.loyalty()));
        you.put("constituencyPressure", r(o.constituencyPressure()));
        you.put("mandate", r(o.mandate()));
        you.put("mandated", o.mandated());
        you.put("discontent", r(o.discontent()));
        you.put("surplusRate", r(o.surplusRate()));
        you.put("power", r(o.power()));
        you.put("cumulativePayoff", r(o.cumulativePayoff()));
        you.put("alternativeValue", r(o.alternativeValue()));
        you.put("relativeGain", r(o.relativeGain()));
        you.put("lastSeq", seat.lastSeq());
        ArrayNode towards = you.putArray("towards");
        for (Organisation other : m.organisations()) {
            if (other == o) continue;
            towards.addObject().put("name", other.name()).put("trust", r(m.trust(o, other)))
                    .put("vigilance", r(m.vigilance(o, other))).put("theirTrust", r(m.trust(other, o)))
                    .put("active", other.active());
        }
        Choice c = seat.choice();
        if (c != null) you.set("choice", choice(c));
        if (s.state() == Session.State.ENDED) you.set("debrief", debrief(s, seat.number()));
        Feedback f = seat.feedback();
        if (f != null) {
            ObjectNode fb = you.putObject("feedback");
            fb.put("round", f.round()).put("human", f.human()).put("bring", f.bring())
                    .put("act", f.act() == null ? "" : f.act().key()).put("attend", f.attend().key())
                    .put("constituency", f.constituency().key()).put("stayed", f.stayed()).put("agentLeaves", f.agentLeaves())
                    .put("payoff", r(f.payoff()))
                    .put("trustChange", r(f.trustChange())).put("loyaltyChange", r(f.loyaltyChange()));
            if (!Double.isNaN(f.attendedChange())) fb.put("attendedChange", r(f.attendedChange()));
            ArrayNode ev = fb.putArray("events");
            f.events().forEach(ev::add);
        }
        return you;
    }

    private static ObjectNode choice(Choice c) {
        return JSON.createObjectNode().put("bring", c.bring()).put("act", c.act().key()).put("attend", c.attend().key())
                .put("constituency", c.constituency().key()).put("stay", c.stay());
    }

    /** Per seat, round by round: what counted and what the organisation's own rules would have done. */
    private static ArrayNode debrief(Session s) {
        return debrief(s, 0);
    }

    /** The same for one seat (counting from 1), or for all with 0. */
    private static ArrayNode debrief(Session s, int seat) {
        ArrayNode rows = JSON.createArrayNode();
        for (Entry e : s.entries()) {
            if (!(e instanceof Entry.Decision d) || (seat != 0 && d.seat() != seat)) continue;
            ObjectNode row = rows.addObject().put("round", d.round()).put("seat", d.seat())
                    .put("name", d.organisation()).put("by", d.human() ? "human" : "agent")
                    .put("agentBring", d.agentBring()).put("agentAct", d.agentAct() == null ? "" : d.agentAct().key())
                    .put("agentStays", d.agentStays());
            if (d.human()) row.set("choice", choice(d.choice()));
        }
        return rows;
    }

    /** A message refused, with the reason for its sender. */
    public static String refusal(String reason) {
        return JSON.createObjectNode().put("type", "refused").put("reason", reason).toString();
    }

    /** The session's turning points for the debrief ({@link TurningPoints}), in the order they happened. */
    private static ArrayNode turningPoints(Collaboration m) {
        ArrayNode points = JSON.createArrayNode();
        for (Event e : m.events()) {
            if (TurningPoints.is(e.kind().key())) {
                points.addObject().put("step", e.step()).put("kind", e.kind().key()).put("name", e.name())
                        .put("subject", e.subject());
            }
        }
        return points;
    }

    private static double r(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
