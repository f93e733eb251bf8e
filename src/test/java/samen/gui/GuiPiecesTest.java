package samen.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import samen.engine.PartnerResult;
import samen.engine.Simulation;
import samen.model.Collaboration;
import samen.model.Event;
import samen.model.EventKind;
import samen.model.Intervention;
import samen.model.LewickiQuadrant;
import samen.model.Opportunism;
import samen.model.Voice;
import samen.model.Outcome;
import samen.model.Phase;
import samen.scenario.Caption;
import samen.scenario.ScenarioException;
import samen.output.Language;
import samen.scenario.ScenarioLoader;

/** The GUI's logic that needs no screen: labels, colours, the network's shape, captions, samples. */
class GuiPiecesTest {

    @Test
    void everyLabelExistsInBothLanguages() throws IOException {
        assertThat(keys("labels_nl.properties")).isEqualTo(keys("labels.properties"));
    }

    private static Set<Object> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }

    @Test
    void phasesOutcomesAndQuadrantsHaveWordsInDutchFromTheSeeds() {
        Labels nl = new Labels(Language.NL);
        Labels en = new Labels(Language.EN);
        assertThat(nl.phase(Phase.EXPLORE)).isEqualTo("Verkennen");
        assertThat(nl.phase(Phase.SHARE)).isEqualTo("Delen");
        assertThat(nl.get("series.trust")).isEqualTo("vertrouwen");
        assertThat(nl.get("series.vigilance")).isEqualTo("waakzaamheid");
        for (LewickiQuadrant q : LewickiQuadrant.values()) assertThat(nl.quadrant(q)).isEqualTo(q.dutch());
        for (Outcome o : Outcome.values()) assertThat(en.outcome(o)).isNotBlank().isNotEqualTo(nl.outcome(o).toUpperCase());
        assertThat(en.get("step", 40, 200)).isEqualTo("Step 40 of 200");
    }

    /** The live charts' ticks are numbers of the room's language, like the rest of the screen. */
    @Test
    void chartTicksFollowTheRoomsLanguage() {
        for (Language language : Language.values()) {
            LiveCharts charts = new LiveCharts(new Labels(language), Look.NORMAL);
            for (var panel : charts.panels()) {
                var plot = ((org.jfree.chart.ChartPanel) panel).getChart().getPlot();
                if (!(plot instanceof org.jfree.chart.plot.XYPlot xy)) continue;
                var axis = (org.jfree.chart.axis.NumberAxis) xy.getRangeAxis();
                String half = axis.getStandardTickUnits().getCeilingTickUnit(0.5).valueToString(0.5);
                assertThat(half).isEqualTo(language == Language.NL ? "0,5" : "0.5");
            }
        }
    }

    /** The outcome chart names and outlines a few partners' bars, but not four dozen, whose names and outlines would overprint; half percents read apart. */
    @Test
    void theOutcomeChartNamesTheBarsOfAFewPartnersOnly() {
        LiveCharts charts = new LiveCharts(new Labels(Language.EN), Look.NORMAL);
        var plot = charts.panels().stream().map(p -> ((org.jfree.chart.ChartPanel) p).getChart().getPlot())
                .filter(org.jfree.chart.plot.CategoryPlot.class::isInstance).map(org.jfree.chart.plot.CategoryPlot.class::cast)
                .findFirst().orElseThrow();
        charts.reset(java.util.stream.IntStream.range(0, 6).mapToObj(i -> "P" + i).toList());
        assertThat(plot.getDomainAxis().isTickLabelsVisible()).isTrue();
        assertThat(((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).isDrawBarOutline()).isTrue();
        charts.reset(java.util.stream.IntStream.range(0, 48).mapToObj(i -> "P" + i).toList());
        assertThat(plot.getDomainAxis().isTickLabelsVisible()).isFalse();
        assertThat(((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).isDrawBarOutline()).as("outlines would fill the chart").isFalse();
        var percent = ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).getNumberFormatOverride();
        assertThat(percent.format(0.005)).isNotEqualTo(percent.format(0.01));
    }

    /** At the end, a region's partners are ranked best off first and only the ends named; a table of six keeps its order and every name. */
    @Test
    void theEndScreenRanksARegionAndNamesOnlyItsEnds() {
        List<PartnerResult> region = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> new PartnerResult("P" + i, 0.005, 0, 1, 0, Math.sin(i), true, true)).toList();
        List<PartnerResult> ranked = EndScreen.rows(region, true);
        assertThat(ranked).extracting(PartnerResult::surplusRate).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        long named = java.util.stream.IntStream.range(0, ranked.size()).filter(i -> EndScreen.named(i, ranked.size(), true)).count();
        assertThat(named).isEqualTo(2L * EndScreen.NAMED_AT_EACH_END);
        assertThat(EndScreen.named(0, 200, true)).isTrue();
        assertThat(EndScreen.named(199, 200, true)).isTrue();
        assertThat(EndScreen.named(100, 200, true)).isFalse();
        List<PartnerResult> table = region.subList(0, 6);
        assertThat(EndScreen.rows(table, false)).isEqualTo(table);
        assertThat(java.util.stream.IntStream.range(0, 6).allMatch(i -> EndScreen.named(i, 6, false))).isTrue();
    }

    /** A small table's relations are smoothed; a region's hundreds are drawn plain, which keeps the GUI fast (docs/PERFORMANCE.md). */
    @Test
    void aSmallTablesRelationsAreSmoothedAndARegionsDrawnPlain() throws ScenarioException {
        NetworkView view = new NetworkView(model("scenarios/default.yaml"));
        sim.field.network.Edge edge = (sim.field.network.Edge) view.network().getEdgesOut(view.partners().get(0)).get(0);
        assertThat(shadesOf(new RelationPortrayal(Look.NORMAL, 6), edge)).as("smoothed: shades between line and ground").isGreaterThan(2);
        assertThat(shadesOf(new RelationPortrayal(Look.NORMAL, 200), edge)).as("plain: the line's colours and the ground").isLessThanOrEqualTo(3);
    }

    /** The distinct colours of {@code edge} drawn as a slanted line on white. */
    private static int shadesOf(RelationPortrayal portrayal, sim.field.network.Edge edge) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 60);
        var frame = new java.awt.geom.Rectangle2D.Double(5, 5, 1, 1);
        portrayal.draw(edge, g, new sim.portrayal.network.EdgeDrawInfo2D(null, null, frame, new java.awt.geom.Rectangle2D.Double(0, 0, 60, 60),
                new java.awt.geom.Point2D.Double(55, 37)));
        g.dispose();
        Set<Integer> shades = new HashSet<>();
        for (int x = 0; x < 60; x++) for (int y = 0; y < 60; y++) shades.add(image.getRGB(x, y));
        return shades.size();
    }

    @Test
    void eventsReadAsASentenceInEitherLanguage() {
        Labels en = new Labels(Language.EN);
        Labels nl = new Labels(Language.NL);
        Event act = new Event(7, EventKind.OPPORTUNISM, Opportunism.EVASION.key(), "Health insurer", "ontduiking");
        assertThat(en.event(act)).isEqualTo("Health insurer acted opportunistically (evasion)");
        assertThat(nl.event(act)).isEqualTo("Health insurer handelde opportunistisch (ontduiking)");
        assertThat(nl.event(new Event(9, EventKind.FALLBACK, "share", "", "energy gone"))).isEqualTo("Terugval naar Delen");
        assertThat(en.event(new Event(9, EventKind.INTERVENTION, Intervention.CONVENING.key(), "", "by hand")))
                .isEqualTo("Intervention: convening");
        assertThat(nl.intervention(Intervention.CONVENING)).isEqualTo("verbinden");
        Event voice = new Event(30, EventKind.VOICE, Voice.WITHHOLD.key(), "Welfare foundation", "pushes back (achterhouden)");
        assertThat(nl.event(voice)).isEqualTo("Welfare foundation protesteert (achterhouden)");
        assertThat(en.event(voice)).isEqualTo("Welfare foundation pushes back (withhold)");
        for (EventKind k : EventKind.values()) assertThat(en.event(new Event(1, k, "x", "A", ""))).isNotBlank();
    }

    @Test
    void outcomeAndQuadrantColoursAreDistinct() {
        assertThat(Arrays.stream(Outcome.values()).map(Palette::outcome).collect(Collectors.toSet())).hasSize(Outcome.values().length);
        assertThat(Arrays.stream(LewickiQuadrant.values()).map(Palette::quadrant).collect(Collectors.toSet())).hasSize(4);
    }

    @Test
    void gainColoursAreGreyWhileEvenThenGreenOrRedDeepeningWithTheGap() {
        Color even = Palette.gain(0);
        assertThat(Palette.gain(0.099)).isEqualTo(even);
        Color small = Palette.gain(0.12);
        Color big = Palette.gain(0.5);
        assertThat(small.getGreen()).isGreaterThan(small.getRed());
        assertThat(Palette.gain(-0.12).getRed()).isGreaterThan(Palette.gain(-0.12).getGreen());
        assertThat(brightness(big)).isLessThan(brightness(small));
        assertThat(Palette.gain(1.0)).isEqualTo(Palette.gain(Palette.FULL_SCALE));
    }

    private static int brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }

    /** The interaction network (issue #11, items 3 and 10): the view draws only the pairs that work together. */
    @Test
    void theNetworkDrawsOnlyThePairsThatWorkTogether() throws ScenarioException {
        var s = ScenarioLoader.load(GuiSessionTest.HOME.resolve("scenarios/network/core-and-ring.yaml"), List.of());
        Collaboration c = Simulation.create(s.model(), s.seed()).model();
        NetworkView view = new NetworkView(c);
        Set<Object> edges = new HashSet<>();
        for (Object node : view.network().getAllNodes()) {
            for (Object edge : view.network().getEdgesOut(node)) edges.add(edge);
        }
        assertThat(edges).hasSize(c.network().slots() / 2);
        int n = c.organisations().size();
        assertThat(edges.size()).isLessThan(n * (n - 1) / 2 / 4);
    }

    @Test
    void theNetworkHasEveryPartnerAndEveryPair() throws ScenarioException {
        Collaboration c = model("scenarios/default.yaml");
        NetworkView view = new NetworkView(c);
        int n = c.organisations().size();
        assertThat(view.space().getAllObjects().size()).isEqualTo(n);
        assertThat(view.network().getAllNodes().size()).isEqualTo(n);
        Set<Object> edges = new HashSet<>(); // undirected: each edge is listed at both its ends
        for (Object node : view.network().getAllNodes()) {
            for (Object edge : view.network().getEdgesOut(node)) edges.add(edge);
        }
        assertThat(edges).hasSize(n * (n - 1) / 2);
        assertThat(view.partners()).extracting(PartnerView::getName)
                .containsExactlyElementsOf(c.organisations().stream().map(o -> o.name()).toList());
    }

    /** A trainer who clicks a node sees why the partner is at the table, where it starts from and where it stands. */
    @Test
    void theInspectorShowsThePartnersMotiveStartingPointAndCircle() throws ScenarioException {
        NetworkView view = new NetworkView(model("scenarios/fit/cross-purposes.yaml"));
        PartnerView homeCare = view.partners().stream().filter(p -> p.getName().equals("Home-care provider")).findFirst().orElseThrow();
        sim.util.Properties shown = sim.util.Properties.getProperties(homeCare);
        List<String> names = java.util.stream.IntStream.range(0, shown.numProperties()).mapToObj(shown::getName).toList();
        assertThat(names).contains("StartingPoint", "Motive", "Circle", "Culture", "Terrain", "NextGeneration", "Initiative", "Learning");
        assertThat(shown.getValue(names.indexOf("StartingPoint"))).isEqualTo("solution");
        assertThat(shown.getValue(names.indexOf("Motive"))).isEqualTo("market");
        assertThat(shown.getValue(names.indexOf("Circle"))).isEqualTo("core");
        assertThat(shown.getValue(names.indexOf("Brings"))).isEqualTo("none");
    }

    @Test
    void nodeSizeGrowsWithPowerWithinBounds() {
        assertThat(NetworkView.diameter(0.6, 6)).isGreaterThan(NetworkView.diameter(1.0 / 6, 6));
        assertThat(NetworkView.diameter(1.0 / 6, 6)).isGreaterThan(NetworkView.diameter(0.02, 6));
        assertThat(NetworkView.diameter(0, 6)).isPositive();
        assertThat(NetworkView.diameter(1, 1000)).isLessThan(NetworkView.SIZE / 3);
    }

    @Test
    void anOpportunisticActFlashesForAFewSteps() throws ScenarioException {
        Collaboration c = model("scenarios/default.yaml");
        NetworkView view = new NetworkView(c);
        Set<String> flashedOnce = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            c.schedule.step(c);
            view.observe(c.step());
            for (PartnerView p : view.partners()) {
                if (p.isOpportunistic()) assertThat(p.flashing()).isTrue();
                if (p.flashing()) flashedOnce.add(p.getName());
            }
        }
        assertThat(flashedOnce).as("someone acts opportunistically in 60 steps of the default scenario").isNotEmpty();
    }

    @Test
    void aSampleIsTheModelAfterTheStep() throws ScenarioException {
        Collaboration c = model("scenarios/power-dominant.yaml");
        for (int i = 0; i < 30; i++) c.schedule.step(c);
        Sample s = Sample.of(c, 0);
        assertThat(s.step()).isEqualTo(30);
        assertThat(s.meanTrust()).isEqualTo(c.meanTrust());
        assertThat(s.partners()).extracting(Sample.Partner::surplusRate)
                .containsExactlyElementsOf(c.organisations().stream().map(o -> o.surplusRate()).toList());
        assertThat(s.verdict().outcome()).isNotNull();
        assertThat(s.events()).isEqualTo(c.events());
        assertThat(s.conditions()).hasSize(5).containsEntry(s.weakest(), c.condition(c.weakestCondition()));
        assertThat(Sample.of(c, c.events().size()).events()).isEmpty();
    }

    @Test
    void noVerdictBeforeThePartnersHaveAgreedOnAnything() throws ScenarioException {
        Collaboration c = model("scenarios/default.yaml");
        assertThat(Sample.of(c, 0).produced()).as("step 0").isFalse();
        while (c.phaseReached().ordinal() < Phase.AGREE.ordinal() && c.step() < 200) {
            assertThat(Sample.of(c, 0).produced()).as("step %d, %s", c.step(), c.phase()).isFalse();
            c.schedule.step(c);
        }
        assertThat(Sample.of(c, 0).produced()).isEqualTo(c.phaseReached().ordinal() >= Phase.AGREE.ordinal());
    }

    @Test
    void eachCaptionIsDueOnceAtItsStepOrFirstEvent() {
        Caption at = new Caption("three", 3, "");
        Caption on = new Caption("first act", 0, "opportunism");
        CaptionCue cue = new CaptionCue(List.of(at, on));
        assertThat(cue.due(2, Set.of())).isEmpty();
        assertThat(cue.due(3, Set.of("phase_change"))).containsExactly(at);
        assertThat(cue.due(4, Set.of("opportunism"))).containsExactly(on);
        assertThat(cue.due(5, Set.of("opportunism"))).isEmpty();
        cue.reset();
        assertThat(cue.due(3, Set.of("opportunism"))).containsExactly(at, on);
    }

    @Test
    void theCatalogueListsBundledScenariosAndThoseOneFolderDown() {
        List<ScenarioCatalogue.Entry> entries = ScenarioCatalogue.list(GuiSessionTest.HOME.resolve("scenarios"));
        assertThat(entries).extracting(ScenarioCatalogue.Entry::label)
                .contains("default", "power-dominant", "demo/stormed-contract")
                .noneMatch(label -> label.startsWith("sweeps/") || label.startsWith("calibrations/"))
                .isSorted();
        assertThat(entries).allSatisfy(e -> assertThat(e.file()).isRegularFile());
        assertThat(ScenarioCatalogue.list(Path.of("no-such-folder"))).isEmpty();
    }

    private static Collaboration model(String scenario) throws ScenarioException {
        var s = ScenarioLoader.load(GuiSessionTest.HOME.resolve(scenario), List.of());
        return Simulation.create(s.model(), s.seed()).model();
    }
}
