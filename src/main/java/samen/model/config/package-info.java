/**
 * Immutable configuration of a collaboration model: what the scenario layer produces and the
 * model consumes. Plain records, validated where they are built (the scenario package);
 * constructors only guard invariants a programmer could break.
 */
package samen.model.config;
