package hotseat.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import hotseat.scenario.ModelPath.Place;
import hotseat.scenario.Required;
import hotseat.scenario.Spelling;
import hotseat.scenario.TextOrMap;

/**
 * Binds a located YAML tree to Java records, reflectively: a record's keys are the snake_case of
 * its components ({@code modelAnswer} is {@code model_answer}). Understood types: String, int and
 * Integer, double and Double, boolean, enums (written in lower case), List, Map with String keys
 * (order kept), nested records, and types with a static {@code parse(String)}, written as text
 * ({@code ">= 60"}) — or also as a map when the record is marked {@link TextOrMap}.
 *
 * <p>All problems are collected, not just the first, so a trainer can fix a file in one pass.
 * The {@link SourceMap} it returns locates every bound value by model path.
 */
public final class RecordBinder {

    /** A bound value with the locations of all its parts. */
    public record Bound<T>(T value, SourceMap sourceMap) {}

    /** Stands for a value that could not be bound; the problem is already recorded. */
    private static final Object FAILED = new Object();

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, java.util.Optional<Method>> PARSERS = new ConcurrentHashMap<>();

    private final String file;
    private final List<Diagnostic> problems = new ArrayList<>();
    /** The records being bound, innermost first: where a misplaced key may belong. */
    private final java.util.Deque<Frame> frames = new java.util.ArrayDeque<>();
    /** Keys found written outside the map they belong to, as "key@path": not reported missing there too. */
    private final java.util.Set<String> misplaced = new java.util.HashSet<>();

    private record Frame(Shape shape, YamlNode.Mapping mapping, Place path) {}

    private RecordBinder(String file) {
        this.file = file;
    }

    public static <T> Bound<T> bind(String file, YamlNode root, Class<T> type) throws LoadFailure {
        RecordBinder binder = new RecordBinder(file);
        Object value = binder.value(root, type, Place.ROOT);
        binder.problems.removeIf(d -> binder.misplaced.stream().anyMatch(k -> d.message().startsWith(missing(k))));
        if (!binder.problems.isEmpty() || value == FAILED) {
            binder.problems.sort((a, b) -> a.location().compareTo(b.location()));
            throw new LoadFailure(binder.problems);
        }
        return new Bound<>(type.cast(value), new SourceMap(root));
    }

