package samen.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages samen speaks to people in, as {@code --lang} takes them. Files for machines stay English. */
public enum Language {
    EN(Locale.ENGLISH), NL(Locale.forLanguageTag("nl"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en} or {@code nl}. */
    public String key() {
        return locale.getLanguage();
    }

    /**
     * @throws IllegalArgumentException for anything but {@code en} or {@code nl}, with the allowed ones in the message
     */
    public static Language of(String key) {
        for (Language l : values()) if (l.key().equalsIgnoreCase(key.strip())) return l;
        throw new IllegalArgumentException("'" + key + "' is not a language of samen; allowed: " + allowed());
    }

    /** {@code en or nl}. */
    public static String allowed() {
        return Arrays.stream(values()).map(Language::key).collect(Collectors.joining(" or "));
    }
}
