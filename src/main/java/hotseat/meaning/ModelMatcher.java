package hotseat.meaning;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import hotseat.conversation.ReplyMatcher;

/**
 * The engine's {@link ReplyMatcher} backed by the sentence-embedding model ({@link BgeModel}).
 *
 * <p>The model loads on a background thread ({@link #prepare}), started when a run that may need
 * it begins, so that nothing a person waits for at start-up — the first frame, {@code --version},
 * the picker — waits for it; the
 * first comparison waits for the load to finish, so a reply never takes another route for having
 * been typed early. When the model cannot be loaded here (no native library for this platform,
 * no memory), the matcher says why once through {@link #unavailable()} and compares nothing from
 * then on, so typed replies follow the scenario's routes as they did before.
 *
 * <p>Vectors are kept for the last {@value #CACHED} texts: a node's options are embedded once,
 * and play-testing, which sends the same replies many times, embeds each once.
 */
public final class ModelMatcher implements ReplyMatcher {
    static final int CACHED = 4096;

    private final CompletableFuture<BgeModel> model;
    private final Path cacheDir;
    private boolean started;
    private final Map<String, float[]> vectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED;
        }
    };
    private volatile String unavailable;

    private ModelMatcher(CompletableFuture<BgeModel> model, Path cacheDir, boolean started) {
        this.model = model;
        this.cacheDir = cacheDir;
        this.started = started;
    }

    /**
     * A matcher that loads the model, keeping its files under {@code cacheDir}, on a background
     * thread of low priority from the first {@link #prepare()} (or the first comparison).
     */
    public static ModelMatcher onDemand(Path cacheDir) {
        return new ModelMatcher(new CompletableFuture<>(), cacheDir, false);
    }

    /**
     * Starts loading the model in the background, once; returns at once. The process waits for a
     * load under way before it exits ({@link NativeGate}).
     */
    @Override
    public synchronized void prepare() {
        if (started) {
            return;
        }
        started = true;
        Thread t = new Thread(() -> {
            try {
                model.complete(BgeModel.load(cacheDir));
            } catch (Throwable e) { // an UnsatisfiedLinkError or OutOfMemoryError is a platform that cannot, too
                model.completeExceptionally(e);
            }
        }, "hotseat-model-load");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Loads the model on this thread. */
    public static ModelMatcher loadNow(Path cacheDir) {
        CompletableFuture<BgeModel> future = new CompletableFuture<>();
        try {
            future.complete(BgeModel.load(cacheDir));
        } catch (Throwable e) {
            future.completeExceptionally(e);
        }
        return new ModelMatcher(future, cacheDir, true);
    }

    /** Waits for the model; true when it loaded. */
    public boolean ready() {
        return model().isPresent();
    }

    @Override
    public Optional<double[]> similarities(String reply, List<String> texts) {
        Optional<BgeModel> m = model();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        try {
            float[] r = vector(m.get(), reply);
            double[] out = new double[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                out[i] = dot(r, vector(m.get(), texts.get(i)));
            }
            return Optional.of(out);
        } catch (Exception | LinkageError e) {
            unavailable = "the model failed on a reply: " + reason(e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    private Optional<BgeModel> model() {
        prepare();
        try {
            return Optional.of(model.join());
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            if (unavailable == null) {
                unavailable = "the model could not be loaded on this computer (" + reason(e.getCause() == null ? e : e.getCause()) + ")";
            }
            return Optional.empty();
        }
    }

    private synchronized float[] vector(BgeModel m, String text) throws Exception {
        String key = text.strip();
        float[] v = vectors.get(key);
        if (v == null) {
            v = m.embed(key.isEmpty() ? "." : key);
            vectors.put(key, v);
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The deepest cause's message, on one line: what a person can act on, not the wrapping. */
    static String reason(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 10 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        if (root.getMessage() != null && !root.getMessage().isBlank()) {
            e = root;
        }
        String m = e.getMessage();
        String first = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        return first.length() > 160 ? first.substring(0, 157) + "…" : first;
    }
}
