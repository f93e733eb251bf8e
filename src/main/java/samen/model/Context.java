package samen.model;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import samen.model.config.ShockSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The world around the collaboration, first thing each step: partners join and leave by plan,
 * context shocks hit, representatives are replaced. A living network (seed 002 advice 5: "bied
 * ruimte voor nieuwe partners ... samenwerking heeft regelmatig nieuw bloed nodig om in leven te
 * blijven"; advice 6: "neem afscheid als iemands rol is uitgespeeld").
 */
final class Context implements Steppable {

    private static final long serialVersionUID = 1L;

    /** Energy a newcomer brings: "nieuw bloed". */
    static final double NEW_BLOOD = 0.05;
    /** Size of a random context shock. */
    static final double RANDOM_SHOCK = 0.3;
    /** Share of the relation condition lost when a representative is replaced (group dynamics restart). */
    static final double TURNOVER_HIT = 0.1;
    /** Share per step of a shock's effect on capacity and alternative that fades (about a year to halve). */
    static final double SHOCK_RECOVERY = 0.015;

    private final List<ShockSpec> shocks;
    private final double shockRate;
    /** The most partners that have sat at the table at once: a seat is free while fewer sit there. */
    private int seats;
    /** Candidates the partners turned down, by index: they stay outside and are not asked again. */
    private final BitSet turnedDown = new BitSet();
    /** What the candidates have heard the collaboration would give them. */
    private final Suitors suitors = new Suitors();

    /** The name of a {@code leave} event for a partner the others would not let in or keep (selective membership). */
    static final String EXCLUDED = "excluded";
    /** The name of a {@code join} event for a planned newcomer. */
    static final String NEWCOMER = "newcomer";
    /** The name of a {@code join} event for a candidate the collaboration drew and invited. */
    static final String INVITED = "invited";
    /** The name of a {@code join} event for a candidate the partners sought out, growing the table. */
    static final String SOUGHT = "sought";

    Context(List<ShockSpec> shocks, double shockRate) {
        this.shocks = shocks;
        this.shockRate = shockRate;
    }

    @Override
    public void step(SimState state) {
        Collaboration c = (Collaboration) state;
        long now = c.step() + 1;
        c.startStep(now);
        Membership membership = c.membership();
        for (Organisation o : c.organisations()) {
            if (o.pending() && o.joinsAt() == now) {
                PartnerFit fit = membership == Membership.BY_FIT ? PartnerFit.of(c, o) : null;
                if (admitted(c, o, membership, fit)) join(c, o, now, NEWCOMER, "joins the collaboration");
                else excluded(c, o, fit, "");
            } else if (o.active() && o.leavesAt() == now) {
                o.leave(now, false, "");
                c.log(EventKind.LEAVE, "planned", o.name(), "its part is done");
            }
        }
        c.refreshActive();
        if (membership != Membership.OPEN) sendAway(c, now);
        seats = Math.max(seats, c.activeCount());
        invite(c, now, membership);
        for (Organisation o : c.activeOrganisations()) o.recover(SHOCK_RECOVERY);
        for (ShockSpec shock : shocks) {
            if (shock.atStep() != now) continue;
            for (Organisation o : c.activeOrganisations()) {
                if (shock.partner().isEmpty() || shock.partner().equals(o.name())) hit(c, o, shock.kind(), shock.size());
            }
        }
        List<Organisation> active = c.activeOrganisations();
        if (shockRate > 0 && !active.isEmpty() && c.random.nextBoolean(shockRate)) {
            Organisation o = active.get(c.random.nextInt(active.size()));
            hit(c, o, ShockKind.values()[c.random.nextInt(ShockKind.values().length)], RANDOM_SHOCK);
        }
        for (Organisation o : c.activeOrganisations()) {
            if (o.turnover() > 0 && c.random.nextBoolean(o.turnover())) replace(c, o, now);
        }
    }

    /**
     * Under selective membership (and by fit) the partners send away a partner whose trust they have lost: the
     * chance per step rises from 0 where the others' trust in it is 0.1 above the level at which a
     * collaboration falls back ({@link Process#FALLBACK_TRUST}) to 1 where it is 0.1 below, as a
     * gate opens. At least two partners stay. Being sent away is no exit of its own: it does not
     * count towards a break-up.
     */
    private static void sendAway(Collaboration c, long now) {
        for (Organisation o : c.activeOrganisations()) {
            if (c.activeCount() <= 2) break;
            double trust = o.trustReceived();
            double chance = 1 - Process.above(trust, Process.FALLBACK_TRUST);
            if (chance <= 0 || !c.random.nextBoolean(chance)) continue;
            o.leave(now, false, "");
            c.log(EventKind.LEAVE, EXCLUDED, o.name(), String.format(Locale.ROOT, "sent away: the others' trust in it is %.2f", trust));
            c.refreshActive();
        }
    }

    /**
     * New blood (seed 002 advice 5: "Bied ruimte voor nieuwe partners ... samenwerking heeft regelmatig
     * nieuw bloed nodig om in leven te blijven"): the partners let in the candidates the scenario
     * lists, in file order, that the collaboration draws: what the candidate has heard it would take
     * per unit brought ({@link Suitors}: the value created per unit the partners brought, {@code V / ΣB},
     * times its own share under their split, heard through whom it knows at the table) beats its own
     * road, its alternative per unit, clearly: by more than {@link Standing#BAND}, the smallest gain a
     * partner reliably notices (seed 000: "is de Energiefabriek van iedereen en voor iedereen – en wordt
     * haar succes steeds groter").
     * An invited candidate comes only into a free seat, where a partner walked away, was sent away or
     * its part was done. A sought candidate grows the table (seed 000: "De oprichters van het
     * initiatief hebben samenwerking bewust opgezocht om anderen mee te nemen in hun ambitie"), once
     * the collaboration executes: the results it is drawn by are there to see (seed 004, uitvoeren:
     * "'producten' van de samenwerking worden zichtbaar"), and the agreements it would question in
     * agree or shape are made. Under selective membership the partners let a candidate in as far as
     * they trust it (and, by fit, as far as it fits), as a planned newcomer; one they turn down does not
     * come back. A random draw is made only for a drawn candidate under selective membership or by fit,
     * so scenarios without candidates keep their random stream.
     */
    private void invite(Collaboration c, long now, Membership membership) {
        double brought = c.totalContribution();
        double yield = brought > 0 ? c.valueCreated() / brought : 0;
        suitors.listen(c, yield);
        for (Organisation o : c.organisations()) {
            if (!o.pending() || turnedDown.get(o.index())) continue;
            if (!o.joins().room(c.activeCount(), seats, c.phase())) continue;
            double heard = suitors.heard(o);
            if (heard <= o.alternative() * (1 + Standing.BAND)) continue;
            boolean sought = o.joins() == Joining.SOUGHT;
            String room = sought ? String.format(Locale.ROOT, "sought out while it executes (%d at the table)", c.activeCount())
                    : String.format(Locale.ROOT, "a seat is free (%d of %d at the table)", c.activeCount(), seats);
            String why = String.format(Locale.ROOT, "drawn by success: it has heard it would take %.2f per unit brought "
                    + "(the collaboration yields %.2f), its own road %.2f; %s", heard, yield, o.alternative(), room);
            PartnerFit fit = membership == Membership.BY_FIT ? PartnerFit.of(c, o) : null;
            if (!admitted(c, o, membership, fit)) {
                turnedDown.set(o.index());
                excluded(c, o, fit, " (" + why + ")");
                continue;
            }
            join(c, o, now, sought ? SOUGHT : INVITED, why);
            c.refreshActive();
        }
    }

    /**
     * Under selective membership the partners let a newcomer in as far as they trust it, by fit as far as they
     * trust it times its {@code fit} (one draw either way); open, always.
     */
    private static boolean admitted(Collaboration c, Organisation o, Membership membership, PartnerFit fit) {
        if (membership == Membership.OPEN) return true;
        double reputation = Process.above(o.trustReceived(), Process.GATE_TRUST);
        return c.random.nextBoolean(fit == null ? reputation : reputation * fit.value());
    }

    /** A newcomer not let in: the trust the partners have in it, and by fit how it fits ({@code fit}, or null). */
    private static void excluded(Collaboration c, Organisation o, PartnerFit fit, String why) {
        String judged = String.format(Locale.ROOT, "not let in: the partners' trust in it is %.2f", o.trustReceived());
        c.log(EventKind.LEAVE, EXCLUDED, o.name(), (fit == null ? judged : judged + ", " + fit.describe()) + why);
    }

    /**
     * A newcomer joins with the scenario's initial trust, its own picture of the phase (explore),
     * fresh energy, and interests nobody has explored yet, which dilute mutual understanding.
     */
    private static void join(Collaboration c, Organisation o, long now, String name, String why) {
        o.join(now);
        c.process().dilute(1.0 / (c.activeCount() + 1));
        c.process().addEnergy(NEW_BLOOD);
        c.log(EventKind.JOIN, name, o.name(), why);
    }

    private static void hit(Collaboration c, Organisation o, ShockKind kind, double size) {
        switch (kind) {
            case BUDGET_CUT -> o.cutBudget(size);
            case PRIORITY_CHANGE -> o.shiftPriorities(size);
        }
        c.markChange();
        c.log(EventKind.SHOCK, kind.key(), o.name(), String.format(java.util.Locale.ROOT, "size %.2f", size));
    }

    /**
     * Personnel turnover ("personele instabiliteit", seed 004): the new representative lacks the
     * personal trust and the picture of the phase the predecessor had, and needs time to find
     * its way ({@link Organisation#settled}). What the collaboration has laid down for good
     * (institutional entrepreneurship's anchored organisation) is handed over: the workbook's
     * checklist asks for "afspraken met betrekking tot personeelsinzet en personele wisselingen"
     * beside "borging van de samenwerking". A future leader already at the table (seed 000: "Maak
     * combinaties van huidige leiders en toekomstige leiders ... Zij zorgen voor verbinding door de
     * lagen van de samenwerking heen") carries {@code next_generation} of what the predecessor held:
     * its relations, its pace and its picture of the phase, on top of what organisation keeps. The
     * draws for the briefing are made only where something is laid down or a successor sits ready,
     * so scenarios without either keep their random stream.
     */
    private static void replace(Collaboration c, Organisation o, long now) {
        double next = o.nextGeneration();
        double organisation = c.condition(Condition.ORGANISATION);
        c.relations().forget(o.index(), organisation + next * (1 - organisation));
        double laidDown = c.conditions().anchored(Condition.ORGANISATION);
        boolean briefed = laidDown > 0 && c.random.nextBoolean(laidDown) || next > 0 && c.random.nextBoolean(next);
        o.replaceRepresentative(now, laidDown + next * (1 - laidDown), briefed ? c.phase() : Phase.EXPLORE);
        c.conditions().lower(Condition.RELATION, TURNOVER_HIT);
        c.log(EventKind.TURNOVER, o.leadership().key(), o.name(), "a new representative takes the seat");
    }
}
