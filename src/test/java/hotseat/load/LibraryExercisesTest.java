package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.progress.ScenarioExercise;
import hotseat.scoring.ReplyScorer;

/** The library's exercises are worked out once per build and own scenarios, then read from the cache. */
class LibraryExercisesTest {
    @TempDir
    Path dir;

    private final AtomicInteger scorersMade = new AtomicInteger();
    private final Supplier<ReplyScorer> scorer = () -> {
        scorersMade.incrementAndGet();
        return ScoringFiles.standardScorer();
    };

    private ScenarioLibrary library() {
        return ScenarioLibrary.forUser(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()));
    }

    @Test
    void keptExercisesAreReadBackUntilTheBuildOrAnOwnScenarioChanges() throws Exception {
        Path cache = dir.resolve("cache");
        List<ScenarioExercise> fresh = LibraryExercises.workOut(library(), ScoringFiles.standardScorer());
        assertTrue(fresh.size() >= 25, "every built-in scenario: " + fresh.size());
        assertTrue(fresh.stream().allMatch(e -> e.turns() > 0 && !e.shows().isEmpty()), "each shows some habit");

        assertEquals(fresh, LibraryExercises.of(library(), scorer, cache, "build-1"));
        assertEquals(1, scorersMade.get());
        assertEquals(fresh, LibraryExercises.of(library(), scorer, cache, "build-1"), "read back");
        assertEquals(1, scorersMade.get(), "no scoring when kept");

        assertEquals(fresh, LibraryExercises.of(library(), scorer, cache, "build-2"));
        assertEquals(2, scorersMade.get(), "a new build works them out again");

        Path own = Files.createDirectories(dir.resolve("data/hotseat/scenarios"));
        Files.copy(Path.of("scenarios/parcel-never-came.yaml"), own.resolve("my-parcel.yaml"));
        List<ScenarioExercise> withOwn = LibraryExercises.of(library(), scorer, cache, "build-2");
        assertEquals(3, scorersMade.get(), "a new own scenario is noticed");
        assertEquals(fresh.size(), withOwn.size(), "an own copy of a built-in hides it");
    }

    @Test
    void aDamagedCacheIsWorkedAroundAndADevelopmentBuildKeepsNothing() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve(LibraryExercises.FILE), "{\"key\": 3, \"exerc");
        List<ScenarioExercise> got = LibraryExercises.of(library(), scorer, cache, "build-1");
        assertEquals(LibraryExercises.workOut(library(), ScoringFiles.standardScorer()), got);
        assertTrue(Files.readString(cache.resolve(LibraryExercises.FILE)).contains("build-1"), "rewritten");

        Files.delete(cache.resolve(LibraryExercises.FILE));
        LibraryExercises.of(library(), scorer, cache, null);
        LibraryExercises.of(library(), scorer, cache, null);
        assertEquals(3, scorersMade.get());
        assertTrue(Files.notExists(cache.resolve(LibraryExercises.FILE)));
    }
}