    /** The YAML key of a record component: {@code modelAnswer} becomes {@code model_answer}. */
    public static String keyOf(String componentName) {
        StringBuilder sb = new StringBuilder(componentName.length() + 4);
        for (char c : componentName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when the file must write this component (marked {@link Required}, or a primitive). */
    public static boolean isRequired(RecordComponent component) {
        return component.isAnnotationPresent(Required.class) || component.getType().isPrimitive();
    }

    private Object value(YamlNode node, Type type, Place path) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw == List.class) {
                return list(node, p.getActualTypeArguments()[0], path);
            }
            if (raw == Map.class) {
                return map(node, p.getActualTypeArguments()[1], path);
            }
            throw new IllegalStateException("cannot bind " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            if (node instanceof YamlNode.Scalar s) {
                return s.text();
            }
            return wrongType(node, path, "text");
        }
        if (c == int.class || c == Integer.class) {
            if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER) {
                BigInteger big = s.integer();
                if (big.bitLength() < 32) {
                    return big.intValue();
                }
                return fail(node.location(), name(path) + " is " + s.text() + ", far too large — use a number from 0 to 100");
            }
            return wrongType(node, path, "a whole number (such as 3)");
        }
        if (c == double.class || c == Double.class) {
            if (node instanceof YamlNode.Scalar s && (s.kind() == YamlNode.Scalar.Kind.INTEGER
                    || s.kind() == YamlNode.Scalar.Kind.DECIMAL)) {
                return s.number().doubleValue();
            }
            return wrongType(node, path, "a number (such as 1.5)");
        }
        if (c == boolean.class || c == Boolean.class) {
            if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
                return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
            }
            return wrongType(node, path, "true or false");
        }
        if (c.isEnum()) {
            return enumValue(node, c, path);
        }
        Method parse = parseMethod(c);
        if (parse != null && node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
            try {
                return parse.invoke(null, s.text());
            } catch (InvocationTargetException e) {
                String why = e.getCause() == null || e.getCause().getMessage() == null ? "it cannot be read"
                        : e.getCause().getMessage();
                return fail(node.location(), name(path) + ": " + why);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (c.isRecord() && (parse == null || c.isAnnotationPresent(TextOrMap.class))) {
            if (node instanceof YamlNode.Mapping m) {
                return record(m, c, path);
            }
            return wrongType(node, path, describeType(c));
        }
        if (parse != null) {
            return wrongType(node, path, describeType(c));
        }
        throw new IllegalStateException("cannot bind " + c);
    }

    private Object list(YamlNode node, Type itemType, Place path) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            return wrongType(node, path, "a list (one item per line, each starting with \"- \")");
        }
        List<Object> out = new ArrayList<>(seq.items().size());
        boolean failed = false;
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            Place itemPath = path.index(i);
            if (item instanceof YamlNode.Scalar s && s.isNull()) {
                fail(item.location(), "item " + (i + 1) + " of " + name(path) + " is empty — write a value after the dash, or remove the line");
                failed = true;
                continue;
            }
            Object v = value(item, itemType, itemPath);
            if (v == FAILED) {
                failed = true;
            } else {
                out.add(v);
            }
        }
        return failed ? FAILED : out;
    }

    private Object map(YamlNode node, Type valueType, Place path) {
        if (!(node instanceof YamlNode.Mapping m)) {
            return wrongType(node, path, "a map (one \"name:\" per entry)");
        }
        List<YamlNode.Entry> entries = m.entries();
        Map<String, Object> out = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
        boolean failed = false;
        YamlNode.Entry before = null;
        for (YamlNode.Entry e : entries) {
            Place entryPath = path.key(e.key());
            YamlNode.Entry previous = before;
            before = e;
            if (valueType instanceof Class<?> rc && rc.isRecord() && !(e.value() instanceof YamlNode.Mapping)
                    && SHAPES.computeIfAbsent(rc, Shape::of).indexByKey.containsKey(e.key())) {
                fail(e.keyLocation(), fieldWhereIdBelongs(e, previous, path));
                failed = true;
                continue;
            }
            if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
                fail(e.keyLocation(), name(entryPath) + " has no value — write its value after the colon, or remove it");
                failed = true;
                continue;
            }
            Object v = value(e.value(), valueType, entryPath);
            if (v == FAILED) {
                failed = true;
            } else {
                out.put(e.key(), v);
            }
        }
        return failed ? FAILED : out;
    }

    private Object record(YamlNode.Mapping m, Class<?> type, Place path) {
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        frames.push(new Frame(shape, m, path));
        try {
            return bindRecord(m, type, shape, path);
        } finally {
            frames.pop();
        }
    }

    private Object bindRecord(YamlNode.Mapping m, Class<?> type, Shape shape, Place path) {
        Object[] args = new Object[shape.components.length];
        boolean failed = false;
        java.util.Set<String> suggested = null; // keys already offered as "did you mean"; rare
        for (YamlNode.Entry e : m.entries()) {
            Integer index = shape.indexByKey.get(e.key());
            if (index == null) {
                String elsewhere = misplacedKey(e, m, shape, path);
                fail(e.keyLocation(), elsewhere != null ? elsewhere : unknownKey(e.key(), shape, path));
                if (suggested == null) {
                    suggested = new java.util.HashSet<>();
                }
                Spelling.closest(e.key(), Arrays.asList(shape.keys)).ifPresent(suggested::add);
                failed = true;
                continue;
            }
            Place childPath = path.key(e.key());
            if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
                continue; // "key:" with nothing after it counts as left out
            }
            Object v = value(e.value(), shape.types[index], childPath);
            if (v == FAILED) {
                failed = true;
            } else {
                args[index] = v;
            }
        }
        for (int i = 0; i < args.length; i++) {
            RecordComponent rc = shape.components[i];
            if (args[i] == null && isRequired(rc)) {
                YamlNode.Entry written = m.get(shape.keys[i]);
                if (written != null && written.value() instanceof YamlNode.Scalar s && s.isNull()) {
                    fail(written.keyLocation(), name(path.key(shape.keys[i]))
                            + " has no value — write it after the colon");
                } else if (written == null && (suggested == null || !suggested.contains(shape.keys[i]))) {
                    // (a misspelt key already reported with "did you mean" is not reported missing too)
                    fail(m.location(), "missing " + shape.keys[i] + (path.isRoot() ? " at the top level" : " in " + path)
                            + " — add " + shape.keys[i] + ": to it (" + describeType(rc.getType()) + ")");
                }
                failed = true;
            }
            if (args[i] == null && rc.getType().isPrimitive()) {
                args[i] = rc.getType() == boolean.class ? Boolean.FALSE : rc.getType() == double.class ? 0.0 : 0;
            }
        }
        if (failed) {
            return FAILED;
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            String why = e.getCause() == null ? e.toString() : e.getCause().getMessage();
            return fail(m.location(), (path.isRoot() ? "the scenario" : path) + " cannot be built: " + why);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object enumValue(YamlNode node, Class<?> type, Place path) {
        List<String> words = Arrays.stream(type.getEnumConstants())
                .map(o -> ((Enum<?>) o).name().toLowerCase(Locale.ROOT)).toList();
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT) {
            int at = words.indexOf(s.text());
            if (at >= 0) {
                return type.getEnumConstants()[at];
            }
            String hint = Spelling.closest(s.text(), words).map(w -> "did you mean \"" + w + "\"?")
                    .orElse("write one of " + String.join(", ", words));
            return fail(node.location(), name(path) + " is \"" + s.text() + "\", which is not one of "
                    + String.join(", ", words) + " — " + hint);
        }
        return wrongType(node, path, "one of " + String.join(", ", words));
    }

    /**
     * A key this record does not have may be one that belongs to the record just above it (the
     * line was not indented enough) or to a record around it (indented too far). Says which, and
     * which key to line it up with; null when it is neither.
     */
    private String misplacedKey(YamlNode.Entry e, YamlNode.Mapping m, Shape shape, Place path) {
        String key = e.key();
        YamlNode.Entry previous = null;
        for (YamlNode.Entry x : m.entries()) {
            if (x == e) {
                break;
            }
            previous = x;
        }
        if (previous != null) {
            Integer index = shape.indexByKey.get(previous.key());
            Place prevPath = path.key(previous.key());
            Owner owner = index == null ? null : ownerWithin(previous.value(), shape.types[index], prevPath, key);
            if (owner != null) {
                misplaced.add(key + "@" + owner.path);
                return "\"" + key + "\" belongs to " + describe(owner.path) + " above (line " + previous.keyLine()
                        + "), but it is not indented under it — indent it to line up with " + lineUp(owner.mapping);
            }
        }
        boolean current = true;
        for (Frame f : frames) {
            if (current) {
                current = false; // the record the key was written in
                continue;
            }
            if (f.shape.indexByKey.containsKey(key)) {
                misplaced.add(key + "@" + f.path);
                return "\"" + key + "\" belongs to " + describe(f.path) + ", not to " + describe(path)
                        + " — it is indented too far: move it left to line up with " + lineUp(f.mapping);
            }
        }
        return null;
    }

    private record Owner(YamlNode.Mapping mapping, Place path) {}

    /** The record written as {@code node} (or the last of the records it lists) when it has {@code key}. */
    private static Owner ownerWithin(YamlNode node, Type type, Place path, String key) {
        if (type instanceof Class<?> c && c.isRecord() && node instanceof YamlNode.Mapping m
                && SHAPES.computeIfAbsent(c, Shape::of).indexByKey.containsKey(key)) {
            return new Owner(m, path);
        }
        if (type instanceof ParameterizedType p) {
            Type item = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
            if (p.getRawType() == List.class && node instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                int last = seq.items().size() - 1;
                return ownerWithin(seq.items().get(last), item, path.index(last), key);
            }
            if (p.getRawType() == Map.class && node instanceof YamlNode.Mapping m && !m.isEmpty()) {
                YamlNode.Entry last = m.entries().get(m.entries().size() - 1);
                return ownerWithin(last.value(), item, path.key(last.key()), key);
            }
        }
        return null;
    }

    /** A field of a record written where a map of such records wants an id (a node's tip: among the nodes). */
    private String fieldWhereIdBelongs(YamlNode.Entry e, YamlNode.Entry previous, Place path) {
        String what = path.toString().equals("nodes") ? "a node" : path.toString().equals("endings") ? "an ending" : "an entry";
        String id = path.toString().equals("nodes") ? "a node id" : path.toString().equals("endings") ? "an ending id" : "a name";
        if (previous != null && previous.value() instanceof YamlNode.Mapping above && !above.isEmpty()) {
            Place owner = path.key(previous.key());
            misplaced.add(e.key() + "@" + owner);
            return "\"" + e.key() + "\" is a key of " + what + ", but it is indented as if it were " + id + " under "
                    + path + ": — indent it to line up with " + lineUp(above) + ", so it belongs to " + describe(owner);
        }
        return "\"" + e.key() + "\" is a key of " + what + ", but it is written where " + id + " belongs, directly under "
                + path + ": — put it inside " + what + ", under its id";
    }

    /** {@code says: (column 5)}: the first key of a map, to line a key up with. */
    private static String lineUp(YamlNode.Mapping m) {
        YamlNode.Entry first = m.entries().get(0);
        return first.key() + ": (column " + first.keyLocation().column() + ")";
    }

    /** A place as a trainer names it: "the node \"opening\"", "option 2 of the node \"opening\"", "customer:". */
    static String describe(Place path) {
        String p = path.toString();
        if (path.isRoot()) {
            return "the top level";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("nodes\\.([^.\\[]+)(?:\\.(options|typed\\.routes)\\[(\\d+)\\]|\\.(typed|says))?").matcher(p);
        if (m.matches()) {
            String node = "the node \"" + m.group(1) + "\"";
            if (m.group(2) != null) {
                return (m.group(2).equals("options") ? "option " : "route ") + (Integer.parseInt(m.group(3)) + 1) + " of " + node;
            }
            return m.group(4) != null ? m.group(4) + ": of " + node : node;
        }
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("endings\\.([^.\\[]+)").matcher(p);
        if (end.matches()) {
            return "the ending \"" + end.group(1) + "\"";
        }
        return p + ":";
    }

    /** The start of the message that reports {@code key@path} missing. */
    private static String missing(String keyAtPath) {
        int at = keyAtPath.indexOf('@');
        String key = keyAtPath.substring(0, at);
        String path = keyAtPath.substring(at + 1);
        return "missing " + key + (path.isEmpty() ? " at the top level" : " in " + path) + " ";
    }

    private String unknownKey(String key, Shape shape, Place path) {
        String where = path.isRoot() ? "at the top level" : "in " + path;
        String known = String.join(", ", shape.keys);
        return Spelling.closest(key, Arrays.asList(shape.keys))
                .map(k -> "unknown key \"" + key + "\" " + where + " — did you mean \"" + k + "\"?")
                .orElse("unknown key \"" + key + "\" " + where + " — the keys allowed here are " + known);
    }

    private Object wrongType(YamlNode node, Place path, String expected) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return fail(node.location(), name(path) + " is empty — write " + expected);
        }
        return fail(node.location(), name(path) + " should be " + expected + ", but it is " + node.describe()
                + " — " + fixFor(node, expected));
    }

    private static String fixFor(YamlNode node, String expected) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT
                && (expected.startsWith("a whole number") || expected.startsWith("a number"))) {
            return "write the number without quotes or words";
        }
        return "write " + expected + " here";
    }

    private Object fail(Location at, String message) {
        problems.add(Diagnostic.error(file, at, message));
        return FAILED;
    }

    private static String name(Place path) {
        return path.isRoot() ? "the file" : path.toString();
    }

    /** A trainer-readable name of what a type expects. */
    static String describeType(Class<?> c) {
        if (c == String.class) {
            return "text";
        }
        if (c == int.class || c == Integer.class) {
            return "a whole number";
        }
        if (c == double.class || c == Double.class) {
            return "a number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == List.class) {
            return "a list";
        }
        if (c == Map.class) {
            return "a map";
        }
        if (c.isEnum()) {
            return "one of " + Arrays.stream(c.getEnumConstants())
                    .map(o -> ((Enum<?>) o).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (c.getSimpleName().equals("Threshold")) {
            return "a comparison in quotes, such as \">= 60\"";
        }
        if (c.isRecord() && (parseMethod(c) == null || c.isAnnotationPresent(TextOrMap.class))) {
            String keys = Arrays.stream(SHAPES.computeIfAbsent(c, Shape::of).keys).collect(Collectors.joining(", "));
            return parseMethod(c) != null ? "text, or a map with " + keys : "a map with " + keys;
        }
        return "text";
    }

    /** The type's static {@code parse(String)}, looked up once per type (a miss throws, which is slow). */
    private static Method parseMethod(Class<?> c) {
        return PARSERS.computeIfAbsent(c, RecordBinder::findParse).orElse(null);
    }

    private static java.util.Optional<Method> findParse(Class<?> c) {
        try {
            Method m = c.getMethod("parse", String.class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == c ? java.util.Optional.of(m)
                    : java.util.Optional.empty();
        } catch (NoSuchMethodException e) {
            return java.util.Optional.empty();
        }
    }

    /** What the binder needs to know about one record type, computed once. */
    private static final class Shape {
        final RecordComponent[] components;
        final Type[] types;
        final String[] keys;
        final Map<String, Integer> indexByKey = new HashMap<>();
        final Constructor<?> constructor;

        private Shape(Class<?> type) {
            components = type.getRecordComponents();
            keys = new String[components.length];
            types = new Type[components.length];
            Class<?>[] classes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                keys[i] = keyOf(components[i].getName());
                indexByKey.put(keys[i], i);
                types[i] = components[i].getGenericType();
                classes[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(classes);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        static Shape of(Class<?> type) {
            return new Shape(type);
        }
    }
}
