package hotseat.workshop;

import java.util.function.Predicate;

/** A trainee's name in a room: what an SSH user name becomes, and the suffix a clash gets. */
public final class TraineeNames {
    private TraineeNames() {}

    /** The longest name kept. */
    public static final int MAX = 32;

    /**
     * The SSH user name as a trainee's name: letters, digits, '.', '_' and '-' kept (others become
     * '-'), at most {@link #MAX} characters; "trainee" when nothing is left.
     */
    public static String clean(String user) {
        StringBuilder b = new StringBuilder();
        if (user != null) {
            user.strip().codePoints().limit(MAX).forEach(c -> b.appendCodePoint(
                    Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '-'));
        }
        String name = b.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "trainee" : name;
    }

    /** {@code name} when it is not taken, else the first of name-2, name-3, … that is not. */
    public static String firstFree(String name, Predicate<String> taken) {
        if (!taken.test(name)) {
            return name;
        }
        for (int n = 2; ; n++) {
            String candidate = name + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
