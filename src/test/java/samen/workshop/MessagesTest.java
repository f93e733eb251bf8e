package samen.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import samen.model.Intervention;

class MessagesTest {

    @Test
    void aDecisionIsReadWithEveryField() throws Refused {
        Message m = Messages.parse("{\"type\":\"decide\",\"seq\":3,\"seat\":2,\"round\":4,\"bring\":70,\"act\":\"press_renegotiation\","
                + "\"attend\":\"interests\",\"constituency\":\"defend\",\"stay\":false}");
        assertThat(m).isEqualTo(new Message.Decide(3, 2, 4,
                new Choice(70, Act.PRESS_RENEGOTIATION, Attend.INTERESTS, Answer.DEFEND, false)));
        assertThat(Messages.parse("{\"type\":\"intervene\",\"seq\":1,\"intervention\":\"brokering\"}"))
                .isEqualTo(new Message.Intervene(1, Intervention.BROKERING));
        assertThat(Messages.parse("{\"type\":\"next\",\"seq\":9}")).isEqualTo(new Message.Control(9, Message.Command.NEXT));
    }

    @Test
    void badMessagesAreRefusedWithAReason() {
        String decide = "\"type\":\"decide\",\"seq\":3,\"seat\":2,\"round\":4,\"act\":\"cooperate\","
                + "\"attend\":\"relation\",\"constituency\":\"inform\",\"stay\":true";
        assertRefused("", "empty");
        assertRefused("{\"type\":", "not JSON");
        assertRefused("[1,2]", "not a JSON object");
        assertRefused("{\"seat\":1}", "type: missing");
        assertRefused("{\"type\":\"explode\"}", "unknown 'explode'");
        assertRefused("{\"type\":\"join\"}", "missing seat");
        assertRefused("{\"type\":\"join\",\"seat\":1,\"path\":\"/etc\"}", "path: unknown field");
        assertRefused("{\"type\":\"join\",\"seat\":1.5}", "seat: 1.5 is not allowed");
        assertRefused("{\"type\":\"join\",\"seat\":\"1\"}", "seat: \"1\" is not allowed");
        assertRefused("{\"type\":\"join\",\"seat\":1,\"seat\":2}", "not JSON: Duplicate field 'seat'");
        assertRefused("{" + decide + ",\"bring\":101}", "bring: 101 is not allowed; allowed: a whole number from 0 to 100");
        assertRefused("{" + decide.replace("cooperate", "steal") + ",\"bring\":10}", "act: \"steal\" is not allowed; allowed: cooperate, push_back, hold_back");
        assertRefused("{" + decide.replace("\"seq\":3", "\"seq\":0") + ",\"bring\":10}", "seq: 0 is not allowed");
        assertRefused("{\"type\":\"rejoin\",\"token\":\"../../x\"}", "not a seat code");
        assertRefused("{\"type\":\"join\",\"seat\":1,\"x\":\"" + "a".repeat(Messages.MAX_CHARS) + "\"}", "message too long");
    }

    @Property
    void noTextBreaksTheParser(@ForAll @StringLength(max = 300) String text) {
        try {
            assertThat(Messages.parse(text)).isNotNull();
        } catch (Refused r) {
            assertThat(r.getMessage()).isNotBlank();
        }
    }

    private static void assertRefused(String text, String reason) {
        assertThatThrownBy(() -> Messages.parse(text)).as(text).isInstanceOf(Refused.class).hasMessageContaining(reason);
    }
}
