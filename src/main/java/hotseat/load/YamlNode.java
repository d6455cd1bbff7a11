package hotseat.load;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a small tree whose every node knows where it was written. Built by
 * {@link SafeYamlReader}, read by {@link RecordBinder}; keeps the order maps were written in.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Location location();

    /** How the value reads to a trainer, for messages such as "expected a number, found a list". */
    String describe();

    /** A key, where it was written, and its value. */
    record Entry(String key, Location keyLocation, YamlNode value) {}

    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a map of fields";
        }
    }

    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A single value. {@code number} is set for integers (a BigInteger) and decimals (a Double). */
    record Scalar(Location location, Kind kind, String text, Number number) implements YamlNode {
        public enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

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
