package hotseat.load;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a small tree whose every node knows where it was written. Built by
 * {@link SafeYamlReader}, read by {@link RecordBinder}; keeps the order maps were written in.
 *
 * <p>A loaded scenario keeps its tree (the source map follows paths through it), so the tree is
 * compact: lines and columns are held as numbers and made into a {@link Location} when asked for,
 * and a map is an array of entries rather than a hash table.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Location location();

    /** How the value reads to a trainer, for messages such as "expected a number, found a list". */
    String describe();

    /** A key, where it was written, and its value. */
    record Entry(String key, int keyLine, int keyColumn, YamlNode value) {
        public Entry(String key, Location at, YamlNode value) {
            this(key, at.line(), at.column(), value);
        }

        public Location keyLocation() {
            return new Location(keyLine, keyColumn);
        }
    }

    /** A map, its entries in the order they were written; no two have the same key. */
    final class Mapping implements YamlNode {
        /** Maps larger than this are looked up through an index, made on the first lookup. */
        private static final int SCAN = 8;
        private final int line;
        private final int column;
        private final Entry[] entries;
        private volatile Map<String, Entry> index;

        private Mapping(Location at, Entry[] entries) {
            this.line = at.line();
            this.column = at.column();
            this.entries = entries;
        }

        @Override
        public Location location() {
            return new Location(line, column);
        }

        public List<Entry> entries() {
            return Collections.unmodifiableList(Arrays.asList(entries));
        }

        public boolean isEmpty() {
            return entries.length == 0;
        }

        /** The entry with this key, or null. */
        public Entry get(String key) {
            if (entries.length <= SCAN) {
                for (Entry e : entries) {
                    if (e.key().equals(key)) {
                        return e;
                    }
                }
                return null;
            }
            Map<String, Entry> byKey = index;
            if (byKey == null) {
                byKey = new HashMap<>(entries.length * 2);
                for (Entry e : entries) {
                    byKey.put(e.key(), e);
                }
                index = byKey;
            }
            return byKey.get(key);
        }

        @Override
        public String describe() {
            return "a map of fields";
        }

        /** Collects a map's entries in order, telling the reader about a key written twice. */
        static final class Builder {
            private Entry[] entries = new Entry[4];
            private int size;
            private Map<String, Entry> seen; // once the map outgrows a scan

            /** Adds {@code e}, unless its key is already there: then returns the earlier entry. */
            Entry add(Entry e) {
                Entry earlier = find(e.key());
                if (earlier != null) {
                    return earlier;
                }
                if (size == entries.length) {
                    entries = Arrays.copyOf(entries, size * 2);
                }
                entries[size++] = e;
                if (seen != null) {
                    seen.put(e.key(), e);
                } else if (size > SCAN) {
                    seen = new HashMap<>();
                    for (int i = 0; i < size; i++) {
                        seen.put(entries[i].key(), entries[i]);
                    }
                }
                return null;
            }

            private Entry find(String key) {
                if (seen != null) {
                    return seen.get(key);
                }
                for (int i = 0; i < size; i++) {
                    if (entries[i].key().equals(key)) {
                        return entries[i];
                    }
                }
                return null;
            }

            Mapping build(Location at) {
                return new Mapping(at, Arrays.copyOf(entries, size));
            }
        }
    }

    record Sequence(int line, int column, List<YamlNode> items) implements YamlNode {
        public Sequence(Location at, List<YamlNode> items) {
            this(at.line(), at.column(), items);
        }

        @Override
        public Location location() {
            return new Location(line, column);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A single value. {@code number} is set for integers (a BigInteger) and decimals (a Double). */
    record Scalar(int line, int column, Kind kind, String text, Number number) implements YamlNode {
        public enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        public Scalar(Location at, Kind kind, String text, Number number) {
            this(at.line(), at.column(), kind, text, number);
        }

        @Override
        public Location location() {
            return new Location(line, column);
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        public BigInteger integer() {
            return (BigInteger) number;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "the text \"" + shorten(text) + "\"";
                case INTEGER, DECIMAL -> "the number " + shorten(text);
                case BOOLEAN -> "the value " + text;
                case NULL -> "nothing";
            };
        }

        private static String shorten(String s) {
            String one = s.replace('\n', ' ');
            return one.length() <= 40 ? one : one.substring(0, 37) + "...";
        }
    }
}
