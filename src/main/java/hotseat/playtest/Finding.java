package hotseat.playtest;

import java.util.List;
import java.util.Locale;

/**
 * Something a play-test found. {@code where} names the place in the scenario the way the file is
 * written ({@code nodes.opening}, {@code tests[1].ending}; empty for the file as a whole) so the
 * command can print its line. {@code example} is a path of replies that shows it, written as a
 * scenario test's {@code replies:} would be; empty when there is none.
 */
public record Finding(Kind kind, String where, String message, List<String> example) {

    public Finding {
        where = where == null ? "" : where;
        example = example == null ? List.of() : List.copyOf(example);
    }

    public boolean isError() {
        return kind.error;
    }

    public enum Kind {
        /** Once there, no reply the play-test knows leads to an ending. */
        LOOP_WITHOUT_EXIT(true),
        /** A clearly poor reply leads straight to a resolved ending. */
        POOR_REPLY_RESOLVES(true),
        /** Nothing but clearly poor replies, and still a resolved ending. */
        POOR_PATH_RESOLVES(true),
        /** A random walk did not end within the turn limit. */
        TURN_LIMIT(true),
        /** A test written in the scenario failed. */
        TEST_FAILED(true),
        /** The scenario could not be played at all. */
        UNPLAYABLE(true),
        /** No play-test reached this node. */
        NODE_NEVER_REACHED(false),
        /** No play-test reached this ending. */
        ENDING_NEVER_REACHED(false),
        /** Exploration stopped at its bound before trying every choice. */
        EXPLORATION_BOUNDED(false),
        /** Two options of a node, leading to different places, mean nearly the same. */
        OPTIONS_TOO_CLOSE(false);

        private final boolean error;

        Kind(boolean error) {
            this.error = error;
        }

        public boolean error() {
            return error;
        }

        /** {@code loop-without-exit}, as shown in reports. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
