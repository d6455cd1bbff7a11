package hotseat.session;

import hotseat.scenario.Scenario;

/**
 * A scenario ready to play, with what a run records about where it came from.
 *
 * @param scenario the validated scenario
 * @param source   the file it was read from as shown to people ({@code built-in/parcel-never-came.yaml}
 *                 for one in the library)
 * @param sha256   the SHA-256 of that file's bytes, so a replay can tell whether it has changed
 * @param text     the file's text, kept with the runs played on it (null when not at hand)
 */
public record Playable(Scenario scenario, String source, String sha256, String text) {

    /** A scenario whose file's text is not at hand. */
    public Playable(Scenario scenario, String source, String sha256) {
        this(scenario, source, sha256, null);
    }
}
