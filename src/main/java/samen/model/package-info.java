/**
 * The collaboration model: organisations, their trust and vigilance towards each other, the
 * phases of the collaboration and how a run ends. Pure domain logic on MASON's engine, with no
 * files, command line or Swing (as MASON's HeatBugs knows nothing of HeatBugsWithUI). Every
 * mechanism cites the seed claim it stands on; docs/MODEL.md collects them in ODD form.
 */
package samen.model;
