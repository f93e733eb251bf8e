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
            return at(line, 1, Message.of("syntax.tab"));
        }
        if (context.contains("quoted scalar") && e.getContextMark().isPresent()) {
            Mark open = e.getContextMark().get();
            char quote = quoteAt(open);
            return at(open.getLine() + 1, open.getColumn() + 1, Message.of("syntax.quote", quote));
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
            return at(line, column, Message.of("syntax.documents"));
        }
        if (problem.contains("found undefined alias")) {
            return at(line, column, Message.of("syntax.alias", problem));
        }
        String inContext = context.isEmpty() ? "" : " (" + context + ")";
        return at(line, column, Message.of("syntax.other", problem + inContext));
    }

    private Problem missingColon(int line) {
        return at(line, indent(line) + 1, Message.of("syntax.colon", text(line).strip()));
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
        return at(line, column, Message.of("syntax.second_colon"));
    }

    private Problem badIndentation(int line, int column) {
        int above = previousContentLine(line);
        if (above > 0 && indent(line) > indent(above)) return misaligned(line, above);
        return at(line, column, Message.of("syntax.indent", spaces(indent(line))));
    }

    private Problem misaligned(int line, int above) {
        return at(line, 1, Message.of("syntax.misaligned", spaces(indent(line)), above, spaces(keyIndent(above)), keyIndent(above)));
    }

    // Where the keys of a line start: after the indentation, and after "- " on a list item.
    private int keyIndent(int line) {
        String rest = text(line).substring(indent(line));
        return indent(line) + (rest.startsWith("- ") ? 2 + (rest.length() - rest.substring(2).stripLeading().length() - 2) : 0);
    }

    private Problem unclosedBracket(MarkedYamlEngineException e, String open, int line, int column) {
        String close = open.equals("{") ? "}" : "]";
        if (e.getContextMark().isEmpty()) {
            return at(line, column, Message.of("syntax.bracket", open, close));
        }
        Mark start = e.getContextMark().get();
        return at(start.getLine() + 1, start.getColumn() + 1, Message.of("syntax.bracket_open", open, close));
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

    private static Message spaces(int n) {
        return Message.of(n == 1 ? "spaces.one" : "spaces", n);
    }

    private Problem at(int line, int column, Message message) {
        return new Problem(label, line, line == 0 ? 0 : column, "", message);
    }
}
