package hotseat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** `make run` and `make build`, as a newcomer meets them on a fresh machine. */
class MakefileTest {

    /** The build can be long and silent (Maven runs with -q), so it says what it is doing first. */
    @Test
    void buildingTheJarSaysSoBeforeTheLongQuietBuild() throws Exception {
        List<String> recipe;
        try {
            // -n: print the commands without running them; -B: as if the jar were out of date.
            Process make = new ProcessBuilder("make", "-n", "-B", "target/hotseat.jar").redirectErrorStream(true).start();
            recipe = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(make.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, make.exitValue(), String.join("\n", recipe));
        } catch (IOException noMake) {
            assumeTrue(false, "make is not installed");
            return;
        }
        int build = 0;
        while (build < recipe.size() && !recipe.get(build).contains("mvnw")) {
            build++;
        }
        assertTrue(build > 0 && build < recipe.size(), "a line is printed before Maven runs:\n" + String.join("\n", recipe));
        String notice = recipe.get(build - 1);
        assertTrue(notice.startsWith("echo ") && notice.contains("Building target/hotseat.jar")
                && notice.contains("the first build also downloads"), notice);
    }
}
