package samen.model.config;

/**
 * Trust and vigilance between partners: two dimensions after Lewicki (seed 004).
 *
 * @param initial           starting trust of every partner in every other, [0,1]
 * @param gainRate          trust gained from one good experience of full size, [0,1]
 * @param lossRate          trust lost from one bad experience of full size, [0,1]; "trust comes
 *                          on foot and leaves on horseback" (seed 003 §3.3) when above gainRate
 * @param vigilanceInitial  starting vigilance (distrust) of every partner towards every other, [0,1]
 * @param vigilanceRate     how fast vigilance moves on experiences, [0,1]
 * @param transparency      chance that an opportunistic act is seen by a partner, [0,1]
 */
public record TrustSettings(
        double initial,
        double gainRate,
        double lossRate,
        double vigilanceInitial,
        double vigilanceRate,
        double transparency) {
}
