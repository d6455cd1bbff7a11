package hotseat.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import hotseat.report.Json;
import hotseat.session.RunRecord;

/**
 * Runs as JSON documents, one a file: how earlier versions of Hotseat saved them (one file a run
 * in {@code $XDG_DATA_HOME/hotseat/runs}), and how a run travels now ({@code hotseat debrief RUN
 * --format json}). They are read to be imported into the run database, or shown as they are.
 */
public final class RunFiles {
    private RunFiles() {}

    /** Hotseat's data folder, from the environment: $XDG_DATA_HOME/hotseat, or ~/.local/share/hotseat. */
    public static Path dataHome(Map<String, String> env) {
        String data = env.get("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() && Path.of(data).isAbsolute()
                ? Path.of(data)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("hotseat");
    }

    /** The folder earlier versions saved runs in: $XDG_DATA_HOME/hotseat/runs. */
    public static Path legacyFolder(Map<String, String> env) {
        return dataHome(env).resolve("runs");
    }

    /** Reads a run file, with one clear message when it is missing, truncated or not a run. */
    public static RunRecord load(Path file) throws RunFileException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new RunFileException(file + ": is a folder, not a run file — give the path of one .json run (see `hotseat runs`)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RunFileException(file + ": no such run file — `hotseat runs` lists the saved runs");
        } catch (IOException e) {
            throw new RunFileException(file + ": cannot read the run file (" + reason(e) + ")");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new RunFileException(file + where + ": the run file is not complete JSON (it may have been cut short) — "
                    + "it cannot be shown; play the scenario again");
        }
        if (tree == null || !tree.isObject() || !RunRecord.FORMAT.equals(tree.path("format").asText())) {
            throw new RunFileException(file + ": this is not a Hotseat run file (no \"format\": \""
                    + RunRecord.FORMAT + "\") — give a file from `hotseat runs`");
        }
        int version = tree.path("version").asInt(-1);
        if (version != RunRecord.VERSION) {
            throw new RunFileException(file + ": run file version " + version + " is not one this Hotseat reads (it reads "
                    + RunRecord.VERSION + ")");
        }
        try {
            RunRecord run = Json.MAPPER.treeToValue(tree, RunRecord.class);
            if (run.debrief() == null || run.scenarioId() == null) {
                throw new RunFileException(file + ": the run file is missing its scenario or debrief — it cannot be shown");
            }
            return run;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RunFileException(file + ": the run file has a field of the wrong kind ("
                    + firstLine(e.getMessage()) + ") — it cannot be shown");
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : ": " + m);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
