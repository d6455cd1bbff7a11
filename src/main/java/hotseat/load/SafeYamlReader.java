package hotseat.load;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Reads one YAML document into a located tree ({@link YamlNode}), refusing anything a scenario
 * does not need and a hostile file could abuse: files over the size limit (checked before
 * reading), text that is not UTF-8, deep nesting, anchors and aliases, tags, duplicate keys and
 * more than one document. Every refusal is one {@link Diagnostic} with a line and column.
 *
 * <p>Every file is read by SnakeYAML through Jackson, which decides what the file means; the
 * messages for its mistakes are worded by {@link SyntaxMessages}.
 *
 * <p>Jackson's YAML parser does not expand aliases — it would hand back {@code *x} as the text
 * {@code x} — and it reports a scalar value's anchor nowhere, so the parser below looks at
 * SnakeYAML's events directly and stops at the first anchor or alias.
 */
public final class SafeYamlReader {

    /**
     * Texts of at least this many characters are scanned on a second thread ({@link AheadScanner}).
     * A hand-written scenario is tens of kilobytes and reads in a few milliseconds once the JVM
     * runs; a second thread pays off only for generated files of thousands of nodes.
     */
    static final int SCAN_AHEAD_FROM = 256 * 1024;

    private final ReadLimits limits;
    private final int scanAheadFrom;
    /** Made when first needed, so that commands that read no scenario do not pay for it. */
    private GuardedFactory factory;

    public SafeYamlReader() {
        this(ReadLimits.DEFAULT);
    }

    public SafeYamlReader(ReadLimits limits) {
        this(limits, SCAN_AHEAD_FROM);
    }

    /** {@code scanAheadFrom}: the shortest text, in characters, scanned on a second thread (tests set 0). */
    SafeYamlReader(ReadLimits limits, int scanAheadFrom) {
        this.limits = limits;
        this.scanAheadFrom = scanAheadFrom;
    }

    private synchronized GuardedFactory factory() {
        if (factory == null) {
            factory = newFactory(limits);
        }
        return factory;
    }

