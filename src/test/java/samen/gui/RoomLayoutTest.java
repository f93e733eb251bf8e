package samen.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the room sees, worked out without a screen: where the windows go, where names go, how fast a run plays. */
class RoomLayoutTest {

    private static final Dimension ROOM = new Dimension(CollaborationWithUI.WIDTH, CollaborationWithUI.HEIGHT);
    private static final Dimension CONSOLE = new Dimension(400, 600);

    @Test
    void theConsoleNeverCoversTheRoomsWindow() {
        // A projector as a second screen: the room's window fills it, the Console stays with the trainer.
        WindowPlacement two = WindowPlacement.of(List.of(new Rectangle(0, 0, 1366, 768), new Rectangle(1366, 0, 1280, 720)),
                ROOM, CONSOLE);
        assertThat(two.room()).isEqualTo(new Rectangle(1366, 0, 1280, 720));
        assertThat(two.console().intersects(two.room())).isFalse();
        assertThat(two.consoleBehind()).isFalse();
        // One wide screen: beside it.
        WindowPlacement wide = WindowPlacement.of(List.of(new Rectangle(0, 0, 1920, 1080)), ROOM, CONSOLE);
        assertThat(wide.console().intersects(wide.room())).isFalse();
        assertThat(wide.console().x).isEqualTo(1280);
        // One screen of exactly 1280x720: no room beside it, so behind it, with the controls docked in the room's window.
        WindowPlacement projectorOnly = WindowPlacement.of(List.of(new Rectangle(0, 0, 1280, 720)), ROOM, CONSOLE);
        assertThat(projectorOnly.room()).isEqualTo(new Rectangle(0, 0, 1280, 720));
        assertThat(projectorOnly.consoleBehind()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 6, 8, 12, 20})
    void namesKeepApartFromEachOtherAndFromTheDiscs(int n) {
        // The network display at 480x480 with the projector's names: 20 px high, long Dutch names up to the cap.
        double size = 480;
        double scale = size / NetworkView.SIZE;
        List<LabelLayout.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            boolean crowded = n > NetworkView.CROWDED;
            double rx = (crowded ? 24 : 33) * scale;
            double ry = (crowded ? 39 : 33) * scale;
            double radius = NetworkView.diameter(1.0 / n, n) * scale / 2;
            double width = crowded ? 0.22 * size : Math.min(0.6 * size, 200);
            double height = crowded ? (n <= 14 ? 20 : 16) : 24;
            nodes.add(new LabelLayout.Node(new Point2D.Double(size / 2 + rx * Math.cos(angle), size / 2 + ry * Math.sin(angle)),
                    radius, width, height));
        }
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, size, size);
        List<Rectangle2D> labels = LabelLayout.place(nodes, new Point2D.Double(size / 2, size / 2), bounds);
        assertThat(labels).hasSize(n);
        for (int i = 0; i < n; i++) {
            Rectangle2D label = labels.get(i);
            assertThat(bounds.contains(label)).as("name %d inside the display", i).isTrue();
            for (int j = 0; j < n; j++) {
                LabelLayout.Node other = nodes.get(j);
                Rectangle2D disc = new Rectangle2D.Double(other.centre().getX() - other.radius(),
                        other.centre().getY() - other.radius(), 2 * other.radius(), 2 * other.radius());
                assertThat(label.intersects(disc)).as("name %d over disc %d", i, j).isFalse();
                if (j != i) assertThat(label.intersects(labels.get(j))).as("names %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void discsNeverTouchTheirNeighbours() {
        for (int n : new int[] {6, 12, 20, 40}) {
            double closest = 2 * Math.PI * (n > NetworkView.CROWDED ? 24 : 33) / n;
            assertThat(NetworkView.diameter(1.0 / n, n)).as("%d partners", n).isLessThan(closest);
        }
    }

    @Test
    void theClassroomPacePlaysTwoHundredStepsInAboutAMinute() {
        assertThat(Speed.CLASSROOM.sleepMillis() * 200).isBetween(50_000L, 70_000L);
        assertThat(Speed.parse("2").sleepMillis()).isEqualTo(Speed.CLASSROOM.sleepMillis() / 2);
        assertThat(Speed.parse("max").sleepMillis()).isZero();
        assertThat(Speed.parse(" 0.5 ").sleepMillis()).isEqualTo(2 * Speed.CLASSROOM.sleepMillis());
        assertThatThrownBy(() -> Speed.parse("fast")).hasMessageContaining("allowed: a number from 0.1 to 100");
        assertThatThrownBy(() -> Speed.parse("0")).hasMessageContaining("out of range");
    }
}
