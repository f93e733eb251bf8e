package samen.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a group of fields to a config record by name: key {@code gain_rate} is component
 * {@code gainRate}. The keys are then written once, in the field list, and a key without a
 * component (or the reverse) fails when the class loads, not in a student's hands.
 */
final class RecordBinding implements Binding {

    private final RecordComponent[] components;
    private final Constructor<?> constructor;
    private final List<String> keys;

    RecordBinding(Class<? extends Record> type, List<Field> fields) {
        this.components = type.getRecordComponents();
        Set<String> componentNames = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> fieldNames = fields.stream().map(f -> camel(f.key())).collect(Collectors.toSet());
        if (!componentNames.equals(fieldNames)) {
            throw new IllegalStateException(type.getSimpleName() + " has components " + componentNames
                    + " but the scenario format defines " + fieldNames);
        }
        this.keys = Arrays.stream(components).map(c -> snake(c.getName())).toList();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object build(Map<String, Object> values) {
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = convert(values.get(keys.get(i)), components[i].getType());
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            // The loader checks every rule before building; a record refusing its values is a bug here.
            throw new IllegalStateException("scenario format and " + constructor.getDeclaringClass().getSimpleName()
                    + " disagree: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, Object> values(Object built) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            try {
                values.put(keys.get(i), components[i].getAccessor().invoke(built));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    // Whole numbers are read as long; records may want int.
    private static Object convert(Object value, Class<?> type) {
        if (type == int.class) return ((Number) value).intValue();
        if (type == long.class) return ((Number) value).longValue();
        if (type == double.class) return ((Number) value).doubleValue();
        return value;
    }

    static String camel(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
