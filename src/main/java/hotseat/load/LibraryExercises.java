package hotseat.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;

import hotseat.progress.ScenarioExercise;
import hotseat.report.Json;
import hotseat.scoring.ReplyScorer;

/**
 * The habits each scenario of a library exercises ({@link ScenarioExercise}), one per id (a user's
 * own first). Working them out reads every scenario and scores every model answer — most of what
 * `hotseat progress` would otherwise spend — so the result is kept in the cache under this build's
 * identity (its scenarios, rubric and scorer) and a digest of the user's own scenario files, and
 * worked out again when either changes.
 */
public final class LibraryExercises {
    /** The file kept in the cache folder. */
    public static final String FILE = "library-exercises.json";

    private LibraryExercises() {}

    /** What is kept: the digest it was worked out under, and the exercises. */
    record Kept(String key, List<ScenarioExercise> exercises) {}

    /**
     * The library's exercises, read from {@code cache} when they were kept there by the same build
     * ({@link Caches#buildIdentity}; nothing is kept when it is null) for the same own scenarios,
     * else worked out with {@code scorer} (made only then) and kept. A cache that cannot be read or
     * written is worked around, never reported: it only saves time.
     */
    public static List<ScenarioExercise> of(ScenarioLibrary library, Supplier<ReplyScorer> scorer, Path cache, String build) {
        if (build == null) {
            return workOut(library, scorer.get());
        }
        String key = build + "/" + library.ownFingerprint();
        Path file = cache.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                Kept kept = Json.MAPPER.readValue(file.toFile(), new TypeReference<Kept>() {});
                if (key.equals(kept.key()) && kept.exercises() != null) {
                    return kept.exercises();
                }
            } catch (IOException | RuntimeException stale) {
                // worked out again below
            }
        }
        List<ScenarioExercise> exercises = workOut(library, scorer.get());
        if (!key.equals(build + "/" + library.ownFingerprint())) {
            return exercises; // an own scenario changed while it was read: keep nothing under either version
        }
        try (InputStream in = new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(new Kept(key, exercises)))) {
            Caches.writeAtomically(in, file);
        } catch (IOException | RuntimeException unwritable) {
            // the next run works them out again
        }
        return exercises;
    }

    /** The exercises worked out afresh, nothing kept. */
    public static List<ScenarioExercise> workOut(ScenarioLibrary library, ReplyScorer scorer) {
        List<ScenarioExercise> out = new ArrayList<>();
        for (CheckResult r : ScenarioLibrary.playableById(library.checkAll(), new ArrayList<>())) {
            out.add(ScenarioExercise.of(r.loaded().scenario(), scorer));
        }
        return out;
    }
}
