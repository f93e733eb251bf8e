package samen.scenario;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Turns snakeyaml-engine's syntax errors into what the student did wrong, at the line where the
 * mistake is. The parser notices a mistake where it can no longer go on, which is often a line
 * or more after it (a missing colon is noticed at the next key, an unclosed quote at the end of
 * the file); so each case looks back at the text to find the line to point at.
 */
final class SyntaxErrors {

    private static final String ALLOWED_KEY_VALUE = "allowed: `key: value`, with a colon and a space after the key";

    private final List<String> lines;
    private final String label;

    SyntaxErrors(String text, String label) {
        this.lines = text.lines().toList();
        this.label = label;
    }

    /** The problem to report for {@code e}. */
    Problem explain(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> where = e.getProblemMark().or(e::getContextMark);
        int line = where.map(m -> m.getLine() + 1).orElse(0);
        int column = where.map(m -> m.getColumn() + 1).orElse(0);
        if (problem.contains("(TAB)")) {
            return at(line, 1, "this line is indented with a tab; allowed: spaces for indentation "
                    + "(YAML does not allow tabs: replace the tab by spaces)");
        }
        if (context.contains("quoted scalar") && e.getContextMark().isPresent()) {
            Mark open = e.getContextMark().get();
            char quote = quoteAt(open);
            return at(open.getLine() + 1, open.getColumn() + 1, "the quote " + quote + " that starts here is never closed"
                    + "; allowed: text between two " + quote + " on one line, e.g. name: " + quote + "My case" + quote);
        }
        if (context.contains("flow mapping") || context.contains("flow sequence")) {
            return unclosedBracket(e, context.contains("flow mapping") ? "{" : "[", line, column);
        }
        if (problem.contains("could not find expected ':'") && e.getContextMark().isPresent()) {
            Mark key = e.getContextMark().get();
            return missingColon(key.getLine() + 1);
        }
        if (problem.contains("mapping values are not allowed")) return unexpectedColon(line, column);
        if (problem.contains("expected <block end>")) return badIndentation(line, column);
        if (problem.contains("another document")) {
            return at(line, column, "more than one YAML document (a second `---`); allowed: one scenario per file");
        }
        if (problem.contains("found undefined alias")) {
            return at(line, column, "YAML error: " + problem + "; allowed: an alias *name only after its anchor &name");
        }
        String inContext = context.isEmpty() ? "" : " (" + context + ")";
        return at(line, column, "YAML syntax error: " + problem + inContext
                + "; allowed: valid YAML, e.g. `key: value` indented with spaces");
    }

    private Problem missingColon(int line) {
        return at(line, indent(line) + 1, "`" + text(line).strip() + "` has no colon after the key; " + ALLOWED_KEY_VALUE);
    }

    /**
     * A colon the parser did not expect: either the line is indented deeper than the key above it,
     * or the line above has no colon (so it ran on into this one), or there is a second ': ' in a value.
     */
    private Problem unexpectedColon(int line, int column) {
        int above = previousContentLine(line);
        if (above > 0 && indent(line) > indent(above) && text(above).strip().matches("[^#]*:\\s*\\S.*")) {
            return misaligned(line, above);
        }
        if (above > 0 && indent(above) == indent(line) && !hasKeyColon(text(above))) return missingColon(above);
        return at(line, column, "a second ':' on this line; allowed: one `key: value` per line "
                + "(put text that contains ': ' in quotes, e.g. description: \"A note: with a colon\")");
    }

    private Problem badIndentation(int line, int column) {
        int above = previousContentLine(line);
        if (above > 0 && indent(line) > indent(above)) return misaligned(line, above);
        return at(line, column, "this line is indented " + spaces(indent(line)) + ", which matches no key above it; "
                + "allowed: the same indentation as the other keys of its mapping (count the spaces on the lines above)");
    }

    private Problem misaligned(int line, int above) {
        return at(line, 1, "this line is indented " + spaces(indent(line)) + ", but the keys on line " + above
                + " above it start after " + spaces(keyIndent(above)) + "; allowed: keys of one mapping indented "
                + "by the same number of spaces (here " + keyIndent(above) + ")");
    }

    // Where the keys of a line start: after the indentation, and after "- " on a list item.
    private int keyIndent(int line) {
        String rest = text(line).substring(indent(line));
        return indent(line) + (rest.startsWith("- ") ? 2 + (rest.length() - rest.substring(2).stripLeading().length() - 2) : 0);
    }

    private Problem unclosedBracket(MarkedYamlEngineException e, String open, int line, int column) {
        String close = open.equals("{") ? "}" : "]";
        if (e.getContextMark().isEmpty()) {
            return at(line, column, "a `" + open + "` without its `" + close + "`; allowed: " + open + " ... " + close + " on one line");
        }
        Mark start = e.getContextMark().get();
        return at(start.getLine() + 1, start.getColumn() + 1, "the `" + open + "` that starts here is not closed with `"
                + close + "` on this line; allowed: " + open + "a, b" + close + " on one line, or one item per line without brackets");
    }

    private static boolean hasKeyColon(String line) {
        String content = line.strip();
        if (content.startsWith("- ")) content = content.substring(2).strip();
        return content.isEmpty() || content.equals("-") || content.startsWith("#") || content.matches("[^#]*:(\\s.*)?");
    }

    private char quoteAt(Mark mark) {
        String line = text(mark.getLine() + 1);
        return mark.getColumn() < line.length() ? line.charAt(mark.getColumn()) : '"';
    }

    private int previousContentLine(int line) {
        for (int i = line - 1; i >= 1; i--) {
            String content = text(i).strip();
            if (!content.isEmpty() && !content.startsWith("#")) return i;
        }
        return 0;
    }

    private String text(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private int indent(int line) {
        String text = text(line);
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i;
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }

    private Problem at(int line, int column, String message) {
        return new Problem(label, line, line == 0 ? 0 : column, "", message);
    }
}
