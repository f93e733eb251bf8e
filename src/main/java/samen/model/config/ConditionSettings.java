package samen.model.config;

import samen.model.Condition;

/** The five conditions of seed 003 as a scenario sets them. */
public record ConditionSettings(ConditionSpec ambition, ConditionSpec interests, ConditionSpec relation,
                                ConditionSpec organisation, ConditionSpec process) {

    public ConditionSpec of(Condition condition) {
        return switch (condition) {
            case AMBITION -> ambition;
            case INTERESTS -> interests;
            case RELATION -> relation;
            case ORGANISATION -> organisation;
            case PROCESS -> process;
        };
    }
}
