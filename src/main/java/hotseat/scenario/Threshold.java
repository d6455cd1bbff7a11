package hotseat.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A comparison against a number 0–100, written {@code ">= 60"}, {@code "< 30"} and so on. */
public record Threshold(String operator, int value) {

    private static final Pattern FORM = Pattern.compile("\\s*(<=|>=|<|>|==?)\\s*(\\d{1,3})\\s*");

    public static Threshold parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text
                    + "\" is not a comparison — write it like \">= 60\" or \"< 30\" (one of <, <=, >, >=, = and a number 0–100)");
        }
        int value = Integer.parseInt(m.group(2));
        if (value > 100) {
            throw new IllegalArgumentException("\"" + text + "\" compares with " + value + " — use a number from 0 to 100");
        }
        String op = m.group(1).startsWith("=") ? "=" : m.group(1);
        return new Threshold(op, value);
    }

    public boolean test(int x) {
        return switch (operator) {
            case "<" -> x < value;
            case "<=" -> x <= value;
            case ">" -> x > value;
            case ">=" -> x >= value;
            default -> x == value;
        };
    }

    @Override
    public String toString() {
        return operator + " " + value;
    }
}
