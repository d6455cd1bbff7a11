package hotseat.cli;

/** What the commands ask of an argument that names a file, a folder, a scenario or a run. */
final class Arguments {
    /** How to name a scenario, as the messages about one say it. */
    static final String SCENARIO_FIX = "give a scenario file, or the id of a built-in scenario from `hotseat list`";

    private Arguments() {}

    /**
     * {@code value}, unless it is empty (as {@code ""} on a command line gives it). Read as a path,
     * an empty argument would mean the current folder, so it is refused as a usage mistake.
     *
     * @param what what the argument names, for the message ("the scenario")
     * @param fix  how to give it
     */
    static String named(String value, String what, String fix) {
        if (value.isBlank()) {
            throw new CommandFailure(what + " is empty — " + fix, 2);
        }
        return value;
    }
}
