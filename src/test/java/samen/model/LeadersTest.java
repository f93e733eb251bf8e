package samen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Representatives who make their signature's own move ({@link Leaders}, issue #11 item 7). */
class LeadersTest {

    private static List<Event> moves(Leadership leadership, double initiative) {
        Collaboration c = new Collaboration(3, Configs.defaults().leadership(leadership).initiative(initiative)
                .condition(Condition.AMBITION, 0.6, 0).build());
        c.start();
        for (int i = 0; i < 150 && !c.ended(); i++) c.schedule.step(c);
        return c.events().stream().filter(e -> e.detail().startsWith("own move")).toList();
    }

    @Test
    void aChampionMobilisesOnceTheAmbitionRunsDownAndThenWaitsAPhase() {
        List<Event> moves = moves(Leadership.CHAMPION, 1);
        assertThat(moves).isNotEmpty().allSatisfy(e -> {
            assertThat(e.kind()).isIn(EventKind.INTERVENTION, EventKind.INTERVENTION_FAILED);
            assertThat(e.name()).isEqualTo(Intervention.VISIONING.key());
            assertThat(e.detail()).startsWith("own move: ambition at 0.4");
        });
        Map<String, List<Long>> byPartner = moves.stream()
                .collect(Collectors.groupingBy(Event::subject, Collectors.mapping(Event::step, Collectors.toList())));
        for (List<Long> steps : byPartner.values()) {
            for (int i = 1; i < steps.size(); i++) assertThat(steps.get(i) - steps.get(i - 1)).isGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void withoutInitiativeOrGrantedLeadershipNobodyMoves() {
        assertThat(moves(Leadership.CHAMPION, 0)).isEmpty();
        assertThat(moves(Leadership.HIERARCHICAL, 1)).isEmpty();
    }
}
