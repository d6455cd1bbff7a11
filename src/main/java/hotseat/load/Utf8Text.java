package hotseat.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, strictly: UTF-8 only, no zero bytes. Java's readers replace bad
 * bytes with '?' silently; a trainer would then see a mangled line in play instead of an error.
 */
final class Utf8Text {
    private Utf8Text() {}

    /** The text of {@code bytes}, as exactly as many characters as it holds. */
    static char[] decode(String file, byte[] bytes) throws LoadFailure {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // a UTF-8 byte-order mark is harmless; some Windows editors write one
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new LoadFailure(Diagnostic.error(file, Location.START,
                    "the file is saved as UTF-16 — save it as UTF-8 (most editors offer this under \"Save with encoding\")"));
        }
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new LoadFailure(Diagnostic.error(file, locationOf(bytes, start, i),
                        "the file contains binary data (a zero byte), so it is not a text file"
                                + " — a scenario is YAML text saved as UTF-8"));
            }
            ascii &= bytes[i] > 0;
        }
        if (ascii) {
            char[] chars = new char[bytes.length - start]; // most files: nothing to decode
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) bytes[start + i];
            }
            return chars;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new LoadFailure(Diagnostic.error(file, locationOf(bytes, start, at),
                    String.format("the file is not valid UTF-8 (byte 0x%02X cannot start or continue a character here)"
                            + " — save the file as UTF-8 (most editors offer this under \"Save with encoding\")",
                            bytes[at] & 0xFF)));
        }
        char[] chars = out.array();
        return out.position() == chars.length ? chars : java.util.Arrays.copyOf(chars, out.position());
    }

    /** Line and column (in characters) of a byte offset, counting columns by UTF-8 lead bytes. */
    private static Location locationOf(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(line, column);
    }
}
