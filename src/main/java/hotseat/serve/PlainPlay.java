package hotseat.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

import hotseat.session.PlaySession;

/** Plays a run line by line on a connection without a terminal, until its ending or the end of input. */
@FunctionalInterface
public interface PlainPlay {
    void play(PlaySession session, BufferedReader in, PrintWriter out) throws IOException;
}
