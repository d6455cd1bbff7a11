package hotseat.session;

import java.io.IOException;

/**
 * Where runs are recorded: the port a {@link PlaySession} saves through. The session hands over the
 * whole run after every action it takes, so a recorder only ever keeps the latest version of each
 * run; a run is recorded from its first moment, before any reply.
 */
public interface RunRecorder {

    /**
     * Claims the id of a new run: {@code stem}, or {@code stem} with a suffix when that is taken.
     * No two runs get the same id, however many begin at once.
     */
    String claim(String stem) throws IOException;

    /**
     * Told the scenario a run is about to be played on, with its file's text, before the run's
     * first save: a recorder may keep each version of a scenario once. Nothing by default.
     */
    default void scenario(Playable playable) throws IOException {
    }

    /** Keeps this version of the run, in place of any earlier one with its id. */
    void save(RunRecord run) throws IOException;

    /** Gives back an id claimed for a run whose first save failed. */
    void release(String id);

    /** Where the run with this id is kept, as people are told it (a file's path); null when it is kept nowhere. */
    String where(String id);

    /** A way of keeping a run, for {@link #savingBy}. */
    interface Saver {
        void save(RunRecord run) throws IOException;
    }

    /**
     * This recorder with each save done by {@code saver} instead (which may call this one's
     * {@link #save} and do more); claiming, scenarios, releasing and where runs are kept stay this
     * recorder's own.
     */
    default RunRecorder savingBy(Saver saver) {
        RunRecorder base = this;
        return new RunRecorder() {
            @Override
            public String claim(String stem) throws IOException {
                return base.claim(stem);
            }

            @Override
            public void scenario(Playable playable) throws IOException {
                base.scenario(playable);
            }

            @Override
            public void save(RunRecord run) throws IOException {
                saver.save(run);
            }

            @Override
            public void release(String id) {
                base.release(id);
            }

            @Override
            public String where(String id) {
                return base.where(id);
            }
        };
    }

    /** Records nothing: for a run played on after its first save failed, and for tests. */
    RunRecorder NOWHERE = new RunRecorder() {
        @Override
        public String claim(String stem) {
            return stem;
        }

        @Override
        public void save(RunRecord run) {
        }

        @Override
        public void release(String id) {
        }

        @Override
        public String where(String id) {
            return null;
        }
    };
}
