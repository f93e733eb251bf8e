package samen.scenario;

/**
 * One key of the scenario format: its spelling, what it may hold (range and default live in the
 * type), whether it must be present, and a one-line explanation for students (shown in the
 * template's comments and in editors through the JSON Schema).
 */
record Field(String key, FieldType type, boolean required, String doc) {

    static Field required(String key, FieldType type, String doc) {
        return new Field(key, type, true, doc);
    }

    static Field optional(String key, FieldType type, String doc) {
        if (type.fallback() == null) throw new IllegalArgumentException(key + ": an optional field needs a default");
        return new Field(key, type, false, doc);
    }
}
