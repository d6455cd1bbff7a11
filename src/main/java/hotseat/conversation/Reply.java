package hotseat.conversation;

/** What the trainee answered at one turn: an option picked by its number, or their own words. */
public sealed interface Reply {

    /**
     * An option picked by its number as shown, 1 for the first. A number the turn does not offer
     * (0 too) is refused by the engine, like any other reply that does not fit the turn.
     */
    record Pick(int number) implements Reply {}

    /** A reply the trainee typed. */
    record Typed(String text) implements Reply {
        public Typed {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a typed reply needs some text");
            }
        }
    }

    static Reply pick(int number) {
        return new Pick(number);
    }

    static Reply typed(String text) {
        return new Typed(text);
    }

    /** "option 2" or "typed", as shown in transcripts and saved runs. */
    default String kind() {
        return this instanceof Pick p ? "option " + p.number() : "typed";
    }
}
