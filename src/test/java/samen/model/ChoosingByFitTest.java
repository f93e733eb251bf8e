package samen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import samen.model.config.HistorySpec;
import samen.model.config.ModelConfig;
import samen.model.config.OrganisationSpec;

/**
 * Choosing partners by fit (docs/MODEL.md §7.17, *Choosing partners*): the fit term of a newcomer, and the partners
 * turning down one that fits nowhere while selective partners let it in.
 */
class ChoosingByFitTest {

    private static final List<Resource> FINANCE = List.of(Resource.FINANCE);
    private static final List<Resource> PRODUCTION = List.of(Resource.PRODUCTION);
    private static final List<Resource> NONE = List.of();

    /**
     * Four founders of equal capacity and a fifth partner planned to join at step 5, with the kinds, cultures and
     * terrains given in order; the founders trust it {@code trust} (from its history).
     */
    private static Collaboration started(Membership membership, double trust, List<List<Resource>> brings, List<String> cultures,
                                         List<String> terrains) {
        @SuppressWarnings("unchecked")
        Configs configs = Configs.defaults().partners(5).membership(membership).brings(brings.toArray(List[]::new))
                .cultures(cultures.toArray(String[]::new)).terrains(terrains.toArray(String[]::new));
        ModelConfig base = configs.build();
        List<OrganisationSpec> orgs = new ArrayList<>(base.organisations());
        OrganisationSpec newcomer = Specs.scheduled(orgs.get(4), "Newcomer", 5, 0);
        orgs.set(4, newcomer);
        List<HistorySpec> history = orgs.subList(0, 4).stream().map(o -> new HistorySpec(o.name(), newcomer.name(), trust, 0.3)).toList();
        Collaboration c = new Collaboration(1, new ModelConfig(orgs, base.power(), base.trust(), base.collaboration(), base.conditions(),
                List.of(), List.of(), history));
        c.start();
        return c;
    }

    private static PartnerFit fit(List<List<Resource>> brings, List<String> cultures, List<String> terrains) {
        Collaboration c = started(Membership.BY_FIT, 0.4, brings, cultures, terrains);
        return PartnerFit.of(c, c.organisations().get(4));
    }

    private static final List<String> UNNAMED = List.of("");

    @Test
    void aNewcomerIsJudgedOnlyOnWhatIsNamed() {
        PartnerFit f = fit(List.of(NONE), UNNAMED, UNNAMED);
        assertThat(f.value()).isEqualTo(1);
        assertThat(f.describe()).isEqualTo("its fit 1.00 (nothing to judge it by)");
    }

    @Test
    void aNewcomerThatFillsAGapFitsAndOneThatDuplicatesAKindLowersTheMix() {
        // Founders: finance, finance, production, production (equal capacity): M = (1 − 0.5) / 0.75 = 2/3.
        List<List<Resource>> founders = List.of(FINANCE, FINANCE, PRODUCTION, PRODUCTION);
        List<List<Resource>> gap = new ArrayList<>(founders);
        gap.add(List.of(Resource.KNOWLEDGE));
        List<List<Resource>> duplicate = new ArrayList<>(founders);
        duplicate.add(FINANCE);
        PartnerFit fills = fit(gap, UNNAMED, UNNAMED);
        assertThat(fills.mixWithout()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(fills.mixWith()).isCloseTo((1 - 0.36) / 0.75, within(1e-12));
        assertThat(fills.value()).isEqualTo(1);
        PartnerFit duplicates = fit(duplicate, UNNAMED, UNNAMED);
        double with = (1 - 0.52) / 0.75;
        assertThat(duplicates.mixWith()).isCloseTo(with, within(1e-12));
        // above(M⁺, M): the gate's ramp over M ± 0.1.
        assertThat(duplicates.value()).isCloseTo((with - (2.0 / 3 - 0.1)) / 0.2, within(1e-12));
        assertThat(duplicates.describe()).isEqualTo("its fit 0.37 (the mix of kinds 0.67 -> 0.64)");
    }

    @Test
    void cultureCountsThePartnersOfOtherValuesAndTerrainTheRivals() {
        // The fourth founder names no culture, so it fits every culture; the newcomer names no kind, so no mix is judged.
        PartnerFit f = fit(List.of(FINANCE, PRODUCTION, FINANCE, PRODUCTION, NONE), List.of("a", "a", "b", "", "a"),
                List.of("care", "care", "", "", "care"));
        assertThat(f.value()).isCloseTo((0.75 + 0.5) / 2, within(1e-12));
        assertThat(f.describe()).isEqualTo("its fit 0.63 (1 of 4 hold other values and norms; 2 of 4 on its terrain)");
    }

    @Test
    void partnersWhoChooseByFitTurnDownANewcomerTheyTrustButThatFitsNowhere() {
        List<List<Resource>> brings = List.of(NONE);
        List<String> cultures = List.of("a", "a", "a", "a", "b");
        List<String> terrains = List.of("care");
        Collaboration selective = started(Membership.SELECTIVE, 0.9, brings, cultures, terrains);
        Collaboration byFit = started(Membership.BY_FIT, 0.9, brings, cultures, terrains);
        for (int i = 0; i < 6; i++) {
            selective.schedule.step(selective);
            byFit.schedule.step(byFit);
        }
        assertThat(selective.organisations().get(4).active()).isTrue();
        assertThat(byFit.organisations().get(4).active()).isFalse();
        assertThat(byFit.events()).filteredOn(e -> e.kind() == EventKind.LEAVE).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo(5);
            assertThat(e.name()).isEqualTo("excluded");
            assertThat(e.detail()).isEqualTo("not let in: the partners' trust in it is 0.90, its fit 0.00 "
                    + "(4 of 4 hold other values and norms; 4 of 4 on its terrain)");
        });
    }

    @Test
    void withNothingNamedChoosingByFitIsChoosingByReputation() {
        Collaboration selective = started(Membership.SELECTIVE, 0.35, List.of(NONE), UNNAMED, UNNAMED);
        Collaboration byFit = started(Membership.BY_FIT, 0.35, List.of(NONE), UNNAMED, UNNAMED);
        for (int i = 0; i < 60; i++) {
            selective.schedule.step(selective);
            byFit.schedule.step(byFit);
        }
        // The same run; only the words of the exclusion add the fit.
        assertThat(byFit.events()).extracting(Event::step, Event::kind, Event::name, Event::subject)
                .isEqualTo(selective.events().stream().map(e -> tuple(e.step(), e.kind(), e.name(), e.subject())).toList());
        assertThat(byFit.events().get(0).detail()).isEqualTo(selective.events().get(0).detail() + ", its fit 1.00 (nothing to judge it by)");
        assertThat(byFit.meanTrust()).isEqualTo(selective.meanTrust());
    }
}
