package hotseat.load;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.Token;

/**
 * The tokens SnakeYAML's own scanner reads from a text, up to the first place it cannot go on.
 * Used only to explain a mistake: which text was quoted, which word was read as a key. The
 * meaning of a file is decided by {@link SafeYamlReader} alone.
 */
record YamlTokens(List<Token> tokens, Mark stoppedAt) {

    static YamlTokens scan(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(text.length() + 16, 1024));
        List<Token> out = new ArrayList<>();
        Mark stopped = null;
        try {
            ScannerImpl scanner = new ScannerImpl(new StreamReader(text), options);
            while (scanner.peekToken() != null && scanner.peekToken().getTokenId() != Token.ID.StreamEnd) {
                out.add(scanner.getToken());
            }
        } catch (MarkedYAMLException e) {
            stopped = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        } catch (YAMLException e) {
            stopped = null;
        }
        return new YamlTokens(out, stopped);
    }

    /** The text's lines, each as code points, so that a mark's column indexes it directly. */
    static int[][] lines(String text) {
        String[] raw = text.split("\r\n|\n|\r", -1);
        int[][] out = new int[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i].codePoints().toArray();
        }
        return out;
    }

    static Location at(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
