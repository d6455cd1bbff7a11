package hotseat.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import hotseat.load.Caches;

/**
 * The sentence-embedding model: bge-small-en-v1.5, quantised, run in-process by ONNX Runtime with
 * the Hugging Face tokenizer. One sentence in, one unit-length vector of 384 numbers out (the
 * first token's output, as bge is trained, normalised), so the dot product of two is their
 * cosine similarity.
 *
 * <p>How it is loaded, and why:
 * <ul>
 *   <li>the model file (34 MB, inside the jar) is copied once to the cache folder and ONNX
 *       Runtime reads it from there, rather than the whole file being read into the Java heap
 *       first; where the cache cannot be written it is read from the jar into memory;</li>
 *   <li>one inference thread, inside and between operators: a reply is one short sentence, and
 *       a workshop server runs a session per trainee;</li>
 *   <li>the tokenizer's native library is unpacked under the cache folder
 *       ({@code DJL_CACHE_DIR}), not {@code ~/.djl.ai}, and the tokenizer never goes online;</li>
 *   <li>ONNX Runtime's native libraries are unpacked once under the cache folder too and loaded
 *       from there ({@code onnxruntime.native.path}), rather than into the temporary folder at
 *       every start; the empty {@code onnxruntime-java*} folder it still makes there at every
 *       start is removed.</li>
 * </ul>
 * Not thread-safe for {@link #embed}: callers hold one lock per model.
 */
public final class BgeModel implements AutoCloseable {
    static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";
    /** bge's limit; longer replies are cut, which a reply of 4,000 characters at most rarely meets. */
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    private BgeModel(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads the model, keeping what it unpacks under {@code cacheDir}.
     *
     * @throws IOException, OrtException, or an {@link Error} such as {@link UnsatisfiedLinkError}
     *                     when the platform cannot run it; the caller falls back
     */
    public static BgeModel load(Path cacheDir) throws Exception {
        return NativeGate.enter(() -> loadInGate(cacheDir));
    }

    private static BgeModel loadInGate(Path cacheDir) throws Exception {
        Path djl = cacheDir.resolve("djl");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", djl.toString());
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("onnxruntime.native.path") == null) {
            Path natives = OrtNatives.unpack(cacheDir.resolve("onnxruntime-" + OrtNatives.VERSION));
            if (natives != null) {
                System.setProperty("onnxruntime.native.path", natives.toString());
            }
        }
        OrtEnvironment environment = withTempFolderTidied(
                () -> OrtEnvironment.getEnvironment(ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "hotseat"));
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        Path modelFile = cachedModel(cacheDir.resolve("models"));
        OrtSession session;
        if (modelFile != null) {
            session = environment.createSession(modelFile.toString(), options);
        } else {
            try (InputStream in = resource(MODEL_RESOURCE)) {
                session = environment.createSession(in.readAllBytes(), options);
            }
        }
        Map<String, String> tokenizerOptions = new HashMap<>();
        tokenizerOptions.put("truncation", "true");
        tokenizerOptions.put("padding", "false");
        tokenizerOptions.put("maxLength", Integer.toString(MAX_TOKENS));
        tokenizerOptions.put("modelMaxLength", Integer.toString(MAX_TOKENS));
        HuggingFaceTokenizer tokenizer;
        try (InputStream in = resource(TOKENIZER_RESOURCE)) {
            tokenizer = HuggingFaceTokenizer.newInstance(in, tokenizerOptions);
        }
        return new BgeModel(environment, session, tokenizer);
    }

    /** The reply's vector, of unit length. Blank text (which the model refuses) is one space's worth: the empty sentence. */
    public float[] embed(String text) throws Exception {
        return NativeGate.enter(() -> embedInGate(text));
    }

    private float[] embedInGate(String text) throws OrtException {
        Encoding encoding = tokenizer.encode(text == null ? "" : text, true, false);
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[][] shape = {ids};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {mask}));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {new long[ids.length]}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return unit(hidden[0][0]);
            }
        } finally {
            for (OnnxTensor t : inputs.values()) {
                t.close();
            }
        }
    }

    private static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        double norm = Math.sqrt(sum);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (norm == 0 ? 0 : v[i] / norm);
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        tokenizer.close();
        session.close();
    }

    /**
     * The model file in {@code dir}, copied there from the jar the first time (to a temporary file
     * beside it, then renamed, so a half-written copy is never used); null when it cannot be
     * written there.
     */
    static Path cachedModel(Path dir) {
        return Caches.unpacked(BgeModel.class, MODEL_RESOURCE, dir.resolve("bge-small-en-v1.5-q.onnx"));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BgeModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the model file " + name.substring(1) + " is not in this build");
        }
        return in;
    }

    interface Loading<T> {
        T get() throws Exception;
    }

    /**
     * Runs ONNX Runtime's first load and removes the {@code onnxruntime-java*} folders it made in
     * the temporary folder meanwhile (it unpacks its libraries there and deletes them, but not
     * always the folder).
     */
    static <T> T withTempFolderTidied(Loading<T> load) throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = ortFolders(tmp);
        try {
            return load.get();
        } finally {
            for (Path p : ortFolders(tmp)) {
                if (!before.contains(p)) {
                    try (var files = Files.list(p)) {
                        if (files.findAny().isEmpty()) {
                            Files.deleteIfExists(p);
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // left for the system's own clean-up of the temporary folder
                    }
                }
            }
        }
    }

    private static java.util.Set<Path> ortFolders(Path tmp) {
        java.util.Set<Path> found = new java.util.HashSet<>();
        try (var dirs = Files.newDirectoryStream(tmp, "onnxruntime-java*")) {
            dirs.forEach(found::add);
        } catch (IOException | RuntimeException ignored) {
            // no temporary folder to look in
        }
        return found;
    }
}
