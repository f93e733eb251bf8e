/**
 * The collaboration model: organisations and their representatives (leadership signature,
 * mandate, picture of the phase), their trust and vigilance towards each other, the five
 * conditions of the common eye and their indicators, the phases, opportunism, interventions, the
 * living network (joins, departures, shocks, turnover) and how a run ends. Pure domain logic on
 * MASON's engine, with no files, command line or Swing (as MASON's HeatBugs knows nothing of
 * HeatBugsWithUI); observers read it through getters and the event log, and act on it only
 * through {@link samen.model.Collaboration#intervene}. Every mechanism cites the seed claim it
 * stands on; docs/MODEL.md collects them in ODD form.
 */
package samen.model;
