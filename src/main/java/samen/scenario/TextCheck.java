package samen.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of a YAML file's text that snakeyaml-engine reports without a line and column: bytes that
 * are not UTF-8, characters YAML does not allow (NUL and other control characters) and a
 * {@code %YAML} directive of another version. Each becomes a problem at the place it occurs.
 */
final class TextCheck {

    private static final Pattern VERSION = Pattern.compile("(?m)^%YAML[ \\t]+(\\S+)");

    private TextCheck() {
    }

    /** The bytes as UTF-8 text, or the problem at the first byte that is not UTF-8. */
    static String decode(byte[] bytes, String source) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int[] place = place(out, out.length());
            throw new ScenarioException(java.util.List.of(new Problem(source, place[0], place[1], "",
                    Message.of("text.not_utf8", String.format("%02X", bytes[in.position()] & 0xff)))));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The first problem of {@code text} as YAML sees characters and directives, if any. */
    static Optional<Problem> check(String text, String source) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                int[] place = place(text, i);
                Message name = c == 0 ? Message.of("text.nul") : Message.of("text.control", String.format("%04X", c));
                return Optional.of(new Problem(source, place[0], place[1], "", Message.of("text.unprintable", name)));
            }
            i += Character.charCount(c);
        }
        Matcher m = VERSION.matcher(text);
        if (m.find() && !m.group(1).startsWith("1.")) {
            int[] place = place(text, m.start());
            return Optional.of(new Problem(source, place[0], place[1], "", Message.of("yaml.version", NumberText.shown(m.group(1)))));
        }
        return Optional.empty();
    }

    // YAML 1.2's printable set (c-printable), less the byte order mark that readers strip.
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** 1-based line and column of {@code index} in {@code text}. */
    private static int[] place(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
