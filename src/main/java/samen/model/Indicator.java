package samen.model;

import java.util.List;

/**
 * The monitor: the indicators of seed 003, Table 1 ("Indicatoren voor kansrijke samenwerking"),
 * four per condition, each measured from the state of the collaboration every step, in [0,1]
 * (higher is healthier). Each constant quotes the question it answers.
 */
public enum Indicator {

    /** "In hoeverre wordt de ambitie gedeeld": share of partners loyal enough to pass share's gate. */
    AMBITION_SHARED(Condition.AMBITION, "shared") {
        double measure(Collaboration c) {
            return share(c, o -> o.loyalty() >= Process.GATE_LOYALTY);
        }
    },
    /** "... is de ambitie voor de partners waardevol ... en betekenisvol": collective interest served. */
    AMBITION_MEANINGFUL(Condition.AMBITION, "meaningful") {
        double measure(Collaboration c) {
            return mean(c, Organisation::collectiveServed);
        }
    },
    /** "... draagt de ambitie bij aan de strategie van ieder van de partners": organisational interest served. */
    AMBITION_STRATEGIC(Condition.AMBITION, "strategic") {
        double measure(Collaboration c) {
            return mean(c, Organisation::organisationalServed);
        }
    },
    /** "... is de ambitie persoonlijk van betekenis voor de sleutelfiguren": individual interest served. */
    AMBITION_PERSONAL(Condition.AMBITION, "personal") {
        double measure(Collaboration c) {
            return mean(c, Organisation::individualServed);
        }
    },
    /** "... oprechte interesse in de belangen van de partners": mutual understanding. */
    INTERESTS_SINCERE(Condition.INTERESTS, "sincere") {
        double measure(Collaboration c) {
            return c.mutualUnderstanding();
        }
    },
    /** "... creëert de samenwerking waarde voor ieder van de partners": share better off than alone so far. */
    INTERESTS_VALUE_FOR_EACH(Condition.INTERESTS, "value_for_each") {
        double measure(Collaboration c) {
            return share(c, o -> o.cumulativePayoff() > 0);
        }
    },
    /** "... onderhandelingsruimte en -bereidheid": autonomy on offer, less vigilance. */
    INTERESTS_ROOM(Condition.INTERESTS, "room") {
        double measure(Collaboration c) {
            return mean(c, o -> o.autonomy() * (1 - o.vigilance()));
        }
    },
    /** "... zijn de partners echt met elkaar in dialoog": agreements not being reopened. */
    INTERESTS_DIALOGUE(Condition.INTERESTS, "dialogue") {
        double measure(Collaboration c) {
            return clamp01(1 - c.reopenedRecently() * Process.COMMITMENT_WINDOW / 2.0);
        }
    },
    /** "... persoonlijk vermogen tot verbinding": connecting representatives who are at home at the table. */
    RELATION_CONNECTION(Condition.RELATION, "connection") {
        double measure(Collaboration c) {
            return mean(c, o -> o.leadership().attention(Condition.RELATION) * o.settled(c.step()));
        }
    },
    /** "... draagt de groepsdynamica ertoe bij dat de groep meer is ...": trust not split into factions. */
    RELATION_GROUP(Condition.RELATION, "group") {
        double measure(Collaboration c) {
            return clamp01(1 - 2 * c.factions());
        }
    },
    /** "... is er sprake van vertrouwen tussen de partners": mean trust. */
    RELATION_TRUST(Condition.RELATION, "trust") {
        double measure(Collaboration c) {
            return c.meanTrust();
        }
    },
    /** "... gegund verbindend leiderschap": the most trusted connecting leader's trust received. */
    RELATION_LEADERSHIP(Condition.RELATION, "leadership") {
        double measure(Collaboration c) {
            return c.activeOrganisations().stream().filter(o -> o.leadership().connective())
                    .mapToDouble(Organisation::trustReceived).max().orElse(0);
        }
    },
    /** "... een effectief functionerende structuur": partners not over-controlling. */
    ORGANISATION_STRUCTURE(Condition.ORGANISATION, "structure") {
        double measure(Collaboration c) {
            return 1 - share(c, Organisation::controlling);
        }
    },
    /** "... voldoende participatie in en draagvlak voor de samenwerking": constituencies' support. */
    ORGANISATION_SUPPORT(Condition.ORGANISATION, "support") {
        double measure(Collaboration c) {
            return mean(c, o -> 1 - o.constituencyPressure() * (1 - o.organisationalServed()));
        }
    },
    /** "... voldoende daadkracht": this step's momentum. */
    ORGANISATION_DECISIVENESS(Condition.ORGANISATION, "decisiveness") {
        double measure(Collaboration c) {
            return c.momentum();
        }
    },
    /** "... heldere afspraken; worden deze ook grotendeels nagekomen": no violation or renegotiation. */
    ORGANISATION_AGREEMENTS_KEPT(Condition.ORGANISATION, "agreements_kept") {
        double measure(Collaboration c) {
            return 1 - share(c, o -> o.conduct() == Opportunism.VIOLATION || o.conduct() == Opportunism.FORCED_RENEGOTIATION);
        }
    },
    /** "... een goed doordachte fasering": partners who see the phase the collaboration is in. */
    PROCESS_PHASING(Condition.PROCESS, "phasing") {
        double measure(Collaboration c) {
            return Process.phaseAgreement(c);
        }
    },
    /** "... aandacht ... aan de inhoud ... als aan de procesmatige aspecten": the weaker of ambition and process. */
    PROCESS_BALANCE(Condition.PROCESS, "balance") {
        double measure(Collaboration c) {
            return Math.min(c.condition(Condition.AMBITION), c.condition(Condition.PROCESS));
        }
    },
    /** "... een heldere rolverdeling met een duidelijke procesregie": the strongest engaged process lead. */
    PROCESS_DIRECTION(Condition.PROCESS, "direction") {
        double measure(Collaboration c) {
            return c.activeOrganisations().stream()
                    .mapToDouble(o -> o.loyalty() * o.leadership().attention(Condition.PROCESS)).max().orElse(0);
        }
    },
    /** "... levert de samenwerking ook daadwerkelijk iets op": value created against its potential. */
    PROCESS_YIELD(Condition.PROCESS, "yield") {
        double measure(Collaboration c) {
            double potential = c.synergy() * c.activeOrganisations().stream().mapToDouble(Organisation::capacity).sum();
            return potential > 0 ? clamp01(c.valueCreated() / potential) : 0;
        }
    };

    private final Condition condition;
    private final String key;

    Indicator(Condition condition, String suffix) {
        this.condition = condition;
        this.key = condition.key() + "_" + suffix;
    }

    abstract double measure(Collaboration c);

    /** Its value now, in [0,1]. */
    public double valueIn(Collaboration c) {
        return measure(c);
    }

    public Condition condition() {
        return condition;
    }

    /** CSV column and trigger name: {@code ambition_shared}, ... */
    public String key() {
        return key;
    }

    private static double share(Collaboration c, java.util.function.Predicate<Organisation> p) {
        List<Organisation> active = c.activeOrganisations();
        return active.isEmpty() ? 0 : (double) active.stream().filter(p).count() / active.size();
    }

    private static double mean(Collaboration c, java.util.function.ToDoubleFunction<Organisation> f) {
        return c.activeOrganisations().stream().mapToDouble(f).average().orElse(0);
    }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
