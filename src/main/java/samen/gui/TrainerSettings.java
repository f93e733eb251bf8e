package samen.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import samen.model.config.PowerSettings.PowerDistribution;
import samen.scenario.Scenario;

/**
 * What the trainer set with the sliders, turned into {@code --set} overrides of the scenario, so a
 * slider does exactly what {@code samen run --set} does and is checked the same way. A null value
 * leaves the scenario's own. Overrides apply to the scenario's canonical form, where the partners
 * are always a list.
 *
 * @param gainRate             {@code trust.gain_rate}
 * @param lossRate             {@code trust.loss_rate}
 * @param constituencyPressure {@code constituency_pressure} of every partner
 * @param power                {@code power.distribution}
 * @param partners             number of partners: the scenario's first N; more than it lists repeats
 *                             them in order, numbered ("Municipality 2")
 */
public record TrainerSettings(Double gainRate, Double lossRate, Double constituencyPressure,
                              PowerDistribution power, Integer partners) {

    public static final TrainerSettings NONE = new TrainerSettings(null, null, null, null, null);

    public TrainerSettings withGainRate(double v) { return new TrainerSettings(v, lossRate, constituencyPressure, power, partners); }
    public TrainerSettings withLossRate(double v) { return new TrainerSettings(gainRate, v, constituencyPressure, power, partners); }
    public TrainerSettings withConstituencyPressure(double v) { return new TrainerSettings(gainRate, lossRate, v, power, partners); }
    public TrainerSettings withPower(PowerDistribution v) { return new TrainerSettings(gainRate, lossRate, constituencyPressure, v, partners); }
    public TrainerSettings withPartners(int v) { return new TrainerSettings(gainRate, lossRate, constituencyPressure, power, v); }

    /** The overrides, in the {@code key.path=value} form of {@code samen run --set}. */
    public List<String> overrides(Scenario base) {
        List<String> sets = new ArrayList<>();
        int count = base.model().organisations().size();
        if (partners != null && partners != count) {
            sets.add("organisations=" + partnerList(base, partners));
            count = partners;
        }
        if (gainRate != null) sets.add("trust.gain_rate=" + number(gainRate));
        if (lossRate != null) sets.add("trust.loss_rate=" + number(lossRate));
        if (power != null) sets.add("power.distribution=" + power.key());
        if (constituencyPressure != null) {
            for (int i = 1; i <= count; i++) sets.add("organisations." + i + ".constituency_pressure=" + number(constituencyPressure));
        }
        return sets;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** The first {@code n} partners of the canonical scenario as one line of flow YAML. */
    @SuppressWarnings("unchecked")
    private static String partnerList(Scenario base, int n) {
        Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(base.toCanonicalYaml());
        List<Map<String, Object>> listed = (List<Map<String, Object>>) root.get("organisations");
        List<Map<String, Object>> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> copy = new LinkedHashMap<>(listed.get(i % listed.size()));
            int round = i / listed.size();
            if (round > 0) copy.put("name", copy.get("name") + " " + (round + 1));
            chosen.add(copy);
        }
        DumpSettings flow = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.FLOW).setWidth(Integer.MAX_VALUE).build();
        return new Dump(flow).dumpToString(chosen).strip();
    }
}
