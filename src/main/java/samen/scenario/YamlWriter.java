package samen.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a value tree as block YAML, driven by the field definitions: deterministic (field
 * order, fixed number formatting, always-quoted text) for the canonical form, or with each
 * field's explanation and allowed values as comments for the template.
 */
final class YamlWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean commented;
    private final Map<String, String> notes;

    /**
     * @param commented write each field's doc above it and its allowed values after it
     * @param notes     extra comment text, by top-level key, written before that key
     */
    private YamlWriter(boolean commented, Map<String, String> notes) {
        this.commented = commented;
        this.notes = notes;
    }

    /** The canonical text of a value of {@code root}, leaving out the top-level keys in {@code skip}. */
    static String canonical(Group root, Object value, Set<String> skip) {
        YamlWriter writer = new YamlWriter(false, Map.of());
        writer.mapping(root.fields(), root.binding().values(value), 0, "", skip, true);
        return writer.out.toString();
    }

    /** A commented text of a value of {@code root}, for a student to read and edit. */
    static String commented(Group root, Object value, Map<String, String> notes) {
        YamlWriter writer = new YamlWriter(true, notes);
        writer.mapping(root.fields(), root.binding().values(value), 0, "", Set.of(), true);
        return writer.out.toString();
    }

    /**
     * @param indent     indentation of the keys
     * @param firstLead  replaces the indentation of the first key ("  - " for a list item), or ""
     * @param comment    whether to write comments here (only the first list item gets them)
     */
    private void mapping(List<Field> fields, Map<String, Object> values, int indent, String firstLead,
                         Set<String> skip, boolean comment) {
        boolean first = true;
        for (Field field : fields) {
            if (skip.contains(field.key())) continue;
            String lead = first && !firstLead.isEmpty() ? firstLead : " ".repeat(indent);
            String commentIndent = " ".repeat(first && !firstLead.isEmpty() ? firstLead.length() - 2 : indent);
            first = false;
            if (commented && comment) {
                if (indent == 0 && notes.containsKey(field.key())) note(notes.get(field.key()));
                else if (indent == 0) out.append('\n');
                out.append(commentIndent).append("# ").append(field.doc()).append('\n');
            }
            write(field, values.get(field.key()), indent, lead, comment);
        }
    }

    private void write(Field field, Object value, int indent, String lead, boolean comment) {
        FieldType type = field.type();
        out.append(lead).append(field.key()).append(':');
        if (type instanceof FieldType.Leaf leaf) {
            out.append(' ').append(leaf.toYaml(value));
            if (commented && comment) out.append("  # ").append(leaf.allowed().english());
            out.append('\n');
        } else if (type instanceof Group group) {
            out.append('\n');
            mapping(group.fields(), group.binding().values(value), indent + 2, "", Set.of(), comment);
        } else if (type instanceof Items items) {
            List<?> members = (List<?>) value;
            if (members.isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (int i = 0; i < members.size(); i++) {
                Group member = items.member();
                mapping(member.fields(), member.binding().values(members.get(i)), indent + 4,
                        " ".repeat(indent + 2) + "- ", Set.of(), comment && i == 0);
            }
        } else if (type instanceof Population population) {
            out.append('\n');
            List<?> members = (List<?>) value;
            for (int i = 0; i < members.size(); i++) {
                Group member = population.member();
                mapping(member.fields(), member.binding().values(members.get(i)), indent + 4,
                        " ".repeat(indent + 2) + "- ", Set.of(), comment && i == 0);
            }
        }
    }

    private void note(String text) {
        out.append('\n');
        text.lines().forEach(line -> out.append(line.isEmpty() ? "#" : "# " + line).append('\n'));
    }
}