    private static GuardedFactory newFactory(ReadLimits limits) {
        LoaderOptions loader = new LoaderOptions();
        // SnakeYAML's scanner enforces the code-point limit. Its nesting limit lives in the
        // Composer, which Jackson does not use: depth is counted below and by Jackson as well.
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        loader.setNestingDepthLimit(limits.maxDepth());
        loader.setMaxAliasesForCollections(0);
        loader.setAllowDuplicateKeys(false);
        loader.setProcessComments(false);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 8) // ours fires first, with a clearer message
                .maxStringLength(limits.maxTextChars() + 1)
                .maxNameLength(10_000)
                .maxNumberLength(100)
                .maxDocumentLength(limits.maxBytes())
                .build();
        YAMLFactoryBuilder builder = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                // "no", "yes", "on", "off" stay words: a customer who says "No" must not become false
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                // "key:" with nothing after it is null (left out); a quoted "" stays empty text
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                // duplicates are reported below, naming both lines
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        return new GuardedFactory(builder);
    }

    /** Reads a file's bytes after checking that it is a readable file within the size limit. */
    public byte[] readBytes(Path path, String file) throws LoadFailure {
        try {
            if (Files.isDirectory(path)) {
                throw new LoadFailure(Diagnostic.error(file, null,
                        "is a folder, not a scenario file — give the path of a .yaml file inside it"));
            }
            long size = Files.size(path);
            checkSize(file, size);
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new LoadFailure(Diagnostic.error(file, null, "no such file — check the path and its spelling"));
        } catch (AccessDeniedException e) {
            throw new LoadFailure(Diagnostic.error(file, null, "cannot be read (permission denied) — check the file's permissions"));
        } catch (IOException e) {
            throw new LoadFailure(Diagnostic.error(file, null, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    private void checkSize(String file, long size) throws LoadFailure {
        if (size > limits.maxBytes()) {
            throw new LoadFailure(Diagnostic.error(file, null, String.format(
                    "the file is %,d bytes, more than the %,d a scenario may have — is this the right file?"
                            + " Split a very large scenario into several", size, limits.maxBytes())));
        }
    }

    /** A parsed document and the warnings reading it gave (look-alike characters that may be meant). */
    public record Parsed(YamlNode root, List<Diagnostic> warnings) {}

    /** Parses one YAML document. {@code file} is the name used in messages. */
    public YamlNode parse(String file, byte[] bytes) throws LoadFailure {
        return read(file, bytes).root();
    }

    /**
     * Parses one YAML document, first looking for characters that only look like YAML's own
     * (an invisible space in a key, typographic quotes): the parser would read past them or name
     * the wrong cause, so they are reported first, by character and column.
     */
    public Parsed read(String file, byte[] bytes) throws LoadFailure {
        checkSize(file, bytes.length);
        char[] text = Utf8Text.decode(file, bytes);
        List<Diagnostic> warnings = List.of();
        if (Lookalikes.suspicious(text)) {
            List<Diagnostic> found = Lookalikes.check(file, new String(text));
            List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
            if (!errors.isEmpty()) {
                throw new LoadFailure(errors);
            }
            warnings = found;
        }
        return new Parsed(parse(file, text), warnings);
    }

    private YamlNode parse(String file, char[] text) throws LoadFailure {
        try (JsonParser parser = factory().createParser(new Text(text, text.length >= scanAheadFrom))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new LoadFailure(Diagnostic.error(file, Location.START,
                        "the file is empty — a scenario starts with fields such as id:, title: and customer:"));
            }
            YamlNode root = read(file, parser, first, 1, null, new HashMap<>());
            if (parser.nextToken() != null) {
                throw new LoadFailure(Diagnostic.error(file, tokenLocation(parser),
                        "a second YAML document starts here — keep one scenario per file and remove the extra ---"));
            }
            return root;
        } catch (Refusal r) {
            throw new LoadFailure(Diagnostic.error(file, r.location, r.getMessage()));
        } catch (JsonProcessingException e) {
            throw new LoadFailure(SyntaxMessages.translate(file, new String(text), e));
        } catch (IOException e) {
            throw new LoadFailure(Diagnostic.error(file, null, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    /**
     * Reads one value; {@code parentKey} is the key it was written under (null at the top and in
     * lists). {@code keys} holds one copy of each key read so far: a loaded scenario keeps its tree,
     * and a large one writes the same few dozen keys hundreds of thousands of times.
     */
    private YamlNode read(String file, JsonParser parser, JsonToken token, int depth, String parentKey,
                          Map<String, String> keys) throws IOException, LoadFailure {
        Location at = tokenLocation(parser);
        switch (token) {
            case START_OBJECT -> {
                checkDepth(file, at, depth);
                YamlNode.Mapping.Builder entries = new YamlNode.Mapping.Builder();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = keys.computeIfAbsent(parser.currentName(), k -> k);
                    Location keyAt = tokenLocation(parser);
                    YamlNode value = read(file, parser, parser.nextToken(), depth + 1, key, keys);
                    YamlNode.Entry earlier = entries.add(new YamlNode.Entry(key, keyAt, value));
                    if (earlier != null) {
                        throw new LoadFailure(Diagnostic.error(file, keyAt, duplicate(key, earlier, depth, parentKey)));
                    }
                }
                return entries.build(at);
            }
            case START_ARRAY -> {
                checkDepth(file, at, depth);
                List<YamlNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(file, parser, t, depth + 1, null, keys));
                }
                return new YamlNode.Sequence(at, items);
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                if (text.length() > limits.maxTextChars()) {
                    throw new LoadFailure(Diagnostic.error(file, at, String.format(
                            "this text is %,d characters long, more than the %,d allowed — shorten it",
                            text.length(), limits.maxTextChars())));
                }
                return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.TEXT, text, null);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.INTEGER, parser.getText(), parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.DECIMAL, parser.getText(), parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.BOOLEAN, parser.getText(), null);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(at, YamlNode.Scalar.Kind.NULL, "", null);
            }
            default -> throw new LoadFailure(Diagnostic.error(file, at,
                    "this value cannot be read as text, a number, a list or a map — write it as plain text"));
        }
    }

    /**
     * Why a key written twice is wrong, and what to do. A node or ending id written twice is most
     * often a node copied as a start for the next one: renaming the copy keeps both.
     */
    private static String duplicate(String key, YamlNode.Entry earlier, int depth, String parentKey) {
        if (depth == 2 && ("nodes".equals(parentKey) || "endings".equals(parentKey))) {
            String what = parentKey.equals("nodes") ? "node" : "ending";
            return "the " + what + " id \"" + key + "\" is used twice (first on line " + earlier.keyLine() + "), and each "
                    + what + " needs its own id — if this is a copy to start a new " + what + ", rename it (such as \""
                    + key + "_2\") and point a next: at the new name";
        }
        return "the key \"" + key + "\" appears twice in the same map (first on line " + earlier.keyLine()
                + ") — keep one of them";
    }

    private void checkDepth(String file, Location at, int depth) throws LoadFailure {
        if (depth > limits.maxDepth()) {
            throw new LoadFailure(Diagnostic.error(file, at, "the file nests maps and lists more than "
                    + limits.maxDepth() + " levels deep here — a scenario needs about ten; check the indentation"));
        }
    }

    private static Location tokenLocation(JsonParser parser) {
        var l = parser.currentTokenLocation();
        return new Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    /** Thrown from inside the parser when a file uses a YAML feature scenarios refuse. */
    private static final class Refusal extends RuntimeException {
        final transient Location location;

        Refusal(Mark mark, String message) {
            super(message, null, false, false);
            this.location = mark == null ? Location.START : new Location(mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

    /** A YAML factory whose parsers refuse anchors, aliases and tags as they meet them. */
    private static final class GuardedFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        GuardedFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            if (r instanceof Text t && t.scanAhead) {
                AheadScanner scanner = new AheadScanner(t.chars(), _loaderOptions);
                return new GuardedParser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, r, scanner);
            }
            return new GuardedParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }

    /** A file's text, and whether to scan it on a second thread. */
    private static final class Text extends CharArrayReader {
        final boolean scanAhead;

        Text(char[] chars, boolean scanAhead) {
            super(chars);
            this.scanAhead = scanAhead;
        }

        char[] chars() {
            return buf;
        }
    }

    private static final class GuardedParser extends YAMLParser {
        /** Null when SnakeYAML scans in this thread. */
        private final AheadScanner ahead;

        GuardedParser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options,
                      com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
            this.ahead = null;
        }

        GuardedParser(IOContext ctxt, int parserFeatures, int formatFeatures,
                      com.fasterxml.jackson.core.ObjectCodec codec, Reader reader, AheadScanner ahead) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, new ParserImpl(ahead));
            this.ahead = ahead;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                if (ahead != null) {
                    ahead.close();
                }
            }
        }

        @Override
        protected Event getEvent() {
            Event event = super.getEvent();
            if (event instanceof AliasEvent alias) {
                throw new Refusal(alias.getStartMark(), "the alias *" + alias.getAnchor()
                        + " refers to an anchor, and scenario files do not use anchors or aliases"
                        + " — write the value out in full here");
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw new Refusal(node.getStartMark(), "the anchor &" + node.getAnchor()
                        + " is not allowed: scenario files do not use anchors or aliases — remove &"
                        + node.getAnchor() + " and write values out in full");
            }
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !tag.equals("!") && !tag.equals("tag:yaml.org,2002:str")) {
                throw new Refusal(event.getStartMark(), "the tag " + tag.replace("tag:yaml.org,2002:", "!!")
                        + " is not used in scenario files — remove it (put text in quotes instead)");
            }
            return event;
        }
    }
}
