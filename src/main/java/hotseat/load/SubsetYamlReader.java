package hotseat.load;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A quick reader for the YAML that scenario files are written in: block maps and lists, plain,
 * quoted and block ({@code >-}, {@code |}) text, one-line flow lists and maps, comments. It is
 * several times faster than SnakeYAML's scanner, which dominates the time to read a large file.
 *
 * <p>It answers only when it is sure. For anything outside that subset — and for every mistake,
 * however small — it returns null, and {@link SafeYamlReader} reads the file with SnakeYAML
 * through Jackson, which then decides what the file means and words every error. So the quick
 * reader never reports a problem, and the tree it returns is the one SnakeYAML would build, down
 * to each line and column: {@code SubsetYamlReaderTest} compares the two on the library and on
 * thousands of generated and mangled files. Plain values are typed by SnakeYAML's own resolver.
 */
final class SubsetYamlReader {

    /** SnakeYAML's implicit typing of plain values, the same table Jackson's YAML parser uses. */
    private static final Resolver RESOLVER = new Resolver();

    /** Thrown to give up; the caller then reads the file with SnakeYAML. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    private final char[] s;
    private final int n;
    private final ReadLimits limits;
    private final boolean surrogates;
    private int pos;
    private int line = 1;
    private int lineStart;

    /** Distinct keys, so that a large file holds one "text" rather than thousands. */
    private final Map<String, String> keys = new java.util.HashMap<>();

    private SubsetYamlReader(char[] text, ReadLimits limits, boolean surrogates) {
        this.s = text;
        this.n = text.length;
        this.limits = limits;
        this.surrogates = surrogates;
    }

    /** The document's tree, or null when SnakeYAML must read this text. */
    static YamlNode read(char[] text, ReadLimits limits) {
        int check = text.length > limits.maxBytes() ? -1 : plainCharacters(text); // over SnakeYAML's code-point limit
        if (check < 0) {
            return null;
        }
        try {
            return new SubsetYamlReader(text, limits, check == 1).document();
        } catch (Unsupported u) {
            return null;
        }
    }

