package hotseat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM settings `make run` and the installed launcher start Hotseat with (see the Makefile's
 * JAVA_FAST), for the benchmarks that time commands as a trainee meets them: the class-data
 * archive when it has been made, the quick compiler only, the serial collector, and transparent
 * huge pages where the kernel offers them.
 */
final class Launcher {
    static final Path JAR = Path.of("target/hotseat.jar").toAbsolutePath();
    static final Path CDS = Path.of("target/hotseat.jsa").toAbsolutePath();
    private static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private Launcher() {}

    /** The JVM options, without the java command and the jar. */
    static List<String> options() {
        List<String> options = new ArrayList<>();
        if (Files.isReadable(CDS)) {
            options.addAll(List.of("-XX:SharedArchiveFile=" + CDS, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        options.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (hugePagesOffered()) {
            options.add("-XX:+UseTransparentHugePages");
        }
        return options;
    }

    /** {@code java OPTIONS -jar target/hotseat.jar ARGS}. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options());
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** As the Makefile decides it: the kernel's setting is "always" or "madvise". */
    static boolean hugePagesOffered() {
        try {
            String setting = Files.readString(HUGE_PAGES);
            return setting.contains("[always]") || setting.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
