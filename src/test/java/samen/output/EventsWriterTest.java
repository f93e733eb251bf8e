package samen.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import samen.model.Event;
import samen.model.EventKind;
import samen.model.Opportunism;
import samen.model.Voice;

/** events.csv speaks one language in a row: English, whatever Dutch term the model logs an act by. */
class EventsWriterTest {

    @Test
    void aPartnersVoiceAndOpportunismAreInEnglish() {
        for (Voice v : Voice.values()) {
            Event e = new Event(97, EventKind.VOICE, v.key(), "Housing association",
                    "pushes back (" + v.dutch() + "): discontent 0.25");
            assertThat(EventsWriter.detail(e)).isEqualTo("pushes back (" + v.key() + "): discontent 0.25");
        }
        Event act = new Event(10, EventKind.OPPORTUNISM, Opportunism.EVASION.key(), "Municipality", Opportunism.EVASION.dutch());
        assertThat(EventsWriter.detail(act)).isEqualTo("evasion");
    }

    @Test
    void otherDetailsAreWrittenAsTheModelGivesThem() {
        Event turnover = new Event(93, EventKind.TURNOVER, "shaper", "GP cooperative", "a new representative takes the seat");
        assertThat(EventsWriter.detail(turnover)).isEqualTo("a new representative takes the seat");
    }
}
