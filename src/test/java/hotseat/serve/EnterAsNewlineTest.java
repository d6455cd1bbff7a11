package hotseat.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnterAsNewlineTest {

    private static String through(String sent) throws IOException {
        InputStream in = new EnterAsNewline(new ByteArrayInputStream(sent.getBytes(StandardCharsets.ISO_8859_1)));
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void enterIsOneNewlineHoweverTheClientSendsIt() throws IOException {
        assertEquals("a\nb", through("a\rb"));
        assertEquals("a\nb", through("a\r\nb"));
        assertEquals("a\nb", through("a\r\0b"));
        assertEquals("a\n\nb", through("a\r\rb"));
        assertEquals("a\n\nb", through("a\n\nb"));
        assertEquals("\n\n", through("\r\n\r\n"));
    }

    @Test
    void availableNeverCountsAByteThatWouldBeSwallowed() throws IOException {
        EnterAsNewline in = new EnterAsNewline(new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals('\n', in.read());
        assertEquals(0, in.available());
        assertEquals(-1, in.read());
    }

    @Test
    void lanternaReadsEachEnterAsEnterAndLosesNoKeyAfterIt() throws Exception {
        // CR then "2": Lanterna alone reads a lone CR with the key after it; through the filter both arrive.
        InputStream raw = new ByteArrayInputStream("\r2\r\nx".getBytes(StandardCharsets.US_ASCII));
        ChannelTerminal terminal = new ChannelTerminal(raw, java.io.OutputStream.nullOutputStream(),
                new com.googlecode.lanterna.TerminalSize(80, 24));
        assertEquals(KeyType.Enter, terminal.readInput().getKeyType());
        KeyStroke two = terminal.readInput();
        assertEquals(Character.valueOf('2'), two.getCharacter());
        assertEquals(KeyType.Enter, terminal.readInput().getKeyType());
        assertEquals(Character.valueOf('x'), terminal.readInput().getCharacter());
    }
}
