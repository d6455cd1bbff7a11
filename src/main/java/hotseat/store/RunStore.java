package hotseat.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import hotseat.report.Json;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;

/**
 * Saved runs, one JSON file each, in one folder ({@code $XDG_DATA_HOME/hotseat/runs}, by default
 * {@code ~/.local/share/hotseat/runs}). Every save writes a temporary file in the same folder and
 * renames it over the old one atomically, so a run file is always either the previous save or the
 * new one, never half of each.
 */
public final class RunStore implements RunRecorder {
    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
    }

    /** The default folder for runs, from the environment (XDG_DATA_HOME, HOME). */
    public static Path defaultDir(Map<String, String> env) {
        String data = env.get("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() && Path.of(data).isAbsolute()
                ? Path.of(data)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("hotseat").resolve("runs");
    }

    public Path dir() {
        return dir;
    }

    /** The file a run with this id is saved in. */
    public Path fileFor(String id) {
        return dir.resolve(id + ".json");
    }

    @Override
    public String where(String id) {
        return fileFor(id).toString();
    }

    /**
     * Claims a new run id: {@code stem}, or {@code stem-2}, {@code stem-3}... when that is taken.
     * The run file is created exclusively, so runs begun at the same moment, in this process or
     * another, never get the same id; it stays empty (and is skipped by {@link #list()}) until the
     * run's first save replaces it.
     */
    @Override
    public String claim(String stem) throws RunFileException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RunFileException(dir + ": could not create the runs folder (" + reason(e)
                    + ") — check that it is writable, or choose another with --runs-dir");
        }
        for (int n = 1; ; n++) {
            String id = n == 1 ? stem : stem + "-" + n;
            try {
                Files.createFile(fileFor(id));
                return id;
            } catch (FileAlreadyExistsException taken) {
                // another run has this id: try the next suffix
            } catch (IOException e) {
                throw new RunFileException(fileFor(id) + ": could not create the run file (" + reason(e)
                        + ") — check that the folder is writable, or choose another with --runs-dir");
            }
        }
    }

    /** Gives back an id claimed for a run that could not be saved, removing its empty file. */
    @Override
    public void release(String id) {
        try {
            Files.deleteIfExists(fileFor(id));
        } catch (IOException ignored) {
            // an empty file is skipped when runs are listed; nothing more to do
        }
    }

    /** Saves a run atomically, creating the folder if needed. */
    @Override
    public void save(RunRecord run) throws RunFileException {
        Path target = fileFor(run.id());
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + run.id() + "-", ".tmp");
            Files.write(tmp, Json.MAPPER.writeValueAsBytes(run));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RunFileException(target + ": could not save the run (" + reason(e)
                    + ") — check that the folder is writable, or choose another with --runs-dir");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the rename already moved it, or the folder is gone: nothing left to tidy
                }
            }
        }
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

    /** A saved run and its file, for listing. */
    public record Listed(Path file, RunRecord run) {}

    /** Every readable run in the folder, newest first; files that are not runs are skipped. */
    public List<Listed> list() throws RunFileException {
        List<Listed> runs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return runs;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                try {
                    runs.add(new Listed(f, load(f)));
                } catch (RunFileException skipped) {
                    // a damaged or foreign file must not hide the other runs
                }
            }
        } catch (IOException e) {
            throw new RunFileException(dir + ": cannot list the runs folder (" + reason(e) + ")");
        }
        // Newest first; runs started in the same second are told apart by the "-2", "-3"... suffix.
        Comparator<Listed> started = Comparator.comparing(l -> l.run().startedAt() == null ? "" : l.run().startedAt());
        Comparator<Listed> suffix = Comparator.comparingInt(l -> l.run().id() == null ? 0 : l.run().id().length());
        runs.sort(started.thenComparing(suffix).thenComparing(l -> l.file().getFileName().toString()).reversed());
        return runs;
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
