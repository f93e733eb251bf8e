package samen.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/** Random tokens that a browser keeps and a person can type: no look-alike letters. */
final class Tokens {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** {@code length} characters, about 4.95 bits each. */
    static String next(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return b.toString();
    }

    /** Compares in time that does not depend on where they differ. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a text could be a token at all (checked before any comparison). */
    static boolean wellFormed(String s, int maxLength) {
        if (s == null || s.isEmpty() || s.length() > maxLength) return false;
        for (int i = 0; i < s.length(); i++) if (ALPHABET.indexOf(s.charAt(i)) < 0) return false;
        return true;
    }
}
