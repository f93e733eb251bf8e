package samen.gui;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;

/**
 * Where the room's window and MASON's Console go, so the Console never covers what the room sees.
 * With a second screen (the projector) the room's window fills it and the Console stays on the
 * trainer's screen; on one screen wide enough the Console sits beside the room's window; on a
 * single 1280x720 screen there is no room beside it, so the Console goes behind the room's window
 * and the trainer uses the controls docked in it (play, pause, step, speed, and a button that
 * brings the Console up when wanted).
 *
 * @param room          the room's window
 * @param console       the Console
 * @param consoleBehind true when the two share space: the Console is sent behind the room's window
 */
record WindowPlacement(Rectangle room, Rectangle console, boolean consoleBehind) {

    /**
     * @param screens     the bounds of each screen, the trainer's (the default screen) first
     * @param roomSize    the room window's size (1280x720)
     * @param consoleSize the Console's size
     */
    static WindowPlacement of(List<Rectangle> screens, Dimension roomSize, Dimension consoleSize) {
        Rectangle trainer = screens.get(0);
        Rectangle consoleAt = new Rectangle(trainer.x, trainer.y, consoleSize.width, Math.min(consoleSize.height, trainer.height));
        if (screens.size() > 1) {
            Rectangle projector = screens.get(1);
            Rectangle room = new Rectangle(projector.x, projector.y, Math.min(roomSize.width, projector.width),
                    Math.min(roomSize.height, projector.height));
            return new WindowPlacement(room, consoleAt, false);
        }
        Rectangle room = new Rectangle(trainer.x, trainer.y, Math.min(roomSize.width, trainer.width),
                Math.min(roomSize.height, trainer.height));
        if (trainer.width - room.width >= consoleSize.width) {
            return new WindowPlacement(room, new Rectangle(room.x + room.width, trainer.y, consoleSize.width,
                    Math.min(consoleSize.height, trainer.height)), false);
        }
        if (trainer.height - room.height >= Math.min(consoleSize.height, 300)) {
            return new WindowPlacement(room, new Rectangle(trainer.x, room.y + room.height, consoleSize.width,
                    trainer.height - room.height), false);
        }
        return new WindowPlacement(room, consoleAt, true);
    }
}