    /**
     * -1 when the text holds a character this reader leaves to SnakeYAML (tab, carriage return,
     * byte-order mark, YAML 1.1's extra line breaks, anything unprintable, a lone surrogate);
     * 1 when it holds surrogate pairs (columns then count code points); 0 otherwise.
     */
    private static int plainCharacters(char[] text) {
        int result = 0;
        for (int i = 0, len = text.length; i < len; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F || c == '\n') {
                continue;
            }
            if ((c >= 0xA0 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) && c != 0xFEFF && c != 0x2028 && c != 0x2029) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text[i + 1])) {
                i++;
                result = 1;
                continue;
            }
            return -1;
        }
        return result;
    }

    // ---- the document and block structure ------------------------------------------------------

    private YamlNode document() {
        skipBlankLines(true);
        if (pos >= n) {
            throw UNSUPPORTED; // empty: SnakeYAML's reader words that message
        }
        int indent = spaces(pos);
        pos += indent;
        YamlNode root;
        if (isItemStart(pos)) {
            root = sequence(indent, 1);
        } else if (keyEnd(pos) >= 0) {
            root = mapping(indent, 1);
        } else {
            throw UNSUPPORTED;
        }
        skipBlankLines(false);
        if (pos < n) {
            throw UNSUPPORTED;
        }
        return root;
    }

    /** A block map whose keys start at column {@code col}; pos is at its first key. */
    private YamlNode mapping(int col, int depth) {
        checkDepth(depth);
        Location at = location(pos);
        YamlNode.Mapping.Builder entries = new YamlNode.Mapping.Builder();
        while (true) {
            Location keyAt = location(pos);
            String key = blockKey();
            YamlNode value = valueAfterIndicator(col, depth + 1, true);
            if (entries.add(new YamlNode.Entry(key, keyAt, value)) != null) {
                throw UNSUPPORTED; // a duplicate key: the full reader names both lines
            }
            if (!nextLineAt(col)) {
                break;
            }
            pos += col;
            if (isItemStart(pos)) {
                throw UNSUPPORTED;
            }
        }
        return entries.build(at);
    }

    /** A block list whose dashes are at column {@code col}; pos is at its first dash. */
    private YamlNode sequence(int col, int depth) {
        checkDepth(depth);
        Location at = location(pos);
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            pos++; // the dash
            int k = spaces(pos);
            if (lineEndsAt(pos + k, k)) {
                skipRestOfLine();
                skipBlankLines(false);
                if (pos >= n) {
                    throw UNSUPPORTED;
                }
                int indent = spaces(pos);
                if (indent <= col) {
                    throw UNSUPPORTED; // an empty item
                }
                pos += indent;
                items.add(nodeOnOwnLine(indent, col, depth + 1));
            } else {
                pos += k;
                if (isItemStart(pos)) {
                    throw UNSUPPORTED; // "- - x"
                }
                if (keyEnd(pos) >= 0) {
                    items.add(mapping(pos - lineStart, depth + 1));
                } else {
                    items.add(inlineNode(col, depth + 1));
                }
            }
            if (!nextLineAt(col) || !isItemStart(pos + col)) {
                break; // (a key at the dash's column ends a list written under its key, unindented)
            }
            pos += col;
        }
        return new YamlNode.Sequence(at, items);
    }

    /**
     * Skips to the next line with content: true when it starts at column {@code col} (pos stays at
     * the line's start), false when the block at that column has ended.
     */
    private boolean nextLineAt(int col) {
        skipBlankLines(false);
        if (pos >= n) {
            return false;
        }
        int indent = spaces(pos);
        if (indent > col) {
            throw UNSUPPORTED; // deeper than the block, with nothing to belong to
        }
        return indent == col;
    }

    /** The value after "key:" in a map whose keys are at column {@code col}. */
    private YamlNode valueAfterIndicator(int col, int depth, boolean unindentedListAllowed) {
        int k = spaces(pos);
        if (!lineEndsAt(pos + k, k)) {
            pos += k;
            return inlineNode(col, depth);
        }
        Location empty = location(pos); // SnakeYAML places a missing value just after the colon
        skipRestOfLine();
        skipBlankLines(false);
        if (pos >= n) {
            return nothing(empty);
        }
        int indent = spaces(pos);
        if (indent > col) {
            pos += indent;
            return nodeOnOwnLine(indent, col, depth);
        }
        if (indent == col && unindentedListAllowed && isItemStart(pos + indent)) {
            pos += indent;
            return sequence(indent, depth);
        }
        return nothing(empty);
    }

    /** A value that starts a line of its own, at column {@code indent}, under a parent at {@code parentCol}. */
    private YamlNode nodeOnOwnLine(int indent, int parentCol, int depth) {
        if (isItemStart(pos)) {
            return sequence(indent, depth);
        }
        if (keyEnd(pos) >= 0) {
            return mapping(indent, depth);
        }
        return inlineNode(parentCol, depth);
    }

    /** A scalar or flow collection starting at pos, inside a block at column {@code col}. */
    private YamlNode inlineNode(int col, int depth) {
        char c = at(pos);
        Location where = location(pos);
        switch (c) {
            case '"', '\'' -> {
                String text = c == '"' ? doubleQuoted(col, false) : singleQuoted(col, false);
                endLine();
                return text(where, text);
            }
            case '|', '>' -> {
                return text(where, blockScalar(col));
            }
            case '[' -> {
                YamlNode list = flowSequence(depth);
                endLine();
                return list;
            }
            case '{' -> {
                YamlNode map = flowMapping(depth);
                endLine();
                return map;
            }
            default -> {
                if (isIndicator(c, at(pos + 1))) {
                    throw UNSUPPORTED;
                }
                return plainBlock(col, where);
            }
        }
    }

    // ---- keys -------------------------------------------------------------------------------------

    /**
     * Where the colon of a "key:" starting at {@code from} is, or -1 when the line does not start
     * with a key this reader reads (plain, or quoted on one line).
     */
    private int keyEnd(int from) {
        char c = at(from);
        int i;
        if (c == '"' || c == '\'') {
            i = from + 1;
            while (true) {
                char q = at(i);
                if (q == '\n' || i >= n) {
                    return -1;
                }
                if (c == '"' && q == '\\') {
                    i += 2;
                } else if (q == c) {
                    if (c == '\'' && at(i + 1) == '\'') {
                        i += 2;
                    } else {
                        break;
                    }
                } else {
                    i++;
                }
            }
            i++;
            while (at(i) == ' ') {
                i++;
            }
            return at(i) == ':' && blankOrEnd(i + 1) ? i : -1;
        }
        if (isIndicator(c, at(from + 1))) {
            return -1;
        }
        for (i = from; i < n; i++) {
            char k = s[i];
            if (k == '\n') {
                return -1;
            }
            if (k == ':' && blankOrEnd(i + 1)) {
                return i;
            }
            if (k == ' ' && at(i + 1) == '#') {
                return -1;
            }
        }
        return -1;
    }

    private String blockKey() {
        int colon = keyEnd(pos);
        if (colon < 0 || colon - pos > 1000) {
            throw UNSUPPORTED; // SnakeYAML allows a key of at most 1024 characters
        }
        char c = at(pos);
        String key;
        if (c == '"' || c == '\'') {
            key = c == '"' ? doubleQuoted(-1, true) : singleQuoted(-1, true);
        } else {
            int end = colon;
            while (s[end - 1] == ' ') {
                end--;
            }
            key = new String(s, pos, end - pos);
        }
        pos = colon + 1;
        return keys.computeIfAbsent(key, k -> k);
    }

    // ---- plain text -------------------------------------------------------------------------------

    /** Plain text in a block, folded over continuation lines indented past {@code col}. */
    private YamlNode plainBlock(int col, Location where) {
        int minIndent = col + 1;
        String first = plainLine();
        StringBuilder folded = null;
        while (!commentEndedLine) {
            int k = spaces(pos);
            if (at(pos + k) != '\n') {
                break; // the end of the file
            }
            int next = pos + k + 1;
            int blankLines = 0;
            while (next < n) {
                int sp = spaces(next);
                if (at(next + sp) != '\n' || next + sp >= n) {
                    break;
                }
                blankLines++;
                next += sp + 1;
            }
            if (next >= n) {
                break;
            }
            int sp = spaces(next);
            if (sp < minIndent || at(next + sp) == '#' || next + sp >= n) {
                break;
            }
            if (isIndicator(at(next + sp), at(next + sp + 1)) || sp == 0) {
                throw UNSUPPORTED;
            }
            moveTo(next + sp);
            String more = plainLine();
            if (folded == null) {
                folded = new StringBuilder(first);
            }
            if (blankLines == 0) {
                folded.append(' ');
            } else {
                folded.append("\n".repeat(blankLines));
            }
            folded.append(more);
        }
        endLine();
        return plain(where, folded == null ? first : folded.toString());
    }

    /** Set by {@link #plainLine} when the text it read was followed by a comment. */
    private boolean commentEndedLine;

    /** Plain text from pos to the end of its line (or to a comment); pos stops after its last character. */
    private String plainLine() {
        int start = pos;
        int i = pos;
        commentEndedLine = false;
        while (i < n) {
            char c = s[i];
            if (c == '\n') {
                break;
            }
            if (c == ':' && blankOrEnd(i + 1)) {
                throw UNSUPPORTED; // "a: b: c" — SnakeYAML explains
            }
            if (c == ' ' && at(i + 1) == '#') {
                commentEndedLine = true;
                break;
            }
            i++;
        }
        int end = i;
        while (end > start && s[end - 1] == ' ') {
            end--;
        }
        if (end == start) {
            throw UNSUPPORTED;
        }
        pos = end;
        return new String(s, start, end - start);
    }

    /** Types plain text the way Jackson's YAML parser does, with SnakeYAML's resolver. */
    private YamlNode plain(Location where, String value) {
        Tag tag = resolve(value);
        if (tag == Tag.NULL) {
            return nothing(where);
        }
        if (tag == Tag.BOOL) {
            // yes/no/on/off stay words (PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? new YamlNode.Scalar(where, YamlNode.Scalar.Kind.BOOLEAN, value, null)
                    : text(where, value);
        }
        if (tag == Tag.INT) {
            if (value.indexOf(':') >= 0) {
                return text(where, value); // base 60, such as 10:30: Jackson reads it as text
            }
            if (!isSimpleInteger(value)) {
                throw UNSUPPORTED; // hex, octal, underscores, base 60: left to Jackson
            }
            return new YamlNode.Scalar(where, YamlNode.Scalar.Kind.INTEGER, value,
                    BigInteger.valueOf(Long.parseLong(value)));
        }
        if (tag == Tag.FLOAT) {
            if (!isSimpleDecimal(value)) {
                throw UNSUPPORTED;
            }
            return new YamlNode.Scalar(where, YamlNode.Scalar.Kind.DECIMAL, value, Double.parseDouble(value));
        }
        return text(where, value); // text, and the timestamps and merge keys Jackson reads as text
    }

    /**
     * SnakeYAML's resolver, skipped where its table cannot match: it tries patterns by the first
     * character (words such as "yes" and "null" for y, n, t, f, o and ~, numbers and dates for
     * digits, signs and dots, "<<" for <), and the empty pattern for every value. So a value
     * starting with any other character is text, and so is a word longer than "false".
     */
    private static Tag resolve(String value) {
        switch (value.charAt(0)) {
            case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {
                if (value.length() > 5) {
                    return Tag.STR;
                }
            }
            case '~', '<', '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> { }
            default -> {
                return Tag.STR;
            }
        }
        return RESOLVER.resolve(NodeId.scalar, value, true);
    }

    /** [-+]?(0|[1-9][0-9]*), short enough for a long. */
    private static boolean isSimpleInteger(String v) {
        int i = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
        int digits = v.length() - i;
        if (digits < 1 || digits > 18 || v.charAt(i) == '0' && digits > 1) {
            return false;
        }
        for (int j = i; j < v.length(); j++) {
            if (v.charAt(j) < '0' || v.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    /** [-+]?[0-9]*.[0-9]* with a digit somewhere, short enough to read exactly as written. */
    private static boolean isSimpleDecimal(String v) {
        int i = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
        int dot = v.indexOf('.');
        if (dot < i || v.length() > 20 || v.length() - i < 2) {
            return false;
        }
        for (int j = i; j < v.length(); j++) {
            char c = v.charAt(j);
            if (j != dot && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    // ---- quoted text ------------------------------------------------------------------------------

    /**
     * Double-quoted text from the opening quote at pos, with YAML's escapes and line folding.
     * Continuation lines must be indented past {@code col}; {@code oneLine} allows none.
     */
    private String doubleQuoted(int col, boolean oneLine) {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= n) {
                throw UNSUPPORTED;
            }
            char c = s[pos];
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\\') {
                char e = at(pos + 1);
                if (e == '\n') {
                    if (oneLine) {
                        throw UNSUPPORTED;
                    }
                    pos++;
                    newline();
                    foldedBreaks(out, col);
                    continue;
                }
                pos += 2;
                switch (e) {
                    case '0' -> out.append('\0');
                    case 'a' -> out.append('\u0007');
                    case 'b' -> out.append('\b');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'v' -> out.append('\u000B');
                    case 'f' -> out.append('\f');
                    case 'r' -> out.append('\r');
                    case 'e' -> out.append('\u001B');
                    case ' ', '"', '\\' -> out.append(e);
                    case 'N' -> out.append('\u0085');
                    case '_' -> out.append('\u00A0');
                    case 'L' -> out.append('\u2028');
                    case 'P' -> out.append('\u2029');
                    case 'x' -> out.append(hex(2));
                    case 'u' -> out.append(hex(4));
                    default -> throw UNSUPPORTED;
                }
                continue;
            }
            if (c == ' ' || c == '\n') {
                quotedSpaces(out, col, oneLine);
                continue;
            }
            out.append(c);
            pos++;
        }
    }

    private char hex(int digits) {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            char h = at(pos + i);
            int d = h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F' ? Character.digit(h, 16) : -1;
            if (d < 0) {
                throw UNSUPPORTED;
            }
            value = value * 16 + d;
        }
        pos += digits;
        return (char) value;
    }

    /** Single-quoted text from the opening quote at pos ('' is a quote), folded like double-quoted. */
    private String singleQuoted(int col, boolean oneLine) {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= n) {
                throw UNSUPPORTED;
            }
            char c = s[pos];
            if (c == '\'') {
                if (at(pos + 1) == '\'') {
                    out.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                return out.toString();
            }
            if (c == ' ' || c == '\n') {
                quotedSpaces(out, col, oneLine);
                continue;
            }
            out.append(c);
            pos++;
        }
    }

    /**
     * Spaces inside quoted text at pos: kept within a line; before a line break they are dropped
     * and the break folds to a space, or to one "\n" per blank line after it.
     */
    private void quotedSpaces(StringBuilder out, int col, boolean oneLine) {
        int end = pos;
        while (at(end) == ' ') {
            end++;
        }
        if (at(end) != '\n' || end >= n) {
            out.append(s, pos, end - pos);
            pos = end;
            return;
        }
        if (oneLine) {
            throw UNSUPPORTED;
        }
        pos = end;
        newline();
        int blank = foldedBreaks(null, col);
        if (blank == 0) {
            out.append(' ');
        } else {
            out.append("\n".repeat(blank));
        }
    }

    /**
     * After a line break inside quoted text: skips blank lines and the next line's indentation,
     * appending one "\n" per blank line to {@code out} (when given) and returning their number.
     */
    private int foldedBreaks(StringBuilder out, int col) {
        int blank = 0;
        while (true) {
            if (isDocumentMarker(pos)) {
                throw UNSUPPORTED;
            }
            int k = spaces(pos);
            if (at(pos + k) == '\n' && pos + k < n) {
                pos += k;
                newline();
                blank++;
                if (out != null) {
                    out.append('\n');
                }
                continue;
            }
            if (k <= col || pos + k >= n) {
                throw UNSUPPORTED; // continued less indented than its key, or not closed
            }
            pos += k;
            return blank;
        }
    }

    // ---- block text (| and >) ---------------------------------------------------------------------

    /** Block text from its indicator at pos, under a block at column {@code col}; pos ends at a line start. */
    private String blockScalar(int col) {
        boolean folded = s[pos] == '>';
        pos++;
        int chomp = 0; // clip; -1 strip, +1 keep
        if (at(pos) == '-' || at(pos) == '+') {
            chomp = at(pos) == '-' ? -1 : 1;
            pos++;
        }
        int k = spaces(pos);
        if (!lineEndsAt(pos + k, k)) {
            throw UNSUPPORTED; // an indentation digit, or text after the indicator
        }
        skipRestOfLine();
        int minIndent = Math.max(col + 1, 1);
        // leading blank lines, and the indentation of the first line with text
        int p = pos;
        int leadingBreaks = 0;
        int maxBlank = 0;
        while (true) {
            int sp = spaces(p);
            if (p + sp >= n) {
                throw UNSUPPORTED; // no text at all
            }
            if (s[p + sp] != '\n') {
                if (maxBlank > sp) {
                    throw UNSUPPORTED;
                }
                break;
            }
            maxBlank = Math.max(maxBlank, sp);
            leadingBreaks++;
            p += sp + 1;
        }
        int indent = Math.max(minIndent, spaces(p));
        if (spaces(p) < indent) {
            throw UNSUPPORTED;
        }
        StringBuilder out = new StringBuilder();
        int breaks = leadingBreaks;
        boolean lineBreak;
        int cur = p;
        while (true) {
            out.append("\n".repeat(breaks));
            int textStart = cur + indent;
            int lineEnd = lineEnd(textStart);
            boolean leadingNonSpace = at(textStart) != ' ';
            out.append(s, textStart, lineEnd - textStart);
            lineBreak = lineEnd < n;
            int q = lineBreak ? lineEnd + 1 : n;
            breaks = 0;
            int sp;
            while (true) {
                sp = Math.min(spaces(q), indent);
                if (q + sp < n && s[q + sp] == '\n') {
                    breaks++;
                    q += sp + 1;
                    continue;
                }
                break;
            }
            if (sp == indent && q + sp < n) {
                if (folded && lineBreak && leadingNonSpace && at(q + sp) != ' ') {
                    if (breaks == 0) {
                        out.append(' ');
                    }
                } else if (lineBreak) {
                    out.append('\n');
                }
                cur = q;
                continue;
            }
            if (chomp >= 0 && lineBreak) {
                out.append('\n');
            }
            if (chomp > 0) {
                out.append("\n".repeat(breaks));
            }
            if (q < n && isDocumentMarker(q)) {
                throw UNSUPPORTED;
            }
            moveTo(q);
            return out.toString();
        }
    }

    // ---- one-line flow lists and maps -------------------------------------------------------------

    private YamlNode flowSequence(int depth) {
        checkDepth(depth);
        Location at = location(pos);
        pos++;
        List<YamlNode> items = new ArrayList<>();
        flowSpaces();
        if (at(pos) == ']') {
            pos++;
            return new YamlNode.Sequence(at, items);
        }
        while (true) {
            items.add(flowNode(depth + 1));
            flowSpaces();
            char c = at(pos);
            pos++;
            if (c == ']') {
                return new YamlNode.Sequence(at, items);
            }
            if (c != ',') {
                throw UNSUPPORTED;
            }
            flowSpaces();
            if (at(pos) == ']') {
                throw UNSUPPORTED;
            }
        }
    }

    private YamlNode flowMapping(int depth) {
        checkDepth(depth);
        Location at = location(pos);
        pos++;
        YamlNode.Mapping.Builder entries = new YamlNode.Mapping.Builder();
        flowSpaces();
        if (at(pos) == '}') {
            pos++;
            return entries.build(at);
        }
        while (true) {
            Location keyAt = location(pos);
            String key = flowKey();
            flowSpaces();
            YamlNode value = flowNode(depth + 1);
            if (entries.add(new YamlNode.Entry(key, keyAt, value)) != null) {
                throw UNSUPPORTED;
            }
            flowSpaces();
            char c = at(pos);
            pos++;
            if (c == '}') {
                return entries.build(at);
            }
            if (c != ',') {
                throw UNSUPPORTED;
            }
            flowSpaces();
            if (at(pos) == '}') {
                throw UNSUPPORTED;
            }
        }
    }

    /** A flow map's key and its ": "; pos ends after the colon. */
    private String flowKey() {
        int start = pos;
        char c = at(pos);
        String key;
        if (c == '"' || c == '\'') {
            key = c == '"' ? doubleQuoted(-1, true) : singleQuoted(-1, true);
            flowSpaces();
        } else {
            if (isIndicator(c, at(pos + 1))) {
                throw UNSUPPORTED;
            }
            int i = pos;
            while (true) {
                char k = at(i);
                if (k == ':' || k == ',' || k == '[' || k == ']' || k == '{' || k == '}' || k == '#' || k == '\n'
                        || i >= n) {
                    break;
                }
                if (k == '?') {
                    throw UNSUPPORTED; // ends a plain key inside braces
                }
                i++;
            }
            int end = i;
            while (end > pos && s[end - 1] == ' ') {
                end--;
            }
            if (end == pos || at(i) != ':') {
                throw UNSUPPORTED;
            }
            key = keys.computeIfAbsent(new String(s, pos, end - pos), k -> k);
            pos = i;
        }
        if (at(pos) != ':' || at(pos + 1) != ' ' || pos - start > 1000) {
            throw UNSUPPORTED; // (SnakeYAML forgets a key begun over 1024 characters before its colon)
        }
        pos++;
        return key;
    }

    private YamlNode flowNode(int depth) {
        char c = at(pos);
        Location where = location(pos);
        switch (c) {
            case '[' -> {
                return flowSequence(depth);
            }
            case '{' -> {
                return flowMapping(depth);
            }
            case '"' -> {
                return text(where, doubleQuoted(-1, true));
            }
            case '\'' -> {
                return text(where, singleQuoted(-1, true));
            }
            default -> {
                if (isIndicator(c, at(pos + 1))) {
                    throw UNSUPPORTED;
                }
                int i = pos;
                while (true) {
                    char k = at(i);
                    if (k == ',' || k == ']' || k == '}' || k == '[' || k == '{' || k == '\n' || i >= n) {
                        break;
                    }
                    if (k == ':' && (blankOrEnd(i + 1) || ",[]{}".indexOf(at(i + 1)) >= 0) || k == '?'
                            || k == ' ' && at(i + 1) == '#') {
                        throw UNSUPPORTED; // a key in a list, a comment inside brackets: left to SnakeYAML
                    }
                    i++;
                }
                int end = i;
                while (end > pos && s[end - 1] == ' ') {
                    end--;
                }
                if (end == pos) {
                    throw UNSUPPORTED;
                }
                String value = new String(s, pos, end - pos);
                pos = end;
                return plain(where, value);
            }
        }
    }

    private void flowSpaces() {
        while (at(pos) == ' ') {
            pos++;
        }
    }

    // ---- lines and positions ----------------------------------------------------------------------

    private char at(int i) {
        return i < n ? s[i] : '\0';
    }

    private boolean blankOrEnd(int i) {
        return i >= n || s[i] == ' ' || s[i] == '\n';
    }

    private int spaces(int i) {
        int k = 0;
        while (i + k < n && s[i + k] == ' ') {
            k++;
        }
        return k;
    }

    /** Where the line holding {@code i} ends: at its line break, or at the end of the text. */
    private int lineEnd(int i) {
        while (i < n && s[i] != '\n') {
            i++;
        }
        return i;
    }

    /** True when nothing but a comment (after at least one space) or the line's end is at {@code i}. */
    private boolean lineEndsAt(int i, int spacesBefore) {
        return i >= n || s[i] == '\n' || s[i] == '#' && spacesBefore > 0;
    }

    private boolean isItemStart(int i) {
        return at(i) == '-' && blankOrEnd(i + 1);
    }

    /** A character that cannot start plain text here (or that this reader leaves to SnakeYAML). */
    private static boolean isIndicator(char c, char next) {
        return switch (c) {
            case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '?', ':' -> true;
            case '-' -> next == ' ' || next == '\n' || next == '\0';
            default -> false;
        };
    }

    /** "---" or "..." at the start of a line: a document boundary. */
    private boolean isDocumentMarker(int i) {
        if (i != 0 && at(i - 1) != '\n') {
            return false;
        }
        char c = at(i);
        return (c == '-' || c == '.') && at(i + 1) == c && at(i + 2) == c && blankOrEnd(i + 3);
    }

    /** After a value: spaces, then a comment or the line's end; pos moves to the next line. */
    private void endLine() {
        int k = spaces(pos);
        if (!lineEndsAt(pos + k, k)) {
            throw UNSUPPORTED;
        }
        skipRestOfLine();
    }

    private void skipRestOfLine() {
        pos = lineEnd(pos);
        if (pos < n) {
            newline();
        }
    }

    /** Skips blank and comment lines; pos must be at a line start. A leading "---" may be skipped once. */
    private void skipBlankLines(boolean documentStart) {
        while (pos < n) {
            int k = spaces(pos);
            char c = at(pos + k);
            if (pos + k >= n) {
                pos = n;
                return;
            }
            if (c == '\n') {
                pos += k;
                newline();
            } else if (c == '#') {
                skipRestOfLine();
            } else if (k == 0 && isDocumentMarker(pos)) {
                if (!documentStart || c != '-') {
                    throw UNSUPPORTED;
                }
                documentStart = false;
                pos += 3;
                endLine();
            } else {
                return;
            }
        }
    }

    /** Steps over the line break at pos. */
    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    /** Moves pos forward to {@code target}, counting the line breaks on the way. */
    private void moveTo(int target) {
        for (int i = pos; i < target; i++) {
            if (s[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        pos = target;
    }

    private Location location(int i) {
        int column = i - lineStart + 1;
        if (surrogates) {
            column = Character.codePointCount(s, lineStart, i - lineStart) + 1; // SnakeYAML counts code points
        }
        return new Location(line, column);
    }

    private void checkDepth(int depth) {
        if (depth > limits.maxDepth()) {
            throw UNSUPPORTED;
        }
    }

    private YamlNode text(Location where, String value) {
        if (value.length() > limits.maxTextChars()) {
            throw UNSUPPORTED;
        }
        return new YamlNode.Scalar(where, YamlNode.Scalar.Kind.TEXT, value, null);
    }

    private static YamlNode nothing(Location where) {
        return new YamlNode.Scalar(where, YamlNode.Scalar.Kind.NULL, "", null);
    }
}
