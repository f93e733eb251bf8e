package samen.experiment;

import java.util.List;

/**
 * The points of a sweep: each point gives every parameter a value. Points are computed from their
 * id on demand (or from a small table of the design's own samples), never held per run, so a
 * design of a million runs costs no more memory than one of a thousand.
 */
public sealed interface Design permits GridDesign, LatinHypercube, MorrisDesign, SaltelliDesign, PointList {

    long points();

    /** The values of point {@code id} (from 0), one per parameter in order. */
    List<String> values(long id);

    /** The design for a spec; sampling designs draw from streams of {@code masterSeed}. */
    static Design of(DesignSpec spec, List<Parameter> parameters, long masterSeed) {
        return switch (spec.type()) {
            case GRID -> new GridDesign(parameters);
            case LHS -> new LatinHypercube(parameters, spec.samples(), masterSeed);
            case MORRIS -> new MorrisDesign(parameters, spec.trajectories(), spec.levels(), masterSeed);
            case SOBOL -> new SaltelliDesign(parameters, spec.samples());
            case POINTS -> new PointList(spec.rows());
        };
    }
}
