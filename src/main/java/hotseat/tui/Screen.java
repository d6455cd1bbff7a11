package hotseat.tui;

/** Which screen the interface shows. */
enum Screen {
    /** Choose a scenario from the library. */
    PICKER,
    /** Read the briefing before the customer speaks. */
    BRIEFING,
    /** The conversation itself. */
    PLAYING,
    /** The keys, over whatever was showing. */
    HELP,
    /** "Quit this run?" over the conversation. */
    CONFIRM_QUIT,
    /** The debrief, scrollable, after an ending. */
    DEBRIEF,
    /** The terminal is smaller than 80×24: only a message asking for a bigger window. */
    TOO_SMALL
}
